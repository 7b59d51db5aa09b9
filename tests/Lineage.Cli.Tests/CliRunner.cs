using Lineage.Cli;

namespace Lineage.Cli.Tests;

/// <summary>Runs the <c>lineage</c> command line in process and captures what it writes.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = await LineageCli.RunAsync(args, output, error, outputRedirected: true, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }
}
