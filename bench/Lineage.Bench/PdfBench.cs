using System.Diagnostics;
using System.Globalization;
using System.Text;
using Lineage.Documents;
using Lineage.Documents.Pdf;
using UglyToad.PdfPig;

namespace Lineage.Bench;

/// <summary>
/// Suite <c>pdf</c>: PDFs end to end, as a user runs them, against Poppler's <c>pdftotext -layout</c> on the same files in
/// the same run.
/// <code>
/// dotnet run -c Release --project bench/Lineage.Bench -- pdf [CORPUS] [GENERATED] [RUNS]
/// </code>
/// Writes <see cref="UnPdfSet"/> (80 UN-like PDFs by default) and the corpus's real PDFs into a temporary folder, then
/// times, alternating, <c>lineage extract FOLDER --format jsonl</c> (the command as installed, published ReadyToRun; a new process each run: start-up
/// included) and <c>pdftotext -layout</c> over the same files in two worker processes at a time (one per core, as
/// <c>xargs -P2</c> would run it). Peak working set is the CLI's VmHWM. In-process, on one thread, it splits a file's
/// time into PdfPig's letter extraction, Lineage's page layout (<see cref="PdfTextExtractor"/>) and the text layout of
/// <see cref="PdfDocumentReader"/>. Writes bench/results/pdf.md.
/// </summary>
internal static class PdfBench
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Run(string root, string corpus, int generated, int runs)
    {
        string cli = InstalledCli.Publish(root);

        string folder = Path.Combine(Path.GetTempPath(), "lineage-bench-pdf-" + Environment.ProcessId.ToString(Invariant));
        try
        {
            var files = UnPdfSet.Write(corpus, folder, generated);
            foreach (string real in Directory.GetFiles(Path.Combine(corpus, "pdf"), "*.pdf").Order(StringComparer.Ordinal))
            {
                string copy = Path.Combine(folder, Path.GetFileName(real));
                File.Copy(real, copy, overwrite: true);
                files.Add(copy);
            }

            files.Sort(StringComparer.Ordinal);
            int pages = files.Sum(f => PdfDocument.Open(f).NumberOfPages);
            long bytes = files.Sum(f => new FileInfo(f).Length);
            Report(root, corpus, folder, cli, files, pages, bytes, runs);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Report(string root, string corpus, string folder, string cli, List<string> files, int pages, long bytes, int runs)
    {
        string load = BenchMachine.LoadAverage();
        string output = Path.Combine(Path.GetTempPath(), "lineage-bench-pdf-" + Environment.ProcessId.ToString(Invariant) + ".jsonl");
        var ours = new List<(double Seconds, double Cpu, long PeakKb, int Lines)>();
        var baseline = new List<(double Seconds, double Cpu, long PeakKb, int Lines)>();
        string? baselineCli = Environment.GetEnvironmentVariable("LINEAGE_BENCH_BASELINE_CLI");
        var poppler = new List<double>();
        var popplerCpu = new List<double>();
        bool havePoppler = CanRun("pdftotext", "-v");
        for (int run = 0; run < runs; run++)
        {
            ours.Add(RunCli(cli, folder, output));
            if (baselineCli is not null)
            {
                baseline.Add(RunCli(baselineCli, folder, output));
            }
            if (havePoppler)
            {
                double before = ChildrenCpuSeconds();
                poppler.Add(RunPdftotext(files, Path.Combine(Path.GetTempPath(), "lineage-bench-pdftotext-" + Environment.ProcessId.ToString(Invariant))));
                popplerCpu.Add(ChildrenCpuSeconds() - before);
            }
        }

        File.Delete(output);
        string loadAfter = BenchMachine.LoadAverage();
        var split = Split(files);

        double oursMedian = Median(ours.Select(o => o.Seconds));
        var report = new StringBuilder();
        report.AppendLine("# PDF benchmark (`dotnet run -c Release --project bench/Lineage.Bench -- pdf`)").AppendLine();
        report.AppendLine(Inv($"Machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes >> 30} GiB, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; load average {load} at the start, {loadAfter} at the end (the cores are shared: compare figures of one run only)."));
        report.AppendLine();
        report.AppendLine(Inv($"Input: {files.Count} PDFs, {pages} pages, {bytes / 1e6:0.0} MB: {files.Count - 3} rendered by `UnPdfSet` from `{Path.GetFileName(corpus)}`'s ga-80-en-pdftext (all) and sc-gold-en (the largest) texts in {UnPdfSet.FontName} with UN page furniture and footnotes, and the 3 real UN PDFs of corpus/pdf."));
        report.AppendLine();
        report.AppendLine("## End to end, two cores").AppendLine();
        report.AppendLine(Inv($"`lineage extract FOLDER --format jsonl > FILE` (published as installed: Release, ReadyToRun; process start included) against `pdftotext -layout FILE.pdf OUT.txt` for each file, two processes at a time; {runs} runs each, alternating; the median."));
        report.AppendLine();
        report.AppendLine("| tool | seconds (median) | runs | pages/s | MB/s | CPU seconds (median) | peak working set |").AppendLine("|---|---:|---|---:|---:|---:|---:|");
        report.AppendLine(Inv($"| lineage extract | {oursMedian:0.00} | {string.Join(", ", ours.Select(o => o.Seconds.ToString("0.00", Invariant)))} | {pages / oursMedian:0} | {bytes / oursMedian / 1e6:0.0} | {Median(ours.Select(o => o.Cpu)):0.00} | {ours.Max(o => o.PeakKb) / 1024} MiB |"));
        if (baseline.Count > 0)
        {
            double baselineMedian = Median(baseline.Select(o => o.Seconds));
            report.AppendLine(Inv($"| lineage extract, baseline build (`LINEAGE_BENCH_BASELINE_CLI`) | {baselineMedian:0.00} | {string.Join(", ", baseline.Select(o => o.Seconds.ToString("0.00", Invariant)))} | {pages / baselineMedian:0} | {bytes / baselineMedian / 1e6:0.0} | {Median(baseline.Select(o => o.Cpu)):0.00} | {baseline.Max(o => o.PeakKb) / 1024} MiB |"));
        }

        if (havePoppler)
        {
            double popplerMedian = Median(poppler);
            report.AppendLine(Inv($"| pdftotext -layout ×2 | {popplerMedian:0.00} | {string.Join(", ", poppler.Select(o => o.ToString("0.00", Invariant)))} | {pages / popplerMedian:0} | {bytes / popplerMedian / 1e6:0.0} | {Median(popplerCpu):0.00} | – |"));
            report.AppendLine().AppendLine(Inv($"Ratio: Lineage reads at {popplerMedian / oursMedian:0.00}× the speed of pdftotext (wall-clock pages/s, medians) and uses {Median(ours.Select(o => o.Cpu)) / Median(popplerCpu):0.00}× its CPU time; it finds {ours[0].Lines} citations."));
            report.AppendLine(Inv($"CPU time is what the machine's load changes least: with two free cores the wall clock is at best half of it, so at most {pages / (Median(ours.Select(o => o.Cpu)) / 2):0} pages/s for Lineage and {pages / (Median(popplerCpu) / 2):0} for pdftotext."));
        }
        else
        {
            report.AppendLine().AppendLine("pdftotext was not found (Debian `poppler-utils`): no comparison.");
        }

        report.AppendLine().AppendLine("## Where a page's time goes, one thread").AppendLine();
        report.AppendLine("Every file once after a warm-up, in this process on one thread; the least CPU time of 3 passes: PdfPig alone (open, every page's letters), then `PdfTextExtractor.Extract` (PdfPig + Lineage's page layout: runs, lines, furniture, footnotes), then `PdfDocumentReader.Read` (+ the text layout that gives clauses, page and line).");
        report.AppendLine();
        report.AppendLine("| stage | CPU seconds | pages per CPU second | share |").AppendLine("|---|---:|---:|---:|");
        report.AppendLine(Inv($"| PdfPig letters | {split.Letters:0.00} | {pages / split.Letters:0} | {split.Letters / split.Read:P0} |"));
        report.AppendLine(Inv($"| page layout (PdfTextExtractor − PdfPig) | {split.Extract - split.Letters:0.00} | – | {(split.Extract - split.Letters) / split.Read:P0} |"));
        report.AppendLine(Inv($"| text layout (PdfDocumentReader − PdfTextExtractor) | {split.Read - split.Extract:0.00} | – | {(split.Read - split.Extract) / split.Read:P0} |"));
        report.AppendLine(Inv($"| PdfDocumentReader.Read, all | {split.Read:0.00} | {pages / split.Read:0} | 100% |"));

        string text = report.ToString();
        Console.Write(text);
        string results = Path.Combine(root, "bench", "results", "pdf.md");
        Directory.CreateDirectory(Path.GetDirectoryName(results)!);
        File.WriteAllText(results, text.ReplaceLineEndings("\n"));
    }

    private static (double Seconds, double Cpu, long PeakKb, int Lines) RunCli(string cli, string folder, string output)
    {
        double cpuBefore = ChildrenCpuSeconds();
        var info = new ProcessStartInfo("/bin/sh") { RedirectStandardError = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("exec \"$0\" extract \"$1\" --format jsonl > \"$2\"");
        info.ArgumentList.Add(cli);
        info.ArgumentList.Add(folder);
        info.ArgumentList.Add(output);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var errors = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(5))
        {
            peak = Math.Max(peak, PeakKb(process.Id));
        }

        double seconds = watch.Elapsed.TotalSeconds;
        _ = errors.Result;
        if (process.ExitCode is not (0 or 2))
        {
            throw new InvalidOperationException($"lineage extract exited with {process.ExitCode}: {errors.Result}");
        }

        return (seconds, ChildrenCpuSeconds() - cpuBefore, peak, File.ReadLines(output).Count());
    }

    /// <summary>User + system CPU seconds of this process's finished children (getrusage RUSAGE_CHILDREN).</summary>
    private static double ChildrenCpuSeconds()
    {
        var usage = new long[18];
        return GetRUsage(-1, usage) == 0 ? usage[0] + (usage[1] / 1e6) + usage[2] + (usage[3] / 1e6) : 0;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRUsage(int who, [System.Runtime.InteropServices.Out] long[] usage);

    private static long PeakKb(int pid)
    {
        try
        {
            foreach (string line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), Invariant);
                }
            }
        }
        catch (IOException)
        {
            // The process has just exited.
        }

        return 0;
    }

    private static double RunPdftotext(List<string> files, string outputFolder)
    {
        Directory.CreateDirectory(outputFolder);
        int next = -1;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Run(() =>
        {
            for (int i = Interlocked.Increment(ref next); i < files.Count; i = Interlocked.Increment(ref next))
            {
                var info = new ProcessStartInfo("pdftotext");
                info.ArgumentList.Add("-layout");
                info.ArgumentList.Add(files[i]);
                info.ArgumentList.Add(Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(files[i]) + ".txt"));
                using var process = Process.Start(info)!;
                process.WaitForExit();
            }
        })).ToArray();
        Task.WaitAll(workers);
        double seconds = watch.Elapsed.TotalSeconds;
        Directory.Delete(outputFolder, recursive: true);
        return seconds;
    }

    private static (double Letters, double Extract, double Read) Split(List<string> files)
    {
        var contents = files.Select(File.ReadAllBytes).ToList();
        double letters = Best(() =>
        {
            foreach (byte[] pdf in contents)
            {
                using var document = PdfDocument.Open(pdf);
                for (int page = 1; page <= document.NumberOfPages; page++)
                {
                    _ = document.GetPage(page).Letters.Count;
                }
            }
        });
        double extract = Best(() =>
        {
            for (int i = 0; i < files.Count; i++)
            {
                _ = PdfTextExtractor.Extract(contents[i], files[i], maxWorkers: 1);
            }
        });
        var reader = new PdfDocumentReader();
        double read = Best(() =>
        {
            foreach (string file in files)
            {
                _ = reader.Read(file, ReaderOptions.Default);
            }
        });
        return (letters, extract, read);
    }

    private static double Best(Action action)
    {
        action();
        double best = double.MaxValue;
        using var self = Process.GetCurrentProcess();
        for (int i = 0; i < 3; i++)
        {
            self.Refresh();
            var before = self.TotalProcessorTime;
            action();
            self.Refresh();
            best = Math.Min(best, (self.TotalProcessorTime - before).TotalSeconds);
        }

        return best;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static bool CanRun(string program, string argument)
    {
        try
        {
            var info = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
            info.ArgumentList.Add(argument);
            using var process = Process.Start(info)!;
            process.WaitForExit();
            return true;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static string Inv(FormattableString text) => text.ToString(Invariant);
}
