using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Lineage.Documents;
using Lineage.Documents.Akn;
using Lineage.Evaluation;
using Lineage.Extraction;
using Lineage.Model;

namespace Lineage.Tests.Evaluation;

// Issue 12: AKN4UN documents rendered as text copied out of their PDFs, seeded and deterministic.
public sealed class PdfTextRendererTests
{
    private static readonly CitationExtractor s_extractor = new ExtractorBuilder().UseAllLanguages().Build();

    [Fact]
    public void A_rendering_prints_markers_as_plain_digits_footnotes_at_the_foot_and_page_furniture()
    {
        var rendering = new PdfTextRenderer().Render(Sample());

        Assert.Matches(@"^A_RES_78_10(-EN|\.en)\.txt$", rendering.FileName);
        Assert.Contains("78/10. Building a peaceful and better world through sport", rendering.Text, StringComparison.Ordinal);
        Assert.Contains("The General Assembly,", rendering.Text, StringComparison.Ordinal);
        Assert.Contains("2012,1 25/8", rendering.Text.Replace('\n', ' '), StringComparison.Ordinal);
        Assert.Contains("20148 and", Flatten(new PdfTextRenderer().Render(Sample(secondMarker: 8)).Text), StringComparison.Ordinal);
        Assert.Contains("1. Decides", rendering.Text, StringComparison.Ordinal);
        Assert.Contains("\n____________________\n1 A/HRC/19/1.", rendering.Text, StringComparison.Ordinal);
        Assert.Contains("23-23443 (E)", rendering.Text, StringComparison.Ordinal);
        Assert.Contains("38th plenary meeting\n21 November 2023", rendering.Text, StringComparison.Ordinal);
        Assert.All(rendering.Text.Split('\n'), line => Assert.True(line.Length <= 90 || line.TrimStart().Length < line.Length, line));
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes_and_another_seed_another_layout()
    {
        var first = new PdfTextRenderer().Render(Long());
        var again = new PdfTextRenderer().Render(Long());
        var other = new PdfTextRenderer(PdfTextRenderOptions.Default with { Seed = 99 }).Render(Long());

        Assert.Equal(first.Text, again.Text);
        Assert.Equal(first.FileName, again.FileName);
        Assert.NotEqual(first.Text, other.Text);
    }

    [Fact]
    public void The_rendering_of_the_sample_is_pinned()
    {
        var rendering = new PdfTextRenderer().Render(Long());

        string digest = Digest(rendering);
        Assert.True(digest == "d2661613780154b5243cd8c8b7af1290987f81cb728e832bb7396dcdc8c09a08", $"the rendering changed: digest {digest}; if on purpose, pin it and say why in the commit");
    }

    [Fact]
    public void Every_character_taken_from_the_document_maps_back_to_it()
    {
        var document = Long();
        var rendering = new PdfTextRenderer().Render(document);

        for (int i = 0; i < rendering.Text.Length; i++)
        {
            int source = rendering.SourceOffset(i);
            if (source >= 0)
            {
                Assert.Equal(document.Text[source], rendering.Text[i]);
            }
        }

        int at = rendering.Text.IndexOf("25/8", StringComparison.Ordinal);
        Assert.Equal("25/8", document.Text.Substring(rendering.ToSource(at, 4).Offset, 4));
    }

    [Fact]
    public void The_plain_text_path_reads_the_rendering_as_the_markup_reads_the_document()
    {
        var document = Long();
        var fromMarkup = s_extractor.Extract(document).Citations.Select(c => c.Target).ToHashSet();
        var citations = RenderedTextExtraction.Extract(document, s_extractor, new PdfTextRenderer());

        Assert.Equal(fromMarkup, citations.Select(c => c.Target).ToHashSet());
        Assert.Contains(citations, c => c.Target == DocumentSymbol.Parse("A/RES/76/13") && c.Site.Kind == SiteKind.Preamble);
        Assert.All(citations, c => Assert.Equal(document.Symbol, c.Source));
    }

    [Fact]
    public void The_renderings_of_Security_Council_resolutions_of_2023_are_pinned()
    {
        string folder = TestPaths.FullCorpusPath("akn4un-sc", "2023");
        var reader = new AknDocumentReader();
        var renderer = new PdfTextRenderer();
        var digest = new StringBuilder();
        foreach (string file in Directory.EnumerateFiles(folder, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var read = reader.Read(file, ReaderOptions.Default);
            Assert.True(read.Succeeded, file);
            digest.Append(Digest(renderer.Render(read.Document!))).Append('\n');
        }

        string all = Hex(SHA256.HashData(Encoding.UTF8.GetBytes(digest.ToString())));
        Assert.True(all == "b1449e7598e440e2d15c9d4b9c97a8ea87f2ae1254d82dcb115074429159256c", $"the renderings changed: digest {all}; if on purpose, pin it and say why in the commit");
    }

    private static string Flatten(string text) => text.Replace('\n', ' ');

    private static string Digest(PdfTextRendering rendering) =>
        Hex(SHA256.HashData(Encoding.UTF8.GetBytes(rendering.FileName + "\n" + rendering.Text)));

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();

    /// <summary>A short AKN-like document: a title, a Recalling clause carrying two footnotes, one operative paragraph.</summary>
    private static Document Sample(int secondMarker = 2)
    {
        const string recalling = "Recalling Human Rights Council resolutions 19/4 of 22 March 2012, 25/8 of 27 March 2014 and 37/9 of 22 March 2018,";
        return Build(
        [
            (CitationSite.Heading, "Building a peaceful and better world through sport and the Olympic ideal", []),
            (CitationSite.Preamble(1), recalling, [(1, recalling.IndexOf(" 25/8", StringComparison.Ordinal)), (secondMarker, recalling.IndexOf(" and 37/9", StringComparison.Ordinal))]),
            (CitationSite.Footnote(1), "A/HRC/19/1.", []),
            (CitationSite.Footnote(secondMarker), "A/HRC/25/1.", []),
            (CitationSite.Operative(1), "Decides to include in the provisional agenda of its eightieth session the item entitled “Sport for development and peace”.", []),
        ]);
    }

    /// <summary>A document long enough for three pages: forty clauses citing resolutions, a footnote every fifth.</summary>
    private static Document Long()
    {
        var clauses = new List<(CitationSite, string, (int, int)[])>
        {
            (CitationSite.Heading, "Building a peaceful and better world through sport and the Olympic ideal", []),
        };
        const string first = "Recalling its resolution 76/13 of 2 December 2021, and Human Rights Council resolutions 19/4 of 22 March 2012, 25/8 of 27 March 2014 and 37/9 of 22 March 2018,";
        clauses.Add((CitationSite.Preamble(1), first, [(1, first.IndexOf(" 25/8", StringComparison.Ordinal))]));
        clauses.Add((CitationSite.Footnote(1), "A/HRC/19/1.", []));
        int footnote = 1;
        for (int i = 2; i <= 40; i++)
        {
            string text = $"Recalling also its resolution {40 + i}/{i * 3} of {i % 28 + 1} December {1985 + i}, in which it decided to consider the question at its session every year in its plenary meetings,";
            if (i % 5 == 0)
            {
                footnote++;
                clauses.Add((CitationSite.Preamble(i), text, [(footnote, text.IndexOf(',', StringComparison.Ordinal))]));
                clauses.Add((CitationSite.Footnote(footnote), $"See A/{40 + i}/{100 + i}, annex.", []));
            }
            else
            {
                clauses.Add((CitationSite.Preamble(i), text, []));
            }
        }

        clauses.Add((CitationSite.Operative(1), "Decides to remain seized of the matter.", []));
        return Build(clauses);
    }

    private static Document Build(IReadOnlyList<(CitationSite Site, string Text, (int Number, int At)[] Markers)> parts)
    {
        var text = new StringBuilder();
        var clauses = ImmutableArray.CreateBuilder<Clause>();
        foreach (var (site, clauseText, markers) in parts)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            int start = text.Length;
            text.Append(clauseText);
            clauses.Add(new Clause(site, clauseText, [.. Enumerable.Range(start, clauseText.Length)], [.. markers.Select(m => m.Number)])
            {
                FootnoteMarkerPositions = [.. markers.Select(m => m.At)],
            });
        }

        return new Document
        {
            Symbol = DocumentSymbol.Parse("A/RES/78/10"),
            Language = Language.English,
            Date = new DateOnly(2023, 11, 21),
            Meeting = "38th plenary meeting",
            Path = "A_RES_78_10-2323443E.xml",
            Format = DocumentFormat.Akn,
            Text = text.ToString(),
            Clauses = clauses.ToImmutable(),
        };
    }
}
