using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Lineage.Cli.Tests.Report;

/// <summary>
/// <c>lineage report</c> pages opened in headless Chromium (issue 14): what is drawn where, what a click shows, and
/// that the page asks the network for nothing. Skipped with the reason when /usr/bin/chromium is absent.
/// </summary>
public sealed class ReportBrowserTests
{
    private static readonly string[] ChainOf6242 =
    [
        "A/RES/49/75E", "A/RES/50/70P", "A/RES/51/45O", "A/RES/52/38L", "A/RES/53/77X", "A/RES/54/54P", "A/RES/55/33T",
        "A/RES/56/24R", "A/RES/57/79", "A/RES/58/56", "A/RES/59/77", "A/RES/60/70", "A/RES/61/78", "A/RES/62/42",
    ];

    private static readonly string[] SixLanguages = ["ar", "en", "es", "fr", "ru", "zh"];

    // https://github.com/lineage/issues/14
    [Fact]
    public async Task Seed_report_draws_the_chain_by_year_with_inferred_links_dashed_and_shows_the_sentence_behind_61_78()
    {
        await using var browser = await ReportBrowser.LaunchAsync();
        string html = await WriteReportAsync("62-42", "62/42", TestPaths.Seeds);
        var page = await browser.OpenAsync(html);

        // The 14 documents of the chain, in order of their dates, stand left to right (years run along x).
        var chain = await page.EvaluateAsync<string[]>("() => window.lineageReport.data.chain");
        Assert.Equal(ChainOf6242, chain);
        var placed = await page.EvaluateAsync<JsonElement>(
            "ids => ids.map(id => { const n = window.lineageReport.cy.getElementById(id); const d = window.lineageReport.data.nodes.find(x => x.id === id); return { x: n.position('x'), date: d.date, visible: n.visible() }; })",
            ChainOf6242);
        var points = placed.EnumerateArray().Select(p => (X: p.GetProperty("x").GetDouble(), Date: DateOnly.Parse(p.GetProperty("date").GetString()!, CultureInfo.InvariantCulture), Visible: p.GetProperty("visible").GetBoolean())).ToList();
        Assert.Equal(14, points.Count);
        Assert.All(points, p => Assert.True(p.Visible));
        for (int i = 1; i < points.Count; i++)
        {
            Assert.True(points[i].Date > points[i - 1].Date, $"{ChainOf6242[i]} is not later than {ChainOf6242[i - 1]}");
            Assert.True(points[i].X > points[i - 1].X + 10, $"{ChainOf6242[i]} (x={points[i].X}) is not right of {ChainOf6242[i - 1]} (x={points[i - 1].X})");
        }

        // 50/70 P → … → 61/78 are dashed (inferred from the order of 62/42's list); 61/78 → 62/42 is solid.
        for (int i = 1; i < ChainOf6242.Length; i++)
        {
            var style = await EdgeStyleAsync(page, ChainOf6242[i - 1], ChainOf6242[i]);
            string expected = i == ChainOf6242.Length - 1 ? "solid" : "dashed";
            Assert.True(expected == style, $"{ChainOf6242[i - 1]} → {ChainOf6242[i]} is drawn {style}, expected {expected}");
        }

        // Clicking 61/78 → 62/42 shows the 回顾 sentence, 61/78 highlighted, with its file and line in the seed.
        await ClickEdgeAsync(page, "A/RES/61/78", "A/RES/62/42");
        var evidence = page.Locator("#details article.evidence");
        Assert.Equal(1, await evidence.CountAsync());
        string sentence = await evidence.Locator(".sentence").InnerTextAsync();
        string marked = await evidence.Locator(".sentence mark").InnerTextAsync();
        string place = await evidence.Locator(".file-line").InnerTextAsync();
        Assert.StartsWith("回顾", sentence, StringComparison.Ordinal);
        Assert.Equal("第61/78号决议", string.Concat(marked.Where(c => !char.IsWhiteSpace(c))));
        Assert.Contains("回顾", await evidence.Locator("dl").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("recalls", await evidence.Locator("dl").InnerTextAsync(), StringComparison.Ordinal);

        var where = System.Text.RegularExpressions.Regex.Match(place, @"^(?<file>.+), line (?<line>\d+), column (?<column>\d+)$");
        Assert.True(where.Success, place);
        Assert.EndsWith("seeds/A_RES_62_42.zh.txt", where.Groups["file"].Value.Replace('\\', '/'), StringComparison.Ordinal);
        string[] lines = File.ReadAllText(TestPaths.Seed).Split('\n');
        int line = int.Parse(where.Groups["line"].Value, CultureInfo.InvariantCulture);
        int column = int.Parse(where.Groups["column"].Value, CultureInfo.InvariantCulture);
        string fromThere = string.Concat(string.Join("\n", lines[(line - 1)..]).Substring(column - 1).Where(c => !char.IsWhiteSpace(c)));
        Assert.StartsWith("第61/78号决议", fromThere, StringComparison.Ordinal);

        await ReportBrowser.ScreenshotAsync(page, "62-42");
        Assert.Empty(browser.Blocked);
    }

    [Fact]
    public async Task Report_of_six_language_versions_lists_the_sentence_behind_a_link_in_each_language()
    {
        string folder = SixVersionsOf("A_RES_78_100-");
        await using var browser = await ReportBrowser.LaunchAsync();
        string html = await WriteReportAsync("78-100", "78/100", folder);
        var page = await browser.OpenAsync(html);

        await ClickEdgeAsync(page, "A/RES/77/148", "A/RES/78/100");
        var languages = await page.Locator("#details article.evidence").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('data-language'))");
        Assert.Equal(SixLanguages, languages.Distinct().Order(StringComparer.Ordinal).ToArray());
        foreach (string language in SixLanguages)
        {
            // Each language's sentence is there, with the cited symbol highlighted in it.
            var marks = await page.Locator($"#details article.evidence[data-language='{language}'] .sentence mark").AllInnerTextsAsync();
            Assert.Contains(marks, m => m.Contains("77/148", StringComparison.Ordinal));
        }

        await ReportBrowser.ScreenshotAsync(page, "78-100");
        Assert.Empty(browser.Blocked);
    }

