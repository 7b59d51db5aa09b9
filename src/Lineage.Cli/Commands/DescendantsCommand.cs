using System.CommandLine;
using Lineage.Analysis;

namespace Lineage.Cli.Commands;

/// <summary><c>lineage descendants SYMBOL [PATH...]</c>: everything that descends from a resolution, with distance and a shortest path.</summary>
internal static class DescendantsCommand
{
    public static Command Create(CliContext context) =>
        AncestryCommand.Create(context, "descendants", "Everything downstream of a resolution (what cites it, and what cites those …), nearest first, with a shortest path to each",
            (graph, symbol, options) => DescendantsAnalysis.Compute(graph, symbol, options));
}
