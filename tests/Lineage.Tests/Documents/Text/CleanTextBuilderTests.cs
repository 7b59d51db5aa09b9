using Lineage.Documents.Text;
using Lineage.Model;

namespace Lineage.Tests.Documents.Text;

public class CleanTextBuilderTests
{
    [Theory]
    [InlineData("  Recalling  its\tresolution 49/75 E,  ", "Recalling its resolution 49/75 E,")]
    [InlineData("a  b   c \u00A0 d", "a b c d")]
    [InlineData("the Final Document[^3] of the\u00ADsession[x]", "the Final Document of thesession[x]")]
    [InlineData("\u200B word", "word")]
    [InlineData("résolution 49/75 E du 15 décembre 1994", "résolution 49/75 E du 15 décembre 1994")]
    public void A_line_is_trimmed_its_spaces_collapsed_and_every_character_maps_to_its_source(string line, string clean)
    {
        var builder = new CleanTextBuilder(line);
        builder.AppendLine(0, line.Length);
        var clause = builder.ToClause(CitationSite.Preamble(1));
        Assert.Equal(clean, clause.Text);
        int previous = -1;
        for (int i = 0; i < clause.Text.Length; i++)
        {
            int offset = clause.SourceOffset(i);
            Assert.True(offset > previous, $"offset of {i} does not advance");
            Assert.True(clause.Text[i] == line[offset] || (clause.Text[i] == ' ' && char.IsWhiteSpace(line[offset])), $"character {i}");
            previous = offset;
        }
    }

    [Fact]
    public void Lines_join_with_one_space_or_none_between_CJK_characters()
    {
        const string Source = "Recalling its resolutions\n  50/70 P,\n回顾其\n第 49/75 E 号决议";
        var builder = new CleanTextBuilder(Source);
        builder.AppendLine(0, 25);
        builder.AppendLine(26, 36);
        builder.AppendLine(37, 40);
        builder.AppendLine(41, Source.Length);
        Assert.Equal("Recalling its resolutions 50/70 P, 回顾其第 49/75 E 号决议", builder.ToClause(CitationSite.Preamble(1)).Text);
    }

    /// <summary>Where a character stands in a vector of 16 (first lane, last lane, the next vector) and in the scalar tail.</summary>
    public static TheoryData<int> Positions => new() { 0, 7, 15, 16, 31, 40, 46 };

    [Theory]
    [MemberData(nameof(Positions))]
    public void The_vectorized_search_finds_every_character_of_the_set_and_no_other(int position)
    {
        var text = "Recalling its resolution 49/75 E of 1994, and all".ToCharArray(0, 47);
        for (int c = 0; c <= char.MaxValue; c++)
        {
            text[position] = (char)c;
            int expected = CleanTextBuilder.IsSpecial((char)c) ? position : -1;
            Assert.True(expected == CleanTextBuilder.IndexOfSpecial(text), $"U+{c:X4} at {position}");
        }
    }

    [Fact]
    public void The_vectorized_search_gives_the_first_of_several_and_reads_short_text()
    {
        Assert.Equal(3, CleanTextBuilder.IndexOfSpecial("abc\u3000def\tghi jklmnopqrstuvwxyz["));
        Assert.Equal(20, CleanTextBuilder.IndexOfSpecial("abcdefghijklmnopqrst[\u200Bxyz"));
        Assert.Equal(-1, CleanTextBuilder.IndexOfSpecial("第 49/75 E 号决议"));
        Assert.Equal(2, CleanTextBuilder.IndexOfSpecial("第 \uFEFF"));
        Assert.Equal(-1, CleanTextBuilder.IndexOfSpecial(string.Empty));
    }

