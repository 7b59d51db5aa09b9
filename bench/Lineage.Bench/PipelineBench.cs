using System.Diagnostics;
using System.Globalization;
using Lineage.Documents.Text;
using Lineage.Extraction;
using Lineage.Model;

namespace Lineage.Bench;

/// <summary>
/// Text to citations on whole folders: reads every text file once (not timed), then times layout + extraction over
/// all of them, on one thread and on every core, several rounds, and reports MB/s, documents/s and peak memory; then
/// one thread per language (the language the layout detected). Besides wall-clock time it reports CPU time (the
/// thread's own on one thread, from /proc/thread-self/schedstat; the process's on all cores): on a shared machine
/// wall time includes waiting for a core, CPU time does not. Usage: <c>pipeline [--rounds N] FOLDER…</c>.
/// </summary>
internal static class PipelineBench
{
    public static void Run(IReadOnlyList<string> arguments)
    {
        int rounds = 15;
        var folders = new List<string>();
        for (int i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] == "--rounds" && i + 1 < arguments.Count)
            {
                rounds = int.Parse(arguments[++i], CultureInfo.InvariantCulture);
            }
            else
            {
                folders.Add(arguments[i]);
            }
        }

        folders = folders.Count > 0 ? folders : ["seeds"];
        var files = folders.SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var texts = files.Select(f => (Path: f, Text: File.ReadAllText(f), Bytes: new FileInfo(f).Length)).ToList();
        long bytes = texts.Sum(t => t.Bytes);
        var startup = Stopwatch.StartNew();
        var extractor = new ExtractorBuilder().UseAllLanguages().Build();
        double first = startup.Elapsed.TotalMilliseconds;
        startup.Restart();
        _ = new ExtractorBuilder().UseAllLanguages().Build();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"six rule sets built: first {first:F0} ms (with JIT), again {startup.Elapsed.TotalMilliseconds:F1} ms"));

        int Work((string Path, string Text, long Bytes) input)
        {
            var format = input.Path.EndsWith(".md", StringComparison.Ordinal) ? DocumentFormat.Markdown : DocumentFormat.PlainText;
            var read = TextDocumentFactory.Create(input.Path, format, input.Text);
            return read.Document is null ? 0 : extractor.Extract(read.Document).Citations.Length;
        }

        int citations = texts.Sum(Work); // warm-up
        var phase = Stopwatch.StartNew();
        var documents = texts.Select(t => TextDocumentFactory.Create(t.Path, t.Path.EndsWith(".md", StringComparison.Ordinal) ? DocumentFormat.Markdown : DocumentFormat.PlainText, t.Text).Document).ToList();
        double layout = phase.Elapsed.TotalSeconds;
        phase.Restart();
        foreach (var document in documents.OfType<Document>())
        {
            extractor.Extract(document);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"phases (1 thread, one pass): layout {layout:F3} s, extraction {phase.Elapsed.TotalSeconds:F3} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{files.Count} files, {bytes / 1e6:F2} MB, {citations} citations; {Environment.ProcessorCount} cores; {rounds} rounds after a warm-up pass"));
        Report("layout alone, threads=1", texts, bytes, rounds, 1, t =>
            TextDocumentFactory.Create(t.Path, t.Path.EndsWith(".md", StringComparison.Ordinal) ? DocumentFormat.Markdown : DocumentFormat.PlainText, t.Text).Document is null ? 0 : 1);
        foreach (int threads in new[] { 1, Environment.ProcessorCount }.Distinct())
        {
            Report($"threads={threads}", texts, bytes, rounds, threads, Work);
        }

        // One thread per language: the language the layout read in the text.
        var byLanguage = texts.Zip(documents)
            .GroupBy(p => p.Second?.Language ?? Language.Unknown)
            .OrderBy(g => g.Key.ToCode(), StringComparer.Ordinal);
        foreach (var group in byLanguage)
        {
            var list = group.Select(p => p.First).ToList();
            Report($"{group.Key.ToCode()}, threads=1", list, list.Sum(t => t.Bytes), rounds, 1, Work);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"garbage collections: gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; {GC.GetTotalAllocatedBytes() / 1e9:F1} GB allocated; GC pause {GC.GetTotalPauseDuration().TotalSeconds:F2} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load average {File.ReadAllText("/proc/loadavg").Trim()}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20)} MiB (all texts held in memory)"));
    }

    private static void Report(string label, List<(string Path, string Text, long Bytes)> texts, long bytes, int rounds, int threads,
        Func<(string Path, string Text, long Bytes), int> work)
    {
        var times = new List<double>();
        var cpu = new List<double>();
        for (int r = 0; r < rounds; r++)
        {
            double cpuBefore = threads == 1 ? ThreadCpuSeconds() : Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
            var watch = Stopwatch.StartNew();
            if (threads == 1)
            {
                foreach (var text in texts)
                {
                    work(text);
                }
            }
            else
            {
                Parallel.ForEach(texts, new ParallelOptions { MaxDegreeOfParallelism = threads }, text => work(text));
            }

            times.Add(watch.Elapsed.TotalSeconds);
            cpu.Add((threads == 1 ? ThreadCpuSeconds() : Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds) - cpuBefore);
        }

        double best = times.Min();
        double median = times.Order().ElementAt(times.Count / 2);
        double cpuMedian = cpu.Order().ElementAt(cpu.Count / 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {texts.Count} files, {bytes / 1e6:F2} MB; wall median {median:F3} s, best {best:F3} s; {bytes / 1e6 / median:F1} MB/s median, {bytes / 1e6 / best:F1} MB/s best, {texts.Count / median:F0} documents/s; CPU median {cpuMedian:F3} s = {bytes / 1e6 / cpuMedian:F1} MB per CPU-second"));
    }

    /// <summary>The calling thread's time on a CPU (Linux: /proc/thread-self/schedstat, nanoseconds); elsewhere the process's.</summary>
    private static double ThreadCpuSeconds()
    {
        const string schedstat = "/proc/thread-self/schedstat";
        if (File.Exists(schedstat))
        {
            string first = File.ReadAllText(schedstat).Split(' ')[0];
            return long.Parse(first, CultureInfo.InvariantCulture) / 1e9;
        }

        return Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
    }
}
