using System.Text;
using System.Text.RegularExpressions;
using Lineage.Documents;
using Lineage.Documents.Pdf;
using Lineage.Model;

namespace Lineage.Tests.Documents.Pdf;

// Issue 4: UN PDFs read through PdfPig with page furniture removed, footnotes as the footnote block, page starts kept.
public sealed partial class PdfTextExtractorTests
{
    public static TheoryData<string, int, string, string[], string> CorpusPdfs => new()
    {
        // file, pages, job number, first body line of pages 2…n (as PdfPig prints them), footnote numbers by page (page:n,n)
        {
            "A_RES_73_3-EN.pdf", 10, "18-16895",
            [
                "determinants of the epidemic and that protects", "HIV and AIDS, and other co-morbidities such as diabetes",
                "illness and mortality place an additional burden", "vulnerable situations, and the need to develop integrated",
                "tuberculosis, and 6 million people living with HIV", " 31. Commit to systematic screening",
                "support for those who become disabled due to tuberculosis", " 44. Further commit to advancing",
                "prevention, diagnosis, treatment and care",
            ],
            "2:1,2,3,4,5,6 5:7"
        },
        {
            "A_RES_73_6-EN.pdf", 5, "18-17962",
            [
                "to shape the global governance of outer space", "consistent with the long-standing principles",
                "preparation of a “Space2030” agenda", "activities for emerging spacefaring nations",
            ],
            "1:1 2:2,3,4 3:5,6"
        },
        {
            "A_RES_73_7-EN.pdf", 5, "18-18142",
            [
                " Expressing its appreciation to the Secretary-General", " 7. Emphasizes the importance of international cooperation",
                " 17. Recalls that, by virtue of article 12", " 25. Acknowledges the report of the Secretary-General",
            ],
            "1:1 2:2,3,4,5 3:6,7,8 4:9"
        },
    };

