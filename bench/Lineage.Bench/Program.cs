using System.Diagnostics;
using Lineage.Bench;

// Benchmark harness: `dotnet run -c Release --project bench/Lineage.Bench -- <suite>`; each suite prints its figures
// and the machine's; results are kept in bench/results/.
string suite = args.Length > 0 ? args[0] : "help";
var watch = Stopwatch.StartNew();
switch (suite)
{
    case "graph":
        var graph = args.Length > 2 ? SyntheticGraph.Create(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)) : SyntheticGraph.Create();
        Console.WriteLine($"synthetic graph: {graph.NodeCount} nodes, {graph.EdgeCount} edges in {watch.Elapsed.TotalSeconds:F1} s, " +
            $"managed heap {GC.GetTotalMemory(true) / (1 << 20)} MiB, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20)} MiB");
        break;
    case "pipeline":
        PipelineBench.Run(args[1..]);
        break;
    case "scaling":
        ScalingBench.Run(args.Length > 2 ? args[2..] : ["seeds"], args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 64);
        break;
    case "extract":
        // bin/Release/net10.0 → the repository root; the corpus is ../shared/corpus beside it.
        string root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
        string corpus = args.Length > 1 ? args[1] : Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus"));
        string results = ExtractBenchmark.Run(corpus, Path.Combine(root, "seeds"), args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
        Console.Write(results);
        Directory.CreateDirectory(Path.Combine(root, "bench", "results"));
        File.WriteAllText(Path.Combine(root, "bench", "results", "extract.md"), results);
        break;
    case "analysis":
        AnalysisBench.Run(args);
        break;
    case "read":
        // bin/Release/net10.0 → the repository root; the corpus is ../shared/corpus beside it.
        string repository = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
        ReadBenchmark.Run(
            args.Length > 1 ? args[1] : Path.GetFullPath(Path.Combine(repository, "..", "shared", "corpus")),
            Path.Combine(repository, "bench", "results", "read.md"));
        break;
    case "pdf":
        // bin/Release/net10.0 → the repository root; the corpus is ../shared/corpus beside it.
        string home = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
        PdfBench.Run(
            home,
            args.Length > 1 ? args[1] : Path.GetFullPath(Path.Combine(home, "..", "shared", "corpus")),
            args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 80,
            args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 5);
        break;
    case "pdf-set":
        // Writes the pdf suite's input set into a folder, for runs by hand: pdf-set FOLDER [GENERATED] [CORPUS].
        string top = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
        var written = UnPdfSet.Write(
            args.Length > 3 ? args[3] : Path.GetFullPath(Path.Combine(top, "..", "shared", "corpus")),
            args[1],
            args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 80);
        Console.WriteLine($"{written.Count} PDFs in {args[1]} ({UnPdfSet.FontName})");
        break;
    case "pdf-dump":
        // pdf-dump FOLDER OUT: what PdfTextExtractor gives for each PDF (text, page and printed-line starts, furniture,
        // diagnostics), one file each, to diff the PDF layout of two builds.
        Directory.CreateDirectory(args[2]);
        foreach (string f in Directory.GetFiles(args[1], "*.pdf").Order(StringComparer.Ordinal))
        {
            var t = Lineage.Documents.Pdf.PdfTextExtractor.Extract(f);
            File.WriteAllText(Path.Combine(args[2], Path.GetFileName(f) + ".txt"),
                t.Text + "\n--starts " + string.Join(',', t.PageStarts) + "\n--printed " + string.Join(',', t.PrintedLineStarts) + "\n--furniture\n" + string.Join('\n', t.Furniture) + "\n--diag\n" + string.Join('\n', t.Diagnostics));
        }

        break;
    case "export" or "export-one" or "export-neo4j": await ExportBench.RunAsync(args); break;
    case "report": await ReportBench.RunAsync(args); break;
    case "record":
        return Lineage.Bench.Record.RecordBench.Run(args[1..]);
    default:
        Console.WriteLine("suites: graph [documents citations], pipeline [--rounds N] FOLDER..., scaling MB FOLDER..., extract [CORPUS] [PASSES], analysis, export, read [CORPUS], record [--size 4GB] [--dir DIR] [--keep] [--generate-only], report [RUNS], pdf [CORPUS] [GENERATED] [RUNS], pdf-set FOLDER [GENERATED] [CORPUS], pdf-dump FOLDER OUT");
        break;
}

return 0;
