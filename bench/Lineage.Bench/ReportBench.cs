using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Lineage.Reporting;
using Microsoft.Playwright;

namespace Lineage.Bench;

/// <summary>
/// The <c>report</c> suite: the report of a neighbourhood of about 1,000 documents — the chain of the newest document
/// of the synthetic graph (<see cref="SyntheticGraph"/>, 100k documents, 1M citations), which stops at 1,013 documents
/// (ChainOptions.MaxNodes) — written as a page, then opened in headless Debian Chromium (/usr/bin/chromium, through
/// Playwright) several times, each in a fresh page, timing from the navigation's start until the dagre layout has
/// finished (<c>window.lineageReport.ready</c>). Writes <c>bench/results/report.md</c>.
/// </summary>
internal static class ReportBench
{
    public static async Task RunAsync(string[] args)
    {
        int runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
        string root = BenchMachine.RepositoryRoot();
        string results = Path.Combine(root, "bench", "results", "report.md");
        var lines = new List<string>();
        void Say(string line)
        {
            lines.Add(line);
            Console.WriteLine(line);
        }

        var watch = Stopwatch.StartNew();
        var graph = SyntheticGraph.Create();
        var graphTime = watch.Elapsed;
        var symbol = graph.Nodes[^1].Symbol;
        watch.Restart();
        var report = NeighbourhoodAnalysis.Compute(graph, symbol, DocumentEvidenceSource.None)!;
        var computeTime = watch.Elapsed;
        string file = Path.Combine(Path.GetTempPath(), "lineage-report-bench.html"); // kept, to open by hand
        watch.Restart();
        using (var stream = File.Create(file))
        {
            HtmlReportWriter.Write(report, stream);
        }

        var writeTime = watch.Elapsed;
        long bytes = new FileInfo(file).Length;
        int drawn = report.Edges.Count(e => e.Kind != ReportEdgeKind.Other);
        int other = report.Edges.Length - drawn;

        var totals = new List<double>();
        var layouts = new List<double>();
        var wall = new List<double>();
        var mainThread = new List<double>();
        int layoutEdges = 0;
        using (var playwright = await Playwright.CreateAsync())
        {
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            for (int i = 0; i <= runs; i++)
            {
                await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 900 } });
                var page = await context.NewPageAsync();
                var cdp = await context.NewCDPSessionAsync(page);
                await cdp.SendAsync("Performance.enable");
                var clock = Stopwatch.StartNew();
                await page.GotoAsync(new Uri(file).AbsoluteUri);
                await page.WaitForFunctionAsync("() => window.lineageReport && window.lineageReport.ready === true", null, new PageWaitForFunctionOptions { Timeout = 120_000, PollingInterval = 5 });
                double seen = clock.Elapsed.TotalMilliseconds;
                var metrics = await cdp.SendAsync("Performance.getMetrics");
                double busy = metrics!.Value.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "ThreadTime").GetProperty("value").GetDouble() * 1000;
                var times = await page.EvaluateAsync<JsonElement>("() => ({ readyAt: window.lineageReport.readyAt, layoutMs: window.lineageReport.layoutMs, nodes: window.lineageReport.cy.nodes().length, tree: window.lineageReport.layoutEdges })");
                layoutEdges = times.GetProperty("tree").GetInt32();
                if (i == 0)
                {
                    Console.WriteLine($"warm-up: ready at {times.GetProperty("readyAt").GetDouble():F0} ms, {times.GetProperty("nodes").GetInt32()} cytoscape nodes");
                    continue; // the first opening warms the browser's caches
                }

                totals.Add(times.GetProperty("readyAt").GetDouble());
                layouts.Add(times.GetProperty("layoutMs").GetDouble());
                wall.Add(seen);
                mainThread.Add(busy);
            }
        }

        Console.WriteLine($"The page: {file}");
        string Stat(List<double> values)
        {
            var sorted = values.Order().ToList();
            return string.Create(CultureInfo.InvariantCulture, $"median {sorted[sorted.Count / 2]:F0} ms, max {sorted[^1]:F0} ms");
        }

        Say("# Benchmark: report page");
        Say(string.Empty);
        Say($"`dotnet run -c Release --project bench/Lineage.Bench -- report [runs]`: the report of {symbol} in the synthetic graph of `SyntheticGraph.Create()` (100,000 documents, 1,000,000 citations), opened {runs} times in headless Chromium (`/usr/bin/chromium`, Playwright for .NET), each time in a fresh page after one warm-up opening.");
        Say(string.Empty);
        string chromium = await ChromiumVersionAsync();
        Say(string.Create(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; Chromium {chromium}. Load average when the run ended: {BenchMachine.LoadAverage()} (the machine is shared; a load above the core count inflates times)."));
        Say(string.Empty);
        Say("| measure | figure |");
        Say("|---|---|");
        Say(string.Create(CultureInfo.InvariantCulture, $"| neighbourhood | {report.Nodes.Length:N0} documents (the chain: {report.ChainResult.Nodes.Length:N0}), {drawn:N0} links drawn, {layoutEdges:N0} of them given to dagre (each document's shortest link toward the resolution), {other:N0} other citations among them (hidden until asked for) |"));
        Say(string.Create(CultureInfo.InvariantCulture, $"| page size | {bytes:N0} bytes ({bytes / 1048576.0:F2} MiB; bar: under 5 MB) |"));
        Say(string.Create(CultureInfo.InvariantCulture, $"| opened until the layout has finished (navigation start → `ready`, in the page) | {Stat(totals)} (bar: under 2 s) |"));
        Say(string.Create(CultureInfo.InvariantCulture, $"| of which the dagre layout | {Stat(layouts)} |"));
        Say(string.Create(CultureInfo.InvariantCulture, $"| CPU time of the page's main thread until then (CDP `Performance.getMetrics` ThreadTime: time the CPU spent on it, not time it waited for a core) | {Stat(mainThread)} |"));
        Say(string.Create(CultureInfo.InvariantCulture, $"| seen from the test driver (GotoAsync → `ready` observed, 5 ms polling) | {Stat(wall)} |"));
        Say(string.Create(CultureInfo.InvariantCulture, $"| building the synthetic graph / the neighbourhood / writing the page (.NET) | {graphTime.TotalSeconds:F1} s / {computeTime.TotalMilliseconds:F0} ms / {writeTime.TotalMilliseconds:F0} ms |"));
        Directory.CreateDirectory(Path.GetDirectoryName(results)!);
        await File.WriteAllTextAsync(results, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        Console.WriteLine($"Wrote {results}");
    }

    private static async Task<string> ChromiumVersionAsync()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("/usr/bin/chromium", "--version") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            string text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return text.Trim().Replace("Chromium ", string.Empty, StringComparison.Ordinal);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
