using System.CommandLine;

namespace Lineage.Cli.Commands;

internal static class BuildCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("build", "TODO");
        command.SetAction((parse, ct) => Task.FromResult(0));
        return command;
    }
}
