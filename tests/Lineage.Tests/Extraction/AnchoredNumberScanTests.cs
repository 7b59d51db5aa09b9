using System.Text.RegularExpressions;
using Lineage.Extraction.Rules.Ar;
using Lineage.Extraction.Rules;
using Lineage.Extraction.Rules.En;
using Lineage.Extraction.Rules.Es;
using Lineage.Extraction.Rules.Fr;
using Lineage.Extraction.Rules.Ru;
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
    private static readonly string[] s_groups = ["special", "sp", "slash", "num", "paren", "parts", "bare", "hao", "kind"];

    /// <summary>Shapes around the anchors: marks before the digits, leads, digits of other scripts, numbers inside words.</summary>
    internal static readonly string[] Edges =
    [
        "resolutions S-10/2, ES‑10/15, ES-11/1 and E S-3/1 and XES-10/2 and S - 12/3 and S -12/4 and S- 12/5, S–27/2",
        "resolution 49/75 E and 53/77 A and B, 3419 A to D (XXX), 1514 (XV), 2252 (ES-V), 1540 (2004) and A1540 (2004)",
        "resolutions 1325 and 2250, resolutions 1325 (2000) and 2250 and the Committee established pursuant to resolution 751",
        "第 49/75 E 号决议、第第49/75号、  第  S-10/2 号决议和第 1540(2004)号决议，第1325和2250号决议，第62/272、64/297和77/298号决议",
        "第 ES-10/15号决议 第\u00A061/78 号决议 第\n62/45号决定 ６１/７８ 61/78/1 1/2/3 ١٢/٣٤",
        "12345/678 1/2 x1/2 .1/2 -1/2 ‑1/2 /1/2 61/78AB 61/78 AB 2023/24 S-10/2S-11/3",
        "",
        "1994 resolution 1325",
        "2250",
        "٦١/٧٨",
        "no digit here, only Secretary-General and States",
        "القرار دإ-10/2 و دإط-10/19 و S-10/2 وES‑10/15، وقراريها 75/290 ألف و 75/290 باء، والقرارات 53/77 ألف وباء و 3419 ألف إلى دال (د-30)",
        "القرار 1514 (د-15) وقرار مجلس الأمن 1540 (2004) وقراري مجلس الأمن التابع للأمم المتحدة 1325 و 2250، والقرار ٦١/٧٨ المؤرخ ١٥ كانون الأول/ديسمبر ٢٠٠٦",
        "المؤرخ 15 كانون الأول/ديسمبر 1994، 12345 و 1/70 و 33/65 و 61/78الف و 2023/24 واللجنة العاملة بموجب القرار 751",
        "ses résolutions 61/78 du 6 décembre 2006, 3419 A à D (XXX), 1540 (2004), 12 décembre, 1325 et 2250, S-10/2, 2 (I), 53/77 A et B, 1er janvier",
        "sus resoluciones 61/78, de 12 de diciembre de 2006, 3419 A a D (XXX), 50/70 P y 1325 (2000), 61/78, E de 6 de diciembre",
        "резолюции 61/78 Р от 12 декабря 2006 года, 973 (Х), 1325 и 2250, 2024 год, 3 (II), 45 А (V) и 12 апреля",
    ];

    private static readonly ArabicReferenceRule s_arabic = new();

    private static readonly Dictionary<Language, KindFirstReferenceRule> s_kindFirst = new()
    {
        [Language.Arabic] = s_arabic, [Language.French] = new FrenchReferenceRule(), [Language.Spanish] = new SpanishReferenceRule(),
        [Language.Russian] = new RussianReferenceRule(),
    };

    public static TheoryData<Language> Languages => new()
    {
        Language.English, Language.Chinese, Language.Arabic, Language.French, Language.Spanish, Language.Russian,
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_numbers_found_from_the_digits_are_the_matches_of_the_pattern(Language language)
    {
        var texts = CitationCaseTable.All.Where(c => c.Language == language).Select(c => (c.Id, c.Text))
            .Concat(Edges.Select((t, i) => ($"edge {i}", t)))
            .ToList();
        int numbers = 0;
        foreach (var (id, text) in texts)
        {
            var (fast, full) = language switch
            {
                Language.English => (EnglishReferenceRule.Numbers(text), (IReadOnlyList<Match>)EnglishReferenceRule.NumbersByPattern(text)),
                Language.Chinese => (ChineseReferenceRule.Numbers(text), ChineseReferenceRule.NumbersByPattern(text)),
                _ => (s_kindFirst[language].FoundNumbers(text), s_kindFirst[language].Numbers(text)),
            };
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

    [Fact]
    public void The_digit_ranges_hold_every_decimal_digit_of_the_plane()
    {
        var ranges = Lineage.Extraction.AnchoredNumberScan.DigitRanges;
        for (int c = 0; c <= 0xFFFF; c++)
        {
            if (char.IsDigit((char)c))
            {
                Assert.Contains(ranges, r => c >= r.Low && c <= r.High);
            }
        }
    }
}
