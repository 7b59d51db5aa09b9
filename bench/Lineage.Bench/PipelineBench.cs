using System.Diagnostics;
using System.Globalization;
using Lineage.Documents;
using Lineage.Documents.Text;
using Lineage.Extraction;
using Lineage.Model;

namespace Lineage.Bench;

/// <summary>
/// Text to citations on whole folders: reads every text file once (not timed), then times layout + extraction
/// over all of them, single thread and on every core, several rounds, and reports MB/s, documents/s and peak memory.
/// </summary>
internal static class PipelineBench
{
    public static void Run(IReadOnlyList<string> folders, int rounds = 15)
    {
        var files = folders.SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var texts = files.Select(f => (Path: f, Text: File.ReadAllText(f))).ToList();
        long bytes = files.Sum(f => new FileInfo(f).Length);
        var extractor = new ExtractorBuilder().UseAllLanguages().Build();

        int Work((string Path, string Text) input)
        {
            var format = input.Path.EndsWith(".md", StringComparison.Ordinal) ? DocumentFormat.Markdown : DocumentFormat.PlainText;
            var read = TextDocumentFactory.Create(input.Path, format, input.Text);
            return read.Document is null ? 0 : extractor.Extract(read.Document).Citations.Length;
        }

        int citations = texts.Sum(Work); // warm-up
        var phase = Stopwatch.StartNew();
        var documents = texts.Select(t => TextDocumentFactory.Create(t.Path, t.Path.EndsWith(".md", StringComparison.Ordinal) ? DocumentFormat.Markdown : DocumentFormat.PlainText, t.Text).Document).Where(d => d is not null).ToList();
        double layout = phase.Elapsed.TotalSeconds;
        phase.Restart();
        foreach (var document in documents)
        {
            extractor.Extract(document!);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"phases (1 thread): layout {layout:F3} s, extraction {phase.Elapsed.TotalSeconds:F3} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{files.Count} files, {bytes / 1e6:F2} MB, {citations} citations; {Environment.ProcessorCount} cores"));
        foreach (int threads in new[] { 1, Environment.ProcessorCount }.Distinct())
        {
            var times = new List<double>();
            var cpu = new List<double>();
            for (int r = 0; r < rounds; r++)
            {
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                if (threads == 1)
                {
                    foreach (var text in texts)
                    {
                        Work(text);
                    }
                }
                else
                {
                    Parallel.ForEach(texts, new ParallelOptions { MaxDegreeOfParallelism = threads }, text => Work(text));
                }

                times.Add(watch.Elapsed.TotalSeconds);
                cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds);
            }

            double best = times.Min();
            double median = times.Order().ElementAt(times.Count / 2);
            double cpuMedian = cpu.Order().ElementAt(cpu.Count / 2);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"threads={threads}: wall median {median:F3} s, best {best:F3} s; {bytes / 1e6 / median:F1} MB/s, {files.Count / median:F0} documents/s (wall, median); CPU {cpuMedian:F3} s = {bytes / 1e6 / cpuMedian:F1} MB per CPU-second"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20)} MiB"));
    }
}
