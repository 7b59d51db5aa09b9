using System.Text.RegularExpressions;
using Lineage.Extraction.Rules.En;
using Lineage.Extraction.Rules.Zh;
using Lineage.Model;
using Lineage.Tests.Extraction.Cases;

namespace Lineage.Tests.Extraction;

/// <summary>
/// The numbers a rule walks, found from the digits (<see cref="Lineage.Extraction.AnchoredNumberScan"/>, issue 11), are the
/// matches of the rule's own pattern: the same places, lengths and groups, on every real sentence of the case tables and on
/// the shapes that start a match before the digit (special-session marks, a Chinese <c>第</c> and spaces).
/// </summary>
public sealed class AnchoredNumberScanTests
{
    private static readonly string[] s_groups = ["special", "slash", "num", "paren", "parts", "bare", "hao", "kind"];

    /// <summary>Shapes around the anchors: marks before the digits, leads, digits of other scripts, numbers inside words.</summary>
    private static readonly string[] s_edges =
    [
        "resolutions S-10/2, ES‑10/15, ES-11/1 and E S-3/1 and XES-10/2 and S - 12/3 and S -12/4 and S- 12/5, S–27/2",
        "resolution 49/75 E and 53/77 A and B, 3419 A to D (XXX), 1514 (XV), 2252 (ES-V), 1540 (2004) and A1540 (2004)",
        "resolutions 1325 and 2250, resolutions 1325 (2000) and 2250 and the Committee established pursuant to resolution 751",
        "第 49/75 E 号决议、第第49/75号、  第  S-10/2 号决议和第 1540(2004)号决议，第1325和2250号决议，第62/272、64/297和77/298号决议",
        "第 ES-10/15号决议 第\u00A061/78 号决议 第\n62/45号决定 ６１/７８ 61/78/1 1/2/3 ١٢/٣٤",
        "12345/678 1/2 x1/2 .1/2 -1/2 ‑1/2 /1/2 61/78AB 61/78 AB 2023/24 S-10/2S-11/3",
        "",
        "no digit here, only Secretary-General and States",
    ];

    public static TheoryData<Language> Languages => new() { Language.English, Language.Chinese };

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_numbers_found_from_the_digits_are_the_matches_of_the_pattern(Language language)
    {
        var texts = CitationCaseTable.All.Where(c => c.Language == language).Select(c => (c.Id, c.Text))
            .Concat(s_edges.Select((t, i) => ($"edge {i}", t)))
            .ToList();
        int numbers = 0;
        foreach (var (id, text) in texts)
        {
            var (fast, full) = language == Language.English
                ? (EnglishReferenceRule.Numbers(text), (IReadOnlyList<Match>)EnglishReferenceRule.NumbersByPattern(text))
                : (ChineseReferenceRule.Numbers(text), ChineseReferenceRule.NumbersByPattern(text));
            Assert.True(full.Count == fast.Count, $"{id}: pattern {full.Count} numbers, scan {fast.Count}");
            for (int i = 0; i < full.Count; i++)
            {
                Assert.True((full[i].Index, full[i].Length) == (fast[i].Index, fast[i].Length), $"{id}: number {i} '{full[i].Value}' against '{fast[i].Value}'");
                foreach (string name in s_groups)
                {
                    var (a, b) = (full[i].Groups[name], fast[i].Groups[name]);
                    Assert.True((a.Success, a.Index, a.Length) == (b.Success, b.Index, b.Length), $"{id}: number {i}, group {name} differs");
                }
            }

            numbers += full.Count;
        }

        Assert.InRange(numbers, 100, int.MaxValue);
    }
}
