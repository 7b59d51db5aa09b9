using System.Text.Json;

namespace Lineage.Cli.Tests;

public class ExtractCommandTests
{
    [Fact]
    public async Task Extract_on_the_seed_lists_every_citation_and_exits_zero()
    {
        var (code, output, error) = await CliRunner.RunAsync("extract", TestPaths.Seed);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("A/RES/49/75E  1994-12-15", output, StringComparison.Ordinal);
        Assert.Contains("operative 19", output, StringComparison.Ordinal);
        Assert.Contains("footnote 3 (in preamble 5)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jsonl_has_one_object_per_citation_with_the_documented_fields()
    {
        var (code, output, _) = await CliRunner.RunAsync("extract", TestPaths.Seeds, "--format", "jsonl");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(30, lines.Length);
        string[] fields = ["source", "target", "kind", "verb", "relation", "site", "paragraph", "date", "language", "file", "offset", "length", "text"];
        string source = File.ReadAllText(TestPaths.Seed);
        foreach (string line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            foreach (string field in fields)
            {
                Assert.True(root.TryGetProperty(field, out _), $"missing {field} in {line}");
            }

            Assert.Equal("A/RES/62/42", root.GetProperty("source").GetString());
            Assert.Equal("zh", root.GetProperty("language").GetString());
            Assert.Equal(root.GetProperty("text").GetString(), source.Substring(root.GetProperty("offset").GetInt32(), root.GetProperty("length").GetInt32()));
        }

        using var first = JsonDocument.Parse(lines[1]);
        Assert.Equal("A/RES/49/75E", first.RootElement.GetProperty("target").GetString());
        Assert.Equal("A/RES/49/75", first.RootElement.GetProperty("work").GetString());
        Assert.Equal("resolution", first.RootElement.GetProperty("kind").GetString());
        Assert.Equal("回顾", first.RootElement.GetProperty("verb").GetString());
        Assert.Equal("recalls", first.RootElement.GetProperty("relation").GetString());
        Assert.Equal("preamble", first.RootElement.GetProperty("site").GetString());
        Assert.Equal(1, first.RootElement.GetProperty("paragraph").GetInt32());
        Assert.Equal("1994-12-15", first.RootElement.GetProperty("date").GetString());
    }

    [Fact]
    public async Task Jsonl_written_as_bytes_to_standard_output_is_the_text_written_to_the_output_writer()
    {
        // The program hands extract its standard output as bytes: the JSON lines go there as the writer made them, and
        // nothing to the text writer; the lines are those a text writer gets (tests and other hosts).
        var (expectedCode, text, expectedError) = await CliRunner.RunAsync("extract", TestPaths.Seeds, TestPaths.FixtureCorpus, "--format", "jsonl");
        using var bytes = new MemoryStream();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, OutputRedirected: true) { OutputBytes = bytes };
        int code = await LineageCli.RunAsync(["extract", TestPaths.Seeds, TestPaths.FixtureCorpus, "--format", "jsonl"], context, TestContext.Current.CancellationToken);
        Assert.Equal(expectedCode, code);
        Assert.Equal(expectedError, error.ToString());
        Assert.Equal(string.Empty, output.ToString());
        Assert.True(text.Length > 1000);
        Assert.Equal(text, System.Text.Encoding.UTF8.GetString(bytes.ToArray()));
    }

    [Fact]
    public async Task Unknown_language_is_a_usage_error()
    {
        var (code, _, error) = await CliRunner.RunAsync("extract", TestPaths.Seed, "--lang", "xx");
        Assert.Equal(1, code);
        Assert.Contains("unknown language 'xx'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restricting_languages_reports_the_documents_it_has_no_rules_for()
    {
        var (code, output, error) = await CliRunner.RunAsync("extract", TestPaths.Seed, "--lang", "en");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("LIN0011", error, StringComparison.Ordinal);
    }
}
