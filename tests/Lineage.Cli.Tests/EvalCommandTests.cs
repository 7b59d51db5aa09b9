using System.Text.Json;
using Lineage.Cli;
using Lineage.Cli.Commands;

namespace Lineage.Cli.Tests;

/// <summary><c>lineage eval</c> in process, on AKN4UN files of the corpus (United Nations, AKN4UN).</summary>
public class EvalCommandTests
{
    private static string[] Files78_53()
    {
        string ga = TestPaths.FullCorpusPath("akn4un-ga", "78");
        return [.. new[] { "English", "Chinese" }.Select(l => Directory.GetFiles(Path.Combine(ga, l), "A_RES_78_53-*.xml").Single())];
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = await LineageCli.RunAsync(args, output, error, cancellationToken: TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Eval_prints_a_summary_and_writes_the_report_atomically()
    {
        string dir = Directory.CreateTempSubdirectory("lineage-eval-").FullName;
        try
        {
            string report = Path.Combine(dir, "report.md");
            var (code, output, error) = await Run(["eval", .. Files78_53(), "--lang", "en,zh", "--out", report, "--min-precision", "0", "--min-recall", "0", "--min-agreement", "0"]);
            Assert.True(code == ExitCodes.Ok, error);
            Assert.StartsWith("2 documents;", output, StringComparison.Ordinal);
            Assert.Contains("\nen: precision ", output, StringComparison.Ordinal);
            Assert.Contains("\nzh: precision ", output, StringComparison.Ordinal);
            Assert.Contains("cross-language agreement:", output, StringComparison.Ordinal);
            string markdown = await File.ReadAllTextAsync(report, TestContext.Current.CancellationToken);
            Assert.StartsWith("# Lineage evaluation against AKN4UN markup", markdown, StringComparison.Ordinal);
            Assert.Contains("## Lineage missed", markdown, StringComparison.Ordinal);
            Assert.Equal(["report.md"], Directory.GetFiles(dir).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public async Task Eval_exits_non_zero_below_the_bars_and_gives_json()
    {
        var (code, output, _) = await Run(["eval", .. Files78_53(), "--lang", "en,zh", "--format", "json", "--min-precision", "1", "--min-recall", "1", "--min-agreement", "1"]);
        using var json = JsonDocument.Parse(output);
        bool meets = json.RootElement.GetProperty("meetsBars").GetBoolean();
        Assert.Equal(meets ? ExitCodes.Ok : ExitCodes.BelowBars, code);
        Assert.Equal(2, json.RootElement.GetProperty("languages").GetArrayLength());
        Assert.Equal(2, json.RootElement.GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task Eval_rejects_bars_outside_zero_to_one_and_reports_missing_paths()
    {
        var (usage, _, usageError) = await Run("eval", "x", "--min-recall", "1.5");
        Assert.Equal(ExitCodes.Usage, usage);
        Assert.Contains("--min-recall must be between 0 and 1", usageError, StringComparison.Ordinal);

        var (missing, _, missingError) = await Run("eval", "/no/such/folder", "--min-precision", "0", "--min-recall", "0", "--min-agreement", "0");
        Assert.Equal(ExitCodes.InputErrors, missing);
        Assert.Contains("/no/such/folder: error LIN0001: no such file or directory", missingError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unwritable_report_path_fails_with_the_output_code()
    {
        var (code, _, error) = await Run(["eval", .. Files78_53(), "--lang", "en", "--out", "/no/such/dir/report.md"]);
        Assert.Equal(ExitCodes.OutputFailure, code);
        Assert.StartsWith("/no/such/dir/report.md: error LIN0014: cannot write the report: ", error, StringComparison.Ordinal);
    }
}
