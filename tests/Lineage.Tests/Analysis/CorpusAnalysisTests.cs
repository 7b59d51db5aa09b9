using Lineage.Analysis;
using Lineage.Graph;
using Lineage.Model;
using Lineage.Pipeline;
using static Lineage.Tests.Analysis.GraphFixture;

namespace Lineage.Tests.Analysis;

/// <summary>The analysis jobs on real resolutions: the seed, 80/24 (English text from the PDF), 78/53 and 78/7 (AKN4UN, six languages).</summary>
public sealed class CorpusAnalysisTests
{
    private static readonly string[] NuclearDisarmament =
    [
        "49/75 E", "50/70 P", "51/45 O", "52/38 L", "53/77 X", "54/54 P", "55/33 T", "56/24 R", "57/79", "58/56", "59/77", "60/70", "61/78", "62/42",
        "63/46", "64/53", "65/56", "66/51", "67/60", "68/47", "69/48", "70/52", "71/63", "72/38", "73/50", "74/45", "75/63", "76/46", "77/65", "78/53",
    ];

    private static CitationGraph Read(params string[] paths)
    {
        var result = CorpusPipeline.Run(paths);
        Assert.DoesNotContain(result.AllDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        return result.Graph;
    }

    private static string[] Akn(string symbolFile)
    {
        string folder = TestPaths.CorpusPath("akn4un-ga", "78");
        if (!PipelineOptions.Default.Readers.Any(r => r.Format == DocumentFormat.Akn))
        {
            Requires.Missing("the pipeline has no AKN4UN reader yet (its default readers cannot read corpus/akn4un-ga)");
        }

        var files = Directory.GetFiles(folder, symbolFile + "-*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(6, files.Length);
        return files;
    }

    private static List<string> Line(ChainResult chain) =>
        [.. chain.Paths.OrderByDescending(p => p.Length).First().Select(n => n.Symbol.ShortForm)];

    [Fact]
    public void Series_finds_the_nuclear_disarmament_line_from_the_seed_and_80_24_with_its_members_in_order()
    {
        var graph = Read(TestPaths.Seed, TestPaths.CorpusPath("ga-80-en-pdftext", "A_RES_80_24.md"));

        var series = SeriesAnalysis.Compute(graph).Containing(S("80/24"));

        Assert.NotNull(series);
        Assert.Equal([.. NuclearDisarmament, "79/50", "80/24"], series.Members.Select(m => m.Node.Symbol.ShortForm));
        Assert.Equal("Nuclear disarmament", series.Name);
        Assert.Equal(1994, series.FirstYear);
        Assert.Equal(2025, series.LastYear);
        Assert.Empty(series.MissingYears);
        Assert.False(series.Members.Single(m => m.Node.Symbol == S("62/42")).Inferred);
    }

    [Fact]
    public void Chain_of_80_24_runs_from_49_75_E_through_62_42()
    {
        var graph = Read(TestPaths.Seed, TestPaths.CorpusPath("ga-80-en-pdftext", "A_RES_80_24.md"));

        var chain = LineageChainAnalysis.Compute(graph, S("80/24"))!;

        Assert.Equal([.. NuclearDisarmament, "79/50", "80/24"], Line(chain));
        Assert.Contains(chain.Links, l => l.Citing.Symbol == S("62/42") && l.Cited.Symbol == S("61/78") && !l.Inferred);
        Assert.Contains(chain.Links, l => l.Citing.Symbol == S("63/46") && l.Cited.Symbol == S("62/42") && l.Inferred);
    }

    [Fact]
    public void Check_flags_a_Council_resolution_cited_with_another_year_than_its_number_s()
    {
        var files = Directory.GetFiles(TestPaths.CorpusPath("akn4un-sc", "2023"), "S_RES_2701*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(6, files.Length);
        var graph = Read(files);

        // The Chinese and French versions print "2214 (2014)"; 2214 was adopted in 2015, as the other four print it.
        Assert.NotNull(graph.Find(DocumentSymbol.Parse("S/RES/2214(2015)")));
        var flagged = Assert.Single(AnomalyAnalysis.Compute(graph), a => a.Kind == AnomalyKind.CouncilYear);
        Assert.Equal("S/RES/2214(2015)", flagged.Document.Canonical);
        Assert.Contains("2214 (2014)", flagged.Message, StringComparison.Ordinal);
        Assert.Contains(flagged.Evidence, e => e.Contains("(fr)", StringComparison.Ordinal));
        Assert.Contains(flagged.Evidence, e => e.Contains("(zh)", StringComparison.Ordinal));
        Assert.Equal("council_year", AnomalyKind.CouncilYear.ToToken());
    }

    [Fact]
    public void Check_finds_nothing_on_the_seed_and_80_24()
    {
        var graph = Read(TestPaths.Seed, TestPaths.CorpusPath("ga-80-en-pdftext", "A_RES_80_24.md"));

        Assert.Empty(AnomalyAnalysis.Compute(graph));
    }

    [Fact]
    public void Chain_of_78_53_is_the_same_from_each_language_version_and_from_all_six()
    {
        var files = Akn("A_RES_78_53");
        var expected = NuclearDisarmament.ToList();

        foreach (string file in files)
        {
            var chain = LineageChainAnalysis.Compute(Read(file), S("78/53"));
            Assert.NotNull(chain);
            Assert.True(expected.SequenceEqual(Line(chain)), $"{Path.GetFileName(file)}: {string.Join(" → ", Line(chain))}");
        }

        Assert.Equal(expected, Line(LineageChainAnalysis.Compute(Read(files), S("78/53"))!));
    }

    [Fact]
    public void Series_finds_the_nuclear_disarmament_line_from_78_53_in_six_languages_and_the_seed()
    {
        var graph = Read([.. Akn("A_RES_78_53"), TestPaths.Seed]);

        var series = SeriesAnalysis.Compute(graph).Containing(S("78/53"));

        Assert.NotNull(series);
        Assert.Equal(NuclearDisarmament, series.Members.Select(m => m.Node.Symbol.ShortForm));
        Assert.Equal("Nuclear disarmament", series.Name);
    }

    [Fact]
    public void Series_finds_the_cuba_embargo_line_from_78_7()
    {
        var graph = Read(Akn("A_RES_78_7"));

        var series = SeriesAnalysis.Compute(graph).Containing(S("78/7"));

        Assert.NotNull(series);
        Assert.Equal("47/19", series.First.Symbol.ShortForm);
        Assert.Equal("78/7", series.Last.Symbol.ShortForm);
        Assert.Contains("embargo", series.Name, StringComparison.OrdinalIgnoreCase);
    }
}
