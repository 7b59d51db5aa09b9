using System.Net;
using System.Text;

namespace Lineage.Reporting;

/// <summary>
/// Writes a report as one self-contained HTML page: the data as JSON, Cytoscape.js and cytoscape-dagre (embedded from
/// their npm packages, licences included), the page's script and style. It opens from disk with no network and no
/// server (its Content-Security-Policy forbids any request), so it can be sent by e-mail. Same input, same bytes.
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>Writes the page for <paramref name="report"/> to <paramref name="output"/> (UTF-8, no BOM).</summary>
    public static void Write(ReportNeighbourhood report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        string template = ReportAssets.Read(ReportAssets.Template);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        int at = 0;
        while (at < template.Length)
        {
            int open = template.IndexOf("{{", at, StringComparison.Ordinal);
            if (open < 0)
            {
                writer.Write(template.AsSpan(at));
                break;
            }

            int close = template.IndexOf("}}", open, StringComparison.Ordinal);
            writer.Write(template.AsSpan(at, open - at));
            writer.Flush();
            Slot(template[(open + 2)..close], report, writer, output);
            at = close + 2;
        }

        writer.Flush();
    }

    /// <summary>The page as a string.</summary>
    public static string ToHtml(ReportNeighbourhood report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Slot(string name, ReportNeighbourhood report, StreamWriter writer, Stream output)
    {
        switch (name)
        {
            case "TITLE":
                writer.Write(WebUtility.HtmlEncode($"Lineage of {report.Root.Symbol.ShortForm} ({report.Root.Symbol})"));
                break;
            case "STYLE":
                writer.Write(ReportAssets.Read(ReportAssets.Style));
                break;
            case "DATA":
                writer.Flush();
                ReportData.Write(report, output);
                break;
            case "CYTOSCAPE":
                writer.Write(ReportAssets.Read(ReportAssets.Cytoscape));
                break;
            case "CYTOSCAPE_DAGRE":
                writer.Write(ReportAssets.Read(ReportAssets.CytoscapeDagre));
                break;
            case "SCRIPT":
                writer.Write(ReportAssets.Read(ReportAssets.Script));
                break;
            case "LICENCES":
                writer.Write(WebUtility.HtmlEncode(ReportAssets.Read(ReportAssets.Licences)));
                break;
            default:
                throw new InvalidOperationException($"The report template names an unknown slot {{{{{name}}}}}.");
        }
    }
}