    [Fact]
    public async Task Search_box_and_keyboard_move_the_selection()
    {
        await using var browser = await ReportBrowser.LaunchAsync();
        string html = await WriteReportAsync("62-42-search", "62/42", TestPaths.Seeds);
        var page = await browser.OpenAsync(html);

        foreach (var (typed, expected) in new[] { ("A/RES/49/75 E", "A/RES/49/75E"), ("62/42", "A/RES/62/42"), ("55 / 33 t", "A/RES/55/33T") })
        {
            await page.FillAsync("#search-box", typed);
            await page.PressAsync("#search-box", "Enter");
            Assert.Equal(expected, await SelectedAsync(page));
            Assert.Contains(expected, await page.Locator("#details h2").InnerTextAsync(), StringComparison.Ordinal);
        }

        // From 55/33 T, → goes to the next (newer) document of the chain, ← back; the list follows.
        await page.Locator("#graph").ClickAsync(new LocatorClickOptions { Position = new Position { X = 2, Y = 2 } });
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("A/RES/56/24R", await SelectedAsync(page));
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.Equal("A/RES/54/54P", await SelectedAsync(page));
        Assert.Equal("A/RES/54/54P", await page.Locator("#chain-list li.active").GetAttributeAsync("data-id"));
        // "every citation among these documents" adds the citations that are not steps of the chain (62/42's direct ones).
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.lineageReport.cy.edges('.other:visible').length"));
        await page.CheckAsync("#show-other");
        int others = await page.EvaluateAsync<int>("() => window.lineageReport.data.edges.filter(e => e.kind === 'other').length");
        Assert.True(others > 0);
        Assert.Equal(others, await page.EvaluateAsync<int>("() => window.lineageReport.cy.edges('.other:visible').length"));
        await ReportBrowser.ScreenshotAsync(page, "62-42-search");
        Assert.Empty(browser.Blocked);
    }

