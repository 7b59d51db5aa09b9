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

    public static TheoryData<string> Sentences => new()
    {
        string.Empty,
        " the",
        " the the the of  of ",
        "Recalling its resolution 49/75 E of 15 December 1994 and the resolutions of the Council ",
        " THE Of AnD tO ItS RESOLUTION ",
        " le les des et du au aux résolution conseil Résolution RÉSOLUTION ",
        " el los las y del al resolución resoluciones consejo Consejo ",
        " ıts ſ ıTS the\u00A0the ",
        " aux aux auxaux  y y y  ",
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Common_words_counted_at_spaces_equal_repeated_searches(string text) =>
        Assert.Equal(CountBySearch(text), LanguageDetector.CountWords(text));

    /// <summary>The character of each word replaced: the one after the space, and the one after that (both are looked up in tables).</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Common_words_counted_at_spaces_equal_repeated_searches_with_any_character_after_the_space(int replaced)
    {
        // Each word with its character at `replaced` replaced by every character in turn (ı and ſ match i and s ignoring case).
        var (english, french, spanish) = LanguageDetector.Words;
        var text = new System.Text.StringBuilder();
        foreach (string word in english.Concat(french).Concat(spanish))
        {
            for (int c = 0; c <= char.MaxValue; c++)
            {
                text.Append(word, 0, replaced).Append((char)c).Append(word, replaced + 1, word.Length - replaced - 1).Append(word[^1] == ' ' ? string.Empty : " ");
                if (text.Length > 2900 || c == char.MaxValue)
                {
                    string chunk = text.ToString();
                    Assert.Equal(CountBySearch(chunk), LanguageDetector.CountWords(chunk));
                    text.Clear();
                }
            }
        }
    }

    [Fact]
    public void Common_words_counted_at_spaces_equal_repeated_searches_on_the_raw_corpus_text()
    {
        foreach (string file in Directory.EnumerateFiles(TestPaths.CorpusPath("sc-gold-en")).Order(StringComparer.Ordinal).Take(50)
            .Concat(Directory.EnumerateFiles(TestPaths.CorpusPath("ga-80-en-pdftext"))).Append(TestPaths.Seed))
        {
            string text = File.ReadAllText(file);
            var sample = text.AsSpan(0, Math.Min(text.Length, 3000));
            Assert.Equal(CountBySearch(sample), LanguageDetector.CountWords(sample));
        }
    }

    /// <summary>Each word's occurrences found one after another with <c>IndexOf</c>, ignoring case.</summary>
    private static (int English, int French, int Spanish) CountBySearch(ReadOnlySpan<char> text)
    {
        var (english, french, spanish) = LanguageDetector.Words;
        return (Count(text, english), Count(text, french), Count(text, spanish));

        static int Count(ReadOnlySpan<char> text, string[] words)
        {
            int count = 0;
            foreach (string word in words)
            {
                var rest = text;
                int at;
                while ((at = rest.IndexOf(word, StringComparison.OrdinalIgnoreCase)) >= 0)
                {
                    count++;
                    rest = rest[(at + word.Length)..];
                }
            }

            return count;
        }
    }

    private static (int Cjk, int Arabic, int Cyrillic, int Latin) CountOneByOne(string text) => (
        text.Count(c => c is >= '\u4E00' and <= '\u9FFF'),
        text.Count(c => c is >= '\u0600' and <= '\u06FF'),
        text.Count(c => c is >= '\u0400' and <= '\u04FF'),
        text.Count(c => char.IsAsciiLetter(c) || c is >= '\u00C0' and <= '\u017F'));
}
