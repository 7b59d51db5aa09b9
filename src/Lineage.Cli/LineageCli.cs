using System.CommandLine;
using System.CommandLine.Help;
using Lineage.Cli.Commands;

namespace Lineage.Cli;

/// <summary>The <c>lineage</c> command line: one command per verb, each a thin shell over one library call.</summary>
public static class LineageCli
{
    /// <summary>The command's name, in usage lines and messages, whatever the executable is called (<c>Lineage.Cli.dll</c> under <c>dotnet tool</c>).</summary>
    public const string Name = "lineage";

    public static Command Create(CliContext context)
    {
        var root = new Command(Name, "Lineage: trace how UN resolutions descend from one another.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        foreach (var command in Commands(context))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>Runs the command line in process (tests call this with <see cref="StringWriter"/>s).</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, bool outputRedirected = true, CancellationToken cancellationToken = default) =>
        RunAsync(args, new CliContext(output, error, outputRedirected), cancellationToken);

    /// <summary>Runs the command line with <paramref name="context"/> (the program passes standard output as bytes too).</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var (output, error) = (context.Output, context.Error);
        ArgumentNullException.ThrowIfNull(error);
        var root = Create(context);
        var parse = root.Parse(args);
        if (parse.CommandResult.Command == root && parse.Errors.Count > 0 && parse.Action is not HelpAction)
        {
            // No command, or an unknown one: say that, once (not also "Required command was not provided.").
            string commands = string.Join(", ", root.Subcommands.Select(c => c.Name));
            error.WriteLine(parse.UnmatchedTokens.Count > 0
                ? $"{Name}: unknown command '{parse.UnmatchedTokens[0]}' (commands: {commands}; see '{Name} --help')"
                : $"{Name}: no command given (commands: {commands}; see '{Name} --help')");
            return ExitCodes.Usage;
        }

        if (UnknownOption(parse) is { } unknown)
        {
            // An argument that looks like an option and names no file: a mistyped option, not a path (`extract --bogus seeds`).
            var names = new List<string>();
            for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            {
                names.Insert(0, result.Command.Name);
            }

            string command = string.Join(' ', names);
            error.WriteLine($"{command}: unknown option '{unknown}' (see '{command} --help')");
            return ExitCodes.Usage;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }

    private static string? UnknownOption(ParseResult parse) => parse.CommandResult.Children
        .OfType<System.CommandLine.Parsing.ArgumentResult>()
        .SelectMany(a => a.Tokens)
        .Select(t => t.Value)
        .FirstOrDefault(v => v.Length > 1 && v[0] == '-' && !File.Exists(v) && !Directory.Exists(v));

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
