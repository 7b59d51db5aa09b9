using System.Numerics;
using Lineage.Model;

namespace Lineage.Documents.Text;

/// <summary>Tells the language of a resolution's text from its script, and English, French and Spanish apart by common words.</summary>
internal static class LanguageDetector
{
    private static readonly string[] s_english = [" the ", " of ", " and ", " to ", " its ", " resolution "];
    // No word both languages write (" la ", " de "): a short Spanish text ("… de la Asamblea General, según lo dispuesto
    // en la resolución 377 A (V) …") tied with French on them and was read as French.
    private static readonly string[] s_french = [" le ", " les ", " des ", " et ", " du ", " au ", " aux ", " résolution", " conseil "];
    private static readonly string[] s_spanish = [" el ", " los ", " las ", " y ", " del ", " al ", " resolución", " resoluciones", " consejo "];

    public static Language Detect(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 6_000));
        var (cjk, arabic, cyrillic, latin) = CountScripts(sample);
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

    /// <summary>
    /// Characters of each script: CJK ideographs (U+4E00–U+9FFF), Arabic (U+0600–U+06FF), Cyrillic (U+0400–U+04FF),
    /// Latin (ASCII letters, U+00C0–U+017F). Counted a vector at a time: each range test is one unsigned compare.
    /// </summary>
    internal static (int Cjk, int Arabic, int Cyrillic, int Latin) CountScripts(ReadOnlySpan<char> text)
    {
        int cjk = 0, arabic = 0, cyrillic = 0, latin = 0;
        int i = 0;
        int width = Vector<ushort>.Count;
        if (Vector.IsHardwareAccelerated && text.Length >= width)
        {
            // Per-lane counts stay below 6000 / width, far from overflowing a ushort; a lane's compare gives 0xFFFF
            // (that is, −1) where it holds, so subtracting the mask adds one.
            var chars = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ushort>(text);
            Vector<ushort> cjkCount = default, arabicCount = default, cyrillicCount = default, latinCount = default;
            var caseBit = new Vector<ushort>(0x20);
            for (; i <= chars.Length - width; i += width)
            {
                var v = new Vector<ushort>(chars.Slice(i, width));
                cjkCount -= Vector.LessThanOrEqual(v - new Vector<ushort>(0x4E00), new Vector<ushort>(0x9FFF - 0x4E00));
                arabicCount -= Vector.LessThanOrEqual(v - new Vector<ushort>(0x0600), new Vector<ushort>(0x06FF - 0x0600));
                cyrillicCount -= Vector.LessThanOrEqual(v - new Vector<ushort>(0x0400), new Vector<ushort>(0x04FF - 0x0400));
                latinCount -= Vector.LessThanOrEqual((v | caseBit) - new Vector<ushort>('a'), new Vector<ushort>('z' - 'a'));
                latinCount -= Vector.LessThanOrEqual(v - new Vector<ushort>(0x00C0), new Vector<ushort>(0x017F - 0x00C0));
            }

            cjk = Sum(cjkCount);
            arabic = Sum(arabicCount);
            cyrillic = Sum(cyrillicCount);
            latin = Sum(latinCount);
        }

        foreach (char ch in text[i..])
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

        return (cjk, arabic, cyrillic, latin);
    }

    private static int Sum(Vector<ushort> counts)
    {
        int sum = 0;
        for (int lane = 0; lane < Vector<ushort>.Count; lane++)
        {
            sum += counts[lane];
        }

        return sum;
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