    [Fact]
    public async Task Printed_page_shows_the_graph_as_a_picture_and_every_link_with_its_sentences()
    {
        await using var browser = await ReportBrowser.LaunchAsync();
        string html = await WriteReportAsync("62-42-print", "62/42", TestPaths.Seeds);
        var page = await browser.OpenAsync(html);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");

        Assert.False(await page.Locator("#graph").IsVisibleAsync());
        Assert.False(await page.Locator("#search").IsVisibleAsync());
        Assert.True(await page.Locator("#graph-print").IsVisibleAsync());
        Assert.StartsWith("data:image/png;base64,", await page.Locator("#graph-print").GetAttributeAsync("src") ?? string.Empty, StringComparison.Ordinal);
        var printed = page.Locator("#print-evidence");
        Assert.True(await printed.IsVisibleAsync());
        Assert.Equal(14, await printed.Locator("h3").CountAsync()); // the 14 links of the chain
        Assert.Contains("第 61/78 号决议", await printed.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Permission is hereby granted", await page.Locator("#licences").InnerTextAsync(), StringComparison.Ordinal);
        byte[] pdf = await page.PdfAsync();
        Assert.True(pdf.Length > 10_000);
        await File.WriteAllBytesAsync(Path.Combine(ReportBrowser.Artifacts, "62-42-print.pdf"), pdf);
        await ReportBrowser.ScreenshotAsync(page, "62-42-print");
        Assert.Empty(browser.Blocked);
    }

    [Fact]
    public async Task Blank_screenshot_is_told_from_a_drawn_one()
    {
        // The check ScreenshotAsync makes must be able to fail: an empty page is blank.
        await using var browser = await ReportBrowser.LaunchAsync();
        string empty = Path.Combine(Path.GetTempPath(), $"lineage-blank-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(empty, "<!DOCTYPE html><title>blank</title><script>window.lineageReport = { ready: true };</script>");
        try
        {
            var page = await browser.OpenAsync(empty);
            var image = PngImage.Decode(await page.ScreenshotAsync());
            Assert.Equal(0, image.ForegroundShare);
        }
        finally
        {
            File.Delete(empty);
        }
    }

    internal static async Task<string> WriteReportAsync(string name, string symbol, string input)
    {
        string html = Path.Combine(ReportBrowser.Artifacts, name + ".html");
        var (code, output, error) = await CliRunner.RunAsync("report", symbol, input, "--out", html);
        Assert.True(code == 0, error);
        Assert.StartsWith("Wrote ", output, StringComparison.Ordinal);
        return html;
    }

    /// <summary>A folder holding one resolution's file from each of the six language folders of GA session 78.</summary>
    private static string SixVersionsOf(string prefix)
    {
        string session = TestPaths.CorpusPath("akn4un-ga", "78");
        string folder = Path.Combine(ReportBrowser.Artifacts, "six-versions");
        Directory.CreateDirectory(folder);
        foreach (string language in new[] { "Arabic", "Chinese", "English", "French", "Russian", "Spanish" })
        {
            string file = Directory.GetFiles(Path.Combine(session, language), prefix + "*.xml").Single();
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }

        return folder;
    }

    private static Task<string> EdgeStyleAsync(IPage page, string cited, string citing) =>
        page.EvaluateAsync<string>(
            "([s, t]) => { const e = window.lineageReport.cy.edges().filter(e => e.source().id() === s && e.target().id() === t); return e.length === 1 && e.visible() ? e.style('line-style') : 'missing (' + e.length + ')'; }",
            new[] { cited, citing });

    /// <summary>Clicks the drawn edge with the mouse, at its midpoint on screen.</summary>
    private static async Task ClickEdgeAsync(IPage page, string cited, string citing)
    {
        var point = await page.EvaluateAsync<JsonElement>(
            "([s, t]) => { const cy = window.lineageReport.cy; const e = cy.edges().filter(e => e.source().id() === s && e.target().id() === t)[0]; cy.center(e); const p = e.renderedMidpoint(); const r = cy.container().getBoundingClientRect(); return { x: r.left + p.x, y: r.top + p.y }; }",
            new[] { cited, citing });
        await page.Mouse.ClickAsync((float)point.GetProperty("x").GetDouble(), (float)point.GetProperty("y").GetDouble());
        await page.WaitForFunctionAsync(
            "([s, t]) => { const e = window.lineageReport.cy.edges(':selected'); return e.length === 1 && e.source().id() === s && e.target().id() === t; }",
            new[] { cited, citing }, new PageWaitForFunctionOptions { Timeout = 5_000 });
    }

    private static Task<string> SelectedAsync(IPage page) =>
        page.EvaluateAsync<string>("() => { const s = window.lineageReport.cy.elements(':selected'); return s.length === 1 ? s.id() : 'selected: ' + s.length; }");
}
