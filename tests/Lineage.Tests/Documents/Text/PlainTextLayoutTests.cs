using System.Collections.Immutable;
using Lineage.Documents.Text;
using Lineage.Model;

namespace Lineage.Tests.Documents.Text;

public class PlainTextLayoutTests
{
    private static Document Lay(string text, string path = "A_RES_73_8.en.txt", DocumentFormat format = DocumentFormat.PlainText, ImmutableArray<int> pages = default)
    {
        var result = TextDocumentFactory.Create(path, format, text, pages);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Document!;
    }

    private const string Heading = "Resolution adopted by the General Assembly on 5 November 2018\n\n[without reference to a Main Committee (A/73/L.9)]\n\n73/8. A title\n\nThe General Assembly,\n\n";

    /// <summary>
    /// Texts whose line breaks (<c>\n</c>, <c>\r\n</c>, a lone <c>\r</c>, none at the end) stand at every place around the
    /// edges of the vectors the breaks are found in: the lines are those a search for each break gives.
    /// </summary>
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n\n")]
    public void Lines_split_a_vector_at_a_time_are_those_a_search_for_each_break_gives(string lineBreak)
    {
        const string Prose = "Recalling its resolution 49/75 E of 15 December 1994 and all the resolutions on the subject";
        for (int length = 1; length <= 80; length++)
        {
            for (int at = 0; at < length; at++)
            {
                string text = Prose[..at] + lineBreak + Prose[at..length] + (length % 3 == 0 ? lineBreak : string.Empty);
                var expected = new List<(int Start, int End)>();
                int start = 0;
                int i;
                while ((i = text.IndexOf('\n', start)) >= 0)
                {
                    expected.Add((start, i > start && text[i - 1] == '\r' ? i - 1 : i));
                    start = i + 1;
                }

                if (start < text.Length)
                {
                    expected.Add((start, text.Length));
                }

                Assert.Equal(expected, PlainTextLayout.SplitLines(text));
            }
        }
    }

    [Fact]
    public void Blank_lines_separate_clauses_and_a_page_break_inside_a_clause_is_joined()
    {
        var document = Lay(Heading +
            "Recalling its resolution 49/75 E of 15 December 1994 and its resolutions\n50/70 P of 12 December 1995,\n\n" +
            "18-18418 (E)    071118\n\n*1818418*\n\n" +
            "Reaffirming the commitment\n\nof the international community,\n\n" +
            "1. Decides to continue;\n\n(a) with a sub-paragraph;\n\n2. Requests the Secretary-General;\n");
        var body = document.Clauses.Where(c => c.Site.Kind is SiteKind.Preamble or SiteKind.Operative).ToList();
        Assert.Equal(
            ["preamble 1", "preamble 2", "operative 1", "operative 2"],
            body.Select(c => c.Site.ToString()));
        Assert.Equal("Recalling its resolution 49/75 E of 15 December 1994 and its resolutions 50/70 P of 12 December 1995,", body[0].Text);
        Assert.Equal("Reaffirming the commitment of the international community,", body[1].Text);
        Assert.Equal("1. Decides to continue; (a) with a sub-paragraph;", body[2].Text);
        Assert.DoesNotContain(document.Clauses, c => c.Text.Contains("18418", StringComparison.Ordinal));
    }

    [Fact]
    public void Identity_comes_from_the_heading_lines()
    {
        var document = Lay(Heading + "Recalling its resolution 72/1,\n");
        Assert.Equal("A/RES/73/8", document.Symbol.Canonical);
        Assert.Equal("A title", document.Title);
        Assert.Equal(["A/73/L.9"], document.Reports.Select(r => r.Canonical));
        Assert.Equal(Language.English, document.Language);
        Assert.False(document.SymbolFromFileName);
    }

    [Fact]
    public void Without_a_symbol_line_the_file_name_gives_the_symbol_with_a_warning()
    {
        var result = TextDocumentFactory.Create("A_RES_79_50.zh.txt", DocumentFormat.PlainText, "大会，\n\n 回顾其关于核裁军的第 78/53 号决议，\n");
        Assert.True(result.Succeeded);
        Assert.Equal("A/RES/79/50", result.Document!.Symbol.Canonical);
        Assert.True(result.Document.SymbolFromFileName);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.SymbolFromFileName && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Text_and_file_name_that_disagree_give_a_warning_and_the_text_wins()
    {
        var result = TextDocumentFactory.Create("A_RES_79_50.en.txt", DocumentFormat.PlainText, Heading + "Recalling its resolution 72/1,\n");
        Assert.Equal("A/RES/73/8", result.Document!.Symbol.Canonical);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.SymbolDisagreesWithFileName);
    }

