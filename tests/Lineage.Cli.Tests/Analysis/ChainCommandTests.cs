using System.Text.Json;
using System.Xml.Linq;

namespace Lineage.Cli.Tests.Analysis;

public sealed class ChainCommandTests
{
    [Fact]
    public async Task Chain_of_62_42_as_a_table()
    {
        var (code, output, error) = await CliRun.RunAsync("chain", "A/RES/62/42", TestPaths.Seeds);

        Assert.True(code == 0, error);
        Assert.Contains(
            "49/75 E (1994-12-15) ⇢ 50/70 P (1995-12-12) ⇢ 51/45 O (1996-12-10) ⇢ 52/38 L (1997-12-09) ⇢ 53/77 X (1998-12-04) ⇢ 54/54 P (1999-12-01) ⇢ "
            + "55/33 T (2000-11-20) ⇢ 56/24 R (2001-11-29) ⇢ 57/79 (2002-11-22) ⇢ 58/56 (2003-12-08) ⇢ 59/77 (2004-12-03) ⇢ 60/70 (2005-12-08) ⇢ 61/78 (2006-12-06) → 62/42 (2007-12-05)",
            output, StringComparison.Ordinal);
        GoldenFile.Verify(output, "txt", nameof(ChainCommandTests));
    }

    [Fact]
    public async Task Chain_of_62_42_as_json()
    {
        var (code, output, error) = await CliRun.RunAsync("chain", "62/42", TestPaths.Seeds, "--format", "json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var steps = json.RootElement.GetProperty("tables").GetProperty("chain").EnumerateArray().ToList();
        Assert.Equal("A/RES/49/75E", steps[0].GetProperty("symbol").GetString());
        Assert.Equal(12, json.RootElement.GetProperty("inferred_links").GetInt32());
        GoldenFile.Verify(output, "json", nameof(ChainCommandTests));
    }

    [Fact]
    public async Task Chain_of_62_42_as_a_timeline_svg()
    {
        var (code, output, error) = await CliRun.RunAsync("timeline", "62/42", TestPaths.Seeds);

        Assert.True(code == 0, error);
        var svg = XDocument.Parse(output);
        Assert.Equal(15, svg.Descendants(XName.Get("circle", "http://www.w3.org/2000/svg")).Count());
        GoldenFile.Verify(output, "svg", nameof(ChainCommandTests));
    }

    [Theory]
    [InlineData("A/RES/62/42")]
    [InlineData("62/42")]
    [InlineData("a/res/62/42")]
    public async Task The_symbol_may_be_canonical_or_printed(string symbol)
    {
        var (code, output, _) = await CliRun.RunAsync("chain", symbol, TestPaths.Seeds, "--format", "csv");

        Assert.Equal(0, code);
        Assert.StartsWith("step,symbol,printed,date,follows,title\n1,A/RES/49/75E,49/75 E,1994-12-15,,\n", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("49/75 E")]
    [InlineData("A/RES/49/75 E")]
    [InlineData("49/75E")]
    public async Task A_part_may_be_typed_with_or_without_a_space(string symbol)
    {
        var (code, output, _) = await CliRun.RunAsync("descendants", symbol, TestPaths.Seeds, "--format", "csv", "--depth", "1");

        Assert.Equal(0, code);
        Assert.Contains("1,A/RES/62/42,62/42,2007-12-05,recalls,no,49/75 E → 62/42,核裁军\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_symbol_not_in_the_corpus_is_not_found_naming_it()
    {
        // Issue 13: not 2, which means an input could not be read; 5 is "read, but not there".
        var (code, output, error) = await CliRun.RunAsync("chain", "62/43", TestPaths.Seeds);

        Assert.Equal(ExitCodes.NotFound, code);
        Assert.Empty(output);
        Assert.Equal("lineage: error LIN0015: A/RES/62/43 is neither read nor cited in the inputs (1 documents read, 37 in the graph)\n", error);
    }

    [Fact]
    public async Task A_wrong_option_is_a_usage_error()
    {
        var (relation, _, relationError) = await CliRun.RunAsync("chain", "62/42", TestPaths.Seeds, "--relation", "adores");
        var (format, _, formatError) = await CliRun.RunAsync("chain", "62/42", TestPaths.Seeds, "--format", "yaml");

        Assert.Equal(ExitCodes.Usage, relation);
        Assert.Contains("unknown relation 'adores'", relationError, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, format);
        Assert.Contains("unknown format 'yaml'", formatError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Depth_cuts_the_chain_and_says_so_in_markdown()
    {
        var (code, output, _) = await CliRun.RunAsync("chain", "61/78", TestPaths.Seeds, "--depth", "2", "--format", "markdown");

        Assert.Equal(0, code);
        Assert.StartsWith("# Lineage of 61/78 (A/RES/61/78): 3 documents, 2 links, 1 branch\n", output, StringComparison.Ordinal);
        Assert.Contains("| step | symbol | printed | date | follows | title |", output, StringComparison.Ordinal);
        Assert.Contains("- Cut at 2 steps back (--depth)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_writes_the_lineage_as_a_graph_file()
    {
        string folder = Path.Combine(Path.GetTempPath(), "lineage-chain-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (code, _, error) = await CliRun.RunAsync("chain", "62/42", TestPaths.Seeds, "--export", "graphml", "--export-dir", folder);

            Assert.True(code == 0, error);
            string file = Assert.Single(Directory.GetFiles(folder));
            Assert.EndsWith("A_RES_62_42.chain.graphml", file, StringComparison.Ordinal);
            var graphml = XDocument.Load(file);
            XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
            // The series 49/75 E … 62/42 (14 documents) and 55/2: resolutions only, 14 reduced links.
            Assert.Equal(15, graphml.Descendants(ns + "node").Count());
            Assert.Equal(14, graphml.Descendants(ns + "edge").Count());
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
