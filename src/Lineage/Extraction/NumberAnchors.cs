using System.Buffers;
using System.Globalization;

namespace Lineage.Extraction;

/// <summary>
/// Anchors first: every built-in rule reads a printed number, so it can match only in a clause holding a decimal digit
/// (any script's: <c>0-9</c>, Arabic-Indic, full-width) or, for Chinese numerals, <c>第</c>. A clause without one is
/// passed over by those rules (<see cref="ICitationRule.NeedsAnchor"/>) after one vectorized search; most of a
/// resolution's clauses are such text. A rule that does not declare it (a caller's own) runs on every clause.
/// </summary>
internal static class NumberAnchors
{
    /// <summary>Every decimal digit of the Basic Multilingual Plane except ASCII's, and <c>第</c>.</summary>
    private static readonly SearchValues<char> s_otherAnchors = SearchValues.Create(OtherAnchors());

    /// <summary>True when <paramref name="text"/> holds a decimal digit or <c>第</c>.</summary>
    public static bool HasAnchor(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAnyInRange('0', '9') >= 0)
        {
            return true;
        }

        int other = text.IndexOfAnyExceptInRange('\0', '\u007F');
        return other >= 0 && text[other..].IndexOfAny(s_otherAnchors) >= 0;
    }

    private static string OtherAnchors()
    {
        var chars = new List<char> { '第' };
        for (int c = 0x80; c <= 0xFFFF; c++)
        {
            if (c is < 0xD800 or > 0xDFFF && CharUnicodeInfo.GetUnicodeCategory((char)c) == UnicodeCategory.DecimalDigitNumber)
            {
                chars.Add((char)c);
            }
        }

        return new string([.. chars]);
    }
}
