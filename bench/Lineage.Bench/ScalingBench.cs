using System.Diagnostics;
using System.Globalization;
using System.Text;
using Lineage.Documents.Text;
using Lineage.Extraction;
using Lineage.Model;

namespace Lineage.Bench;

/// <summary>
/// Linear time: the texts of the folders concatenated into one file of <c>mb</c> MB (as one user's file), laid out and
/// extracted whole, against the same text cut into 1 MB files; reports seconds per MB of each and their ratio.
/// </summary>
internal static class ScalingBench
{
    public static void Run(IReadOnlyList<string> folders, int megabytes = 64)
    {
        var extractor = new ExtractorBuilder().UseAllLanguages().Build();
        var texts = folders.SelectMany(f => File.Exists(f) ? [f] : Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToList();
        string big = Concatenate(texts, megabytes * 1_000_000);
        var pieces = Enumerable.Range(0, megabytes).Select(i => big.Substring(i * 1_000_000, 1_000_000)).ToList();

        double Time(IEnumerable<string> inputs, out int citations)
        {
            citations = 0;
            var watch = Stopwatch.StartNew();
            foreach (string text in inputs)
            {
                var read = TextDocumentFactory.Create("A_RES_80_24.en.txt", DocumentFormat.PlainText, text);
                citations += read.Document is null ? 0 : extractor.Extract(read.Document).Citations.Length;
            }

            return watch.Elapsed.TotalSeconds;
        }

        Time(pieces.Take(4), out _); // warm-up
        double small = Time(pieces, out int smallCitations);
        double whole = Time([big], out int wholeCitations);
        double ratio = whole / small;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{megabytes} files of 1 MB: {small:F2} s, {small / megabytes:F4} s/MB, {smallCitations} citations; one file of {megabytes} MB: {whole:F2} s, {whole / megabytes:F4} s/MB, {wholeCitations} citations; ratio {ratio:F2}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20)} MiB"));
    }

    /// <summary>The texts one after another (a blank line between), repeated until <paramref name="chars"/> characters.</summary>
    public static string Concatenate(IReadOnlyList<string> texts, int chars)
    {
        var builder = new StringBuilder(chars + 1);
        while (builder.Length < chars)
        {
            foreach (string text in texts)
            {
                builder.Append(text).Append("\n\n");
                if (builder.Length >= chars)
                {
                    break;
                }
            }
        }

        builder.Length = chars;
        return builder.ToString();
    }
}
