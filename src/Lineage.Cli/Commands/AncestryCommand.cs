using System.CommandLine;
using System.Globalization;
using Lineage.Analysis;
using Lineage.Cli.Output;
using Lineage.Graph;
using Lineage.Model;

namespace Lineage.Cli.Commands;

/// <summary>What <see cref="AncestorsCommand"/> and <see cref="DescendantsCommand"/> share: one walk, one report shape.</summary>
internal static class AncestryCommand
{
    public static Command Create(CliContext context, string name, string description, Func<CitationGraph, DocumentSymbol, TraversalOptions, AncestryResult?> compute)
    {
        var symbol = new Argument<string>("symbol") { Description = "The resolution: A/RES/62/42, 62/42, 49/75 E …" };
        var options = new AnalysisOptions();
        var command = new Command(name, description);
        command.Arguments.Add(symbol);
        options.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            if (!options.TryRead(parse, context.Error, out var format, out var relations))
            {
                return Task.FromResult(ExitCodes.Usage);
            }

            var graph = options.LoadAround(parse, context, parse.GetValue(symbol), upstream: name != "descendants", relations, out int code, cancellationToken, fileFacts: false);
            if (graph is null)
            {
                return Task.FromResult(code);
            }

            if (AnalysisOptions.FindSymbol(parse.GetValue(symbol), graph, context.Error, out int found) is not { } root)
            {
                return Task.FromResult(Math.Max(code, found));
            }

            var result = compute(graph, root, new TraversalOptions
            {
                Relations = relations,
                MaxDepth = parse.GetValue(options.Depth),
                PartsAsWorks = parse.GetValue(options.PartsAsWorks),
                IncludeInferred = !parse.GetValue(options.NoInferred),
            })!;
            ReportWriter.Write(ToReport(name, result), format, context.Output);
            return Task.FromResult(code);
        });
        return command;
    }

    internal static Report ToReport(string name, AncestryResult result)
    {
        string what = result.Upstream ? "Ancestors" : "Descendants";
        string title = string.Create(CultureInfo.InvariantCulture,
            $"{what} of {result.Root.Symbol.ShortForm} ({result.Root.Symbol}): {Cells.Count(result.Entries.Count, "document", "documents")} within {Cells.Count(result.DepthReached, "step", "steps")}");
        var report = new Report(name, title)
            .Fact("root", result.Root.Symbol.ToString())
            .Fact("direction", result.Upstream ? "upstream" : "downstream")
            .Fact("documents", result.Entries.Count)
            .Fact("depth", result.DepthReached);
        var table = report.Table(name, "distance", "symbol", "printed", "date", "relation", "inferred", "path", "title");
        foreach (var entry in result.Entries)
        {
            var last = entry.Edges[^1];
            table.Add(entry.Distance, entry.Node.Symbol.ToString(), entry.Node.Symbol.ShortForm, Cells.Day(entry.Node.Date),
                last.Relation.ToToken(), entry.ThroughInferred, Path(entry, result.Upstream), entry.Node.Title);
        }

        if (result.Entries.Any(e => e.ThroughInferred))
        {
            report.Notes.Add("inferred: the shortest path goes through a link inferred from the order of a list (⇢), not only citations read (→). Paths run oldest first.");
        }

        if (result.Cut)
        {
            report.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"Cut at {result.DepthReached} steps (--depth); documents further away are left out."));
        }

        return report;
    }

    /// <summary>The shortest path, oldest first, arrows from cited to citing as in a chain: "60/70 ⇢ 61/78 → 62/42".</summary>
    private static string Path(AncestryEntry entry, bool upstream)
    {
        var nodes = upstream ? entry.Path.Reverse().ToList() : [.. entry.Path];
        var edges = upstream ? entry.Edges.Reverse().ToList() : [.. entry.Edges];
        var text = new System.Text.StringBuilder(nodes[0].Symbol.ShortForm);
        for (int i = 1; i < nodes.Count; i++)
        {
            text.Append(edges[i - 1].Inferred ? ChainCommand.InferredArrow : ChainCommand.ReadArrow).Append(nodes[i].Symbol.ShortForm);
        }

        return text.ToString();
    }
}
