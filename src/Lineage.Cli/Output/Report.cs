namespace Lineage.Cli.Output;

/// <summary>What an analysis command prints: a title, tables, and notes (caveats, legends), in any <see cref="OutputFormat"/>.</summary>
internal sealed class Report(string command, string title)
{
    public string Command { get; } = command;

    public string Title { get; } = title;

    /// <summary>Top-level facts for JSON (root symbol, counts); shown in text formats only through the title.</summary>
    public List<KeyValuePair<string, object?>> Facts { get; } = [];

    public List<ReportTable> Tables { get; } = [];

    public List<string> Notes { get; } = [];

    public ReportTable Table(string name, params string[] columns)
    {
        var table = new ReportTable(name, columns);
        Tables.Add(table);
        return table;
    }

    /// <summary>A table printed row by row as blocks in the text formats (see <see cref="ReportTable.AsRecords"/>).</summary>
    public ReportTable Records(string name, params string[] columns)
    {
        var table = new ReportTable(name, columns) { AsRecords = true };
        Tables.Add(table);
        return table;
    }

    public Report Fact(string name, object? value)
    {
        Facts.Add(new(name, value));
        return this;
    }
}
