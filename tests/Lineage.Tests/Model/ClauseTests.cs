using Lineage.Model;

namespace Lineage.Tests.Model;

/// <summary>A clause's map back to its source, held as runs (issue 11: no per-character offset map).</summary>
public sealed class ClauseTests
{
    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 7 })]
    [InlineData(new[] { 10, 11, 12, 13 })]
    [InlineData(new[] { 0, 1, 5, 6, 7, 20, 22, 23 })]
    [InlineData(new[] { 3, 9, 4, 5, 6 })]
    public void Every_character_maps_to_the_offset_it_was_given(int[] map)
    {
        string text = new('x', map.Length);
        var clause = new Clause(CitationSite.Preamble(1), text, map);

        Assert.Equal(map, Enumerable.Range(0, map.Length).Select(clause.SourceOffset));
        for (int start = 0; start < map.Length; start++)
        {
            for (int length = 1; start + length <= map.Length; length++)
            {
                Assert.Equal((map[start], map[start + length - 1] + 1 - map[start]), clause.SourceRange(start, length));
            }
        }
    }

    [Fact]
    public void An_offset_outside_the_text_is_refused()
    {
        var clause = new Clause(CitationSite.Preamble(1), "ab", [4, 5]);

        Assert.Throws<ArgumentOutOfRangeException>(() => clause.SourceOffset(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => clause.SourceOffset(-1));
    }
}