    [Theory]
    [MemberData(nameof(CorpusPdfs))]
    public void Corpus_PDF_pages_start_where_their_body_starts(string file, int pages, string job, string[] firstLines, string footnotes)
    {
        _ = job;
        _ = footnotes;
        var pdf = PdfTextExtractor.Extract(CorpusSamples.Pdf(file));

        Assert.True(pdf.Succeeded, string.Join("\n", pdf.Diagnostics));
        Assert.Empty(pdf.Diagnostics);
        Assert.Equal(pages, pdf.PageCount);
        Assert.Equal(pages, pdf.PageStarts.Length);
        Assert.Equal(0, pdf.PageStarts[0]);
        for (int page = 2; page <= pages; page++)
        {
            Assert.StartsWith(firstLines[page - 2], PageText(pdf, page), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(CorpusPdfs))]
    public void Corpus_PDF_furniture_is_removed_and_listed(string file, int pages, string job, string[] firstLines, string footnotes)
    {
        _ = firstLines;
        _ = footnotes;
        string symbol = "A/RES/73/" + file.Split('_')[3].Split('-')[0];
        var pdf = PdfTextExtractor.Extract(CorpusSamples.Pdf(file));

        // No job number, bar code or page counter is left anywhere; the symbol stands once, in the masthead of page 1.
        Assert.DoesNotContain(job, pdf.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("*" + job.Replace("-", string.Empty, StringComparison.Ordinal) + "*", pdf.Text, StringComparison.Ordinal);
        Assert.DoesNotMatch(PageCounterLine(), pdf.Text);
        var symbolLines = Lines(pdf.Text).Select((line, i) => (line.Trim(), i)).Where(l => l.Item1 == symbol).ToList();
        Assert.Single(symbolLines);
        Assert.True(symbolLines[0].i < 3, "the masthead symbol is at the top of page 1");

        // What was removed, page by page: the job number with language and date and the bar code on page 1; the job
        // number, the counter and the running header on every other page.
        Assert.Contains(new PdfFurnitureLine(1, PdfFurnitureKind.BarCode, "*" + job.Replace("-", string.Empty, StringComparison.Ordinal) + "*"), pdf.Furniture);
        Assert.Contains(pdf.Furniture, f => f.Page == 1 && f.Kind == PdfFurnitureKind.JobNumber && f.Text.StartsWith(job + " (E) ", StringComparison.Ordinal));
        for (int page = 2; page <= pages; page++)
        {
            Assert.Contains(new PdfFurnitureLine(page, PdfFurnitureKind.JobNumber, job), pdf.Furniture);
            Assert.Contains(new PdfFurnitureLine(page, PdfFurnitureKind.JobNumber, $"{page}/{pages}"), pdf.Furniture);
            Assert.Contains(pdf.Furniture, f => f.Page == page && f.Kind == PdfFurnitureKind.RunningHeader && f.Text.Contains(symbol, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(CorpusPdfs))]
    public void Corpus_PDF_footnotes_follow_a_rule_and_markers_stand_on_their_own_line(string file, int pages, string job, string[] firstLines, string footnotes)
    {
        _ = job;
        _ = firstLines;
        var expected = footnotes.Split(' ').Select(p => p.Split(':'))
            .ToDictionary(p => int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), p => p[1].Split(',').ToList());
        var pdf = PdfTextExtractor.Extract(CorpusSamples.Pdf(file));

        for (int page = 1; page <= pages; page++)
        {
            string text = PageText(pdf, page);
            int rule = text.IndexOf(PdfTextExtractor.FootnoteRule + "\n", StringComparison.Ordinal);
            var numbers = new List<string>();
            if (rule >= 0)
            {
                // In the block: a number alone on its line, then the footnote's text on the next line after one space.
                var block = Lines(text[(rule + PdfTextExtractor.FootnoteRule.Length + 1)..]);
                for (int i = 0; i + 1 < block.Count; i++)
                {
                    if (block[i].All(char.IsAsciiDigit) && block[i].Length > 0 && block[i + 1].StartsWith(' '))
                    {
                        numbers.Add(block[i]);
                    }
                }
            }

            Assert.Equal(expected.GetValueOrDefault(page, []), numbers);
            foreach (string number in numbers)
            {
                // The marker in the body text stands on its own line before the block (a later page may repeat it).
                string body = rule >= 0 ? text[..rule] : text;
                Assert.Contains("\n" + number + "\n", pdf.Text[..(pdf.PageStarts[page - 1] + body.Length)], StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void A_footnote_marker_between_words_is_cut_out_of_its_line()
    {
        var pdf = PdfTextExtractor.Extract(CorpusSamples.Pdf("A_RES_73_6-EN.pdf"));

        Assert.Contains(" Convinced that the fulfilment of the 2030 Agenda for Sustainable\nDevelopment,\n2\n of the Sendai Framework for Disaster Risk Reduction 2015–2030\n3\n and\n", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("\n1\n See A/AC.105/1137.\n", PageText(pdf, 1), StringComparison.Ordinal);
    }

    [Fact]
    public void Page_and_line_of_a_citation_come_from_the_page_starts()
    {
        var pdf = PdfTextExtractor.Extract(CorpusSamples.Pdf("A_RES_73_7-EN.pdf"));
        var document = new Document
        {
            Symbol = DocumentSymbol.Parse("A/RES/73/7"),
            Language = Language.English,
            Path = "A_RES_73_7-EN.pdf",
            Format = DocumentFormat.Pdf,
            Text = pdf.Text,
            PageStarts = pdf.PageStarts,
        };

        // "Recalling its resolution 72/3 of 30 October 2017": page 1, the 13th printed line (masthead included).
        int at = pdf.Text.IndexOf("72/3", StringComparison.Ordinal);
        var span = document.SpanOf(at, 4);

        Assert.Equal(1, span.Page);
        Assert.Equal(" Recalling its resolution 72/3 of 30 October 2017 and all its previous relevant", Lines(pdf.Text)[span.Line - 1]);
        Assert.Equal(13, span.Line);
    }

    public static TheoryData<string> BreakPoints => new()
    {
        "56/24 R", // between a number and its part letter
        "29 November 2001", // inside a date
        "of 2 December 2008", // between "of" and the date
        "62/42 of 5 December 2007", // inside the number
    };

    [Theory]
    [MemberData(nameof(BreakPoints))]
    public void A_page_break_inside_a_citation_list_leaves_no_furniture_between_its_halves(string breakInside)
    {
        string clause = RecallingClauseOf80_24();
        var (pdf, page1Lines, page2Lines) = BuildWithBreak(clause, breakInside);

        var extracted = PdfTextExtractor.Extract(pdf, "synthetic.pdf");

        Assert.True(extracted.Succeeded, string.Join("\n", extracted.Diagnostics));
        Assert.Equal(2, extracted.PageStarts.Length);
        string page1 = PageText(extracted, 1);
        string page2 = PageText(extracted, 2);
        int rule = page1.IndexOf(PdfTextExtractor.FootnoteRule + "\n", StringComparison.Ordinal);
        Assert.True(rule > 0, page1);
        Assert.Equal(["United Nations", " A/RES/80/24", "General Assembly", " Distr.: General", .. page1Lines, "1"], NonEmptyLines(page1[..rule]));
        Assert.Equal(["1", " See resolution 49/75 E."], NonEmptyLines(page1[(rule + PdfTextExtractor.FootnoteRule.Length)..]));
        Assert.Equal(page2Lines, NonEmptyLines(page2));

        // Joined, the halves are the clause again: nothing from the furniture or the footnote got between them.
        string joined = Regex.Replace(string.Join(" ", page1Lines.Skip(2).Concat(page2Lines)), @"\s+", " ").Trim();
        Assert.Equal(clause, joined);
        Assert.Contains(new PdfFurnitureLine(2, PdfFurnitureKind.RunningHeader, "A/RES/80/24"), extracted.Furniture);
        Assert.Contains(new PdfFurnitureLine(2, PdfFurnitureKind.JobNumber, "2/2"), extracted.Furniture);
        Assert.Contains(new PdfFurnitureLine(1, PdfFurnitureKind.BarCode, "*2519876*"), extracted.Furniture);
    }

    [Fact]
    public void A_truncated_PDF_is_reported_not_thrown()
    {
        byte[] whole = File.ReadAllBytes(CorpusSamples.Pdf("A_RES_73_6-EN.pdf"));
        byte[] truncated = whole[..(whole.Length * 2 / 5)];

        var pdf = PdfTextExtractor.Extract(truncated, "cut.pdf");

        // Cut before its cross-reference table, the file cannot be parsed: the user learns it is cut short and damaged.
        Assert.False(pdf.Succeeded);
        Assert.Contains(pdf.Diagnostics, d => d.Code == DiagnosticCodes.PdfTruncated && d.Severity == DiagnosticSeverity.Warning && d.File == "cut.pdf");
        Assert.Contains(pdf.Diagnostics, d => d.Code == DiagnosticCodes.PdfDamaged && d.Severity == DiagnosticSeverity.Error && d.File == "cut.pdf");
    }

    [Fact]
    public void An_encrypted_PDF_needs_a_password_and_says_so()
    {
        var pdf = PdfTextExtractor.Extract(EncryptedPdf(), "locked.pdf");

        Assert.False(pdf.Succeeded);
        var error = Assert.Single(pdf.Diagnostics);
        Assert.Equal(DiagnosticCodes.PdfEncrypted, error.Code);
        Assert.Equal("locked.pdf", error.File);
        Assert.Contains("password", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_only_PDF_has_no_text_layer()
    {
        var pdf = PdfTextExtractor.Extract(UnPdfBuilder.ImageOnly(), "scan.pdf");

        Assert.False(pdf.Succeeded);
        var error = Assert.Single(pdf.Diagnostics);
        Assert.Equal(DiagnosticCodes.PdfNoText, error.Code);
        Assert.Contains("OCR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_bytes_named_pdf_are_not_a_PDF()
    {
        byte[] noise = new byte[4096];
        new Random(11).NextBytes(noise);

        var pdf = PdfTextExtractor.Extract(noise, "noise.pdf");

        Assert.Equal(DiagnosticCodes.PdfDamaged, Assert.Single(pdf.Diagnostics).Code);
        Assert.Contains("%PDF-", pdf.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_PDF_header_followed_by_garbage_is_damaged()
    {
        byte[] noise = new byte[4096];
        new Random(12).NextBytes(noise);
        byte[] bytes = [.. "%PDF-1.7\n"u8, .. noise, .. "\n%%EOF\n"u8];

        var pdf = PdfTextExtractor.Extract(bytes, "garbage.pdf");

        Assert.False(pdf.Succeeded);
        Assert.Contains(pdf.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Code is DiagnosticCodes.PdfDamaged or DiagnosticCodes.PdfNoText);
    }

    [Fact]
    public void An_empty_file_is_not_a_PDF()
    {
        var pdf = PdfTextExtractor.Extract([], "empty.pdf");

        Assert.Equal(DiagnosticCodes.PdfDamaged, Assert.Single(pdf.Diagnostics).Code);
    }

    /// <summary>The Recalling clause of A/RES/80/24 (the whole nuclear disarmament series), from the corpus.</summary>
    internal static string RecallingClauseOf80_24()
    {
        string md = File.ReadAllText(TestPaths.CorpusPath("ga-80-en-pdftext", "A_RES_80_24.md"));
        int start = md.IndexOf("Recalling its resolution 49/75 E", StringComparison.Ordinal);
        int end = md.IndexOf("on nuclear disarmament,", start, StringComparison.Ordinal) + "on nuclear disarmament,".Length;
        return Regex.Replace(md[start..end], @"\s+", " ");
    }

    /// <summary>
    /// Lays the clause out in lines of about 80 characters, the first indented, and cuts the page so that
    /// <paramref name="breakInside"/> is split: its first word ends page 1 (with a footnote marker), the rest starts page 2.
    /// Returns the PDF and the body lines each page should give (page 1 after its masthead, the marker excluded).
    /// </summary>
    internal static (byte[] Pdf, List<string> Page1, List<string> Page2) BuildWithBreak(string clause, string breakInside)
    {
        int split = clause.IndexOf(breakInside, StringComparison.Ordinal) + breakInside.IndexOf(' ', StringComparison.Ordinal);
        var first = Wrap(clause[..split].Trim(), 80);
        var second = Wrap(clause[split..].Trim(), 80);
        var pdf = new UnPdfBuilder("A/RES/80/24", "25-19876")
            .Page(["80/24. Nuclear disarmament", "¶The General Assembly,", "¶" + first[0], .. first.Skip(1).SkipLast(1), (first.Count > 1 ? first[^1] : string.Empty) + "^1"], (1, "See resolution 49/75 E."))
            .Page(second)
            .Build();
        if (first.Count == 1)
        {
            throw new InvalidOperationException("break too early for this layout");
        }

        return (pdf, ["80/24. Nuclear disarmament", " The General Assembly,", " " + first[0], .. first.Skip(1)], second);
    }

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (string word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }

    internal static string PageText(PdfText pdf, int page)
    {
        int start = pdf.PageStarts[page - 1];
        int end = page < pdf.PageStarts.Length ? pdf.PageStarts[page] : pdf.Text.Length;
        return pdf.Text[start..end];
    }

    private static List<string> Lines(string text) => [.. text.Split('\n')];

    private static List<string> NonEmptyLines(string text) => [.. text.Split('\n').Where(l => l.Length > 0)];

    /// <summary>
    /// A one-page PDF encrypted with the standard security handler (RC4, 128 bit) under a user password Lineage does not
    /// know: /O and /U are arbitrary, so neither the empty user password nor any owner password opens it.
    /// </summary>
    internal static byte[] EncryptedPdf()
    {
        var random = new Random(5);
        string Hex(int n)
        {
            byte[] b = new byte[n];
            random.NextBytes(b);
            return Convert.ToHexString(b);
        }

        var body = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        void Object(string content)
        {
            offsets.Add(body.Length);
            body.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offsets.Count} 0 obj\n{content}\nendobj\n");
        }

        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>");
        Object("<< /Length 32 >>\nstream\n" + Hex(16) + "\nendstream");
        Object($"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <{Hex(32)}> /U <{Hex(32)}> >>");
        int xref = body.Length;
        body.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (int offset in offsets)
        {
            body.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        body.Append(System.Globalization.CultureInfo.InvariantCulture,
            $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<{Hex(16)}> <{Hex(16)}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(body.ToString());
    }

    [GeneratedRegex(@"(?m)^\s*\d{1,2}/\d{1,2}\s*$")]
    private static partial Regex PageCounterLine();
}
