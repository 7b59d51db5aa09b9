using System.CommandLine;
using Lineage.Analysis;

namespace Lineage.Cli.Commands;

/// <summary><c>lineage ancestors SYMBOL [PATH...]</c>: everything a resolution descends from, with distance and a shortest path.</summary>
internal static class AncestorsCommand
{
    public static Command Create(CliContext context) =>
        AncestryCommand.Create(context, "ancestors", "Everything upstream of a resolution (what it cites, and what those cite …), nearest first, with a shortest path to each",
            (graph, symbol, options) => AncestorsAnalysis.Compute(graph, symbol, options));
}
