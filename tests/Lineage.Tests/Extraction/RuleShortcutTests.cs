using Lineage.Extraction.Rules.En;
using Lineage.Extraction.Rules.Zh;
using Lineage.Model;
using Lineage.Tests.Extraction.Cases;

namespace Lineage.Tests.Extraction;

/// <summary>
/// The English and Chinese rules' hand-written shortcuts (issue 11) decide without a pattern only where the pattern would
/// decide the same, so output stays byte-identical: checked against the patterns on every number of the real sentences.
/// </summary>
public sealed class RuleShortcutTests
{
    /// <summary>
    /// The English rule's shortcuts (no kind word can end the window; no word that opens a pattern after the number) never
    /// refuse where the pattern would match, on every number of the English real sentences; and they do refuse somewhere.
    /// </summary>
    [Fact]
    public void The_English_shortcuts_refuse_only_where_the_patterns_do_not_match()
    {
        int refused = 0;
        var texts = CitationCaseTable.All.Where(c => c.Language == Language.English).Select(c => (c.Id, c.Text)).Concat(AnchoredNumberScanTests.Edges.Select((t, i) => ($"edge {i}", t)));
        foreach (var (id, text) in texts)
        {
            var numbers = EnglishReferenceRule.Numbers(text);
            for (int i = 0; i < numbers.Count; i++)
            {
                int end = numbers[i].Index;
                foreach (int start in new[] { 0, Math.Max(0, end - 40), i > 0 ? numbers[i - 1].Index + numbers[i - 1].Length : 0 })
                {
                    var (shortcut, pattern) = EnglishReferenceRule.KindWordAt(text, start, end);
                    Assert.True(shortcut || !pattern, $"{id}: kind word before number {i}");
                    refused += shortcut ? 0 : 1;
                }

                int after = end + numbers[i].Length;
                int stop = i + 1 < numbers.Count ? numbers[i + 1].Index : text.Length;
                var (opens, matches) = EnglishReferenceRule.AfterAt(text, after, stop);
                Assert.True(opens || !matches, $"{id}: after number {i}");
                refused += opens ? 0 : 1;
            }
        }

        Assert.InRange(refused, 50, int.MaxValue);
    }

    /// <summary>
    /// The English hand walks agree with the patterns they stand in for, on every number of the English real sentences and
    /// on the gaps below: the list-gap walk accepts only gaps the pattern matches (and accepts most of them); the owner and
    /// subject walks refuse only where the pattern does not match (and do refuse somewhere).
    /// </summary>
    [Fact]
    public void The_English_walks_decide_only_where_the_patterns_agree()
    {
        int accepted = 0, refused = 0, gaps = 0, heads = 0;
        var texts = CitationCaseTable.All.Where(c => c.Language == Language.English).Select(c => (c.Id, c.Text))
            .Concat(AnchoredNumberScanTests.Edges.Select((t, i) => ($"edge {i}", t)))
            .Concat(GapShapes.Select((t, i) => ($"gap {i}", "resolutions 61/78" + t + "62/45 on peace")))
            .Concat(HeadShapes.Select((t, i) => ($"head {i}", t + " 61/78")));
        foreach (var (id, text) in texts)
        {
            var numbers = EnglishReferenceRule.Numbers(text);
            for (int i = 0; i < numbers.Count; i++)
            {
                int end = numbers[i].Index;
                foreach (int start in new[] { 0, Math.Max(0, end - 40), Math.Max(0, end - 12), i > 0 ? numbers[i - 1].Index + numbers[i - 1].Length : 0 })
                {
                    var (walked, same) = EnglishReferenceRule.KindHeadAt(text, start, end);
                    Assert.True(same, $"{id}: head before number {i} from {start}");
                    heads += walked ? 1 : 0;
                }

                int after = numbers[i].Index + numbers[i].Length;
                int stop = i + 1 < numbers.Count ? numbers[i + 1].Index : text.Length;
                var (walk, pattern) = EnglishReferenceRule.ListGapAt(text, after, stop);
                Assert.True(!walk || pattern, $"{id}: list gap after number {i}");
                Assert.True(EnglishReferenceRule.ListGapDecided(text, after, stop) == pattern, $"{id}: list gap decided after number {i}");
                accepted += walk ? 1 : 0;
                gaps += pattern ? 1 : 0;
                foreach (var (may, matches) in new[] { EnglishReferenceRule.OwnerAt(text, after, stop), EnglishReferenceRule.SubjectAt(text, after, stop) })
                {
                    Assert.True(may || !matches, $"{id}: owner or subject after number {i}");
                    refused += may ? 0 : 1;
                }
            }
        }

        Assert.InRange(accepted, gaps / 2, int.MaxValue);
        Assert.InRange(heads, 100, int.MaxValue);
        Assert.InRange(refused, 50, int.MaxValue);
    }

    /// <summary>
    /// The owner walk (is "its" the named body's?) refuses only where neither owner pattern matches, before every kind
    /// word of the English real sentences and of the owner shapes below; and it does refuse somewhere.
    /// </summary>
    [Fact]
    public void The_English_owner_walk_refuses_only_where_the_patterns_do_not_match()
    {
        int refused = 0;
        var texts = CitationCaseTable.All.Where(c => c.Language == Language.English).Select(c => (c.Id, c.Text))
            .Concat(OwnerShapes.Select((t, i) => ($"owner {i}", t)));
        foreach (var (id, text) in texts)
        {
            foreach (var kindWord in new[] { "resolution", "decision", "Resolution" })
            {
                for (int at = text.IndexOf(kindWord, StringComparison.Ordinal); at >= 0; at = text.IndexOf(kindWord, at + 1, StringComparison.Ordinal))
                {
                    foreach (int start in new[] { Math.Max(0, at - 400), Math.Max(0, at - 30), Math.Max(0, at - 8) })
                    {
                        var (may, matches) = EnglishReferenceRule.ItsOwnerAt(text, start, at);
                        Assert.True(may || !matches, $"{id}: owner before the kind word at {at} from {start}");
                        refused += may ? 0 : 1;
                    }
                }
            }
        }

        Assert.InRange(refused, 50, int.MaxValue);
    }

