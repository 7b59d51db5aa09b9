using System.Globalization;
using System.Text.RegularExpressions;
using Lineage.Extraction;
using Lineage.Model;

namespace Lineage.Tests.Extraction;

/// <summary>
/// Chinese and English rules on verbatim sentences that do not fit the shared table (<c>Cases/ChineseCases</c>,
/// <c>Cases/EnglishCases</c>): text taken from PDFs (the seed, <c>ga-80-en-pdftext</c>), a clause the text reader
/// does not start at its verb, a sentence from the middle of a clause. Each row holds the sentence, the file it comes
/// from (the test checks it is really there), and the citations it must yield — no more, no fewer.
/// </summary>
public partial class RealSentenceTests
{
    /// <summary>(file under the corpus or "seed", citing symbol, sentence, expected "target@date" list, note).</summary>
    public static TheoryData<string, string, string, string, string> Rows => new()
    {
        { "seed", "A/RES/62/42",
            "回顾其关于逐步减少核威胁的 1994 年 12 月 15 日第 49/75 E 号决议以及关于核裁军的 1995 年 12 月 12 日第 50/70 P 号、1996 年 12 月 10 日第 51/45 O 号、1997 年 12 月 9 日第 52/38 L 号、1998 年 12 月 4 日第 53/77 X 号、1999 年 12 月 1 日第 54/54 P 号、2000 年 11 月 20 日第 55/33 T 号、2001 年 11 月 29 日第 56/24 R 号、2002 年 11 月 22 日第 57/79 号决议、",
            "A/RES/49/75E@1994-12-15 A/RES/50/70P@1995-12-12 A/RES/51/45O@1996-12-10 A/RES/52/38L@1997-12-09 A/RES/53/77X@1998-12-04 A/RES/54/54P@1999-12-01 A/RES/55/33T@2000-11-20 A/RES/56/24R@2001-11-29 A/RES/57/79@2002-11-22",
            "date before the number; 决议 once, at the end of the list" },
        { "seed", "A/RES/62/42", "重申大会 1998 年 9月 8日第 52/492 号决定赋予裁军审议委员会的具体任务",
            "A/DEC/52/492@1998-09-08", "decision (决定), organ 大会 before the date" },
        { "ga-80-en-pdftext/A_RES_80_24.md", "A/RES/80/24",
            "Recalling its resolution 49/75 E of 15 December 1994 on a step-by-step reduction of the nuclear threat, and its resolutions 50/70 P of 12 December 1995,",
            "A/RES/49/75E@1994-12-15 A/RES/50/70P@1995-12-12", "date after the number; kind word before the list" },
        { "sc-gold-en/S_RES_0768_1992_EN_GOLD.txt", "S/RES/768(1992)",
            "Recalling its resolutions 425 (1978) and 426 (1978) of 19 March 1978, 501 (1982) of 25 February 1982, 508 (1982) of 5 June 1982, 509 (1982) of 6 June 1982, and 520 (1982) of 17 September 1982,",
            "S/RES/425(1978) S/RES/426(1978)@1978-03-19 S/RES/501(1982)@1982-02-25 S/RES/508(1982)@1982-06-05 S/RES/509(1982)@1982-06-06 S/RES/520(1982)@1982-09-17", "a list with dates" },
        { "akn4un-ga/78/English/A_RES_78_203-2326031E.xml", "A/RES/78/203", "as decided by the Human Rights Council in its resolution 42/23 of 27 September 2019",
            "A/HRC/RES/42/23@2019-09-27", "'its' is the council named before" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void The_sentence_yields_exactly_its_citations(string file, string source, string sentence, string expected, string note)
    {
        string path = file == "seed" ? TestPaths.Seed : TestPaths.CorpusPath(file.Split('/'));
        Assert.Contains(Normalize(sentence), Normalize(Strip(File.ReadAllText(path))), StringComparison.Ordinal);

        var symbol = DocumentSymbol.Parse(source);
        var language = sentence.Any(c => c is >= '\u4E00' and <= '\u9FFF') ? Language.Chinese : Language.English;
        var clause = new Clause(CitationSite.Preamble(1), sentence, [.. Enumerable.Range(0, sentence.Length)]);
        var document = new Document { Symbol = symbol, Language = language, Path = path, Format = DocumentFormat.PlainText, Text = sentence, Clauses = [clause] };
        var citations = new ExtractorBuilder().UseAllLanguages().Build().Extract(document).Citations;

        var actual = citations.Where(c => c.Target.Kind != SymbolKind.Document)
            .Select(c => c.Target.Canonical + (c.Date is { } d ? "@" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty));
        Assert.True(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).SequenceEqual(actual), $"{note}: got {string.Join(" ", actual)}");
    }

    // A/RES/78/218 operative 10 cites 34/24, 40/20 and 46/17 without naming an organ; operative 8 cited the same numbers
    // as the Human Rights Council's ("根据人权理事会2017年3月24日第34/24号、…"): a number cited again is the same resolution.
    [Fact]
    public void A_number_named_for_the_council_in_an_earlier_clause_is_the_councils_again()
    {
        string path = TestPaths.CorpusPath("akn4un-ga", "78", "Chinese", "A_RES_78_218-2325997C.xml");
        var read = new Lineage.Documents.Akn.AknDocumentReader().Read(path, Lineage.Documents.ReaderOptions.Default);
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        var result = new ExtractorBuilder().UseAllLanguages().Build().Extract(read.Document!);
        var clause = read.Document!.Clauses.Single(c => c.Site == CitationSite.Operative(10));
        Assert.Contains("根据第34/24、40/20和46/17号决议向人权理事会提交的报告", clause.Text, StringComparison.Ordinal);
        var targets = result.Citations
            .Where(c => c.Site == CitationSite.Operative(10) && c.Method == CitationMethod.Text && c.Target.Kind != SymbolKind.Document)
            .Select(c => c.Target.Canonical);
        Assert.Equal(["A/HRC/RES/34/24", "A/HRC/RES/40/20", "A/HRC/RES/46/17"], targets);
    }

    private static string Strip(string text) => Tags().Replace(text, string.Empty);

    private static string Normalize(string text) => Spaces().Replace(text, string.Empty);

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
