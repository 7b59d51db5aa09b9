using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Lineage.Model;

namespace Lineage.Bench.Record;

/// <summary>
/// The <c>record</c> suite (issue 10): writes a synthetic whole record of the size asked for with
/// <see cref="RecordGenerator"/>, then times the Release-built CLI on it, each step a cold child process under
/// <c>/usr/bin/time -v</c> (wall clock, peak resident set): <c>extract</c> to /dev/null, a full <c>build</c> into a store,
/// a rebuild after 1% of the files changed, cold <c>chain --db</c>; checks that <c>extract</c> finds the citations the
/// generator planted (on a sample of files); writes bench/results/record.md. The record and the store are deleted at
/// the end unless <c>--keep</c> is given; a record found in <c>--dir</c> from an earlier run (same size, seed and
/// generator) is reused and never deleted: it took minutes to write and was kept on purpose.
/// <code>dotnet run -c Release --project bench/Lineage.Bench -- record --size 4GB [--dir DIR] [--keep] [--seed N] [--generate-only]</code>
/// </summary>
internal static class RecordBench
{
    public static int Run(string[] args)
    {
        string repository = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
        long size = ParseSize(Option(args, "--size") ?? "1GB");
        int seed = int.Parse(Option(args, "--seed") ?? "20261207", CultureInfo.InvariantCulture);
        string sizeName = Option(args, "--size") ?? "1GB";
        string dir = Path.GetFullPath(Option(args, "--dir") ?? Path.Combine(Path.GetTempPath(), $"lineage-record-{sizeName}"));
        bool keep = args.Contains("--keep");
        bool generateOnly = args.Contains("--generate-only");
        string corpus = Option(args, "--corpus") ?? Environment.GetEnvironmentVariable("LINEAGE_CORPUS")
            ?? new[] { Path.Combine(repository, "..", "shared", "corpus"), Path.Combine(repository, "..", "..", "shared", "corpus") }
                .Select(Path.GetFullPath).FirstOrDefault(Directory.Exists) ?? Path.GetFullPath(Path.Combine(repository, "..", "shared", "corpus"));
        string results = Option(args, "--results") ?? Path.Combine(repository, "bench", "results", "record.md");

#if LINEAGE_STORE
        if (Option(args, "--query-db") is { } queryDb)
        {
            // Only the warm questions, against a store already built: --query-db FILE --symbols A/RES/80/24,S/RES/1540(2004)
            var asked = (Option(args, "--symbols") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(DocumentSymbol.Parse).ToList();
            var (loadMs, timings) = RecordWarmQueries.Run(queryDb, asked);
            Console.WriteLine(Inv($"graph loaded once in {loadMs:F0} ms"));
            foreach (var w in timings)
            {
                Console.WriteLine(Inv($"warm {w.Query} {w.Symbol}: median {w.MedianMs:F1} ms (CPU {w.MedianCpuMs:F0} ms), slowest {w.MaxMs:F1} ms, {w.Documents} documents (load {BenchMachine.LoadAverage()})"));
            }

            return 0;
        }

#endif
        var report = new StringBuilder();
        report.AppendLine("# Benchmark `record`: the whole record, built once and queried (issue 10)").AppendLine();
        report.AppendLine(Inv($"`dotnet run -c Release --project bench/Lineage.Bench -- record --size {sizeName}` (seed {seed}); run of {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC."));
        report.AppendLine(Inv($"Machine: {Environment.ProcessorCount} cores, {Mem()} RAM, {Environment.OSVersion}. Load average at the start: {BenchMachine.LoadAverage()} (a load above the core count inflates wall-clock figures; compare ratios within one run)."));
        report.AppendLine("Sizes: 1 MB = 10^6 bytes, 1 GB = 10^9 bytes; MB/s is input bytes over wall-clock seconds. Every step is a new process of the command as installed: `dotnet publish src/Lineage.Cli -c Release` (ReadyToRun, as in the tool package) into `artifacts/cli/lineage`, timed by wall clock, its peak resident set (VmHWM) from `/usr/bin/time -v`.").AppendLine();

        // 1. The corpus.
        var watch = Stopwatch.StartNew();
        var sentences = RecordSentences.Load(corpus);
        var plan = RecordPlan.Create(size, seed);
        var generator = new RecordGenerator(plan, sentences);
        Console.WriteLine(Inv($"plan: {plan.Documents.Count} resolutions × 6 languages, {plan.Series.Count} series, {plan.FileBytes / 1024} KB a file on average ({watch.Elapsed.TotalSeconds:F1} s, sentences loaded)"));
        string stamp = dir.TrimEnd('/') + ".params";
        string wantedStamp = Inv($"size={size} seed={seed} documents={plan.Documents.Count} generator=5");
        long bytes;
        int files;
        double generateSeconds = double.NaN;
        bool reused = Directory.Exists(dir) && File.Exists(stamp) && File.ReadAllText(stamp).StartsWith(wantedStamp, StringComparison.Ordinal);
        if (reused)
        {
            (bytes, files) = Measure(dir);
            Console.WriteLine(Inv($"reusing {dir}: {files} files, {bytes / 1e6:F0} MB"));
        }
        else
        {
            CheckDisk(dir, size * 3);
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }

            watch.Restart();
            (bytes, files, _) = generator.WriteAll(dir);
            generateSeconds = watch.Elapsed.TotalSeconds;
            File.WriteAllText(stamp, wantedStamp + Inv($" bytes={bytes} files={files}\n"));
            Console.WriteLine(Inv($"generated {files} files, {bytes / 1e6:F0} MB in {generateSeconds:F1} s into {dir}"));
        }

        var longest = plan.Series.OrderByDescending(s => s.Count).First();
        var planted = Enumerable.Range(0, plan.Documents.Count).Sum(i => (long)plan.Documents[i].Predecessors.Count) * 6;
        report.AppendLine("## The synthetic record").AppendLine();
        string written = double.IsNaN(generateSeconds) ? " (reused)." : Inv($", written in {generateSeconds:F0} s.");
        report.AppendLine(Inv($"- {plan.Documents.Count:N0} resolutions of the {plan.All.Count:N0} in the plan's record (General Assembly sessions 1–80, Roman-numbered up to XXX; Security Council 1946–2025, numbers by year from `SecurityCouncilNumbering`), each in six languages: **{files:N0} files, {bytes / 1e6:N0} MB** in `{dir}`{written}"));
        report.AppendLine(Inv($"- {plan.Series.Count:N0} yearly series; each member recalls all its predecessors in one list ({planted:N0} list items over all files). The longest: {longest.Count} members, {longest[0].Symbol} → {longest[^1].Symbol}."));
        report.AppendLine(Inv($"- Sentences from ../shared/corpus: {string.Join(", ", RecordLanguage.All.Select(l => Inv($"{RecordLanguage.Code(l)} {sentences[l].GaPreamble.Count + sentences[l].GaOperative.Count + sentences[l].ScPreamble.Count + sentences[l].ScOperative.Count:N0} clauses, {sentences[l].Citing.Count} citing templates")))}."));
        report.AppendLine("- Layout as in PDF text: job numbers and bar codes, running headers and page counters, lines broken at ~90 characters (40 in Chinese, half of the Chinese files double-spaced like the seed), also inside citations; footnote markers glued to words (on their own line in Chinese) with footnote blocks under a rule; sessions 1–30 as Markdown with a YAML header (the text reader takes a Roman-numbered symbol from nowhere else).").AppendLine();
        if (generateOnly)
        {
            Write(results, report);
            return 0;
        }

        string? given = Option(args, "--cli");
        string cli = given ?? InstalledCli.Publish(repository);
        if (given is not null)
        {
            report.AppendLine(Inv($"CLI under test: `{cli}` (given with --cli).")).AppendLine();
        }
        double mb = bytes / 1e6;

        // 2. Recall on a sample: does the extractor find what was planted?
        RecallCheck(generator, plan, dir, cli, report);

        // 3. extract to /dev/null.
        report.AppendLine("## Timings (cold processes)").AppendLine();
        report.AppendLine("CPU is user + system time of the process (all its threads); MB per CPU-second is the throughput the process would reach on one idle core, a steadier figure than wall clock on a loaded machine.").AppendLine();
        report.AppendLine("| step | wall | MB/s (wall) | peak RSS | CPU (user+sys) | MB per CPU-s | load before | notes |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|---|---|");
        var extract = Timed(cli, ["extract", dir, "--format", "jsonl"], "/dev/null");
        report.AppendLine(Row("`lineage extract DIR --format jsonl > /dev/null`", extract, mb, Diagnostics(extract)));
        Console.WriteLine(Row("extract", extract, mb, ""));

        // 4. build into a store, rebuild after 1% changed, chain.
        string output = dir.TrimEnd('/') + "-out";
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        // The store alone (--format none): the bars measure storing against reading, and a rebuild against the build.
        // The exports are a rewrite of the whole graph whatever changed (a GraphML file cannot be patched in place),
        // so they are timed on their own below, from the store.
        var build = Timed(cli, ["build", dir, "--out", output, "--format", "none"], null);
        string db = Path.Combine(output, "lineage.db");
        bool store = File.Exists(db);
        long storeBytes = store ? new DirectoryInfo(output).GetFiles("lineage.db*").Sum(f => f.Length) : 0;
        report.AppendLine(Row("`lineage build DIR --out OUT --format none`", build, mb,
            store ? Inv($"store {storeBytes / 1e6:N0} MB ({Outputs(output)}); {Tail(build.Stdout, 4)}") : Inv($"no OUT/lineage.db: this build of Lineage has no store yet; {Tail(build.Stdout, 3)}")));
        Console.WriteLine(Row("build", build, mb, store ? Inv($"store {storeBytes / 1e6:N0} MB") : "no store"));

        StepRun? rebuild = null;
        int changed = 0;
        if (store)
        {
            var edited = new List<(int Index, Language Language)>();
            for (int i = 0; i < plan.Documents.Count; i++)
            {
                foreach (var language in RecordLanguage.All)
                {
                    if (RecordGenerator.Mix(seed, i, RecordLanguage.Index(language)) % 100 == 0)
                    {
                        edited.Add((i, language));
                    }
                }
            }

            foreach (var (i, language) in edited)
            {
                var file = generator.Render(i, language, 1);
                File.WriteAllText(Path.Combine(dir, file.RelativePath), file.Text, new UTF8Encoding(false));
            }

            changed = edited.Count;
            rebuild = Timed(cli, ["build", dir, "--out", output, "--format", "none"], null);
            report.AppendLine(Row(Inv($"rebuild after editing {changed:N0} files ({100.0 * changed / files:F2}%)"), rebuild, double.NaN,
                Inv($"{rebuild.Wall / build.Wall:P1} of the full build; {Tail(rebuild.Stdout, 2)}")));
            Console.WriteLine(Row("rebuild", rebuild, double.NaN, ""));
            foreach (var (i, language) in edited)
            {
                var file = generator.Render(i, language, 0);
                File.WriteAllText(Path.Combine(dir, file.RelativePath), file.Text, new UTF8Encoding(false));
            }
        }

        var chains = new List<(string Symbol, StepRun Run)>();
        StepRun? start = null;
        if (store)
        {
            foreach (string format in new[] { "graphml", "csv" })
            {
                var export = Timed(cli, ["export", format, "--db", db, "--out", output], null);
                report.AppendLine(Row(Inv($"`lineage export {format} --db OUT/lineage.db --out OUT`"), export, double.NaN, Inv($"{Outputs(output)}; {Tail(export.Stdout, 1)}")));
                Console.WriteLine(Row("export " + format, export, double.NaN, ""));
            }

            // What any command costs before it does anything: a new process that prints its version.
            start = Timed(cli, ["--version"], null);
            report.AppendLine(Row("process start: `lineage --version`", start, double.NaN, Tail(start.Stdout, 1)));
            Console.WriteLine(Row("--version", start, double.NaN, ""));
            var symbols = new List<string> { longest[^1].Symbol.Canonical };
            symbols.AddRange(plan.Series.Where(s => s.Count > 2 && s[0].Kind == RecordKind.Council).Take(1).Select(s => s[^1].Symbol.Canonical));
            symbols.AddRange(plan.Series.Where(s => s.Count > 2 && s[0].Kind == RecordKind.RomanAssembly).Take(1).Select(s => s[^1].Symbol.Canonical));
            symbols.Add(plan.Documents[plan.Documents.Count / 2].Symbol.Canonical);
            symbols.Add(plan.Documents[^1].Symbol.Canonical);
            foreach (string symbol in symbols)
            {
                var run = Timed(cli, ["chain", symbol, "--db", db], null);
                chains.Add((symbol, run));
                report.AppendLine(Row(Inv($"cold `lineage chain {symbol} --db OUT/lineage.db`"), run, double.NaN, Tail(run.Stdout, 1)));
                Console.WriteLine(Row("chain " + symbol, run, double.NaN, ""));
            }
        }

#if LINEAGE_STORE
        IReadOnlyList<WarmTiming> warm = [];
        if (store)
        {
            // Warm questions in this process, through the library (the store opened and its graph loaded once).
            (double loadMs, warm) = RecordWarmQueries.Run(db, chains.Select(c => DocumentSymbol.Parse(c.Symbol)).Prepend(longest[0].Symbol).ToList());
            report.AppendLine();
            report.AppendLine(Inv($"Warm questions in this process through the library (`LineageStore.Open` once, its graph loaded once with `store.LoadGraph()` in {loadMs:N0} ms and kept by the store; per question the analysis along recalls, as the CLI's default); median and slowest of 7 after one untimed round; load {BenchMachine.LoadAverage()}:")).AppendLine();
            report.AppendLine("| question | symbol | median wall | slowest wall | median CPU | documents in the answer |");
            report.AppendLine("|---|---|---:|---:|---:|---:|");
            foreach (var w in warm)
            {
                report.AppendLine(Inv($"| {w.Query} | {w.Symbol} | {w.MedianMs:F1} ms | {w.MaxMs:F1} ms | {w.MedianCpuMs:F0} ms | {w.Documents:N0} |"));
                Console.WriteLine(Inv($"warm {w.Query} {w.Symbol}: median {w.MedianMs:F1} ms (CPU {w.MedianCpuMs:F0} ms), max {w.MaxMs:F1} ms, {w.Documents} documents"));
            }
        }

#else
        report.AppendLine().AppendLine("Warm questions: not measured, this build has no store API (src/Lineage/Store).");
#endif
        report.AppendLine();
        report.AppendLine("## Against the bars of issue 10").AppendLine();
        report.AppendLine("| bar | measured | verdict |");
        report.AppendLine("|---|---|---|");
        if (store)
        {
            report.AppendLine(Inv($"| peak working set of the build ≤ 2 GB | {build.PeakBytes / 1e9:F2} GB | {Verdict(build.PeakBytes <= 2e9)} |"));
            report.AppendLine(Inv($"| build wall ≤ 1.2 × extract wall | {build.Wall:F0} s / {extract.Wall:F0} s = {build.Wall / extract.Wall:F2} × (CPU: {build.Cpu:F0} s / {extract.Cpu:F0} s = {build.Cpu / extract.Cpu:F2} ×) | {Verdict(build.Wall <= 1.2 * extract.Wall)} |"));
            if (rebuild is not null)
            {
                report.AppendLine(Inv($"| rebuild (1% changed) ≤ 5% of the full build | {rebuild.Wall:F1} s / {build.Wall:F0} s = {rebuild.Wall / build.Wall:P1} (CPU: {rebuild.Cpu / build.Cpu:P1}) | {Verdict(rebuild.Wall <= 0.05 * build.Wall)} |"));
            }

            foreach (var (symbol, run) in chains)
            {
                string startNote = start is null ? string.Empty : Inv($"; process start alone {start.Wall * 1000:F0} ms");
                report.AppendLine(Inv($"| cold `chain {symbol} --db` ≤ 1 s | {run.Wall * 1000:F0} ms, CPU {run.Cpu * 1000:F0} ms (exit {run.Exit}){startNote} | {Verdict(run.Wall <= 1 && run.Exit == 0)} |"));
            }

#if LINEAGE_STORE
            if (warm.Count > 0)
            {
                var slowest = warm.MaxBy(w => w.MedianMs)!;
                report.AppendLine(Inv($"| warm chain, ancestors, descendants < 50 ms | slowest median: {slowest.Query} {slowest.Symbol} {slowest.MedianMs:F1} ms | {Verdict(warm.All(w => w.MedianMs < 50))} |"));
            }
#endif
        }
        else
        {
            report.AppendLine(Inv($"| peak working set ≤ 2 GB | build without a store: {build.PeakBytes / 1e9:F2} GB; extract: {extract.PeakBytes / 1e9:F2} GB | not measurable until the store lands |"));
        }

        report.AppendLine();
        Write(results, report);
        if (!keep)
        {
            if (!reused)
            {
                Directory.Delete(dir, recursive: true);
                File.Delete(stamp);
            }

            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }

        return 0;
    }

