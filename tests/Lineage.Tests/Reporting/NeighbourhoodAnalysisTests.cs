using Lineage.Graph;
using Lineage.Model;
using Lineage.Pipeline;
using Lineage.Reporting;

namespace Lineage.Tests.Reporting;

/// <summary>What <c>lineage report</c> draws around a resolution (issue 14).</summary>
public sealed class NeighbourhoodAnalysisTests
{
    private static readonly Lazy<PipelineResult> Seed = new(() => CorpusPipeline.Run([TestPaths.Seeds]));

    private static ReportNeighbourhood SeedReport(ReportOptions? options = null) =>
        NeighbourhoodAnalysis.Compute(Seed.Value.Graph, DocumentSymbol.Parse("A/RES/62/42"), new DocumentEvidenceSource(Seed.Value.Documents), options)!;

    [Fact]
    public void Seed_report_holds_the_chain_with_every_branch_and_its_links()
    {
        var report = SeedReport();
        Assert.Equal("A/RES/49/75E", report.Chain[0].Symbol.ToString());
        Assert.Equal("A/RES/62/42", report.Chain[^1].Symbol.ToString());
        Assert.Equal(14, report.Chain.Length);
        Assert.Equal(15, report.Nodes.Length); // 55/2 is the second branch
        Assert.Equal(NeighbourhoodRole.Root, report.Nodes.Single(n => n.Node.Symbol.ToString() == "A/RES/62/42").Role);
        Assert.All(report.Nodes.Where(n => n.Role != NeighbourhoodRole.Root), n => Assert.Equal(NeighbourhoodRole.Chain, n.Role));
        Assert.Equal(14, report.Edges.Count(e => e.Kind == ReportEdgeKind.Chain));
        Assert.Equal(12, report.Edges.Count(e => e.Kind == ReportEdgeKind.Chain && e.Inferred));
    }

    [Fact]
    public void A_link_read_carries_its_mention_and_sentence()
    {
        var link = SeedReport().Edges.Single(e => e.Cited.Symbol.ToString() == "A/RES/61/78" && e.Citing.Symbol.ToString() == "A/RES/62/42");
        Assert.False(link.Inferred);
        var evidence = Assert.Single(link.Evidence);
        Assert.Equal("回顾", evidence.Citation.Verb);
        Assert.Equal(20, evidence.Citation.Span.Line);
        var sentence = evidence.Sentence!.Value;
        Assert.StartsWith("回顾", sentence.Sentence, StringComparison.Ordinal);
        Assert.Equal("第 61/78 号决议", sentence.Sentence.Substring(sentence.Start, sentence.Length));
    }

    [Fact]
    public void An_inferred_link_shows_the_list_that_gave_its_order()
    {
        var link = SeedReport().Edges.Single(e => e.Cited.Symbol.ToString() == "A/RES/57/79" && e.Citing.Symbol.ToString() == "A/RES/58/56");
        Assert.True(link.Inferred);
        var evidence = Assert.Single(link.Evidence);
        Assert.Equal("A/RES/62/42", evidence.Citation.Source.ToString());
        Assert.Equal("A/RES/58/56", evidence.Citation.Target.ToString());
    }

    [Fact]
    public void Other_citations_between_documents_shown_are_kept_apart_from_the_chain()
    {
        var report = SeedReport();
        var other = report.Edges.Where(e => e.Kind == ReportEdgeKind.Other).ToList();
        Assert.NotEmpty(other);
        Assert.All(other, e => Assert.Equal("A/RES/62/42", e.Citing.Symbol.ToString()));
        Assert.DoesNotContain(report.Edges, e => e.Edges.Any(x => x.Relation == Relation.PartOf));
    }

    [Fact]
    public void Depth_reaches_descendants_and_ancestors_beyond_the_chain()
    {
        // a ← b ← c (recalls), c also notes x (not followed), d recalls c, e recalls d: report of b.
        var builder = new CitationGraphBuilder();
        string[] names = ["A/RES/50/1", "A/RES/51/1", "A/RES/52/1", "A/RES/53/1", "A/RES/54/1"];
        for (int i = 0; i < names.Length; i++)
        {
            builder.AddNode(DocumentSymbol.Parse(names[i]), new DateOnly(1995 + i, 12, 1), "R" + i, Language.English);
        }

        void Cite(int from, int to) => builder.AddCitation(new Citation(DocumentSymbol.Parse(names[from]), DocumentSymbol.Parse(names[to]), "Recalling",
            Relation.Recalls, CitationSite.Preamble(1), null, Language.English, new SourceSpan("t", 0, 0, 1, 1), names[to]));
        Cite(1, 0);
        Cite(2, 1);
        Cite(3, 2);
        Cite(4, 3);
        var graph = builder.Build();
        var b = DocumentSymbol.Parse(names[1]);

        var byDefault = NeighbourhoodAnalysis.Compute(graph, b, DocumentEvidenceSource.None)!;
        Assert.Equal([names[0], names[1], names[2]], byDefault.Nodes.Select(n => n.Node.Symbol.ToString()));
        Assert.Equal(NeighbourhoodRole.Descendant, byDefault.Nodes[2].Role);
        Assert.Equal(ReportEdgeKind.Ring, byDefault.Edges.Single(e => e.Citing.Symbol.ToString() == names[2]).Kind);
        Assert.Contains(byDefault.Notes, n => n.Contains("Descendants", StringComparison.Ordinal));

        var deeper = NeighbourhoodAnalysis.Compute(graph, b, DocumentEvidenceSource.None, new ReportOptions { Depth = 3 })!;
        Assert.Equal(names, deeper.Nodes.Select(n => n.Node.Symbol.ToString()));
        Assert.Equal(3, deeper.Nodes[^1].Distance);
        Assert.Empty(deeper.Notes);
    }

    [Fact]
    public void Unknown_symbol_gives_no_report() =>
        Assert.Null(NeighbourhoodAnalysis.Compute(Seed.Value.Graph, DocumentSymbol.Parse("A/RES/63/99"), DocumentEvidenceSource.None));
}
