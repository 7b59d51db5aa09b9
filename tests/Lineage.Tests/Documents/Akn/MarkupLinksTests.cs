using Lineage.Documents.Akn;
using Lineage.Evaluation;
using Lineage.Extraction;
using Lineage.Model;

namespace Lineage.Tests.Documents.Akn;

/// <summary>Reading AKN4UN links through their known defects, and turning them into markup citations.</summary>
public class MarkupLinksTests
{
    public static TheoryData<string, int, string[], string> Scans => new()
    {
        // text after the number, where scanning starts, expected parts, what the text is
        { "49/75 E of 15 December 1994", 5, ["E"], "English, one letter" },
        { "36/87 A and B of 9 December 1981", 5, ["A", "B"], "English list" },
        { "3419 A to D (XXX)", 4, ["A", "B", "C", "D"], "English range" },
        { "75/290 A y B.", 6, ["A", "B"], "Spanish list" },
        { "36/87 A和B号", 5, ["A", "B"], "Chinese list" },
        { "49/75 E号决议", 5, ["E"], "Chinese letter before 号" },
        { "53/77 AA号", 5, ["AA"], "doubled letter after Z" },
        { "50/70 Р от 12 декабря", 5, ["P"], "Cyrillic Р (U+0420)" },
        { "43/78 Н от 7 декабря", 5, ["H"], "Cyrillic Н (U+041D)" },
        { "49/75 هاء المؤرخ", 5, ["E"], "Arabic letter name" },
        { "53/77 ألف ألف المؤرخ", 5, ["AA"], "Arabic doubled name" },
        { "36/87 ألف وباء المؤرخ", 5, ["A", "B"], "Arabic list with و" },
        { "78/254 A-C", 6, ["A", "B", "C"], "hyphen range" },
        { "61/78 of 6 December 2006", 5, [], "no letter" },
        { "61/78 A/C.1/61/L.1", 5, [], "a symbol, not a letter" },
        { "61/78 Assembly", 5, [], "a word" },
        { "1540 (2004) and", 4, [], "Security Council year" },
        { "61/78 المؤرخ", 5, [], "Arabic word that is no letter name" },
        { "61/78 و 62/42", 5, [], "Arabic and before a number" },
    };

    [Theory]
    [MemberData(nameof(Scans))]
    public void Part_letters_after_a_number_are_read_in_every_language(string text, int at, string[] expected, string note)
    {
        var (letters, end) = PartLetterScanner.Scan(text, at);
        Assert.True(expected.SequenceEqual(letters), $"{note}: got [{string.Join(", ", letters)}]");
        Assert.True(expected.Length == 0 ? end == at : end > at, note);
    }

    public static TheoryData<string, string, string, string, MarkupDefectKind?> CorpusReadings => new()
    {
        // folder, file, href target, read as, defect
        { "akn4un-ga/78/English", "A_RES_78_53-*.xml", "A/RES/49/75", "A/RES/49/75E", MarkupDefectKind.PartLetterOutsideLink },
        { "akn4un-ga/78/French", "A_RES_78_53-*.xml", "A/RES/49/75", "A/RES/49/75E", MarkupDefectKind.PartLetterMissingFromHref },
        { "akn4un-ga/78/Arabic", "A_RES_78_53-*.xml", "A/RES/49/75", "A/RES/49/75E", MarkupDefectKind.PartLetterOutsideLink },
        { "akn4un-ga/78/Chinese", "A_RES_78_53-*.xml", "A/RES/50/70", "A/RES/50/70P", MarkupDefectKind.PartLetterOutsideLink },
        { "akn4un-ga/78/Russian", "A_RES_78_16-*.xml", "A/RES/43/78", "A/RES/43/78H", MarkupDefectKind.PartLetterOutsideLink },
        { "akn4un-ga/78/Chinese", "A_RES_78_24-*.xml", "A/RES/53/77", "A/RES/53/77AA", MarkupDefectKind.PartLetterOutsideLink },
        { "akn4un-ga/78/English", "A_RES_78_53-*.xml", "A/RES/57/79", "A/RES/57/79", null },
    };

