using System.Text.Json;
using System.Text.RegularExpressions;
using Lineage.Model;
using Lineage.Pipeline;
using Lineage.Reporting;

namespace Lineage.Tests.Reporting;

/// <summary>The report page as bytes: self-contained, deterministic, its data safe inside a script element (issue 14).</summary>
public sealed partial class HtmlReportWriterTests
{
    private static readonly Lazy<string> Page = new(() =>
    {
        var run = CorpusPipeline.Run([TestPaths.Seeds]);
        return HtmlReportWriter.ToHtml(NeighbourhoodAnalysis.Compute(run.Graph, DocumentSymbol.Parse("A/RES/62/42"), new DocumentEvidenceSource(run.Documents))!);
    });

    [Fact]
    public void Page_refers_to_nothing_outside_itself()
    {
        string html = Page.Value;
        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Count(html, "<script[ >]"));
    }

    [Fact]
    public void Page_embeds_the_libraries_and_their_licences()
    {
        string html = Page.Value;
        Assert.Contains(ReportAssets.Read(ReportAssets.Cytoscape), html, StringComparison.Ordinal);
        Assert.Contains(ReportAssets.Read(ReportAssets.CytoscapeDagre), html, StringComparison.Ordinal);
        Assert.Contains("== cytoscape-dagre 4.0.1 (MIT) ==", html, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", html[..html.IndexOf("<script", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public void Same_input_gives_the_same_bytes()
    {
        var run = CorpusPipeline.Run([TestPaths.Seeds]);
        string again = HtmlReportWriter.ToHtml(NeighbourhoodAnalysis.Compute(run.Graph, DocumentSymbol.Parse("A/RES/62/42"), new DocumentEvidenceSource(run.Documents))!);
        Assert.Equal(Page.Value, again);
    }

    [Fact]
    public void Data_is_json_with_the_chinese_sentence_as_written_and_no_markup_breaking_out()
    {
        var data = JsonDocument.Parse(Data(Page.Value)).RootElement;
        Assert.Equal("A/RES/62/42", data.GetProperty("root").GetString());
        var edge = data.GetProperty("edges").EnumerateArray().Single(e => e.GetProperty("source").GetString() == "A/RES/61/78" && e.GetProperty("target").GetString() == "A/RES/62/42");
        Assert.StartsWith("回顾", edge.GetProperty("evidence")[0].GetProperty("sentence").GetString(), StringComparison.Ordinal);
        Assert.Contains("回顾其关于", Data(Page.Value), StringComparison.Ordinal); // not \u-escaped
        Assert.DoesNotContain("<", Data(Page.Value), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A/RES/62/42", "62/42")]
    [InlineData("A/RES/62/42", "A/RES/62/42")]
    [InlineData("A/RES/49/75E", "A/RES/49/75 E")]
    [InlineData("A/RES/49/75E", "49/75 E")]
    [InlineData("S/RES/1540(2004)", "1540 (2004)")]
    [InlineData("S/RES/1540(2004)", "S/RES/1540 (2004)")]
    public void Search_keys_hold_what_a_reader_types(string canonical, string typed) =>
        Assert.Contains(ReportData.Normal(typed), ReportData.SearchKeys(DocumentSymbol.Parse(canonical)));

    private static string Data(string html)
    {
        const string open = "<script type=\"application/json\" id=\"lineage-data\">";
        int from = html.IndexOf(open, StringComparison.Ordinal) + open.Length;
        return html[from..html.IndexOf("</script>", from, StringComparison.Ordinal)];
    }

    [GeneratedRegex("""(src|href)\s*=\s*["']?(https?:|//)""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
