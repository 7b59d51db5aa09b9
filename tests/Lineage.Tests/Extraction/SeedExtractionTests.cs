using Lineage.Documents;
using Lineage.Documents.Text;
using Lineage.Extraction;
using Lineage.Model;

namespace Lineage.Tests.Extraction;

/// <summary>The seed, A/RES/62/42 in Chinese as taken from its PDF: every citation, exactly (issue 2).</summary>
public class SeedExtractionTests
{
    private static readonly Lazy<ExtractionResult> s_seed = new(() =>
    {
        var read = new TextDocumentReader().Read(TestPaths.Seed, ReaderOptions.Default);
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        return new ExtractorBuilder().UseAllLanguages().Build().Extract(read.Document!);
    });

    private static ExtractionResult Seed => s_seed.Value;

    [Fact]
    public void Identity_comes_from_the_text()
    {
        var document = Seed.Document;
        Assert.Equal("A/RES/62/42", document.Symbol.Canonical);
        Assert.False(document.SymbolFromFileName);
        Assert.Equal("核裁军", document.Title);
        Assert.Equal(new DateOnly(2007, 12, 5), document.Date);
        Assert.Equal("第 61 次全体会议", document.Meeting);
        Assert.Equal(["A/62/391"], document.Reports.Select(r => r.Canonical));
        Assert.Equal(Language.Chinese, document.Language);
    }

    [Fact]
    public void Recalling_clause_yields_the_series_in_order_with_dates_and_subjects()
    {
        (string Target, string Date, string Subject)[] expected =
        [
            ("A/RES/49/75E", "1994-12-15", "关于逐步减少核威胁的"),
            ("A/RES/50/70P", "1995-12-12", "关于核裁军的"),
            ("A/RES/51/45O", "1996-12-10", "关于核裁军的"),
            ("A/RES/52/38L", "1997-12-09", "关于核裁军的"),
            ("A/RES/53/77X", "1998-12-04", "关于核裁军的"),
            ("A/RES/54/54P", "1999-12-01", "关于核裁军的"),
            ("A/RES/55/33T", "2000-11-20", "关于核裁军的"),
            ("A/RES/56/24R", "2001-11-29", "关于核裁军的"),
            ("A/RES/57/79", "2002-11-22", "关于核裁军的"),
            ("A/RES/58/56", "2003-12-08", "关于核裁军的"),
            ("A/RES/59/77", "2004-12-03", "关于核裁军的"),
            ("A/RES/60/70", "2005-12-08", "关于核裁军的"),
            ("A/RES/61/78", "2006-12-06", "关于核裁军的"),
        ];
        var recalled = Seed.Citations.Where(c => c.Site == CitationSite.Preamble(1)).ToList();
        Assert.Equal(expected, recalled.Select(c => (c.Target.Canonical, c.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "", c.Subject ?? "")));
        Assert.All(recalled, c =>
        {
            Assert.Equal("回顾", c.Verb);
            Assert.Equal(Relation.Recalls, c.Relation);
            Assert.Equal(SymbolKind.Resolution, c.Target.Kind);
            Assert.True(c.InList);
        });
        Assert.Equal(Enumerable.Range(0, 13), recalled.Select(c => c.Ordinal));
    }

