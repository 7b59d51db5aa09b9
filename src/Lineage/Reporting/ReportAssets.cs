using System.Collections.Concurrent;
using System.Reflection;

namespace Lineage.Reporting;

/// <summary>
/// The files embedded in the library for report pages: the page's own template, style and script (Reporting/Page), and
/// the npm libraries copied by <c>scripts/update-report-assets.sh</c> with their licences (Reporting/Assets).
/// </summary>
internal static class ReportAssets
{
    public const string Cytoscape = "cytoscape.min.js";
    public const string CytoscapeDagre = "cytoscape-dagre.min.js";
    public const string Licences = "LICENSES.txt";
    public const string Manifest = "assets.json";
    public const string Template = "report.html";
    public const string Style = "report.css";
    public const string Script = "report.js";

    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The text of an embedded file (UTF-8).</summary>
    public static string Read(string name) => Cache.GetOrAdd(name, static n =>
    {
        using var stream = typeof(ReportAssets).Assembly.GetManifestResourceStream("Lineage.Reporting." + n)
            ?? throw new InvalidOperationException($"The report asset {n} is not embedded in {typeof(ReportAssets).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>Names of every embedded report file.</summary>
    public static IEnumerable<string> Names =>
        typeof(ReportAssets).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("Lineage.Reporting.", StringComparison.Ordinal)).Select(n => n["Lineage.Reporting.".Length..]);

    internal static Assembly Assembly => typeof(ReportAssets).Assembly;
}
