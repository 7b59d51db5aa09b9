namespace Lineage.Extraction;

/// <summary>
/// Text upper-cased through a table, so that a case-blind comparison of Latin or Cyrillic words becomes an ordinal one
/// (a vectorized search, an ordinal hash) instead of <see cref="StringComparison.OrdinalIgnoreCase"/>, whose path for any
/// letter beyond ASCII upper-cases the text again on every call (issue 11). Only where the two agree: letters of Latin
/// (up to U+024F, without the dotless i and the long s) and Cyrillic (U+0400-U+04FF), and any character that is no letter
/// (it equals only itself either way); a text holding any other letter is not folded and the caller compares without case.
/// </summary>
internal static class CaseFold
{
    /// <summary>The table's reach: Latin, Greek and Cyrillic (<see cref="char.ToUpperInvariant"/> asks ICU for each).</summary>
    private const int TableSize = 0x0600;

    private static readonly char[] s_upper = [.. Enumerable.Range(0, TableSize).Select(c => char.ToUpperInvariant((char)c))];

    /// <summary><see cref="char.ToUpperInvariant"/>, by the table where it reaches.</summary>
    public static char Upper(char ch) => ch < TableSize ? s_upper[ch] : char.ToUpperInvariant(ch);

    /// <summary>Upper-cases <paramref name="text"/> into <paramref name="folded"/>; false when a letter is outside the safe ranges.</summary>
    public static bool TryFold(ReadOnlySpan<char> text, Span<char> folded)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char ch = text[i];
            if (ch < '\u0250' ? ch is '\u0131' or '\u017F' : ch is < '\u0400' or > '\u04FF' && char.IsLetter(ch))
            {
                return false;
            }

            folded[i] = ch < TableSize ? s_upper[ch] : ch;
        }

        return true;
    }

    /// <summary>A word of the vocabulary folded (its letters are all within the safe ranges).</summary>
    public static string Fold(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return string.Create(word.Length, word, (span, w) =>
        {
            for (int i = 0; i < w.Length; i++)
            {
                span[i] = Upper(w[i]);
            }
        });
    }
}