    [Fact]
    public void Text_that_is_not_a_resolution_is_an_error_naming_the_file()
    {
        var result = TextDocumentFactory.Create("notes.txt", DocumentFormat.PlainText, "Shopping list\n\nmilk, eggs, bread\n");
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.NotAResolution, error.Code);
        Assert.Equal("notes.txt", error.File);
    }

    [Fact]
    public void Footnote_block_under_a_rule_becomes_footnotes_and_markers_stay_with_their_clause()
    {
        var document = Lay(Heading +
            "Bearing in mind the Final Document,\n3\n calling for negotiations,\n\n" +
            new string(' ', 40) + "\n3\n Resolution S-10/2.\n\n4 See resolution 50/245.\n\n" +
            "  Noting the report,\n");
        var footnotes = document.Clauses.Where(c => c.Site.Kind == SiteKind.Footnote).ToList();
        Assert.Equal(["footnote 3: Resolution S-10/2.", "footnote 4: See resolution 50/245."], footnotes.Select(f => f.ToString()));
        var first = document.Clauses.First(c => c.Site == CitationSite.Preamble(1));
        Assert.Equal("Bearing in mind the Final Document, calling for negotiations,", first.Text);
        Assert.Equal([3], first.FootnoteMarkers);
        Assert.Contains(document.Clauses, c => c.Site == CitationSite.Preamble(2) && c.Text == "Noting the report,");
    }

    [Fact]
    public void Markdown_front_matter_and_footnote_definitions_are_read()
    {
        var document = Lay("---\nsymbol: A/RES/80/24\ndate: \"2025-12-03\"\n---\n\n" + Heading.Replace("73/8. A title", "Untitled", StringComparison.Ordinal) +
            "Bearing in mind the Final Document[^3] of the session,\n\n1. Decides;\n\n52nd plenary meeting 1 December 2025\n\n---\n\n[^3]: Resolution S-10/2.\n    continued here.\n",
            "A_RES_80_24.md", DocumentFormat.Markdown);
        Assert.Equal("A/RES/80/24", document.Symbol.Canonical);
        Assert.Equal(new DateOnly(2025, 12, 3), document.Date);
        var clause = document.Clauses.First(c => c.Site == CitationSite.Preamble(1));
        Assert.Equal("Bearing in mind the Final Document of the session,", clause.Text);
        Assert.Equal([3], clause.FootnoteMarkers);
        Assert.Contains(document.Clauses, c => c.Site == CitationSite.Footnote(3) && c.Text == "Resolution S-10/2. continued here.");
    }

    [Fact]
    public void Every_clean_character_maps_back_to_the_same_character_in_the_source()
    {
        string text = File.ReadAllText(TestPaths.Seed);
        var document = Lay(text, TestPaths.Seed);
        foreach (var clause in document.Clauses)
        {
            for (int i = 0; i < clause.Text.Length; i++)
            {
                char clean = clause.Text[i];
                char source = text[clause.SourceOffset(i)];
                Assert.True(clean == source || (clean == ' ' && char.IsWhiteSpace(source)), $"{clause.Site} at {i}: '{clean}' vs '{source}'");
            }
        }
    }

    // The layout hands the line starts it found to the document, so that spans do not look for them again: every
    // offset must get the span that counting the text's own line breaks gives (the text ending with a break or not,
    // CRLF, blank lines at the start, pages).
    public static TheoryData<string, int[]> LineBreakForms => new()
    {
        { Heading + "Recalling its resolution 72/1,\n", [] },
        { Heading + "Recalling its resolution 72/1,", [] },
        { Heading + "Recalling its resolution 72/1,\n\n\n", [] },
        { "\n\n" + Heading.Replace("\n", "\r\n", StringComparison.Ordinal) + "Recalling its resolution 72/1,\r\n", [] },
        { Heading + "Recalling its resolution 72/1,\n\nNoting its resolution 72/2,\n", [0, Heading.Length + 32] },
    };

    [Theory]
    [MemberData(nameof(LineBreakForms))]
    public void Spans_from_the_line_starts_the_layout_found_are_those_the_text_gives(string text, int[] pages)
    {
        var document = Lay(text, pages: [.. pages]);
        var counted = document with { KnownLineStarts = null };

        Assert.NotNull(document.KnownLineStarts);
        for (int offset = 0; offset <= text.Length; offset++)
        {
            Assert.Equal(counted.SpanOf(offset, 1), document.SpanOf(offset, 1));
        }
    }
}
