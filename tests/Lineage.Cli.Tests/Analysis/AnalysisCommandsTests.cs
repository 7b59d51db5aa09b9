using System.Text.Json;

namespace Lineage.Cli.Tests.Analysis;

public sealed class AnalysisCommandsTests
{
    [Fact]
    public async Task Series_on_the_seed_finds_the_nuclear_disarmament_line_in_order()
    {
        var (code, output, error) = await CliRun.RunAsync("series", TestPaths.Seeds, "--of", "62/42", "--format", "json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var series = Assert.Single(json.RootElement.GetProperty("tables").GetProperty("series").EnumerateArray());
        Assert.Equal("核裁军", series.GetProperty("name").GetString());
        Assert.Equal(
            ["49/75 E", "50/70 P", "51/45 O", "52/38 L", "53/77 X", "54/54 P", "55/33 T", "56/24 R", "57/79", "58/56", "59/77", "60/70", "61/78", "62/42"],
            series.GetProperty("member_list").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("1994–2007", series.GetProperty("years").GetString());
        Assert.Empty(series.GetProperty("missing_years").EnumerateArray());
    }

    [Fact]
    public async Task Check_finds_nothing_on_the_clean_seed()
    {
        var (code, output, error) = await CliRun.RunAsync("check", TestPaths.Seeds);

        Assert.True(code == 0, error);
        Assert.StartsWith("Check of ", output, StringComparison.Ordinal);
        Assert.Contains(": 0 anomalies\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_flags_a_planted_forward_citation_and_a_planted_date_conflict()
    {
        // The seed, and beside it a copy of the seed edited the way errors enter the record: the copy claims to be
        // 62/43, gives 61/78 the wrong date, and recalls 63/10, a resolution of the following session.
        string folder = Path.Combine(Path.GetTempPath(), "lineage-check-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string seed = await File.ReadAllTextAsync(TestPaths.Seed, TestContext.Current.CancellationToken);
            Assert.Contains("62/42. 核裁军", seed, StringComparison.Ordinal);
            Assert.Contains("2006 年 12 月 6 日第", seed, StringComparison.Ordinal);
            string planted = seed
                .Replace("62/42. 核裁军", "62/43. 核裁军", StringComparison.Ordinal)
                .Replace("2006 年 12 月 6 日第", "2006 年 12 月 9 日第", StringComparison.Ordinal)
                .Replace("2005 年 12 月 8 日第 60/70 号", "2005 年 12 月 8 日第 60/70 号、2008 年 12 月 2 日第 63/10 号", StringComparison.Ordinal);
            await File.WriteAllTextAsync(Path.Combine(folder, "A_RES_62_43.zh.txt"), planted, TestContext.Current.CancellationToken);
            File.Copy(TestPaths.Seed, Path.Combine(folder, "A_RES_62_42.zh.txt"));

            var (code, output, error) = await CliRun.RunAsync("check", folder, "--format", "json");

            Assert.True(code == 0, error);
            using var json = JsonDocument.Parse(output);
            var anomalies = json.RootElement.GetProperty("tables").GetProperty("anomalies").EnumerateArray()
                .Select(a => $"{a.GetProperty("kind").GetString()} {a.GetProperty("document").GetString()}").ToList();
            Assert.Contains("forward_citation A/RES/62/43", anomalies);
            Assert.Contains("date_conflict A/RES/61/78", anomalies);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Ancestors_and_rank_report_on_the_seed()
    {
        var (code, output, error) = await CliRun.RunAsync("ancestors", "61/78", TestPaths.Seeds, "--format", "csv");
        var (rankCode, rank, _) = await CliRun.RunAsync("rank", TestPaths.Seeds, "--top", "2", "--per-decade", "--format", "csv");

        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("distance,symbol,printed,date,relation,inferred,path,title", lines[0]);
        Assert.Equal("12,A/RES/49/75E,49/75 E,1994-12-15,recalls,yes,49/75 E ⇢ 50/70 P ⇢ 51/45 O ⇢ 52/38 L ⇢ 53/77 X ⇢ 54/54 P ⇢ 55/33 T ⇢ 56/24 R ⇢ 57/79 ⇢ 58/56 ⇢ 59/77 ⇢ 60/70 ⇢ 61/78,", lines[^1]);
        Assert.Equal(0, rankCode);
        Assert.StartsWith("table,rank,symbol,printed,year,cited_by,pagerank,title\noverall,1,", rank, StringComparison.Ordinal);
        Assert.Contains("\n1990s,1,A/RES/49/75E,49/75 E,1994,1,", rank, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_writes_its_file_whole_or_not_at_all()
    {
        string folder = Path.Combine(Path.GetTempPath(), "lineage-timeline-" + Guid.NewGuid().ToString("N"));
        try
        {
            string file = Path.Combine(folder, "62-42.svg");
            var (code, output, error) = await CliRun.RunAsync("timeline", "62/42", TestPaths.Seeds, "--out", file);

            Assert.True(code == 0, error);
            Assert.StartsWith("Wrote " + file, output, StringComparison.Ordinal);
            Assert.Equal([file], Directory.GetFiles(folder));
            Assert.StartsWith("<?xml", await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken), StringComparison.Ordinal);
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