    [Fact]
    public void Every_citation_and_nothing_else()
    {
        // (site, anchor, verb, relation, target, kind) for all 30 citations of the seed, in reading order.
        string[] expected =
        [
            "heading||||A/62/391|document",
            .. new[] { "49/75E", "50/70P", "51/45O", "52/38L", "53/77X", "54/54P", "55/33T", "56/24R", "57/79", "58/56", "59/77", "60/70", "61/78" }
                .Select(s => $"preamble 1||回顾|recalls|A/RES/{s}|resolution"),
            "preamble 18||重申|reaffirms|A/DEC/52/492|decision",
            "operative 19||按照|pursuant_to|A/RES/61/78|resolution",
            "footnote 3|preamble 5|铭记|bears_in_mind|A/RES/S-10/2|resolution",
            "footnote 5|preamble 6|重申|reaffirms|NPT/CONF.1995/32|document",
            "footnote 6|preamble 7|强调|emphasizes|NPT/CONF.2000/28|document",
            "footnote 7|preamble 9|再度呼吁|calls_upon|A/RES/50/245|resolution",
            "footnote 9|preamble 11|又赞赏地注意到|notes|CD/1674|document",
            "footnote 10|preamble 15|回顾|recalls|A/51/218|document",
            "footnote 11|preamble 16|注意到|notes|A/60/1002|document",
            "footnote 11|preamble 16|注意到|notes|S/2006/718|document",
            "footnote 12|preamble 17|回顾|recalls|A/61/472|document",
            "footnote 12|preamble 17|回顾|recalls|S/2006/780|document",
            "footnote 13|preamble 19|回顾|recalls|A/RES/55/2|resolution",
            "footnote 14|operative 11|又强调|emphasizes|NPT/CONF.2000/28|document",
            "footnote 16|operative 14|要求|calls_upon|CD/1299|document",
            "footnote 17|operative 18|表示遗憾|expresses|A/RES/60/1|resolution",
        ];
        var actual = Seed.Citations.Select(c =>
            $"{c.Site}|{c.Anchor?.ToString() ?? ""}|{c.Verb}|{(c.Verb.Length == 0 ? "" : c.Relation.ToToken())}|{c.Target}|{Lineage.Serialization.CitationJsonWriter.Token(c.Target.Kind)}");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Decision_52_492_has_its_date()
    {
        var decision = Assert.Single(Seed.Citations, c => c.Target.Kind == SymbolKind.Decision);
        Assert.Equal(new DateOnly(1998, 9, 8), decision.Date);
        Assert.Equal(Organ.GeneralAssembly, decision.Target.Organ);
    }

    [Fact]
    public void Provenance_points_at_the_exact_source_text()
    {
        string source = File.ReadAllText(TestPaths.Seed);
        Assert.All(Seed.Citations, c =>
        {
            Assert.Equal(TestPaths.Seed, c.Span.File);
            Assert.Equal(c.Text, source.Substring(c.Span.Offset, c.Span.Length));
            string before = source[..c.Span.Offset];
            Assert.Equal(before.Count(ch => ch == '\n') + 1, c.Span.Line);
            Assert.Equal(c.Span.Offset - (before.LastIndexOf('\n') + 1) + 1, c.Span.Column);
        });
    }

    [Theory]
    [InlineData("A/RES/56/24R", "第 56/24 \n\nR 号")]
    [InlineData("A/RES/61/78", "第\n\n61/78 号决议")]
    [InlineData("NPT/CONF.1995/32", "NPT/CONF. \n\n1995/32")]
    public void A_citation_broken_across_lines_is_read_whole(string target, string text)
    {
        var citation = Seed.Citations.First(c => c.Target.Canonical == target);
        Assert.Equal(text, citation.Text);
    }

    [Theory]
    [InlineData("A/RES/54/54P", 1999, 12, 1)]
    [InlineData("A/RES/59/77", 2004, 12, 3)]
    public void A_date_broken_across_lines_is_read_whole(string target, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Seed.Citations.First(c => c.Target.Canonical == target).Date);

    [Fact]
    public void Job_number_and_footnote_text_do_not_leak_into_clauses()
    {
        Assert.DoesNotContain(Seed.Document.Clauses, c => c.Text.Contains("07-46628", StringComparison.Ordinal));
        var body = Seed.Document.Clauses.Where(c => c.Site.Kind is SiteKind.Preamble or SiteKind.Operative).ToList();
        Assert.Equal(21, body.Count(c => c.Site.Kind == SiteKind.Preamble));
        Assert.Equal(Enumerable.Range(1, 23).Cast<int?>(), body.Where(c => c.Site.Kind == SiteKind.Operative).Select(c => c.Site.Number));
        Assert.DoesNotContain(body, c => c.Text.Contains("条约汇编", StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(1, 17).Cast<int?>(), Seed.Document.Clauses.Where(c => c.Site.Kind == SiteKind.Footnote).Select(c => c.Site.Number));
    }

    [Fact]
    public void The_clean_seed_raises_no_warnings() => Assert.Empty(Seed.Diagnostics);
}
