using Lineage.Documents.Text;

namespace Lineage.Tests.Documents.Text;

public class LanguageDetectorTests
{
    /// <summary>Every boundary of the four ranges, inside and just outside, and characters that are none of them.</summary>
    private const string Boundaries = "@AZ[`az{\u00BF\u00C0\u017F\u0180\u03FF\u0400\u04FF\u0500\u05FF\u0600\u06FF\u0700\u4DFF\u4E00\u9FFF\uA000\uFFFF 9,。é";

    public static TheoryData<string> Texts => new()
    {
        string.Empty,
        Boundaries,
        string.Concat(Enumerable.Repeat(Boundaries, 37)) + "ab",
        string.Concat(Enumerable.Range(0, 0x10000).Select(c => (char)c)),
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Script_counts_a_vector_at_a_time_equal_a_count_character_by_character(string text) =>
        Assert.Equal(CountOneByOne(text), LanguageDetector.CountScripts(text));

    [Fact]
    public void Script_counts_equal_a_count_character_by_character_on_the_raw_corpus_text()
    {
        foreach (string file in Directory.EnumerateFiles(TestPaths.CorpusPath("sc-gold-en")).Order(StringComparer.Ordinal).Take(50)
            .Concat(Directory.EnumerateFiles(TestPaths.CorpusPath("ga-80-en-pdftext"))).Append(TestPaths.Seed))
        {
            string text = File.ReadAllText(file);
            Assert.Equal(CountOneByOne(text), LanguageDetector.CountScripts(text));
        }
    }

    private static (int Cjk, int Arabic, int Cyrillic, int Latin) CountOneByOne(string text) => (
        text.Count(c => c is >= '\u4E00' and <= '\u9FFF'),
        text.Count(c => c is >= '\u0600' and <= '\u06FF'),
        text.Count(c => c is >= '\u0400' and <= '\u04FF'),
        text.Count(c => char.IsAsciiLetter(c) || c is >= '\u00C0' and <= '\u017F'));
}