    /// <summary>
    /// Two spaces with the second at every place around a vector's edges (lanes 14-17, 31-32, the scalar tail), alone and
    /// with a character of the set before or after them.
    /// </summary>
    public static TheoryData<int, int> DoubleSpaces => new()
    {
        { 1, -1 }, { 14, -1 }, { 15, -1 }, { 16, -1 }, { 17, -1 }, { 31, -1 }, { 32, -1 }, { 40, -1 }, { 46, -1 },
        { 15, 10 }, { 16, 15 }, { 16, 17 }, { 32, 33 }, { 40, 46 }, { 46, 40 },
    };

    [Theory]
    [MemberData(nameof(DoubleSpaces))]
    public void A_run_ends_at_the_second_of_two_spaces_or_at_a_character_of_the_set(int secondSpace, int special)
    {
        var text = "Recalling_its_resolution_49/75_E_of_1994,_and_all".ToCharArray(0, 47);
        text[secondSpace - 1] = ' ';
        text[secondSpace] = ' ';
        if (special >= 0)
        {
            text[special] = '\u3000';
        }

        // What the builder searched for before, in two passes: the set, then two spaces before it.
        int set = CleanTextBuilder.IndexOfSpecial(text);
        int end = set < 0 ? text.Length : set;
        int pair = new string(text, 0, end).IndexOf("  ", StringComparison.Ordinal);
        int expected = pair >= 0 ? pair + 1 : set;

        Assert.Equal(expected, CleanTextBuilder.IndexOfRunEnd(text));
        Assert.Equal(special >= 0 && special < secondSpace ? special : secondSpace, CleanTextBuilder.IndexOfRunEnd(text));
    }

    /// <summary>
    /// Runs of every length from 0 to 70 (the scalar path, one vector, vectors and a tail read as the last vector with its
    /// first lanes masked off), with a space after a space, a character of the set or none at every place: the vectorized
    /// search gives what a search a character at a time gives.
    /// </summary>
    [Theory]
    [InlineData(' ')]
    [InlineData('\u3000')]
    [InlineData('[')]
    [InlineData('\u00AD')]
    [InlineData('\t')]
    public void A_run_ends_where_a_search_a_character_at_a_time_says_for_every_length_and_place(char mark)
    {
        const string Prose = "Recalling its resolution 49/75 E of 15 December 1994, and all the resolutions on the";
        for (int length = 0; length <= 70; length++)
        {
            for (int at = -1; at < length; at++)
            {
                var text = Prose.ToCharArray(0, length);
                if (at >= 0)
                {
                    text[at] = mark;
                }

                int expected = -1;
                for (int i = 0; i < text.Length && expected < 0; i++)
                {
                    expected = (text[i] == ' ' ? i > 0 && text[i - 1] == ' ' : CleanTextBuilder.IsSpecial(text[i])) ? i : -1;
                }

                Assert.True(expected == CleanTextBuilder.IndexOfRunEnd(text), $"length {length}, U+{(int)mark:X4} at {at}");
            }
        }
    }

    [Fact]
    public void Single_spaces_do_not_end_a_run()
    {
        Assert.Equal(-1, CleanTextBuilder.IndexOfRunEnd("Recalling its resolution 49/75 E of 1994, and all"));
        Assert.Equal(-1, CleanTextBuilder.IndexOfRunEnd("第 49/75 E 号决议"));
        Assert.Equal(4, CleanTextBuilder.IndexOfRunEnd("第 4  9"));
        Assert.Equal(-1, CleanTextBuilder.IndexOfRunEnd(string.Empty));
    }

    [Fact]
    public void White_space_is_what_the_framework_calls_white_space_for_every_character()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            Assert.True(char.IsWhiteSpace((char)c) == CleanTextBuilder.IsWhiteSpace((char)c), $"U+{c:X4}");
        }

        Assert.Equal("a \u3000b", CleanTextBuilder.Trim("\u3000\t a \u3000b\u2029 ").ToString());
        Assert.Equal("大会 ", CleanTextBuilder.TrimStart("\u2000大会 ").ToString());
        Assert.Equal(string.Empty, CleanTextBuilder.Trim(" \u205F ").ToString());
    }
}
