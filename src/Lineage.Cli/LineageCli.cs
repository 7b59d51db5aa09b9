using System.CommandLine;
using Lineage.Cli.Commands;

namespace Lineage.Cli;

/// <summary>The <c>lineage</c> command line: one command per verb, each a thin shell over one library call.</summary>
public static class LineageCli
{
    public static RootCommand Create(CliContext context)
    {
        var root = new RootCommand("Lineage: trace how UN resolutions descend from one another.");
        foreach (var command in Commands(context))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>Runs the command line in process (tests call this with <see cref="StringWriter"/>s).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, bool outputRedirected = true, CancellationToken cancellationToken = default)
    {
        var context = new CliContext(output, error, outputRedirected);
        var parse = Create(context).Parse(args);
        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }

    private static IEnumerable<Command> Commands(CliContext context)
    {
        yield return ExtractCommand.Create(context);
        yield return BuildCommand.Create(context);
        yield return ChainCommand.Create(context);
        yield return EvalCommand.Create(context);
        yield return AncestorsCommand.Create(context);
        yield return DescendantsCommand.Create(context);
        yield return SeriesCommand.Create(context);
        yield return RankCommand.Create(context);
        yield return CheckCommand.Create(context);
        yield return TimelineCommand.Create(context);
        yield return ExportCommand.Create(context);
        yield return ReportCommand.Create(context);
    }
}
