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

    [Theory]
    [InlineData(new int[0], true)]
    [InlineData(new[] { 7 }, true)]
    [InlineData(new[] { 0, 1, 5, 6, 7, 20, 22, 23 }, true)]
    [InlineData(new[] { 3, 9, 4, 5, 6 }, false)]
    [InlineData(new[] { 3, 4, 4, 5 }, true)]
    [InlineData(new[] { 10, 11, 12, 2, 3, 4 }, false)]
    public void The_map_never_goes_back_as_its_characters_say(int[] map, bool expected)
    {
        var clause = new Clause(CitationSite.Preamble(1), new string('x', map.Length), map);

        Assert.Equal(expected, clause.MapNeverGoesBack());
    }

    /// <summary>Read from the runs, the answer is the character-by-character one on random maps (seeded).</summary>
    [Fact]
    public void The_map_check_from_runs_agrees_with_the_character_walk()
    {
        var random = new Random(20261207);
        for (int round = 0; round < 2000; round++)
        {
            int[] map = new int[random.Next(0, 40)];
            int at = random.Next(0, 50);
            for (int i = 0; i < map.Length; i++)
            {
                at = random.Next(10) switch
                {
                    0 => Math.Max(0, at - random.Next(1, 20)),
                    1 => at + random.Next(2, 9),
                    2 => at,
                    _ => at + 1,
                };
                map[i] = at;
            }

            bool walk = Enumerable.Range(1, Math.Max(0, map.Length - 1)).All(i => map[i] >= map[i - 1]);
            var clause = new Clause(CitationSite.Preamble(1), new string('x', map.Length), map);

            Assert.True(walk == clause.MapNeverGoesBack(), string.Join(",", map));
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
