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
/// extractor has rules for are timed (others would return at once). Also times the plain-text path on the raw text
/// of the plain-text files (as taken from PDFs): layout alone (<see cref="TextDocumentFactory"/>), extraction alone
/// from the laid-out documents, and both, on one thread and on all cores; and the same for the Chinese plain text of
/// the seed (<c>seeds/</c>, one file, laid out <see cref="SeedRepeats"/> times a pass). MB = 10^6 bytes of UTF-8 text.
/// </summary>
internal static class ExtractBenchmark
{
    private static readonly string[] s_aknFolders = ["akn4un-ga/78", "akn4un-sc/2022", "akn4un-sc/2023"];
    private static readonly string[] s_textFolders = ["ga-80-en-pdftext", "sc-gold-en"];

    /// <summary>The seed is one file of 11 kB: each pass lays it out this many times, so that a pass is long enough to time.</summary>
    private const int SeedRepeats = 100;

    public static string Run(string corpus, string seeds, int passes)
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
        var seed = Directory.EnumerateFiles(seeds, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => (Path: f, Text: File.ReadAllText(f))).ToList();
        double readSeconds = watch.Elapsed.TotalSeconds;

        var timed = documents.Where(d => extractor.Supports(d.Language)).ToList();
        long bytes = timed.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
        long rawBytes = raw.Sum(r => (long)Encoding.UTF8.GetByteCount(r.Text));
        long seedBytes = SeedRepeats * seed.Sum(r => (long)Encoding.UTF8.GetByteCount(r.Text));
        int citations = timed.Sum(d => extractor.Extract(d).Citations.Length); // warm-up pass
        int rawCitations = raw.Sum(r => LayoutAndExtract(r.Path, r.Text, extractor));
        int seedCitations = seed.Sum(r => LayoutAndExtract(r.Path, r.Text, extractor));
        var laidOut = raw.Select(r => Layout(r.Path, r.Text)).OfType<Document>().ToList();
        var seedLaidOut = seed.Select(r => Layout(r.Path, r.Text)).OfType<Document>().ToList();

        var single = Measure(passes, () => { foreach (var d in timed) { extractor.Extract(d); } });
        var parallel = Measure(passes, () => Parallel.ForEach(timed, d => extractor.Extract(d)));
        var rawLayout = Measure(passes, () => { foreach (var r in raw) { Layout(r.Path, r.Text); } });
        var rawExtract = Measure(passes, () => { foreach (var d in laidOut) { extractor.Extract(d); } });
        var rawSingle = Measure(passes, () => { foreach (var r in raw) { LayoutAndExtract(r.Path, r.Text, extractor); } });
        var rawLayoutParallel = Measure(passes, () => Parallel.ForEach(raw, r => Layout(r.Path, r.Text)));
        var rawParallel = Measure(passes, () => Parallel.ForEach(raw, r => LayoutAndExtract(r.Path, r.Text, extractor)));
        var rawLayoutBest = MeasurePerDocument(passes * 3, raw, r => Layout(r.Path, r.Text));
        var rawExtractBest = MeasurePerDocument(passes * 3, laidOut, d => extractor.Extract(d));
        var seedLayout = Measure(passes, () => Repeat(seed, r => Layout(r.Path, r.Text)));
        var seedExtract = Measure(passes, () => Repeat(seedLaidOut, d => extractor.Extract(d)));
        var seedSingle = Measure(passes, () => Repeat(seed, r => LayoutAndExtract(r.Path, r.Text, extractor)));
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
        int cores = Environment.ProcessorCount;
        void Row(string measure, int documents, long b, double seconds, int threads) =>
            report.Append(Line($"| {measure} | {documents} | {b / 1e6:F2} | {seconds:F3} | {b / 1e6 / seconds:F1} | {b / 1e6 / seconds / threads:F1} | {documents / seconds:F0} |\n"));
        Row("raw text (ga-80-en-pdftext, sc-gold-en): layout alone, 1 thread", raw.Count, rawBytes, rawLayout, 1);
        Row("raw text: extract alone from the laid-out documents, 1 thread", raw.Count, rawBytes, rawExtract, 1);
        Row("raw text: layout + extract, 1 thread", raw.Count, rawBytes, rawSingle, 1);
        Row($"raw text: layout alone, 1 thread, sum of per-document best of {passes * 3}", raw.Count, rawBytes, rawLayoutBest, 1);
        Row($"raw text: extract alone, 1 thread, sum of per-document best of {passes * 3}", raw.Count, rawBytes, rawExtractBest, 1);
        Row($"raw text: layout alone, {cores} threads", raw.Count, rawBytes, rawLayoutParallel, cores);
        Row($"raw text: layout + extract, {cores} threads", raw.Count, rawBytes, rawParallel, cores);
        Row($"Chinese plain text (seeds/, {seed.Count} file × {SeedRepeats}): layout alone, 1 thread", seed.Count * SeedRepeats, seedBytes, seedLayout, 1);
        Row("Chinese plain text: extract alone, 1 thread", seed.Count * SeedRepeats, seedBytes, seedExtract, 1);
        Row("Chinese plain text: layout + extract, 1 thread", seed.Count * SeedRepeats, seedBytes, seedSingle, 1);
        foreach (var l in perLanguage)
        {
            report.Append(Line($"| extract {l.Language.ToCode()}, 1 thread | {l.Documents} | {l.Bytes / 1e6:F2} | {l.Seconds:F3} | {l.Bytes / 1e6 / l.Seconds:F1} | {l.Bytes / 1e6 / l.Seconds:F1} | {l.Documents / l.Seconds:F0} |\n"));
        }

