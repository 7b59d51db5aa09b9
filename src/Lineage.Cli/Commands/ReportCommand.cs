using System.CommandLine;
using System.Globalization;
using Lineage.Cli.Output;
using Lineage.Export;
using Lineage.Pipeline;
using Lineage.Reporting;
using Lineage.Store;

namespace Lineage.Cli.Commands;

/// <summary>
/// <c>lineage report SYMBOL (--db FILE | PATH...) --out FILE.html</c>: one self-contained page to look at a lineage: the graph laid
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

            if (!options.Inputs.TryGetStore(parse, context.Error, out string? storePath))
            {
                return Task.FromResult(ExitCodes.Usage);
            }

            var reportOptions = new ReportOptions
            {
                Relations = relations,
                Depth = parse.GetValue(options.Depth),
                IncludeInferred = !parse.GetValue(options.NoInferred),
                PartsAsWorks = parse.GetValue(options.PartsAsWorks),
            };
            ReportNeighbourhood? report;
            int code = ExitCodes.Ok;
            if (storePath is not null)
            {
                // From the store: its graph, and the sentences it kept with each citation.
                try
                {
                    using var store = LineageStore.Open(storePath);
                    var graph = store.LoadGraph();
                    if (AnalysisOptions.FindSymbol(parse.GetValue(symbol), graph, context.Error, out int found) is not { } root)
                    {
                        return Task.FromResult(found);
                    }

                    report = NeighbourhoodAnalysis.Compute(graph, root, new StoreEvidenceSource(store), reportOptions);
                }
                catch (StoreException e)
                {
                    context.Error.WriteLine(e.ToString());
                    return Task.FromResult(ExitCodes.InputErrors);
                }
            }
            else
            {
                // From files: read them in memory; the sentences come from the documents read.
                var pipelineOptions = options.Inputs.ToPipelineOptions(parse, context.Error);
                if (pipelineOptions is null)
                {
                    return Task.FromResult(ExitCodes.Usage);
                }

                string[] paths = parse.GetValue(options.Inputs.Paths) is { Length: > 0 } given ? given : [AnalysisOptions.DefaultCorpus];
                var run = CorpusPipeline.Run(paths, pipelineOptions, cancellationToken: cancellationToken);
                code = InputOptions.Report(run.AllDiagnostics, context.Error, parse.GetValue(options.Inputs.Strict));
                if (AnalysisOptions.FindSymbol(parse.GetValue(symbol), run.Graph, context.Error, out int found) is not { } root)
                {
                    return Task.FromResult(Math.Max(code, found));
                }

                report = NeighbourhoodAnalysis.Compute(run.Graph, root, new DocumentEvidenceSource(run.Documents), reportOptions);
            }

            return Task.FromResult(Write(report!, parse.GetValue(output)!, context) is { } failed ? failed : code);
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
