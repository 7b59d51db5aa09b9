using System.CommandLine;
using System.Globalization;
using Lineage.Cli.Output;
using Lineage.Export;
using Lineage.Pipeline;
using Lineage.Reporting;

namespace Lineage.Cli.Commands;

/// <summary>
/// <c>lineage report SYMBOL [PATH...] --out FILE.html</c>: one self-contained page to look at a lineage: the graph laid
/// out by years, the sentence behind every link, a search box and the chain as a list.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var symbol = new Argument<string>("symbol") { Description = "The resolution: A/RES/62/42, 62/42, 49/75 E, 1540 (2004) …" };
        var output = new Option<string>("--out", "-o") { Description = "The HTML file to write", Required = true };
        var options = new AnalysisOptions();
        options.Depth.Description = "Show ancestors and descendants up to this many steps away (default: the chain and the first ring of descendants)";
        var command = new Command("report", "A self-contained HTML page of a resolution's lineage: the graph by years, the sentence behind every link, search, the chain as a list; opens from disk with no network");
        command.Arguments.Add(symbol);
        options.AddTo(command);
        command.Options.Remove(options.Format);
        command.Options.Add(output);
        command.SetAction((parse, cancellationToken) =>
        {
            if (!options.TryRead(parse, context.Error, out _, out var relations))
            {
                return Task.FromResult(ExitCodes.Usage);
            }

            var pipelineOptions = options.Inputs.ToPipelineOptions(parse, context.Error);
            if (pipelineOptions is null)
            {
                return Task.FromResult(ExitCodes.Usage);
            }

            string[] paths = parse.GetValue(options.Inputs.Paths) is { Length: > 0 } given ? given : [AnalysisOptions.DefaultCorpus];
            var run = CorpusPipeline.Run(paths, pipelineOptions, cancellationToken: cancellationToken);
            int code = InputOptions.Report(run.AllDiagnostics, context.Error, parse.GetValue(options.Inputs.Strict));
            if (AnalysisOptions.FindSymbol(parse.GetValue(symbol), run.Graph, context.Error, out int found) is not { } root)
            {
                return Task.FromResult(Math.Max(code, found));
            }

            var report = NeighbourhoodAnalysis.Compute(run.Graph, root, new DocumentEvidenceSource(run.Documents), new ReportOptions
            {
                Relations = relations,
                Depth = parse.GetValue(options.Depth),
                IncludeInferred = !parse.GetValue(options.NoInferred),
                PartsAsWorks = parse.GetValue(options.PartsAsWorks),
            })!;
            return Task.FromResult(Write(report, parse.GetValue(output)!, context) is { } failed ? failed : code);
        });
        return command;
    }

    /// <summary>Writes the page atomically and prints one line about it; the exit code on failure, else null.</summary>
    internal static int? Write(ReportNeighbourhood report, string path, CliContext context)
    {
        try
        {
            string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
            using var sink = new AtomicFileSink(directory, Path.GetFileNameWithoutExtension(path));
            using (var stream = sink.Create(Path.GetExtension(path)))
            {
                HtmlReportWriter.Write(report, stream);
            }

            sink.Commit();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"{path}: error: cannot write the report: {e.Message}");
            return ExitCodes.OutputFailure;
        }

        int mentions = report.Edges.Sum(e => e.Evidence.Length);
        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {path}: {report.Root.Symbol.ShortForm}, {Cells.Count(report.Nodes.Length, "document", "documents")}, {Cells.Count(report.Edges.Count(e => e.Kind != ReportEdgeKind.Other), "link", "links")} drawn (+{report.Edges.Count(e => e.Kind == ReportEdgeKind.Other)} other citations among them), {Cells.Count(mentions, "sentence", "sentences")}"));
        return null;
    }
}
