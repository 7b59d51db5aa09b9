using Lineage.Analysis;
using Lineage.Model;
using static Lineage.Tests.Analysis.GraphFixture;

namespace Lineage.Tests.Analysis;

public sealed class SeriesAnalysisTests
{
    [Fact]
    public void Resolutions_recalling_every_earlier_member_form_one_family_in_order()
    {
        // The Cuba embargo line: each member recalls all earlier ones. 50/10 is missing (no 1995 member).
        string[] line = ["47/19", "48/16", "49/9", "51/17", "52/10"];
        string[] dates = ["1992-11-24", "1993-11-03", "1994-10-26", "1996-11-12", "1997-11-05"];
        var fixture = new GraphFixture();
        for (int i = 0; i < line.Length; i++)
        {
            fixture.Document(line[i], dates[i], "Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba");
            if (i > 0)
            {
                fixture.Cites(line[i], [.. line.Take(i)]);
            }
        }

        // Noise: an unrelated resolution recalling one member; another line of two.
        fixture.Document("52/99", "1997-12-01", "Something else").Cites("52/99", "51/17");
        var graph = fixture.Build(inferSeries: false);

        var series = Assert.Single(SeriesAnalysis.Compute(graph).Series);

        Assert.Equal(line, series.Members.Select(m => m.Node.Symbol.ShortForm));
        Assert.Equal("Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba", series.Name);
        Assert.Equal(1992, series.FirstYear);
        Assert.Equal(1997, series.LastYear);
        Assert.Equal([1995], series.MissingYears);
        Assert.Equal(5, series.Years.Length);
        Assert.Null(series.Members[0].Renews);
        Assert.Equal(S("47/19"), series.Members[1].Renews!.Target.Symbol);
    }

    [Fact]
    public void A_list_of_the_line_in_one_resolution_is_enough_and_the_subject_names_it()
    {
        var fixture = new GraphFixture().Document("62/42", "2007-12-05", "Nuclear disarmament");
        fixture.Cites("62/42", "49/75 E@1994-12-15", "50/70 P@1995-12-12", "51/45 O@1996-12-10", "52/38 L@1997-12-09");
        var graph = fixture.Build();

        var result = SeriesAnalysis.Compute(graph);
        var series = Assert.Single(result.Series);

        // 62/42 is ten sessions after 52/38 L, beyond the gap a renewal may leave.
        Assert.Equal(["49/75 E", "50/70 P", "51/45 O", "52/38 L"], series.Members.Select(m => m.Node.Symbol.ShortForm));
        Assert.True(series.Members[1].Inferred);
        Assert.Same(series, result.Containing(S("A/RES/50/70P")));
    }

    [Fact]
    public void Too_short_or_unevidenced_lines_are_not_series()
    {
        var graph = new GraphFixture()
            .Document("61/1", "2006-12-01").Document("62/1", "2007-12-01").Document("63/1", "2008-12-01")
            .Cites("62/1", "61/1").Cites("63/1", "62/1")
            .Build(inferSeries: false);

        Assert.Empty(SeriesAnalysis.Compute(graph).Series);
    }
}
