using Lineage.Analysis;
using Lineage.Model;
using static Lineage.Tests.Analysis.GraphFixture;

namespace Lineage.Tests.Analysis;

public sealed class AnomalyAnalysisTests
{
    private static Lineage.Graph.CitationGraph Clean() => new GraphFixture()
        .Document("62/42", "2007-12-05")
        .Cites("62/42", "49/75 E@1994-12-15", "50/70 P@1995-12-12", "61/78@2006-12-06")
        .Document("78/53", "2023-12-04")
        .Cites("78/53", "49/75 E@1994-12-15", "62/42@2007-12-05")
        .Build();

    [Fact]
    public void A_clean_record_has_no_anomalies() => Assert.Empty(AnomalyAnalysis.Compute(Clean()));

    [Fact]
    public void A_citation_of_a_later_document_is_flagged_with_its_evidence()
    {
        var graph = new GraphFixture()
            .Document("62/42", "2007-12-05").Cites("62/42", "61/78@2006-12-06", "63/47@2008-12-02")
            .Document("70/1", "2015-10-01").Cites("70/1", "71/5")
            .Build(inferSeries: false);

        var found = AnomalyAnalysis.Compute(graph).Where(a => a.Kind == AnomalyKind.ForwardCitation).ToList();

        Assert.Equal(["A/RES/62/42>A/RES/63/47", "A/RES/70/1>A/RES/71/5"], found.Select(a => $"{a.Document}>{a.Other}"));
        Assert.Contains("2008-12-02", found[0].Message, StringComparison.Ordinal);
        Assert.Contains("A_RES_62_42.en.txt", Assert.Single(found[0].Evidence), StringComparison.Ordinal);
        Assert.Contains("session 71", found[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_citations_giving_different_dates_conflict()
    {
        var graph = new GraphFixture()
            .Document("62/42", "2007-12-05").Cites("62/42", "49/75 E@1994-12-15")
            .Document("63/47", "2008-12-02").Cites("63/47", "49/75 E@1994-12-05")
            .Build();

        var conflict = Assert.Single(AnomalyAnalysis.Compute(graph), a => a.Kind == AnomalyKind.DateConflict);

        Assert.Equal(S("49/75 E"), conflict.Document);
        Assert.Equal(2, conflict.Evidence.Length);
        Assert.StartsWith("1994-12-05: A/RES/63/47 (en)", conflict.Evidence[0], StringComparison.Ordinal);
        Assert.StartsWith("1994-12-15: A/RES/62/42 (en)", conflict.Evidence[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_outside_the_session_is_flagged()
    {
        var graph = new GraphFixture()
            .Document("62/42", "2007-12-05").Cites("62/42", "57/79@2005-11-22")
            .Document("61/1", "2008-12-01")
            .Build();

        var found = AnomalyAnalysis.Compute(graph).Where(a => a.Kind == AnomalyKind.SessionDate).ToList();

        Assert.Equal([S("57/79"), S("61/1")], found.Select(a => a.Document));
        Assert.Contains("cited as of 2005-11-22", found[0].Message, StringComparison.Ordinal);
        Assert.Contains("session 57 ran from 2002-09-01 to 2003-09-30", found[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loops_impossible_symbols_and_differing_language_versions_are_flagged()
    {
        var graph = new GraphFixture()
            .Cites("60/1", "60/2").Cites("60/2", "60/3").Cites("60/3", "60/1")
            .Document("78/53", "2023-12-04")
            .Document("79/1", "2024-10-01")
            .Cites("79/1", Relation.Recalls, Language.English, 1, "95/1", "78/53 B", "77/1")
            .Cites("79/1", Relation.Recalls, Language.French, 1, "77/1")
            .Build(inferSeries: false);

        var found = AnomalyAnalysis.Compute(graph);

        var loop = Assert.Single(found, a => a.Kind == AnomalyKind.Cycle);
        Assert.Contains("60/1 → 60/2 → 60/3 → 60/1", loop.Message, StringComparison.Ordinal);
        Assert.Equal(3, loop.Evidence.Length);
        Assert.Equal([S("78/53 B"), S("95/1")], found.Where(a => a.Kind == AnomalyKind.ImpossibleSymbol).Select(a => a.Document));
        var languages = Assert.Single(found, a => a.Kind == AnomalyKind.LanguageMismatch);
        Assert.Equal(["A/RES/78/53B: cited in en; not in fr", "A/RES/95/1: cited in en; not in fr"], languages.Evidence);
    }
}
