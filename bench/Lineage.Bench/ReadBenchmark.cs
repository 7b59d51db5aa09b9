using System.Diagnostics;
using System.Globalization;
using System.Text;
using Lineage.Documents;
using Lineage.Documents.Encodings;
using Lineage.Documents.Pdf;
using Lineage.Documents.Text;

namespace Lineage.Bench;

/// <summary>
/// The <c>read</c> suite: how fast files are read. PDF pages per second (text extraction alone, and through the
/// layout) for the three corpus PDFs; text MB/s for decoding (UTF-8, and GB18030 found by detection) and for reading
/// through the layout, over the corpus's text files; and the whole corpus through <see cref="DocumentLoader"/>. Each
/// figure is the best of several timed runs after a warm-up. Writes bench/results/read.md.
/// </summary>
internal static class ReadBenchmark
{
    private static readonly string[] CorpusFolders = ["pdf", "sc-gold-en", "ga-80-en-pdftext", "akn4un-ga", "akn4un-sc"];

    public static void Run(string corpus, string resultsPath)
    {
        var report = new StringBuilder();
        report.AppendLine("# Read benchmark (`dotnet run -c Release --project bench/Lineage.Bench -- read`)").AppendLine();
        report.AppendLine(Invariant($"Machine: {Environment.ProcessorCount} cores, {RuntimeName()}, {Environment.OSVersion}; best of 10 runs after 2 s of warm-up; one thread."));
        report.AppendLine(Invariant($"Load average when the run started: {BenchMachine.LoadAverage()} (other processes share the cores: compare figures from quiet runs only)."));
        report.AppendLine().AppendLine("## PDF (corpus/pdf)").AppendLine();
        report.AppendLine("| file | pages | size | extract: pages/s | extract: MB/s | extract + layout: pages/s |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|");
        int totalPages = 0;
        long totalBytes = 0;
        double totalExtract = 0;
        double totalRead = 0;
        foreach (string pdf in Directory.GetFiles(Path.Combine(corpus, "pdf"), "*.pdf").Order(StringComparer.Ordinal))
        {
            byte[] bytes = File.ReadAllBytes(pdf);
            int pages = PdfTextExtractor.Extract(bytes, pdf).PageCount;
            double extract = Best(() => PdfTextExtractor.Extract(bytes, pdf));
            double read = Best(() => new PdfDocumentReader().Read(pdf, ReaderOptions.Default));
            totalPages += pages;
            totalBytes += bytes.Length;
            totalExtract += extract;
            totalRead += read;
            report.AppendLine(Invariant($"| {Path.GetFileName(pdf)} | {pages} | {bytes.Length / 1024} KB | {pages / extract:0} | {bytes.Length / extract / (1 << 20):0.0} | {pages / read:0} |"));
        }

        report.AppendLine(Invariant($"| all three | {totalPages} | {totalBytes / 1024} KB | {totalPages / totalExtract:0} | {totalBytes / totalExtract / (1 << 20):0.0} | {totalPages / totalRead:0} |"));

        var texts = Directory.GetFiles(Path.Combine(corpus, "sc-gold-en"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(corpus, "ga-80-en-pdftext"), "*.md"))
            .Order(StringComparer.Ordinal).ToList();
        var contents = texts.Select(File.ReadAllBytes).ToList();
        long textBytes = contents.Sum(c => (long)c.Length);
        _ = TextDecoder.LegacyCandidates;
        var gb18030 = Encoding.GetEncoding(54936);
        string chinese = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(corpus, "..", "seeds", "000_8627da302985489d.txt")));
        byte[] chineseLegacy = gb18030.GetBytes(string.Concat(Enumerable.Repeat(chinese, 200)));

        double decodeUtf8 = Best(() =>
        {
            foreach (var bytes in contents)
            {
                _ = TextDecoder.Decode(bytes, null, "x");
            }
        });
        double decodeLegacy = Best(() => TextDecoder.Decode(chineseLegacy, null, "x"));
        double readText = Best(() =>
        {
            foreach (string path in texts)
            {
                _ = new TextDocumentReader().Read(path, ReaderOptions.Default);
            }
        });

        report.AppendLine().AppendLine("## Text").AppendLine();
        report.AppendLine("| what | input | MB/s |").AppendLine("|---|---|---:|");
        report.AppendLine(Invariant($"| decode (detection: UTF-8) | sc-gold-en + ga-80-en-pdftext: {texts.Count} files, {textBytes / (1 << 20):0.0} MB | {textBytes / decodeUtf8 / (1 << 20):0.0} |"));
        report.AppendLine(Invariant($"| decode (detection: GB18030) | the seed ×200 in GB18030, {chineseLegacy.Length / (1 << 20):0.0} MB | {chineseLegacy.Length / decodeLegacy / (1 << 20):0.0} |"));
        report.AppendLine(Invariant($"| read (decode + layout), text reader | sc-gold-en + ga-80-en-pdftext, {texts.Count} files | {textBytes / readText / (1 << 20):0.0} ({texts.Count / readText:0} files/s) |"));

        var loader = new DocumentLoader();
        var folders = CorpusFolders.Select(f => Path.Combine(corpus, f)).ToArray();
        var files = loader.Discover(folders);
        long corpusBytes = files.Sum(f => f.Length);
        var summary = new ReadSummary();
        var byFormat = new SortedDictionary<string, (int Files, long Bytes, double Seconds)>(StringComparer.Ordinal);
        var total = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var watch = Stopwatch.StartNew();
            var result = loader.Read(file);
            double seconds = watch.Elapsed.TotalSeconds;
            summary.Add(file.Format, result.Succeeded, result.Diagnostics);
            if (file.Skipped is null)
            {
                var (count, bytes, time) = byFormat.GetValueOrDefault(file.Format);
                byFormat[file.Format] = (count + 1, bytes + file.Length, time + seconds);
            }
        }

        total.Stop();
        report.AppendLine().AppendLine("## The corpus through DocumentLoader (one pass, one thread)").AppendLine();
        report.AppendLine(Invariant($"{files.Count} files, {corpusBytes / (1 << 20):0.0} MB, discovered and read in {total.Elapsed.TotalSeconds:0.0} s."));
        report.AppendLine().AppendLine("| reader | files read | MB | files/s | MB/s |").AppendLine("|---|---:|---:|---:|---:|");
        foreach (var (format, (count, bytes, seconds)) in byFormat)
        {
            report.AppendLine(Invariant($"| {format} | {count} | {bytes / (double)(1 << 20):0.0} | {count / seconds:0} | {bytes / seconds / (1 << 20):0.0} |"));
        }

        report.AppendLine().AppendLine("Summary as `lineage build` prints it:").AppendLine();
        foreach (string line in summary.Lines())
        {
            report.AppendLine("    " + line);
        }

        string text = report.ToString();
        Console.Write(text);
        Directory.CreateDirectory(Path.GetDirectoryName(resultsPath)!);
        File.WriteAllText(resultsPath, text.ReplaceLineEndings("\n"));
    }

    private static double Best(Action action, int runs = 10)
    {
        // Warm up for two seconds so tiered compilation has settled before anything is timed.
        var warmUp = Stopwatch.StartNew();
        do
        {
            action();
        }
        while (warmUp.Elapsed < TimeSpan.FromSeconds(2));

        double best = double.MaxValue;
        for (int i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        return best;
    }

    private static string RuntimeName() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
