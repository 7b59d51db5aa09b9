using System.Text;
using System.Xml.Linq;

namespace Lineage.Tests.Documents;

/// <summary>Real text from the shared corpus for reader tests: AKN4UN bodies by language, the three English PDFs.</summary>
internal static class CorpusSamples
{
    private static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    /// <summary>
    /// The first <paramref name="count"/> AKN4UN files of GA session 78 in <paramref name="language"/> (folder name), sorted,
    /// whose name ends in that language's letter (the Russian folder holds a few French files: <c>…-2324974F.xml</c>).
    /// </summary>
    public static IReadOnlyList<string> AknFiles(string language, int count) =>
        [.. Directory.GetFiles(TestPaths.CorpusPath("akn4un-ga", "78", language), "*.xml")
            .Where(f => Path.GetFileNameWithoutExtension(f).EndsWith(language[0]))
            .Order(StringComparer.Ordinal).Take(count)];

    /// <summary>The visible text of an AKN4UN file: preface, preamble, body, one paragraph per line, footnotes inline.</summary>
    public static string AknText(string path)
    {
        var root = XDocument.Load(path).Root!;
        var text = new StringBuilder();
        foreach (var p in root.Descendants(Akn + "p"))
        {
            if (p.Ancestors(Akn + "authorialNote").Any() || p.Ancestors(Akn + "meta").Any())
            {
                continue;
            }

            string line = string.Join(" ", p.Value.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
            if (line.Length > 0)
            {
                text.Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>The three official English PDFs (A/RES/73/3, 73/6, 73/7).</summary>
    public static IReadOnlyList<string> Pdfs() =>
        [.. Directory.GetFiles(TestPaths.CorpusPath("pdf"), "*.pdf").Order(StringComparer.Ordinal)];

    public static string Pdf(string name) => TestPaths.CorpusPath("pdf", name);
}