    /// <summary>Owners of "its" before a kind word, and text around them.</summary>
    public static readonly string[] OwnerShapes =
    [
        "the Human Rights Council in its resolution 42/23", "the Environment Assembly, in paragraph 2 of its resolution 5/1",
        "the adoption by the Economic Commission for Latin America of its resolution 574 (XXVII)", "the Council, as reflected in its own decision 1/1",
        "the Commission has under its  relevant resolution 2/1", "the Board through its\nresolution 3/1", "Recalling its resolution 61/78",
        "the Conference, by its first special resolution 1/2", "the Conference, by its first special new resolution 1/3", "within its resolution 1/4",
        "the Assembly in its(resolution 1/5", "the Forum, in\u00A0its resolution 1/6", "the Committee In its resolution 1/7", "the Meeting of its resolution\n1/8",
    ];

    /// <summary>Heads before a number (each followed by " 61/78"), in the walk's shapes and around them.</summary>
    public static readonly string[] HeadShapes =
    [
        "its resolution", "its own  resolutions,", "pursuant to its resolution", "Pursuant To resolution ,", "in the light of\tits decision",
        "as called for in  its own decisions", "bits resolution", "irresolution", "its ıts resolution", "ıts resolution", "ıts own resolution",
        "reſolution", "its reſolutions", "in accordance with resolution \"X\",", "resolution entitled \"X\"", "its resolution, ,",
        "own resolution", "xpursuant to resolution", "pursuant to\u00A0RESOLUTIONS", "Kin accordance with decision", "as set out in\n",
        "pursuant to own resolution", "its\nown\nresolution", "its own decision", "decisions ,", "resolution\u212A",
    ];

    /// <summary>Gaps between two items (each put between "resolutions 61/78" and "62/45"), in the walk's shapes and around them.</summary>
    public static readonly string[] GapShapes =
    [
        ", ", " and ", ", and ", "; and ", " or ", " as well as ", ", and its ", " and its  ", "\u00A0and ",
        " of 15 December 1994, ", " of 15 December 1994 and ", " of 25 and 27 June 1950, ", " of 25-27 June ", " of 25 – 27 June and ",
        " OF 1 march, ", " dated 3 May 2001; ", " on 13 April 2006, and its ", " of 5 Mayor its ", " of 5 Mayor ", " of 15 December 19945, ",
        " of 123 December, ", " of 1 Decembre 2001, ", " of 1 December\n2001,\n", " of 1 December 2001 on peace, and ", ", sect. X; ", ", para. 5, and ",
        " and\u2003", "  ", " an ", " and", " its ", " of ", " of 1 December 2001 of the Conference of the Parties, ", " of\tthe Assembly and ",
        ", by the Council, ", " on security, and ", " On peace; ", " upon ", " on", " ٣ December ", " of 1 Auguſt 2001, ",
        " of 2 April 2020 on international cooperation to ensure global access to medicines, ", ", entitled “Launch; of the review”, ",
        " of 28 July 2010, in which it recognized the right to water, ", ",in which it decided ", " of 1 May 2001,  by which ",
        " of 1 May 2001 on 3 topics, ", " on ", " regarding\u00A0peace ", " pertaining to " + new string('x', 250), " pertaining to " + new string('x', 251),
        ", No. 5475); Treaty concerning the Establishment of the Republic of Cyprus (ibid., No. ", " of the Committee on the Rights of the Child, ",
        " Kelvin ", " \u212Aelvin ", " ſect. 3 and ", " sect. 3 and ", " paras. 4–6, and ", ", which extended the mandate, as well as ",
    ];

    /// <summary>
    /// The Chinese head shortcut (the pattern run on the head's closing 第 and spaces alone where no part of a head can end
    /// before them) gives the pattern's own match, groups and all, before every item of the Chinese tables.
    /// </summary>
    [Fact]
    public void The_Chinese_head_shortcut_gives_the_patterns_match()
    {
        string[] heads = ["subject", "organ", "its", "local", "y", "m", "d"];
        int shortened = 0;
        var texts = CitationCaseTable.All.Where(c => c.Language == Language.Chinese).Select(c => (c.Id, c.Text)).Concat(AnchoredNumberScanTests.Edges.Select((t, i) => ($"edge {i}", t)));
        foreach (var (id, text) in texts)
        {
            var items = ChineseReferenceRule.Numbers(text);
            for (int i = 0; i < items.Count; i++)
            {
                int start = i > 0 ? items[i - 1].Index + items[i - 1].Length : 0;
                foreach (int end in new[] { items[i].Index, items[i].Groups["slash"].Success ? items[i].Groups["slash"].Index : items[i].Index })
                {
                    var (fast, full) = ChineseReferenceRule.HeadAt(text, start, end);
                    Assert.True((fast.Success, fast.Index, fast.Length) == (full.Success, full.Index, full.Length), $"{id}: head of item {i}");
                    foreach (string name in heads)
                    {
                        Assert.True((fast.Groups[name].Success, fast.Groups[name].Index, fast.Groups[name].Length) == (full.Groups[name].Success, full.Groups[name].Index, full.Groups[name].Length), $"{id}: head of item {i}, group {name}");
                    }

                    shortened += full.Length < end - start && !full.Groups["organ"].Success ? 1 : 0;
                }
            }
        }

        Assert.InRange(shortened, 20, int.MaxValue);
    }
}
