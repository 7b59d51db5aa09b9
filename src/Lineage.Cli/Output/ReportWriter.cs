using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Lineage.Cli.Output;

/// <summary>
/// Writes a <see cref="Report"/> in one <see cref="OutputFormat"/>. Column names are snake_case keys (JSON, CSV) and
/// headings with spaces (table, Markdown). Deterministic: invariant numbers, <c>\n</c> line ends.
/// </summary>
internal static class ReportWriter
{
    private const int TitleWidth = 60;

    public static void Write(Report report, OutputFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case OutputFormat.Json:
                WriteJson(report, output);
                break;
            case OutputFormat.Csv:
                WriteCsv(report, output);
                break;
            case OutputFormat.Markdown:
                WriteMarkdown(report, output);
                break;
            default:
                WriteTable(report, output);
                break;
        }
    }

    public static bool TryParse(string? text, out OutputFormat format)
    {
        format = (text ?? "table").Trim().ToUpperInvariant() switch
        {
            "TABLE" or "TEXT" => OutputFormat.Table,
            "JSON" => OutputFormat.Json,
            "CSV" => OutputFormat.Csv,
            "MARKDOWN" or "MD" => OutputFormat.Markdown,
            _ => (OutputFormat)(-1),
        };
        return Enum.IsDefined(format);
    }

    private static string Heading(string column) => column.Replace('_', ' ');

    private static string Text(object? cell) => cell switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "yes" : "no",
        double d => d.ToString("G6", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };

    private static bool IsNumber(object? cell) => cell is int or long or double;

    private static string OneLine(string text) => text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace('\n', ' ');

    private static void WriteTable(Report report, TextWriter output)
    {
        var o = new StringBuilder();
        o.Append(report.Title).Append('\n');
        foreach (var table in report.Tables)
        {
            o.Append('\n');
            if (report.Tables.Count > 1)
            {
                o.Append(table.Name).Append('\n');
            }

            if (table.Rows.Count == 0)
            {
                o.Append("(none)\n");
                continue;
            }

            if (table.AsRecords)
            {
                AppendRecords(o, table);
                continue;
            }

            var cells = table.Rows.Select(r => r.Select((c, i) => Cell(table.Columns[i], c)).ToArray()).ToList();
            int n = table.Columns.Count;
            var widths = Enumerable.Range(0, n).Select(i => Math.Max(TextWidth.Of(Heading(table.Columns[i])), cells.Max(r => TextWidth.Of(r[i])))).ToArray();
            var numeric = Enumerable.Range(0, n).Select(i => table.Rows.All(r => r[i] is null || IsNumber(r[i]))).ToArray();
            AppendRow(o, [.. table.Columns.Select(Heading)], widths, numeric);
            AppendRow(o, [.. widths.Select(w => new string('-', w))], widths, numeric);
            foreach (var row in cells)
            {
                AppendRow(o, row, widths, numeric);
            }
        }

        if (report.Notes.Count > 0)
        {
            o.Append('\n');
            foreach (string note in report.Notes)
            {
                o.Append(note).Append('\n');
            }
        }

        output.Write(o.ToString());
    }

    private static string Cell(string column, object? cell)
    {
        string text = OneLine(Text(cell));
        return column == "title" ? TextWidth.Truncate(text, TitleWidth) : text;
    }

    private static void AppendRow(StringBuilder o, string[] cells, int[] widths, bool[] numeric)
    {
        var line = new StringBuilder();
        for (int i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                line.Append("  ");
            }

            int pad = widths[i] - TextWidth.Of(cells[i]);
            if (numeric[i])
            {
                line.Append(' ', pad).Append(cells[i]);
            }
            else
            {
                line.Append(cells[i]);
                if (i < cells.Length - 1)
                {
                    line.Append(' ', pad);
                }
            }
        }

        o.Append(line.ToString().TrimEnd()).Append('\n');
    }

    private static void AppendRecords(StringBuilder o, ReportTable table)
    {
        int last = table.Columns.Count - 1;
        foreach (var row in table.Rows)
        {
            o.Append(string.Join("  ", row.Take(last).Select(c => OneLine(Text(c))).Where(t => t.Length > 0))).Append('\n');
            var items = row[last] is ReportList list ? list.Items : [Text(row[last])];
            foreach (string item in items.Where(i => i.Length > 0))
            {
                o.Append("    ").Append(OneLine(item)).Append('\n');
            }
        }
    }

    private static void WriteMarkdown(Report report, TextWriter output)
    {
        var o = new StringBuilder();
        o.Append("# ").Append(Escape(report.Title)).Append('\n');
        foreach (var table in report.Tables)
        {
            o.Append('\n');
            if (report.Tables.Count > 1)
            {
                o.Append("## ").Append(Escape(table.Name)).Append("\n\n");
            }

            if (table.Rows.Count == 0)
            {
                o.Append("(none)\n");
                continue;
            }

            o.Append("| ").Append(string.Join(" | ", table.Columns.Select(c => Escape(Heading(c))))).Append(" |\n");
            o.Append('|').Append(string.Concat(table.Columns.Select((_, i) => table.Rows.All(r => r[i] is null || IsNumber(r[i])) ? " ---: |" : " --- |"))).Append('\n');
            foreach (var row in table.Rows)
            {
                o.Append("| ").Append(string.Join(" | ", row.Select(c => c is ReportList list && table.AsRecords
                    ? string.Join("<br>", list.Items.Select(Escape))
                    : Escape(Text(c))))).Append(" |\n");
            }
        }

        if (report.Notes.Count > 0)
        {
            o.Append('\n');
            foreach (string note in report.Notes)
            {
                o.Append("- ").Append(Escape(note)).Append('\n');
            }
        }

        output.Write(o.ToString());
    }

    private static string Escape(string text) => OneLine(text).Replace("|", "\\|", StringComparison.Ordinal);

    private static void WriteCsv(Report report, TextWriter output)
    {
        var o = new StringBuilder();
        var tables = report.Tables;
        bool shared = tables.Count > 1 && tables.All(t => t.Columns.SequenceEqual(tables[0].Columns));
        var chosen = shared ? tables : tables.Take(1).ToList();
        if (chosen.Count == 0)
        {
            return;
        }

        var header = shared ? ["table", .. chosen[0].Columns] : chosen[0].Columns;
        o.Append(string.Join(',', header.Select(Quote))).Append('\n');
        foreach (var table in chosen)
        {
            foreach (var row in table.Rows)
            {
                var cells = row.Select(c => Quote(Text(c)));
                o.Append(string.Join(',', shared ? cells.Prepend(Quote(table.Name)) : cells)).Append('\n');
            }
        }

        output.Write(o.ToString());
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (field.Length > 0 && (field[0] == ' ' || field[^1] == ' '))
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;

    private static void WriteJson(Report report, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("command", report.Command);
            json.WriteString("title", report.Title);
            foreach (var (name, value) in report.Facts)
            {
                json.WritePropertyName(name);
                WriteValue(json, value);
            }

            json.WriteStartObject("tables");
            foreach (var table in report.Tables)
            {
                json.WriteStartArray(table.Name);
                foreach (var row in table.Rows)
                {
                    json.WriteStartObject();
                    for (int i = 0; i < row.Length; i++)
                    {
                        json.WritePropertyName(table.Columns[i]);
                        WriteValue(json, row[i]);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteStartArray("notes");
            foreach (string note in report.Notes)
            {
                json.WriteStringValue(note);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case double d:
                json.WriteNumberValue(d);
                break;
            case ReportList list:
                json.WriteStartArray();
                foreach (string item in list.Items)
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(Text(value));
                break;
        }
    }
}
