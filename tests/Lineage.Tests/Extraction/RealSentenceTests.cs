using System.Globalization;
using System.Text.RegularExpressions;
using Lineage.Extraction;
using Lineage.Model;

namespace Lineage.Tests.Extraction;

/// <summary>
/// Chinese and English rules on verbatim sentences from real resolutions: each row holds the sentence, the file it
/// comes from (the test checks it is really there), and the citations it must yield — no more, no fewer.
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
        { "akn4un-ga/78/Chinese/A_RES_78_115-2324925C.xml", "A/RES/78/115", "第62/272、64/297、66/282、68/276、70/291、72/284、75/291和77/298号决议。",
            "A/RES/62/272 A/RES/64/297 A/RES/66/282 A/RES/68/276 A/RES/70/291 A/RES/72/284 A/RES/75/291 A/RES/77/298", "号 and 决议 once for the whole list" },
        { "akn4un-ga/78/Chinese/A_RES_78_66-2324446C.xml", "A/RES/78/66", "包括安全理事会第1718(2006)、1874(2009)、2094(2013)、2270(2016)、2321(2016)和2375(2017)号决议。",
            "S/RES/1718(2006) S/RES/1874(2009) S/RES/2094(2013) S/RES/2270(2016) S/RES/2321(2016) S/RES/2375(2017)", "Security Council numbers" },
        { "akn4un-ga/78/Chinese/A_RES_78_42-2324513C.xml", "A/RES/78/42", "回顾其1946年1月24日第一㈠号决议和2022年12月7日第77/516号决定，",
            "A/RES/1(I)@1946-01-24 A/DEC/77/516@2022-12-07", "Chinese numeral with a circled session" },
        { "akn4un-ga/78/Chinese/A_RES_78_226-2325984C.xml", "A/RES/78/226", "第53/243 A和B号决议。",
            "A/RES/53/243A A/RES/53/243B", "part letters joined by 和" },
        { "akn4un-ga/78/Chinese/A_RES_78_186-2326034C.xml", "A/RES/78/186",
            "回顾其2006年3月15日关于设立人权理事会的第60/251号决议和2011年6月17日关于审查人权理事会的第65/281号决议，",
            "A/RES/60/251@2006-03-15 A/RES/65/281@2011-06-17", "a council named inside a subject is not the organ" },
        { "akn4un-ga/78/Chinese/A_RES_78_178-2325998C.xml", "A/RES/78/178",
            "又回顾经济及社会理事会关于促进社会融合的2010年7月22日第2010/12号决议以及大会关于通过社会包容促进社会融合的2021年12月16日第76/136号和以往各项决议，",
            "E/RES/2010/12@2010-07-22 A/RES/76/136@2021-12-16", "ECOSOC, then the Assembly; 决议 after 和以往各项" },
        { "akn4un-ga/78/Chinese/A_RES_78_153-2325901C.xml", "A/RES/78/153", "鼓励会员国根据联合国环境大会2022年3月2日第5/11号决议",
            "", "another body's resolution (UN Environment Assembly) is not a UN symbol" },
        { "ga-80-en-pdftext/A_RES_80_24.md", "A/RES/80/24",
            "Recalling its resolution 49/75 E of 15 December 1994 on a step-by-step reduction of the nuclear threat, and its resolutions 50/70 P of 12 December 1995,",
            "A/RES/49/75E@1994-12-15 A/RES/50/70P@1995-12-12", "date after the number; kind word before the list" },
        { "sc-gold-en/S_RES_0084_1950_EN_GOLD.txt", "S/RES/84(1950)", "to its resolutions 82 (1950) and 83 (1950) of 25 and 27 June 1950",
            "S/RES/82(1950) S/RES/83(1950)", "older Security Council form" },
        { "sc-gold-en/S_RES_0768_1992_EN_GOLD.txt", "S/RES/768(1992)",
            "Recalling its resolutions 425 (1978) and 426 (1978) of 19 March 1978, 501 (1982) of 25 February 1982, 508 (1982) of 5 June 1982, 509 (1982) of 6 June 1982, and 520 (1982) of 17 September 1982,",
            "S/RES/425(1978) S/RES/426(1978)@1978-03-19 S/RES/501(1982)@1982-02-25 S/RES/508(1982)@1982-06-05 S/RES/509(1982)@1982-06-06 S/RES/520(1982)@1982-09-17", "a list with dates" },
        { "sc-gold-en/S_RES_0446_1979_EN_GOLD.txt", "S/RES/446(1979)",
            "by General Assembly resolutions 2253 (ES-V) and 2254 (ES-V) of 4 and 14 July 1967, 32/5 of 28 October 1977 and 33/113 of 18 December 1978;",
            "A/RES/2253(ES-V) A/RES/2254(ES-V) A/RES/32/5@1977-10-28 A/RES/33/113@1978-12-18", "emergency special session, Roman" },
        { "akn4un-ga/78/English/A_RES_78_203-2326031E.xml", "A/RES/78/203", "as decided by the Human Rights Council in its resolution 42/23 of 27 September 2019",
            "A/HRC/RES/42/23@2019-09-27", "'its' is the council named before" },
        { "akn4un-ga/78/English/A_RES_78_122-2325274E.xml", "A/RES/78/122", "Recalling United Nations Habitat Assembly resolution 2/3 of 9 June 2023,",
            "", "another body's resolution" },
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

    private static string Strip(string text) => Tags().Replace(text, string.Empty);

    private static string Normalize(string text) => Spaces().Replace(text, string.Empty);

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
