using System.CommandLine;

namespace Lineage.Cli.Commands;

internal static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("extract", "TODO");
        command.SetAction((parse, ct) => Task.FromResult(0));
        return command;
    }
}
