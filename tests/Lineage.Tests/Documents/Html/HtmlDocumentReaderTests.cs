using System.Text;
using Lineage.Documents;
using Lineage.Documents.Encodings;
using Lineage.Documents.Html;
using Lineage.Extraction;
using Lineage.Model;

namespace Lineage.Tests.Documents.Html;

// Issue 4: a UN web page of a resolution (un.org/documents/ga/res style, UN ODS HTML) is read as its visible text.
public sealed class HtmlDocumentReaderTests : IDisposable
{
    private static readonly CitationExtractor Extractor = new ExtractorBuilder().UseAllLanguages().Build();
    private readonly string _folder = Directory.CreateTempSubdirectory("lineage-html-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string> Pages => new()
    {
        { "A_RES_78_102-2324976E.xml", "ods" },
        { "A_RES_78_102-2324976E.xml", "unorg" },
        { "A_RES_78_115-2324925E.xml", "ods" },
        { "A_RES_78_115-2324925E.xml", "unorg" },
        { "A_RES_78_153-2325901E.xml", "ods" },
        { "A_RES_78_153-2325901E.xml", "unorg" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_UN_web_page_gives_the_citations_its_markup_links(string akn, string style)
    {
        var pages = AknPages.Load(TestPaths.CorpusPath("akn4un-ga", "78", "English", akn));

        var document = Read(pages, style);
        var citations = Extractor.Extract(document).Citations;

        // The answer key: every resolution the AKN4UN markup of the same text links, footnote links at their footnote.
        Assert.NotEmpty(pages.Links);
        var missing = pages.Links.Where(link => !citations.Any(c => c.Target.Work == link.Target.Work
            && (link.Footnote is { } n ? c.Site == CitationSite.Footnote(n) : c.Site.Kind != SiteKind.Footnote))).ToList();
        Assert.True(missing.Count == 0, $"not found: {string.Join(", ", missing)}");
    }

    [Theory]
    [InlineData("A_RES_78_102-2324976E.xml")]
    [InlineData("A_RES_78_115-2324925E.xml")]
    [InlineData("A_RES_78_153-2325901E.xml")]
    public void The_old_un_org_page_and_the_ODS_page_of_one_text_give_the_same_citations(string akn)
    {
        var pages = AknPages.Load(TestPaths.CorpusPath("akn4un-ga", "78", "English", akn));

        var ods = Extractor.Extract(Read(pages, "ods")).Citations;
        var unorg = Extractor.Extract(Read(pages, "unorg")).Citations;

        // One page is paragraphs in <p>, footnotes as Word writes them; the other typed text in <pre> with "1/" notes.
        Assert.Equal(Keys(ods), Keys(unorg));
        Assert.True(ods.Length >= pages.Links.Count);
    }

    [Fact]
    public void Script_style_navigation_and_hidden_text_are_not_read()
    {
        var pages = AknPages.Load(TestPaths.CorpusPath("akn4un-ga", "78", "English", "A_RES_78_102-2324976E.xml"));

        string text = HtmlTextExtractor.Extract(pages.OdsPage());

        Assert.DoesNotContain("12/34", text, StringComparison.Ordinal); // in <script>
        Assert.DoesNotContain("99/99", text, StringComparison.Ordinal); // in <nav>
        Assert.DoesNotContain("11/11", text, StringComparison.Ordinal); // display:none
        Assert.DoesNotContain("font-style", text, StringComparison.Ordinal); // in <style>
        string longest = pages.Paragraphs.Where(p => !p.Contains("{{", StringComparison.Ordinal)).MaxBy(p => p.Length)!;
        Assert.Contains(longest, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Footnotes_are_moved_to_a_block_after_a_rule_and_markers_stand_alone()
    {
        var pages = AknPages.Load(TestPaths.CorpusPath("akn4un-ga", "78", "English", "A_RES_78_102-2324976E.xml"));

        foreach (string html in new[] { pages.OdsPage(), pages.UnOrgPage() })
        {
            string text = HtmlTextExtractor.Extract(html);
            int rule = text.IndexOf("\n" + Lineage.Documents.Pdf.PdfTextExtractor.FootnoteRule + "\n", StringComparison.Ordinal);
            Assert.True(rule > 0);
            string block = text[rule..];
            for (int i = 0; i < pages.Notes.Count; i++)
            {
                string number = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                Assert.Contains("\n" + number + "\n " + pages.Notes[i][..Math.Min(30, pages.Notes[i].Length)], block, StringComparison.Ordinal);
                Assert.Contains("\n" + number + "\n", text[..rule], StringComparison.Ordinal);
            }

            Assert.DoesNotContain("[1]", text, StringComparison.Ordinal);
            Assert.DoesNotContain(" 1/", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_charset_the_page_declares_decodes_it()
    {
        var chinese = AknPages.Load(CorpusSamples.AknFiles("Chinese", 1)[0]);
        string page = chinese.OdsPage().Replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", StringComparison.Ordinal);
        _ = TextDecoder.LegacyCandidates;
        byte[] bytes = Encoding.GetEncoding(54936).GetBytes(page);

        var decoded = HtmlDocumentReader.Decode(bytes, null, "page.htm");

        Assert.Equal(EncodingSource.Named, decoded.Source);
        Assert.Equal("gb18030", decoded.EncodingName);
        Assert.Equal(page, decoded.Text);
    }

    [Fact]
    public void A_page_without_a_declared_charset_is_detected()
    {
        var russian = AknPages.Load(CorpusSamples.AknFiles("Russian", 1)[0]);
        string page = russian.OdsPage().Replace("<meta charset=\"utf-8\">", string.Empty, StringComparison.Ordinal);
        _ = TextDecoder.LegacyCandidates;
        var cp1251 = Encoding.GetEncoding(1251);
        byte[] bytes = cp1251.GetBytes(page);

        var decoded = HtmlDocumentReader.Decode(bytes, null, "page.htm");

        Assert.Equal("windows-1251", decoded.EncodingName);
        Assert.Equal(cp1251.GetString(bytes), decoded.Text);
    }

    [Fact]
    public void A_page_with_no_visible_text_is_an_error()
    {
        string path = Write("empty.html", "<html><head><script>var a = 1;</script></head><body><nav>Home</nav></body></html>"u8.ToArray());

        var read = new HtmlDocumentReader().Read(path, ReaderOptions.Default);

        Assert.False(read.Succeeded);
        Assert.Equal(DiagnosticCodes.HtmlNoText, Assert.Single(read.Diagnostics).Code);
    }

    [Fact]
    public void The_reader_takes_HTML_by_name_or_content()
    {
        var reader = new HtmlDocumentReader();

        Assert.True(reader.CanRead("ares51-45.htm", "x"u8));
        Assert.True(reader.CanRead("page", "\n  <!DOCTYPE html><html>"u8));
        Assert.True(reader.CanRead("page.txt", "<HTML><HEAD>"u8));
        Assert.False(reader.CanRead("a.txt", "Recalling <b>"u8));
    }

    private Document Read(AknPages pages, string style)
    {
        string name = style == "ods" ? pages.Symbol.Replace('/', '_') + "-EN.html" : "ares" + pages.Symbol.Split('/')[2] + "-" + pages.Symbol.Split('/')[3] + ".htm";
        string html = Write(name, Encoding.UTF8.GetBytes(style == "ods" ? pages.OdsPage() : pages.UnOrgPage()));
        var read = new HtmlDocumentReader().Read(html, ReaderOptions.Default);
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        Assert.Equal(DocumentSymbol.Parse(pages.Symbol), read.Document!.Symbol);
        Assert.Equal(DocumentFormat.Html, read.Document.Format);
        return read.Document;
    }

    private static List<string> Keys(IEnumerable<Citation> citations) =>
        [.. citations.Select(c => $"{c.Target} {c.Site} {c.Relation} {c.Date}").Order(StringComparer.Ordinal)];

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
