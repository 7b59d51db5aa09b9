namespace Lineage.Cli.Output;

/// <summary>
/// One table of a report: named columns and rows of cells (string, int, long, double, bool, <see cref="ReportList"/>
/// or null). <see cref="AsRecords"/> prints each row as a block (first columns on one line, the last as indented
/// lines) in the text formats, for rows whose last cell is a list too long for a column.
/// </summary>
internal sealed class ReportTable(string name, params string[] columns)
{
    public string Name { get; } = name;

    public IReadOnlyList<string> Columns { get; } = columns;

    public List<object?[]> Rows { get; } = [];

    public bool AsRecords { get; init; }

    public ReportTable Add(params object?[] cells)
    {
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"Table '{Name}' has {Columns.Count} columns; a row gave {cells.Length}.", nameof(cells));
        }

        Rows.Add(cells);
        return this;
    }
}
