namespace Lineage.Cli.Tests.Analysis;

/// <summary>Runs <c>lineage</c> in process and captures what it writes.</summary>
internal static class CliRun
{
    public static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        int code = await LineageCli.RunAsync(args, output, error, outputRedirected: true, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }
}
