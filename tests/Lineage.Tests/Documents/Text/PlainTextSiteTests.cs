using Lineage.Documents.Text;
using Lineage.Extraction;
using Lineage.Model;

namespace Lineage.Tests.Documents.Text;

// Issue 12: sites on the plain-text path: footnotes at the end of a text file are footnote sites tied to their markers;
// numbered operative paragraphs ("1. Reaffirms", "1. 重申", Arabic "1 - ") are operative with their number.
public sealed class PlainTextSiteTests
{
    private static readonly CitationExtractor s_extractor = new ExtractorBuilder().UseAllLanguages().Build();

    [Fact]
    public void Footnotes_after_the_meeting_line_and_date_are_footnote_sites_tied_to_their_markers()
    {
        const string text = "78/10. Building a peaceful and better world through sport\n\nThe General Assembly,\n\n"
            + "Recognizing the valuable contribution of sport, as declared in the 2005 World Summit Outcome,1 sports can contribute to tolerance,\n\n"
            + "1. Reaffirms its resolution 76/13 of 2 December 2021;\n\n38th plenary meeting\n21 November 2023\n\n1 Resolution 60/1.\n";
        var read = TextDocumentFactory.Create("A_RES_78_10-EN.txt", DocumentFormat.PlainText, text);

        var citations = s_extractor.Extract(read.Document!).Citations;
        var summit = Assert.Single(citations, c => c.Target == DocumentSymbol.Parse("A/RES/60/1"));
        Assert.Equal(CitationSite.Footnote(1), summit.Site);
        Assert.Equal(CitationSite.Preamble(1), summit.Anchor);
        Assert.Equal(CitationSite.Operative(1), Assert.Single(citations, c => c.Target == DocumentSymbol.Parse("A/RES/76/13")).Site);
        Assert.Equal(new DateOnly(2023, 11, 21), s_extractor.Extract(read.Document!).Document.Date);
    }

    public static TheoryData<string, string, string, int> Operative => new()
    {
        { "A_RES_78_10-EN.txt", "The General Assembly,\n\nRecalling its resolution 76/13,\n\n1. Reaffirms its resolution 70/1;\n\n2. Requests the Secretary-General to report;\n", "en", 1 },
        { "A_RES_78_10.zh.txt", "大会，\n\n回顾其第76/13号决议，\n\n1. 重申其第70/1号决议；\n\n2. 请秘书长提出报告；\n", "zh", 1 },
        { "A_RES_78_10-AR.txt", "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 76/13،\n\n1 - تعيد تأكيد قرارها 70/1؛\n\n2 - تطلب إلى الأمين العام أن يقدم تقريرا؛\n", "ar", 1 },
    };

    [Theory]
    [MemberData(nameof(Operative))]
    public void A_numbered_operative_paragraph_is_operative_with_its_number(string name, string text, string language, int number)
    {
        var read = TextDocumentFactory.Create(name, DocumentFormat.PlainText, text);

        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        Assert.Equal(LanguageCodes.Parse(language), read.Document!.Language);
        var citation = Assert.Single(s_extractor.Extract(read.Document).Citations, c => c.Target == DocumentSymbol.Parse("A/RES/70/1"));
        Assert.Equal(CitationSite.Operative(number), citation.Site);
        Assert.Contains(read.Document.Clauses, c => c.Site == CitationSite.Operative(2));
    }
}
