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
}
