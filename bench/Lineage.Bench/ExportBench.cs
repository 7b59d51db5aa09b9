using System.Diagnostics;
using System.Globalization;
using System.Text;
using Lineage.Export;
using Lineage.Export.Neo4j;
using Lineage.Graph;

namespace Lineage.Bench;

/// <summary>
/// Suite <c>export</c>: time and peak memory of each file format on the synthetic graph, and rows/s into a real Neo4j.
/// <code>
/// dotnet run -c Release --project bench/Lineage.Bench -- export [documents citations]      # every file format, one child process each
/// dotnet run -c Release --project bench/Lineage.Bench -- export-neo4j [documents citations] # needs LINEAGE_NEO4J_URL, NEO4J_PASSWORD
/// dotnet run -c Release --project bench/Lineage.Bench -- export-neo4j PATH… [--batch-size=N]  # the graph of corpus folders
/// </code>
/// Each format runs in its own process (<c>export-one</c>), which builds the graph and exports it once, so its peak
/// working set is that format's, not the largest seen so far; a <c>none</c> run gives the graph's own peak.
/// Results are appended to <c>bench/results/export.md</c>.
/// </summary>
internal static class ExportBench
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task RunAsync(string[] args)
    {
        switch (args[0])
        {
            case "export-one":
                await RunOneAsync(args[1], int.Parse(args[2], Invariant), int.Parse(args[3], Invariant), args[4]);
                break;
            case "export-neo4j" when args.Length > 1 && !int.TryParse(args[1], NumberStyles.Integer, Invariant, out _):
                await RunNeo4jCorpusAsync(args[1..], args.Length > 2 && args[^1].StartsWith("--batch-size=", StringComparison.Ordinal) ? int.Parse(args[^1]["--batch-size=".Length..], Invariant) : new Neo4jExportOptions { Url = new Uri("http://localhost") }.BatchSize);
                break;
            case "export-neo4j":
                await RunNeo4jAsync(Size(args, 10_000), Size(args, 100_000, 2));
                break;
            default:
                RunFormats(Size(args, 100_000), Size(args, 1_000_000, 2));
                break;
        }
    }

    private static int Size(string[] args, int fallback, int index = 1) =>
        args.Length > index ? int.Parse(args[index], Invariant) : fallback;

    /// <summary>Runs every format in a child process and writes the table.</summary>
    private static void RunFormats(int documents, int citations)
    {
        string directory = Path.Combine(Path.GetTempPath(), "lineage-bench-export-" + Environment.ProcessId.ToString(Invariant));
        var rows = new List<string>();
        foreach (string format in ExporterCatalog.Default.Names.Prepend("none"))
        {
            var info = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
            foreach (string argument in new[] { "export-one", format, documents.ToString(Invariant), citations.ToString(Invariant), directory })
            {
                info.ArgumentList.Add(argument);
            }

            using var child = Process.Start(info)!;
            string line = child.StandardOutput.ReadToEnd().Trim();
            child.WaitForExit();
            Console.WriteLine(line);
            rows.Add(line);
        }

        Directory.Delete(directory, recursive: true);
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"## File formats: {documents:N0} documents, {citations:N0} citations ({Machine()})");
        report.AppendLine();
        report.AppendLine("`dotnet run -c Release --project bench/Lineage.Bench -- export`. One process per format: it builds the synthetic graph");
        report.AppendLine("(`SyntheticGraph.Create`), then exports it once through `ExporterCatalog.WriteFilesAsync` (temporary file, renamed).");
        report.AppendLine("Peak working set is the whole process's (graph included); the `none` row is the graph alone.");
        report.AppendLine();
        report.AppendLine("| format | nodes | edges | build s | export s | output MB | peak working set MiB | peak managed heap MiB |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (string row in rows)
        {
            report.AppendLine(row);
        }

        Append(report.ToString());
    }

    /// <summary>Child process: builds the graph, exports it once, prints one table row.</summary>
    private static async Task RunOneAsync(string format, int documents, int citations, string directory)
    {
        using var sampler = new PeakSampler();
        var clock = Stopwatch.StartNew();
        var graph = SyntheticGraph.Create(documents, citations);
        double build = clock.Elapsed.TotalSeconds;
        double export = 0;
        long bytes = 0;
        if (format != "none")
        {
            var exporter = ExporterCatalog.Default.Get(format);
            clock.Restart();
            var files = await ExporterCatalog.WriteFilesAsync(graph, exporter, directory, format, CancellationToken.None);
            export = clock.Elapsed.TotalSeconds;
            foreach (string file in files)
            {
                bytes += new FileInfo(file).Length;
                File.Delete(file);
            }
        }

        sampler.Sample();
        Console.WriteLine(string.Create(Invariant,
            $"| {format} | {graph.NodeCount:N0} | {graph.EdgeCount:N0} | {build:F1} | {(format == "none" ? "–" : export.ToString("F1", Invariant))} | " +
            $"{(format == "none" ? "–" : (bytes / 1e6).ToString("F0", Invariant))} | {Process.GetCurrentProcess().PeakWorkingSet64 >> 20} | {sampler.PeakManaged >> 20} |"));
    }

    /// <summary>Loads the synthetic graph into the Neo4j at LINEAGE_NEO4J_URL (cleared first) and reports rows/s by phase.</summary>
    private static async Task RunNeo4jAsync(int documents, int citations)
    {
        string url = Environment.GetEnvironmentVariable("LINEAGE_NEO4J_URL") ?? throw new InvalidOperationException("Set LINEAGE_NEO4J_URL and NEO4J_PASSWORD (scripts/neo4j-test-server.sh start).");
        var graph = SyntheticGraph.Create(documents, citations);
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
        var options = new Neo4jExportOptions { Url = new Uri(url), Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") };
        var client = new Neo4jHttpClient(http, options);
        var endpoint = await client.DiscoverAsync(CancellationToken.None);
        await ClearAsync(client, endpoint);

        Neo4jExportProgress? nodesDone = null;
        var progress = new InlineProgress(p =>
        {
            if (p.Phase == Neo4jExportPhase.Nodes)
            {
                nodesDone = p; // the last report of the nodes phase: all nodes committed
            }
        });
        var first = await new Neo4jExporter(http, options with { Progress = progress }).ExportAsync(graph, CancellationToken.None);
        var second = await new Neo4jExporter(http, options).ExportAsync(graph, CancellationToken.None);

        var nodeSeconds = nodesDone?.Elapsed.TotalSeconds ?? 0;
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"## Neo4j {endpoint.ServerVersion} ({endpoint.Api} endpoint): {graph.NodeCount:N0} nodes, {graph.EdgeCount:N0} relationships ({Machine()})");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"`dotnet run -c Release --project bench/Lineage.Bench -- export-neo4j {documents} {citations}` against `scripts/neo4j-test-server.sh start`");
        report.AppendLine("(Neo4j Community 3.1.1, JVM -Xmx768m, page cache 64 MB, on the same 2 cores), empty database, batches of 5,000 rows.");
        report.AppendLine();
        report.AppendLine("| run | seconds | rows/s | nodes created | relationships created |");
        report.AppendLine("|---|---:|---:|---:|---:|");
        report.AppendLine(CultureInfo.InvariantCulture, $"| first load (nodes phase: {nodeSeconds:F1} s, {graph.NodeCount / Math.Max(nodeSeconds, 1e-9):F0} rows/s) | {first.Progress.Elapsed.TotalSeconds:F1} | {first.Progress.RowsPerSecond:F0} | {first.NodesCreated:N0} | {first.RelationshipsCreated:N0} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| second load (everything already there) | {second.Progress.Elapsed.TotalSeconds:F1} | {second.Progress.RowsPerSecond:F0} | {second.NodesCreated:N0} | {second.RelationshipsCreated:N0} |");
        Console.Write(report);
        Append(report.ToString());
        await ClearAsync(client, endpoint);
    }

    /// <summary>
    /// Loads the graph of corpus folders (as <c>lineage export neo4j PATH…</c> would) into the Neo4j at LINEAGE_NEO4J_URL,
    /// cleared first: three first loads into an empty database and one load over a loaded one, by phase.
    /// </summary>
    private static async Task RunNeo4jCorpusAsync(string[] paths, int batchSize)
    {
        string url = Environment.GetEnvironmentVariable("LINEAGE_NEO4J_URL") ?? throw new InvalidOperationException("Set LINEAGE_NEO4J_URL and NEO4J_PASSWORD (scripts/neo4j-test-server.sh start).");
        paths = [.. paths.Where(p => !p.StartsWith("--", StringComparison.Ordinal))];
        var graph = Lineage.Pipeline.CorpusPipeline.Run(paths).Graph;
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
        var options = new Neo4jExportOptions { Url = new Uri(url), Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"), BatchSize = batchSize };
        var client = new Neo4jHttpClient(http, options);
        var endpoint = await client.DiscoverAsync(CancellationToken.None);
        string loadBefore = BenchMachine.LoadAverage();
        var rows = new List<string>();
        int? serverPid = Environment.GetEnvironmentVariable("LINEAGE_NEO4J_PID_FILE") is { } pidFile && File.Exists(pidFile)
            ? int.Parse(File.ReadAllText(pidFile).Trim(), Invariant)
            : null;
        async Task<Neo4jExportResult> LoadAsync(string name)
        {
            double serverBefore = CpuSeconds(serverPid);
            double clientBefore = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
            Neo4jExportProgress? nodesDone = null;
            var progress = new InlineProgress(p => nodesDone = p.Phase == Neo4jExportPhase.Nodes ? p : nodesDone);
            var result = await new Neo4jExporter(http, options with { Progress = progress }).ExportAsync(graph, CancellationToken.None);
            double total = result.Progress.Elapsed.TotalSeconds;
            double nodes = nodesDone?.Elapsed.TotalSeconds ?? 0;
            double server = CpuSeconds(serverPid) - serverBefore;
            double client = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - clientBefore;
            int allRows = graph.NodeCount + graph.EdgeCount;
            rows.Add(string.Create(Invariant,
                $"| {name} | {total:F2} | {result.Progress.RowsPerSecond:F0} | {graph.NodeCount / Math.Max(nodes, 1e-9):F0} | {graph.EdgeCount / Math.Max(total - nodes, 1e-9):F0} | {server:F2} | {client:F2} | {allRows / Math.Max(server + client, 1e-9):F0} | {result.NodesCreated:N0} | {result.RelationshipsCreated:N0} |"));
            Console.WriteLine(rows[^1]);
            return result;
        }

        for (int i = 1; i <= 3; i++)
        {
            await ClearAsync(client, endpoint);
            await LoadAsync($"first load {i} (empty database)");
        }

        await LoadAsync("again (everything already there)");
        await ClearAsync(client, endpoint);

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"## Neo4j {endpoint.ServerVersion} ({endpoint.Api} endpoint): corpus graph, {graph.NodeCount:N0} nodes, {graph.EdgeCount:N0} relationships ({Machine()}; at the start {loadBefore})");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"`dotnet run -c Release --project bench/Lineage.Bench -- export-neo4j {string.Join(' ', paths.Select(Path.GetFileName))} --batch-size={batchSize}` against `scripts/neo4j-test-server.sh start`");
        report.AppendLine("(Neo4j Community 3.1.1, JVM -Xmx768m, page cache 64 MB, on the same 2 cores). Time from discovery to the last commit, constraint included; rows are nodes + relationships.");
        report.AppendLine("CPU seconds are the server's (its JVM, from /proc) and this process's during the load: rows per CPU second of the two, which work in turn,");
        report.AppendLine("is what the wall-clock rate tends to on a machine with a core free for each (the load average says how far from that the run was).");
        report.AppendLine();
        report.AppendLine("| run | seconds | rows/s | nodes phase rows/s | relationships phase rows/s | server CPU s | client CPU s | rows per CPU s | nodes created | relationships created |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (string row in rows)
        {
            report.AppendLine(row);
        }

        Console.Write(report);
        Append(report.ToString());
    }

    /// <summary>User + system CPU seconds of process <paramref name="pid"/> (Linux /proc), 0 when unknown.</summary>
    private static double CpuSeconds(int? pid)
    {
        if (pid is null || !File.Exists($"/proc/{pid}/stat"))
        {
            return 0;
        }

        string stat = File.ReadAllText($"/proc/{pid}/stat");
        string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], Invariant) + long.Parse(fields[12], Invariant)) / 100.0; // utime, stime in USER_HZ (100)
    }

    private static async Task ClearAsync(Neo4jHttpClient client, Neo4jEndpoint endpoint)
    {
        // Relationships, then nodes, in slices: deleting a dense 1M-relationship graph in one go exhausts a 768 MB heap.
        foreach (string slice in new[] { "MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*)", "MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*)" })
        {
            while ((await client.RunAsync(endpoint, slice, new Dictionary<string, object?>(), CancellationToken.None)).Rows[0][0].GetInt64() > 0)
            {
            }
        }
    }

    private static void Append(string section)
    {
        string path = Path.Combine(BenchMachine.RepositoryRoot(), "bench", "results", "export.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!File.Exists(path))
        {
            File.WriteAllText(path, "# Export benchmarks\n\nAppended by `bench/Lineage.Bench` suite `export` (ExportBench.cs); newest last.\n\n");
        }

        File.AppendAllText(path, section.ReplaceLineEndings("\n") + "\n");
    }

    /// <summary>The machine, and its load average when the run ended (the cores are shared with other work).</summary>
    private static string Machine() => string.Create(Invariant,
        $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes >> 30} GiB, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}, load average {BenchMachine.LoadAverage()}");

    /// <summary>Samples the managed heap every 20 ms (the process's peak working set comes from the OS).</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly Timer _timer;
        private long _peakManaged;

        public PeakSampler() => _timer = new Timer(_ => Sample(), null, 0, 20);

        public long PeakManaged => Interlocked.Read(ref _peakManaged);

        public void Sample()
        {
            long managed = GC.GetTotalMemory(forceFullCollection: false);
            long peak;
            while (managed > (peak = Interlocked.Read(ref _peakManaged)) && Interlocked.CompareExchange(ref _peakManaged, managed, peak) != peak)
            {
                // Another sample raced this one; try again.
            }
        }

        public void Dispose() => _timer.Dispose();
    }

    private sealed class InlineProgress(Action<Neo4jExportProgress> report) : IProgress<Neo4jExportProgress>
    {
        public void Report(Neo4jExportProgress value) => report(value);
    }
}
