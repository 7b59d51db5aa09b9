using System.CommandLine;

namespace Lineage.Cli.Commands;

internal static class ChainCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("chain", "TODO");
        command.SetAction((parse, ct) => Task.FromResult(0));
        return command;
    }
}