    [Theory]
    [MemberData(nameof(CorpusReadings))]
    public void Links_are_read_through_part_letters_the_href_lacks(string folder, string pattern, string href, string readAs, MarkupDefectKind? defect)
    {
        var document = AknDocumentReaderTests.Read(AknDocumentReaderTests.CorpusFile(folder, pattern));
        var reading = MarkupLinks.Read(document).First(r => r.Link.Target.Canonical == href);
        Assert.Equal(readAs, Assert.Single(reading.Targets).Canonical);
        Assert.Equal(defect, reading.Defect);
        string printed = document.Clauses[reading.Link.ClauseIndex].Text.Substring(reading.Start, reading.Length);
        Assert.StartsWith(href[6..], printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Range_href_names_each_part()
    {
        var document = Document("Recalling its resolution {A/RES/78/254a-c|78/254} A to C,");
        var reading = Assert.Single(MarkupLinks.Read(document));
        Assert.Equal(["A/RES/78/254A", "A/RES/78/254B", "A/RES/78/254C"], reading.Targets.Select(t => t.Canonical));
        Assert.Null(reading.Defect);
    }

    [Theory]
    [InlineData("Also reaffirms its resolution {A/RES/54/237a-c|54/237} C of 23 December 1999;", "A/RES/54/237C", null, "54/237 C")]
    [InlineData("Recalling its resolutions {A/RES/42/39|4}2/39 D of 30 November 1987", "A/RES/42/39D", MarkupDefectKind.PartLetterOutsideLink, "42/39 D")]
    [InlineData("its resolutions 23 (I), 364 {A/RES/364(IV)|B} (IV) of 1 December 1949", "A/RES/364B(IV)", MarkupDefectKind.PartLetterMissingFromHref, "B")]
    [InlineData("97 (I) of 14 December 1946, 364 B {A/RES/364(IV)|(IV)} of 1 December 1949", "A/RES/364B(IV)", MarkupDefectKind.PartLetterMissingFromHref, "364 B (IV)")]
    [InlineData("recalling in this regard its resolution {A/RES/ES-10/15|ES}\u201110/15 of 20 July 2004,", "A/RES/ES-10/15", null, "ES\u201110/15")]
    [InlineData("Recalling its resolution {A/RES/2602(XXIV)|2602\u00A0C\u00A0(XXIV)},", "A/RES/2602C(XXIV)", MarkupDefectKind.PartLetterMissingFromHref, "2602\u00A0C\u00A0(XXIV)")]
    public void Links_are_read_through_split_numbers_ranges_and_letter_only_links(string marked, string readAs, MarkupDefectKind? defect, string printed)
    {
        var document = Document(marked);
        var reading = Assert.Single(MarkupLinks.Read(document));
        Assert.Equal(readAs, Assert.Single(reading.Targets).Canonical);
        Assert.Equal(defect, reading.Defect);
        Assert.Equal(printed, document.Clauses[0].Text.Substring(reading.Start, reading.Length));
    }

    [Theory]
    [InlineData("https://undocs.org/en/A/RES/49/75", "A/RES/49/75")]
    [InlineData("https://undocs.org/ch/S/RES/497(1981)", "S/RES/497(1981)")]
    [InlineData("http://www.undocs.org/A/78/514", "A/78/514")]
    [InlineData("https://undocs.org/ar/A/hrc/RES/52/28", "A/HRC/RES/52/28")]
    [InlineData("https://undocs.org/en/A/RES/77/1b", "A/RES/77/1B")]
    [InlineData("https://undocs.org/es/A/RES/75/290 A", "A/RES/75/290A")]
    [InlineData("http://undocs.org/75/290B", "A/RES/75/290B")]
    [InlineData("https://undocs.org/en/A/RES/78/254a-c", "A/RES/78/254")]
    [InlineData("https://undocs.org/ar/S/RES/1373%C2%A0(2001)", "S/RES/1373(2001)")]
    public void Undocs_href_names_a_symbol(string href, string expected)
    {
        Assert.True(AknHref.TryParseTarget(href, out var target));
        Assert.Equal(expected, target.Canonical);
    }

    [Theory]
    [InlineData("https://www.un.org/en/A/RES/49/75")]
    [InlineData("https://undocs.org/en/")]
    [InlineData("https://undocs.org/en/not a symbol!")]
    public void Other_links_name_no_symbol(string href) => Assert.False(AknHref.TryParseTarget(href, out _));

    [Fact]
    public void Links_become_markup_citations_with_verb_relation_site_and_footnote_anchor()
    {
        var document = AknDocumentReaderTests.Read(AknDocumentReaderTests.CorpusFile("akn4un-ga/78/English", "A_RES_78_53-*.xml"));
        var citations = MarkupLinks.ToCitations(document);
        Assert.All(citations, c => Assert.Equal(CitationMethod.Markup, c.Method));
        Assert.All(citations, c => Assert.Equal("A/RES/78/53", c.Source.Canonical));

        var first = citations[0];
        Assert.Equal("A/RES/49/75E", first.Target.Canonical);
        Assert.Equal("Recalling", first.Verb);
        Assert.Equal(Relation.Recalls, first.Relation);
        Assert.Equal(CitationSite.Preamble(1), first.Site);
        Assert.Equal("49/75 E", first.Text);
        Assert.Equal("49/75 E", document.Text.Substring(first.Span.Offset, first.Span.Length));
        Assert.True(first.InList);
        Assert.Equal(29, citations.Count(c => c.Site == CitationSite.Preamble(1)));

        var footnote = citations.Single(c => c.Target.Canonical == "A/RES/S-10/2");
        Assert.Equal(CitationSite.Footnote(3), footnote.Site);
        Assert.Equal(CitationSite.Preamble(5), footnote.Anchor);
        Assert.Equal(Relation.Refers, footnote.Relation);
        Assert.Equal("Bearing in mind", footnote.Verb);
    }

    [Fact]
    public void Markup_citations_use_the_extractor_verb_table_where_it_has_the_language()
    {
        var document = AknDocumentReaderTests.Read(AknDocumentReaderTests.CorpusFile("akn4un-ga/78/Chinese", "A_RES_78_53-*.xml"));
        var extractor = new ExtractorBuilder().UseAllLanguages().Build();
        var citations = MarkupLinks.ToCitations(document, extractor);
        Assert.Equal(MarkupLinks.ToCitations(document).Select(c => (c.Target, c.Relation)), citations.Select(c => (c.Target, c.Relation)));
        Assert.Equal(Relation.Recalls, citations[0].Relation);
        Assert.Equal("回顾", citations[0].Verb);
    }

    [Theory]
    [InlineData("Recalling also", Language.English, Relation.Recalls)]
    [InlineData("Taking note with appreciation", Language.English, Relation.TakesNote)]
    [InlineData("Reaffirms", Language.English, Relation.Reaffirms)]
    [InlineData("Rappelant en outre", Language.French, Relation.Recalls)]
    [InlineData("Prenant acte", Language.French, Relation.TakesNote)]
    [InlineData("Acogiendo con beneplácito", Language.Spanish, Relation.Welcomes)]
    [InlineData("Teniendo presente", Language.Spanish, Relation.BearsInMind)]
    [InlineData("ссылаясь также", Language.Russian, Relation.Recalls)]
    [InlineData("принимая к сведению", Language.Russian, Relation.TakesNote)]
    [InlineData("وإذ تشير أيضا", Language.Arabic, Relation.Recalls)]
    [InlineData("وإذ تحيط علما", Language.Arabic, Relation.TakesNote)]
    [InlineData("وإذ تؤكد من جديد", Language.Arabic, Relation.Reaffirms)]
    [InlineData("又回顾", Language.Chinese, Relation.Recalls)]
    [InlineData("表示注意到", Language.Chinese, Relation.TakesNote)]
    [InlineData("注意到", Language.Chinese, Relation.Notes)]
    [InlineData("Regretting", Language.English, Relation.Cites)]
    public void Markup_verbs_are_normalized_in_six_languages(string verb, Language language, Relation expected) =>
        Assert.Equal(expected, MarkupVerbs.Normalize(verb, language));

    /// <summary>A one-clause document; <c>{HREF-PATH|text}</c> marks a link.</summary>
    internal static Document Document(string marked, Language language = Language.English, string symbol = "A/RES/78/1")
    {
        var builder = new System.Text.StringBuilder();
        var links = new List<(string Href, int Start, int Length)>();
        for (int i = 0; i < marked.Length; i++)
        {
            if (marked[i] == '{')
            {
                int bar = marked.IndexOf('|', i);
                int close = marked.IndexOf('}', bar);
                string text = marked[(bar + 1)..close];
                links.Add(("https://undocs.org/en/" + marked[(i + 1)..bar], builder.Length, text.Length));
                builder.Append(text);
                i = close;
            }
            else
            {
                builder.Append(marked[i]);
            }
        }

        string clauseText = builder.ToString();
        var clause = new Clause(CitationSite.Preamble(1), clauseText, [.. Enumerable.Range(0, clauseText.Length)]);
        return new Document
        {
            Symbol = DocumentSymbol.Parse(symbol),
            Language = language,
            Path = "test.xml",
            Format = DocumentFormat.Akn,
            Text = clauseText,
            Clauses = [clause],
            Links = [.. links.Select(l => new MarkupLink(l.Href, AknHref.TryParseTarget(l.Href, out var t) ? t : throw new ArgumentException(l.Href), 0, l.Start, l.Length))],
        };
    }
}
