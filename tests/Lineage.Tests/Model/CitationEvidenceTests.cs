using Lineage.Documents;
using Lineage.Documents.Text;
using Lineage.Extraction;
using Lineage.Model;

namespace Lineage.Tests.Model;

/// <summary>The sentence behind each citation of the seed, with the reference inside it.</summary>
public class CitationEvidenceTests
{
    [Fact]
    public void Every_seed_citation_has_its_clause_with_the_reference_text_at_the_given_place()
    {
        var read = new TextDocumentReader().Read(TestPaths.Seed, ReaderOptions.Default);
        var result = new ExtractorBuilder().UseAllLanguages().Build().Extract(read.Document!);
        Assert.NotEmpty(result.Citations);
        foreach (var citation in result.Citations)
        {
            var evidence = CitationEvidence.Of(result.Document, citation);
            Assert.NotNull(evidence);
            var (sentence, start, length) = evidence.Value;
            Assert.InRange(start, 0, sentence.Length);
            Assert.InRange(start + length, start + 1, sentence.Length);

            // The clause text joins broken lines, so compare without line breaks and spaces.
            static string Squeeze(string s) => string.Concat(s.Where(ch => !char.IsWhiteSpace(ch)));
            Assert.Equal(Squeeze(citation.Text), Squeeze(sentence.Substring(start, length)));
        }

        var recalls = result.Citations.First(c => c.Target.Canonical == "A/RES/61/78");
        Assert.Contains("回顾", CitationEvidence.Of(result.Document, recalls)!.Value.Sentence);
    }

    [Fact]
    public void Finding_the_evidence_of_a_whole_document_at_once_gives_what_each_citation_alone_gives()
    {
        var extractor = new ExtractorBuilder().UseAllLanguages().Build();
        var loader = new DocumentLoader(Lineage.Pipeline.PipelineOptions.Default.Readers, new DocumentLoaderOptions());
        int compared = 0;
        foreach (var file in loader.Discover([TestPaths.FixtureCorpus, TestPaths.Seeds]))
        {
            if (loader.Read(file).Document is not { } document)
            {
                continue;
            }

            var citations = extractor.Extract(document).Citations;
            var all = CitationEvidence.OfAll(document, citations);
            Assert.Equal(citations.Select(c => CitationEvidence.Of(document, c)), all);
            compared += citations.Length;
        }

        Assert.True(compared > 1000, $"{compared} citations compared");
    }
}
