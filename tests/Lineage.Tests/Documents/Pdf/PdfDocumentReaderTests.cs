using System.Globalization;
using Lineage.Documents;
using Lineage.Documents.Pdf;
using Lineage.Extraction;
using Lineage.Model;

namespace Lineage.Tests.Documents.Pdf;

// Issue 4: every resolution a corpus PDF cites is found, with page and line; a list split by a page break is found whole.
public sealed class PdfDocumentReaderTests
{
    private static readonly CitationExtractor Extractor = new ExtractorBuilder().UseAllLanguages().Build();

    /// <summary>
    /// Every resolution of a UN organ each PDF cites, read off the PDF: symbol, site, date as printed, page, and printed
    /// line on the page, counted as a reader counts them on the page: body lines from the top (the running header,
    /// job number and bar code are furniture and not counted), then the footnote lines below the rule; a footnote
    /// marker is part of the line it stands in. World Health Assembly resolutions (69.2, 67.1, 71.3) and decision
    /// 1/CP.21 are not UN documents and are left out.
    /// </summary>
    public static TheoryData<string, string> CorpusCitations => new()
    {
        {
            "A_RES_73_3-EN.pdf",
            "A/RES/71/3 operative 2 2016-10-05 p2:7; A/RES/70/266 operative 2 2016-06-08 p2:9; A/RES/68/300 operative 2 2014-07-10 p2:12; " +
            "A/RES/72/139 operative 2 2017-12-12 p2:12; A/HRC/RES/33/11 operative 2 2016-09-29 p2:16; A/RES/71/3 operative 26 - p6:10; " +
            "A/RES/70/175 operative 38 2015-12-17 p8:17; A/RES/70/1 footnote 1 - p2:45; A/RES/69/313 footnote 2 - p2:46; A/RES/55/2 footnote 6 - p2:51"
        },
        {
            "A_RES_73_6-EN.pdf",
            "A/RES/2453A(XXIII) preamble 1 1968-12-20 p1:15; A/RES/37/90 preamble 1 1982-12-10 p1:15; A/RES/54/68 preamble 1 1999-12-06 p1:16; " +
            "A/RES/59/2 preamble 1 2004-10-20 p1:16; A/RES/72/79 preamble 1 2017-12-07 p1:16; A/RES/70/1 footnote 2 - p2:47; " +
            "A/RES/69/283 footnote 3 - p2:48; A/RES/51/122 preamble 17 1996-12-13 p3:15"
        },
        {
            "A_RES_73_7-EN.pdf",
            "A/RES/72/3 preamble 1 2017-10-30 p1:13; A/RES/58/318 preamble 10 2004-09-13 p2:6; A/RES/58/318 operative 26 - p5:10"
        },
    };

    [Theory]
    [MemberData(nameof(CorpusCitations))]
    public void Every_resolution_a_corpus_PDF_cites_is_found_with_page_and_line(string file, string expected)
    {
        var read = new PdfDocumentReader().Read(CorpusSamples.Pdf(file), ReaderOptions.Default);
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        var document = read.Document!;
        Assert.Equal(DocumentSymbol.Parse("A/RES/73/" + file.Split('_')[3].Split('-')[0]), document.Symbol);
        Assert.False(document.SymbolFromFileName);
        Assert.Equal(DocumentFormat.Pdf, document.Format);

        var citations = Extractor.Extract(document).Citations
            .Where(c => c.Target.Kind == SymbolKind.Resolution)
            .Select(Describe)
            .ToList();

        foreach (string want in expected.Split("; "))
        {
            Assert.True(citations.Contains(want), $"missing {want}; found:\n{string.Join("\n", citations)}");
        }
    }

    [Fact]
    public void Footnote_citations_keep_the_clause_that_carries_their_marker()
    {
        var read = new PdfDocumentReader().Read(CorpusSamples.Pdf("A_RES_73_6-EN.pdf"), ReaderOptions.Default);
        var agenda = Extractor.Extract(read.Document!).Citations.Single(c => c.Target == DocumentSymbol.Parse("A/RES/70/1"));

        // Footnote 2 ("Resolution 70/1.") is marked after "2030 Agenda for Sustainable Development," in the 5th preambular clause.
        Assert.Equal(CitationSite.Footnote(2), agenda.Site);
        Assert.Equal(CitationSite.Preamble(5), agenda.Anchor);
    }

    [Theory]
    [MemberData(nameof(PdfTextExtractorTests.BreakPoints), MemberType = typeof(PdfTextExtractorTests))]
    public void A_Recalling_list_split_by_a_page_break_is_found_whole_with_its_dates(string breakInside)
    {
        string clause = PdfTextExtractorTests.RecallingClauseOf80_24();
        var (pdf, _, _) = PdfTextExtractorTests.BuildWithBreak(clause, breakInside);
        string path = Path.Combine(Path.GetTempPath(), $"lineage-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(path, pdf);
            var read = new PdfDocumentReader().Read(path, ReaderOptions.Default);
            Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
            Assert.Equal(DocumentSymbol.Parse("A/RES/80/24"), read.Document!.Symbol);

            var citations = Extractor.Extract(read.Document).Citations.Where(c => c.Site == CitationSite.Preamble(1)).ToList();

            // The series as printed in the clause: "49/75 E of 15 December 1994", "50/70 P of 12 December 1995", … "79/50 of 2 December 2024".
            var printed = System.Text.RegularExpressions.Regex.Matches(clause, @"(?<n>\d{2}/\d{2,3}(?: [A-Z])?) of (?<d>\d{1,2} \w+ \d{4})")
                .Select(m => (Symbol: DocumentSymbol.Parse("A/RES/" + m.Groups["n"].Value.Replace(" ", string.Empty, StringComparison.Ordinal)),
                    Date: DateOnly.ParseExact(m.Groups["d"].Value, "d MMMM yyyy", CultureInfo.InvariantCulture)))
                .ToList();
            Assert.Equal(31, printed.Count);
            Assert.Equal(printed, citations.Select(c => (c.Target, c.Date ?? default)).ToList());
            Assert.All(citations, c => Assert.Equal(Relation.Recalls, c.Relation));
            Assert.Contains(citations, c => c.Span.Page == 1);
            Assert.Contains(citations, c => c.Span.Page == 2);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_encrypted_PDF_fails_with_a_diagnostic_naming_the_file()
    {
        string path = Path.Combine(Path.GetTempPath(), $"lineage-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(path, PdfTextExtractorTests.EncryptedPdf());

            var read = new PdfDocumentReader().Read(path, ReaderOptions.Default);

            Assert.False(read.Succeeded);
            var error = Assert.Single(read.Diagnostics);
            Assert.Equal(DiagnosticCodes.PdfEncrypted, error.Code);
            Assert.StartsWith(path + ": error LIN0102: ", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_reader_takes_PDFs_by_content_or_name()
    {
        var reader = new PdfDocumentReader();

        Assert.True(reader.CanRead("a.bin", "%PDF-1.7\n"u8));
        Assert.True(reader.CanRead("A_RES_73_8-EN.PDF", "garbage"u8));
        Assert.False(reader.CanRead("a.txt", "Recalling"u8));
    }

    private static string Describe(Citation c) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{c.Target} {c.Site} {(c.Date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "-")} p{c.Span.Page}:{c.Span.Line}");
}
