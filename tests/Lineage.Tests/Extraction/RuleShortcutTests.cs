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