        report.Append(Line($"\nThe rows \"sum of per-document best\" time each document alone, {passes * 3} times, and add up the fastest runs: on a shared machine they show what the code costs without the other jobs, but leave out garbage collection (every row above them includes it).\n"));
        report.Append(Line($"\nRaw text: {laidOut.Count} of {raw.Count} files laid out as resolutions, {rawCitations} citations per pass; seed: {seedCitations} citations per layout.\n"));
        report.Append(Line($"\nScaling: extract {single / parallel:F2}×, raw-text layout + extract {rawSingle / rawParallel:F2}× on {Environment.ProcessorCount} cores. Peak working set {peak / (1 << 20)} MiB (all documents held in memory); {allocated / 1e9:F1} GB allocated over the whole run.\n"));
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

    private static Document? Layout(string path, string text)
    {
        var format = path.EndsWith(".md", StringComparison.Ordinal) ? DocumentFormat.Markdown : DocumentFormat.PlainText;
        return TextDocumentFactory.Create(path, format, text).Document;
    }

    private static int LayoutAndExtract(string path, string text, CitationExtractor extractor) =>
        Layout(path, text) is { } document ? extractor.Extract(document).Citations.Length : 0;

    private static void Repeat<T>(List<T> items, Action<T> action)
    {
        for (int i = 0; i < SeedRepeats; i++)
        {
            foreach (var item in items)
            {
                action(item);
            }
        }
    }

    /// <summary>
    /// Sum over the items of the best wall-clock seconds of <paramref name="runs"/> runs of each: a run takes well under
    /// a millisecond, far less than a scheduler time slice, so its best is an uninterrupted run even on a loaded
    /// machine. A lower bound on a pass's time: it leaves out garbage collections and runs with a warm cache.
    /// </summary>
    private static double MeasurePerDocument<T>(int runs, List<T> items, Action<T> action)
    {
        double total = 0;
        foreach (var item in items)
        {
            long best = long.MaxValue;
            for (int i = 0; i < runs; i++)
            {
                long start = Stopwatch.GetTimestamp();
                action(item);
                best = Math.Min(best, Stopwatch.GetTimestamp() - start);
            }

            total += best;
        }

        return total / Stopwatch.Frequency;
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