    /// <summary>Extracts a sample of the files (one resolution in 50, at least 40) and compares with what was planted in them.</summary>
    private static void RecallCheck(RecordGenerator generator, RecordPlan plan, string dir, string cli, StringBuilder report)
    {
        int step = Math.Max(1, Math.Min(50, plan.Documents.Count / 40));
        var planted = new List<PlantedCitation>();
        var paths = new List<string>();
        for (int i = 0; i < plan.Documents.Count; i += step)
        {
            foreach (var language in RecordLanguage.All)
            {
                var file = generator.Render(i, language, 0);
                paths.Add(Path.Combine(dir, file.RelativePath));
                planted.AddRange(file.Planted);
            }
        }

        string list = Path.Combine(Path.GetTempPath(), $"lineage-record-sample-{Environment.ProcessId}.txt");
        var psi = new ProcessStartInfo(cli) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add("extract");
        foreach (string p in paths)
        {
            psi.ArgumentList.Add(p);
        }

        psi.ArgumentList.Add("--format");
        psi.ArgumentList.Add("jsonl");
        var found = new HashSet<(string, string, string)>();
        var extracted = new Dictionary<string, int>();
        long lines = 0;
        using (var process = Process.Start(psi)!)
        {
            var errors = process.StandardError.ReadToEndAsync();
            string? line;
            while ((line = process.StandardOutput.ReadLine()) is not null)
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                string source = root.GetProperty("source").GetString() ?? string.Empty;
                string target = root.GetProperty("target").GetString() ?? string.Empty;
                string language = root.GetProperty("language").GetString() ?? string.Empty;
                found.Add((source, target, language));
                string kind = root.GetProperty("kind").GetString() ?? "?";
                extracted[kind] = extracted.GetValueOrDefault(kind) + 1;
                lines++;
            }

            process.WaitForExit();
            File.WriteAllText(list, errors.Result);
        }

