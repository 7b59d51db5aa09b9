using Lineage.Model;

namespace Lineage.Documents.Text;

/// <summary>Tells the language of a resolution's text from its script, and English, French and Spanish apart by common words.</summary>
internal static class LanguageDetector
{
    private static readonly string[] s_english = [" the ", " of ", " and ", " to ", " its ", " resolution "];
    private static readonly string[] s_french = [" le ", " la ", " les ", " des ", " et ", " du ", " sa résolution "];
    private static readonly string[] s_spanish = [" el ", " la ", " los ", " las ", " y ", " del ", " su resolución "];

    public static Language Detect(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 6_000));
        int cjk = 0, arabic = 0, cyrillic = 0, latin = 0;
        foreach (char ch in sample)
        {
            if (ch is >= '\u4E00' and <= '\u9FFF')
            {
                cjk++;
            }
            else if (ch is >= '\u0600' and <= '\u06FF')
            {
                arabic++;
            }
            else if (ch is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
            }
            else if (char.IsAsciiLetter(ch) || ch is >= '\u00C0' and <= '\u017F')
            {
                latin++;
            }
        }

        int max = Math.Max(Math.Max(cjk, arabic), Math.Max(cyrillic, latin));
        if (max < 20)
        {
            return Language.Unknown;
        }

        if (max == cjk)
        {
            return Language.Chinese;
        }

        if (max == arabic)
        {
            return Language.Arabic;
        }

        if (max == cyrillic)
        {
            return Language.Russian;
        }

        var words = sample[..Math.Min(sample.Length, 3000)];
        int en = Count(words, s_english), fr = Count(words, s_french), es = Count(words, s_spanish);
        return en >= fr && en >= es ? Language.English : fr >= es ? Language.French : Language.Spanish;
    }

    private static int Count(ReadOnlySpan<char> text, string[] words)
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
