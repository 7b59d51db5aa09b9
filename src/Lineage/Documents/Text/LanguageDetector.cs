using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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

    /// <summary>The three lists end to end: English, then French, then Spanish.</summary>
    private static readonly string[] s_words = [.. s_english, .. s_french, .. s_spanish];

    /// <summary>
    /// For each ASCII character, the words (bits of <see cref="s_words"/>) whose letter after the space it is, ignoring
    /// case: after a space only those are compared. Every word's second character is an ASCII lower-case letter.
    /// </summary>
    private static readonly uint[] s_byLetter = ByLetter(1);

    /// <summary>Every word's bit.</summary>
    private static readonly uint s_all = uint.MaxValue >> (32 - s_words.Length);

    /// <summary>
    /// The same for the character after that one (a space for " y "), when it is ASCII: a word whose character there is
    /// not ASCII (" résolution") matches no ASCII character ignoring case. After a character that is not ASCII every word
    /// stays a candidate (ı and ſ match i and s ignoring case).
    /// </summary>
    private static readonly uint[] s_byThird = ByLetter(2);

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
        var (en, fr, es) = CountWords(words);
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

    /// <summary>
    /// Occurrences of each of <see cref="s_words"/> in <paramref name="text"/>, ignoring case, each word's counted left to
    /// right without overlapping itself (as repeated <c>IndexOf</c> counts them), into <paramref name="counts"/>. Every
    /// word starts with a space, so only the places where a space stands are tried, and there only the words whose next
    /// letter is the one after the space (<see cref="s_byLetter"/>; after a character that is not ASCII, every word). The
    /// spaces of a vector of characters are found at once and walked as bits (an <c>IndexOf</c> per word paid its start-up
    /// every few characters), and a word is compared by ASCII case folding unless a character is not ASCII.
    /// </summary>
    private static void Count(ReadOnlySpan<char> text, Span<int> counts)
    {
        counts.Clear();
        Span<int> next = stackalloc int[s_words.Length];
        next.Clear();
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var chars = MemoryMarshal.Cast<char, ushort>(text);
            var space = Vector256.Create((ushort)' ');
            for (; i <= chars.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                uint spaces = Vector256.Equals(Vector256.Create(chars.Slice(i, Vector256<ushort>.Count)), space).ExtractMostSignificantBits();
                while (spaces != 0)
                {
                    AtSpace(text, i + BitOperations.TrailingZeroCount(spaces), counts, next);
                    spaces &= spaces - 1;
                }
            }
        }

        for (; i < text.Length; i++)
        {
            if (text[i] == ' ')
            {
                AtSpace(text, i, counts, next);
            }
        }
    }

    /// <summary>Counts the words of <see cref="s_words"/> that start at the space <paramref name="space"/> (see <see cref="Count"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AtSpace(ReadOnlySpan<char> text, int space, Span<int> counts, Span<int> next)
    {
        // Every word is at least three characters long, the space included.
        if (space + 2 >= text.Length)
        {
            return;
        }

        char after = text[space + 1];
        char third = text[space + 2];
        uint candidates = (after < 0x80 ? s_byLetter[after] : s_all) & (third < 0x80 ? s_byThird[third] : s_all);
        if (candidates == 0)
        {
            return;
        }
        while (candidates != 0)
        {
            int w = BitOperations.TrailingZeroCount(candidates);
            candidates &= candidates - 1;
            if (space >= next[w] && StartsWithIgnoringCase(text[space..], s_words[w]))
            {
                counts[w]++;
                next[w] = space + s_words[w].Length;
            }
        }
    }

    /// <summary>
    /// <c>text.StartsWith(word, StringComparison.OrdinalIgnoreCase)</c>, with ASCII characters folded here (the words are
    /// lower case) and the framework's comparison asked only when a character is not ASCII (é, ó, or a letter such as
    /// ı or ſ whose upper case is ASCII).
    /// </summary>
    private static bool StartsWithIgnoringCase(ReadOnlySpan<char> text, string word)
    {
        if (text.Length < word.Length)
        {
            return false;
        }

        for (int j = 0; j < word.Length; j++)
        {
            char c = text[j];
            char w = word[j];
            if (c == w)
            {
                continue;
            }

            if ((c | w) >= 0x80)
            {
                return text.StartsWith(word, StringComparison.OrdinalIgnoreCase);
            }

            if ((c | 0x20) != w || !char.IsAsciiLetterLower(w))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The occurrences of the English, French and Spanish common words in <paramref name="text"/>.</summary>
    internal static (int English, int French, int Spanish) CountWords(ReadOnlySpan<char> text)
    {
        Span<int> counts = stackalloc int[s_words.Length];
        Count(text, counts);
        return (Sum(counts[..s_english.Length]), Sum(counts.Slice(s_english.Length, s_french.Length)), Sum(counts[(s_english.Length + s_french.Length)..]));
    }

    /// <summary>The common words of the three languages, English first, for tests.</summary>
    internal static (string[] English, string[] French, string[] Spanish) Words => (s_english, s_french, s_spanish);

    private static int Sum(ReadOnlySpan<int> counts)
    {
        int sum = 0;
        foreach (int count in counts)
        {
            sum += count;
        }

        return sum;
    }

    /// <summary>For each ASCII character, the words (bits of <see cref="s_words"/>) whose character at <paramref name="index"/> it is, ignoring case.</summary>
    private static uint[] ByLetter(int index)
    {
        var table = new uint[0x80];
        for (int w = 0; w < s_words.Length; w++)
        {
            char letter = s_words[w][index];
            if (letter < 0x80)
            {
                table[letter] |= 1u << w;
                table[char.ToUpperInvariant(letter)] |= 1u << w;
            }
        }

        return table;
    }
}