        var plantedSet = planted.Select(p => (p.Source, p.Target, RecordLanguage.Code(p.Language))).ToHashSet();
        long notPlanted = found.Count(f => !plantedSet.Contains(f));
        report.AppendLine("## Does the extractor see the record? (recall on the planted citations)").AppendLine();
        report.AppendLine(Inv($"`lineage extract` over a sample ({paths.Count:N0} files: one resolution in {step}, six languages); a planted citation counts as found when a JSONL line has its source, target and language. Diagnostics on stderr: {DiagnosticSummary(File.ReadAllText(list))}."));
        report.AppendLine();
        report.AppendLine(Inv($"| written as | {string.Join(" | ", RecordLanguage.All.Select(RecordLanguage.Code))} | all |"));
        report.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var group in planted.GroupBy(p => p.Way).OrderBy(g => g.Key, StringComparer.Ordinal).Append(planted.GroupBy(_ => "**all**").First()))
        {
            var cells = RecordLanguage.All.Select(l =>
            {
                var of = group.Where(p => p.Language == l).ToList();
                int hit = of.Count(p => found.Contains((p.Source, p.Target, RecordLanguage.Code(l))));
                return of.Count == 0 ? "–" : Inv($"{100.0 * hit / of.Count:F1}% of {of.Count}");
            });
            int all = group.Count(p => found.Contains((p.Source, p.Target, RecordLanguage.Code(p.Language))));
            report.AppendLine(Inv($"| {group.Key} | {string.Join(" | ", cells)} | {100.0 * all / group.Count():F1}% of {group.Count()} |"));
        }

        report.AppendLine();
        report.AppendLine(Inv($"Extracted: {lines:N0} citations ({string.Join(", ", extracted.OrderByDescending(e => e.Value).Select(e => Inv($"{e.Key} {e.Value:N0}")))}); {notPlanted:N0} distinct (source, target, language) triples were not planted (committee reports in the headings, symbols in corpus sentences and footnotes)."));
        report.AppendLine();
        foreach (var miss in planted.Where(p => !found.Contains((p.Source, p.Target, RecordLanguage.Code(p.Language)))).GroupBy(p => (p.Way, p.Language)))
        {
            Console.WriteLine(Inv($"missed {miss.Count()} ({miss.Key.Way}, {RecordLanguage.Code(miss.Key.Language)}): {string.Join("; ", miss.Take(4).Select(p => p.Source + " → " + p.Target))}"));
        }

        File.Delete(list);
    }

    private sealed record StepRun(double Wall, long PeakBytes, double Cpu, int Exit, string Load, string Stdout, string Stderr);

    /// <summary>Runs the CLI under /usr/bin/time -v as a new process; standard output to <paramref name="stdout"/> (or kept, when null).</summary>
    private static StepRun Timed(string cli, string[] arguments, string? stdout)
    {
        string timeFile = Path.Combine(Path.GetTempPath(), $"lineage-record-time-{Environment.ProcessId}.txt");
        string errFile = Path.Combine(Path.GetTempPath(), $"lineage-record-err-{Environment.ProcessId}.txt");
        string outFile = stdout ?? Path.Combine(Path.GetTempPath(), $"lineage-record-out-{Environment.ProcessId}.txt");
        string command = $"exec /usr/bin/time -v -o {Quote(timeFile)} {Quote(cli)} {string.Join(' ', arguments.Select(Quote))} > {Quote(outFile)} 2> {Quote(errFile)}";
        var psi = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(command);
        string load = BenchMachine.LoadAverage();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(psi)!;
        process.WaitForExit();
        double wall = watch.Elapsed.TotalSeconds;
        string time = File.ReadAllText(timeFile);
        long peak = 1024 * long.Parse(Field(time, "Maximum resident set size (kbytes)") ?? "0", CultureInfo.InvariantCulture);
        double cpu = double.Parse(Field(time, "User time (seconds)") ?? "0", CultureInfo.InvariantCulture) + double.Parse(Field(time, "System time (seconds)") ?? "0", CultureInfo.InvariantCulture);
        string output = stdout is null ? File.ReadAllText(outFile) : string.Empty;
        string errors = File.ReadAllText(errFile);
        File.Delete(timeFile);
        File.Delete(errFile);
        if (stdout is null)
        {
            File.Delete(outFile);
        }

        return new StepRun(wall, peak, cpu, process.ExitCode, load, output, errors);
    }

    private static string Row(string step, StepRun run, double mb, string notes) =>
        Inv($"| {step} | {run.Wall:F1} s | {(double.IsNaN(mb) ? "" : (mb / run.Wall).ToString("F1", CultureInfo.InvariantCulture))} | {run.PeakBytes / 1e6:N0} MB | {run.Cpu:F1} s | {(double.IsNaN(mb) ? "" : (mb / run.Cpu).ToString("F1", CultureInfo.InvariantCulture))} | {run.Load} | exit {run.Exit}; {notes.Replace('|', '/').Replace('\n', ' ')} |");

    private static string Diagnostics(StepRun run) => DiagnosticSummary(run.Stderr);

    private static string DiagnosticSummary(string stderr)
    {
        var codes = stderr.Split('\n').Select(l => System.Text.RegularExpressions.Regex.Match(l, @"(warning|error|info) (LIN\d+)")).Where(m => m.Success)
            .GroupBy(m => m.Groups[1].Value + " " + m.Groups[2].Value).OrderByDescending(g => g.Count()).Select(g => Inv($"{g.Count():N0} × {g.Key}"));
        string joined = string.Join(", ", codes);
        return joined.Length == 0 ? "none" : joined;
    }

    private static string Tail(string text, int lines) =>
        string.Join(" / ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(lines).Select(l => l.Length > 160 ? l[..160] + "…" : l));

    private static string Outputs(string dir) =>
        string.Join(", ", new DirectoryInfo(dir).GetFiles().OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => Inv($"{f.Name} {f.Length / 1e6:N0} MB")));

    private static string? Field(string text, string name)
    {
        foreach (string line in text.Split('\n'))
        {
            int at = line.IndexOf(name + ":", StringComparison.Ordinal);
            if (at >= 0)
            {
                return line[(at + name.Length + 1)..].Trim();
            }
        }

        return null;
    }

    private static (long Bytes, int Files) Measure(string dir)
    {
        var files = new DirectoryInfo(dir).GetFiles("*", SearchOption.AllDirectories);
        return (files.Sum(f => f.Length), files.Length);
    }

    private static void CheckDisk(string dir, long needed)
    {
        string? root = Path.GetDirectoryName(dir.TrimEnd('/'));
        var drive = new DriveInfo(root ?? "/");
        if (drive.AvailableFreeSpace < needed)
        {
            throw new IOException(Inv($"{root} has {drive.AvailableFreeSpace / 1e9:F1} GB free; the corpus, its store and exports need about {needed / 1e9:F1} GB"));
        }
    }

    private static void Write(string path, StringBuilder report)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, report.ToString());
        Console.WriteLine(Inv($"wrote {path}"));
    }

    private static string Verdict(bool pass) => pass ? "**pass**" : "**fail**";

    private static string Quote(string s) => "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    internal static long ParseSize(string text)
    {
        string t = text.Trim().ToUpperInvariant();
        (string unit, double factor) = t.EndsWith("GB", StringComparison.Ordinal) ? ("GB", 1e9) : t.EndsWith("MB", StringComparison.Ordinal) ? ("MB", 1e6) : ("", 1);
        return (long)(double.Parse(t[..^unit.Length], CultureInfo.InvariantCulture) * factor);
    }

    private static string Mem()
    {
        string? line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault() : null;
        return line is null ? "?" : Inv($"{long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1e6:F0} GB");
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
