using System.Security.Cryptography;
using System.Text;
using Lineage.Bench.Record;
using Lineage.Model;

namespace Lineage.Tests.Bench;

/// <summary>The whole-record generator of bench/ (issue 10) is seeded: the same seed and size give the same files.</summary>
public sealed class RecordGeneratorTests
{
    [Fact]
    public void The_same_seed_and_size_give_the_same_files_and_citations()
    {
        Requires.Corpus();
        var sentences = RecordSentences.Load(TestPaths.Corpus);
        var first = new RecordGenerator(RecordPlan.Create(20_000_000, 7), sentences);
        var second = new RecordGenerator(RecordPlan.Create(20_000_000, 7), sentences);
        var other = new RecordGenerator(RecordPlan.Create(20_000_000, 8), sentences);

        for (int i = 0; i < 100; i += 9)
        {
            foreach (var language in RecordLanguage.All)
            {
                var a = first.Render(i, language, 0);
                var b = second.Render(i, language, 0);
                Assert.Equal(a.RelativePath, b.RelativePath);
                Assert.Equal(Hash(a.Text), Hash(b.Text));
                Assert.Equal(a.Planted, b.Planted);
                Assert.NotEqual(Hash(a.Text), Hash(other.Render(i, language, 0).Text));

                // An edited revision changes the sentences, not the citations.
                var edited = first.Render(i, language, 1);
                Assert.NotEqual(Hash(a.Text), Hash(edited.Text));
                Assert.Equal(a.Planted, edited.Planted);
            }
        }
    }

    [Fact]
    public void The_six_language_versions_plant_the_same_citations()
    {
        Requires.Corpus();
        var generator = new RecordGenerator(RecordPlan.Create(20_000_000, 7), RecordSentences.Load(TestPaths.Corpus));
        for (int i = 0; i < 100; i += 7)
        {
            // Corpus clauses differ by language (each language's own sentences); the plan's citations do not.
            var expected = generator.Render(i, Language.English, 0).Planted.Where(p => p.Way != "corpus clause").Select(p => (p.Source, p.Target)).ToList();
            foreach (var language in RecordLanguage.All)
            {
                Assert.Equal(expected, generator.Render(i, language, 0).Planted.Where(p => p.Way != "corpus clause").Select(p => (p.Source, p.Target)).ToList());
            }
        }
    }

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
