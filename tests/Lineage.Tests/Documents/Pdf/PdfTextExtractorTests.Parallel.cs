using Lineage.Documents.Pdf;

namespace Lineage.Tests.Documents.Pdf;

// Issue 11: a long PDF's pages are read on several cores; the result is the same as reading them one by one.
public sealed partial class PdfTextExtractorTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(8)]
    public void A_long_PDF_read_on_several_cores_gives_the_text_read_page_by_page(int workers)
    {
        int pages = (workers * PdfTextExtractor.PagesPerWorker) + 3;
        var builder = new UnPdfBuilder("A/RES/80/24", "25-19876");
        for (int page = 1; page <= pages; page++)
        {
            string n = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
            builder.Page(
                [
                    $"¶Recalling its resolutions 49/75 E of 15 December 1994, 50/70 P of 12 December 1995 and {n}/1 of",
                    $"1 January 2000,^{n} and page {n}, which continues",
                    $"onto the next line with 62/42 of 5 December 2007,",
                ],
                (page, $"See resolution {n}/{n}."));
        }

        byte[] pdf = builder.Build();

        var one = PdfTextExtractor.Extract(pdf, "long.pdf", maxWorkers: 1);
        var many = PdfTextExtractor.Extract(pdf, "long.pdf", maxWorkers: workers);

        Assert.True(one.Succeeded, string.Join("\n", one.Diagnostics));
        Assert.Equal(pages, one.PageStarts.Length);
        Assert.Contains($"See resolution {pages}/{pages}.", one.Text, StringComparison.Ordinal);
        Assert.Equal(one.Text, many.Text);
        Assert.Equal(one.PageStarts, many.PageStarts);
        Assert.Equal(one.PrintedLineStarts, many.PrintedLineStarts);
        Assert.Equal(one.Furniture, many.Furniture);
        Assert.Equal(one.Diagnostics, many.Diagnostics);
    }
}
