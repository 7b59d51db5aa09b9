using System.Diagnostics;
using System.Globalization;
using System.Text;
using Lineage.Documents;
using Lineage.Documents.Akn;
using Lineage.Documents.Text;
using Lineage.Extraction;
using Lineage.Model;

namespace Lineage.Bench;

/// <summary>
/// Suite <c>extract</c>: text → citations on the corpus text (the AKN4UN texts of GA 78 and SC 2022–2023,
/// ga-80-en-pdftext, sc-gold-en). Documents are read first (not timed); then <see cref="CitationExtractor.Extract"/>
/// runs over them on one thread and on all cores (parallel over documents). Only documents in a language the
/// extractor has rules for are timed (others would return at once). Also times layout + extraction from the raw
/// text of the plain-text files. MB = 10^6 bytes of UTF-8 text.
/// </summary>
internal static class ExtractBenchmark
{
    private static readonly string[] s_aknFolders = ["akn4un-ga/78", "akn4un-sc/2022", "akn4un-sc/2023"];
    private static readonly string[] s_textFolders = ["ga-80-en-pdftext", "sc-gold-en"];

    public static string Run(string corpus, int passes)
    {
        string loadBefore = LoadAverage();
        var extractor = new ExtractorBuilder().UseAllLanguages().Build();
        var watch = Stopwatch.StartNew();
        var akn = new AknDocumentReader();
        var text = new TextDocumentReader();
        var aknFiles = s_aknFolders
            .SelectMany(f => Directory.EnumerateFiles(Path.Combine(corpus, f), "*.xml", SearchOption.AllDirectories));
        var textFiles = s_textFolders
            .SelectMany(f => Directory.EnumerateFiles(Path.Combine(corpus, f)))
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal));
        var documents = aknFiles.Select(f => akn.Read(f, ReaderOptions.Default).Document)
            .Concat(textFiles.Select(f => text.Read(f, ReaderOptions.Default).Document))
            .OfType<Document>()
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ToList();
        var raw = textFiles.Order(StringComparer.Ordinal).Select(f => (Path: f, Text: File.ReadAllText(f))).ToList();
        double readSeconds = watch.Elapsed.TotalSeconds;

        var timed = documents.Where(d => extractor.Supports(d.Language)).ToList();
        long bytes = timed.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
        long rawBytes = raw.Sum(r => (long)Encoding.UTF8.GetByteCount(r.Text));
        int citations = timed.Sum(d => extractor.Extract(d).Citations.Length); // warm-up pass
        _ = raw.Sum(r => Layout(r.Path, r.Text, extractor));

        var single = Measure(passes, () => { foreach (var d in timed) { extractor.Extract(d); } });
        var parallel = Measure(passes, () => Parallel.ForEach(timed, d => extractor.Extract(d)));
        var layoutSingle = Measure(passes, () => { foreach (var r in raw) { Layout(r.Path, r.Text, extractor); } });
        long allocated = GC.GetTotalAllocatedBytes(true);
        var perLanguage = timed.GroupBy(d => d.Language).OrderBy(g => g.Key.ToCode(), StringComparer.Ordinal).Select(g =>
        {
            var list = g.ToList();
            long b = list.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
            var t = Measure(passes, () => { foreach (var d in list) { extractor.Extract(d); } });
            return (Language: g.Key, Documents: list.Count, Bytes: b, Seconds: t);
        }).ToList();
        long peak = Process.GetCurrentProcess().PeakWorkingSet64;

        var report = new StringBuilder();
        string Line(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
        report.Append("# Benchmark `extract`: text → citations\n\n");
        report.Append(Line($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, Release build, workstation GC. Shared machine: load average (1, 5, 15 min) {loadBefore} before the run and {LoadAverage()} after it; a load above the core count means other jobs took CPU time during the run, so the figures are lower bounds and the multi-core scaling is not meaningful then.\n\n"));
        report.Append(Line($"Corpus: {documents.Count} documents read in {readSeconds:F1} s (not timed); timed: {timed.Count} documents in the languages with rule sets ({string.Join(", ", extractor.Languages.Select(l => l.ToCode()))}), {bytes / 1e6:F2} MB of UTF-8 text, {citations} citations per pass. Best of {passes} passes after a warm-up pass.\n\n"));
        report.Append("| measure | documents | MB | seconds | MB/s | MB/s per core | documents/s |\n|---|---:|---:|---:|---:|---:|---:|\n");
        report.Append(Line($"| extract, 1 thread | {timed.Count} | {bytes / 1e6:F2} | {single:F3} | {bytes / 1e6 / single:F1} | {bytes / 1e6 / single:F1} | {timed.Count / single:F0} |\n"));
        report.Append(Line($"| extract, {Environment.ProcessorCount} threads | {timed.Count} | {bytes / 1e6:F2} | {parallel:F3} | {bytes / 1e6 / parallel:F1} | {bytes / 1e6 / parallel / Environment.ProcessorCount:F1} | {timed.Count / parallel:F0} |\n"));
        report.Append(Line($"| layout + extract from raw text (ga-80-en-pdftext, sc-gold-en), 1 thread | {raw.Count} | {rawBytes / 1e6:F2} | {layoutSingle:F3} | {rawBytes / 1e6 / layoutSingle:F1} | {rawBytes / 1e6 / layoutSingle:F1} | {raw.Count / layoutSingle:F0} |\n"));
        foreach (var l in perLanguage)
        {
            report.Append(Line($"| extract {l.Language.ToCode()}, 1 thread | {l.Documents} | {l.Bytes / 1e6:F2} | {l.Seconds:F3} | {l.Bytes / 1e6 / l.Seconds:F1} | {l.Bytes / 1e6 / l.Seconds:F1} | {l.Documents / l.Seconds:F0} |\n"));
        }

        report.Append(Line($"\nScaling: {single / parallel:F2}× on {Environment.ProcessorCount} cores. Peak working set {peak / (1 << 20)} MiB (all documents held in memory); {allocated / 1e9:F1} GB allocated over the whole run.\n"));
        return report.ToString();
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static int Layout(string path, string text, CitationExtractor extractor)
    {
        var format = path.EndsWith(".md", StringComparison.Ordinal) ? DocumentFormat.Markdown : DocumentFormat.PlainText;
        var read = TextDocumentFactory.Create(path, format, text);
        return read.Document is null ? 0 : extractor.Extract(read.Document).Citations.Length;
    }

    /// <summary>Best wall-clock seconds of <paramref name="passes"/> runs.</summary>
    private static double Measure(int passes, Action action)
    {
        double best = double.MaxValue;
        for (int i = 0; i < passes; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        return best;
    }
}
