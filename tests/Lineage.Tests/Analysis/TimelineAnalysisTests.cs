using System.Xml.Linq;
using Lineage.Analysis;
using static Lineage.Tests.Analysis.GraphFixture;

namespace Lineage.Tests.Analysis;

public sealed class TimelineAnalysisTests
{
    [Fact]
    public void A_chain_is_laid_out_in_time_with_inferred_links_marked()
    {
        var graph = new GraphFixture()
            .Document("62/42", "2007-12-05", "Nuclear disarmament")
            .Cites("62/42", "49/75 E@1994-12-15", "50/70 P@1995-12-12", "61/78@2006-12-06")
            .Document("62/43", "2007-12-05")
            .Cites("62/43", "61/78@2006-12-06")
            .Build();

        var timeline = TimelineAnalysis.Compute(graph, S("62/42"))!;

        Assert.Equal(["49/75 E", "50/70 P", "61/78", "62/42"], timeline.Marks.Select(m => m.Label));
        Assert.Equal(1994, timeline.FirstYear);
        Assert.Equal(2007, timeline.LastYear);
        Assert.Equal(1, timeline.Lanes);
        Assert.Equal([true, true, false], timeline.Links.Select(l => l.Inferred));

        var svg = XDocument.Parse(TimelineSvgWriter.ToSvg(timeline));
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(4, svg.Descendants(ns + "circle").Count());
        Assert.Equal(2, svg.Descendants(ns + "path").Count(p => p.Attribute("stroke-dasharray") is not null));
        Assert.Contains(svg.Descendants(ns + "text"), t => t.Value == "1994");
        Assert.Contains(svg.Descendants(ns + "title"), t => t.Value == "A/RES/62/42 — 2007-12-05 — Nuclear disarmament");
    }

    [Fact]
    public void Marks_too_close_in_time_go_to_separate_lanes()
    {
        var graph = new GraphFixture()
            .Document("62/1", "2007-12-05")
            .Cites("62/1", Lineage.Model.Relation.Recalls, Lineage.Model.Language.English, 1, "61/1@2006-12-01")
            .Cites("62/1", Lineage.Model.Relation.Recalls, Lineage.Model.Language.English, 2, "61/2@2006-12-02")
            .Build();

        var timeline = TimelineAnalysis.Compute(graph, S("62/1"))!;

        Assert.Equal([0, 1, 0], timeline.Marks.Select(m => m.Lane));
    }
}
