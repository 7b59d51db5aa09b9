using System.Text.RegularExpressions;

namespace Lineage.Extraction;

/// <summary>
/// The matches of a printed-number pattern, found by anchors instead of by the pattern's own scan (issue 11: anchor
/// first). A pattern whose every match starts on a decimal digit (<c>\d</c>, any script's), or on the <c>S</c> / <c>ES</c>
/// of a special-session mark right before one (<c>S-10/2</c>, <c>ES‑10/15</c>), or on a <c>第</c> and spaces right before
/// either (Chinese), is tried only at those places: the digits come from one vectorized search, and at each the pattern
/// runs once, anchored (<c>\G</c>). The patterns' own scans could not vectorize their first character (<c>\d</c> is every
/// script's digits, and a leading <c>第?\s*</c> can start anywhere) and tried every position of the clause: 15-35% of
/// the English and Chinese extraction.
/// </summary>
/// <remarks>
/// The result is the same list <see cref="Regex.Matches(string)"/> of the unanchored pattern gives: that scan tries the
/// positions left to right from the end of the previous match and keeps the first that matches; positions that are not
/// anchors cannot match, and the anchors are tried in the same order, from the same place. A table test checks it on the
/// real sentences of every language the scan serves.
/// </remarks>
public sealed class AnchoredNumberScan
{
    /// <summary>
    /// Ranges that hold every decimal digit of the Basic Multilingual Plane (what <c>\d</c> matches), each searched by a
    /// vector: ASCII, then the scripts from Arabic to Ol Chiki, the few between U+A620 and U+ABF9, and the full-width
    /// digits. Latin, Cyrillic, Arabic letters and CJK text fall outside all but the first, so a search does not stop on
    /// them; a hit of the other ranges is a digit only where <see cref="char.IsDigit(char)"/> says so.
    /// </summary>
    internal static readonly (char Low, char High)[] DigitRanges = [('0', '9'), ('\u0660', '\u1C59'), ('\uA620', '\uABF9'), ('\uFF10', '\uFF19')];

    private readonly Regex _anchored;

    private readonly bool _specialMarks;

    private readonly bool _chineseLead;

    /// <summary>
    /// The end of the run of digits (of any script) at <paramref name="digit"/>, or -1 where no number pattern of the English
    /// or Chinese rules starts there: inside another number or symbol (the patterns' opening lookbehind: "A/78/150",
    /// "E/CN.6/2024") or more than four digits long. Their <c>MayStartNumber</c> filters go on from the end.
    /// </summary>
    internal static int NumberEnd(string text, int digit)
    {
        if (digit > 0 && text[digit - 1] is (>= '0' and <= '9') or (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '/' or '.' or '-' or '‑')
        {
            return -1;
        }

        int next = digit;
        while (next < text.Length && char.IsDigit(text[next]) && next - digit <= 4)
        {
            next++;
        }

        return next - digit > 4 ? -1 : next;
    }

    /// <summary>How many of <see cref="DigitRanges"/> are searched: 1 where the pattern's numbers are ASCII digits only.</summary>
    private readonly int _ranges;

    /// <param name="anchored">The pattern with <c>\G</c> before it: tried at one position only, with what precedes in view of its lookbehinds.</param>
    /// <param name="specialMarks">True when a match may start on the <c>E?S\s?[-‑–]\s?</c> before a digit (a <c>special</c> group).</param>
    /// <param name="chineseLead">True when the pattern opens with <c>第?\s*</c>, so a match starts on the <c>第</c> or the spaces before its number.</param>
    /// <param name="asciiDigits">True when every match starts on an ASCII digit (<c>[0-9]</c>, not <c>\d</c>): the other ranges are not searched.</param>
    public AnchoredNumberScan(Regex anchored, bool specialMarks, bool chineseLead, bool asciiDigits = false)
    {
        ArgumentNullException.ThrowIfNull(anchored);
        _anchored = anchored;
        _specialMarks = specialMarks;
        _chineseLead = chineseLead;
        _ranges = asciiDigits ? 1 : DigitRanges.Length;
    }

    /// <summary>The matches in <paramref name="text"/>, left to right, not overlapping.</summary>
    public IReadOnlyList<Match> Matches(string text)
    {
        int none = 0;
        return Matches(text, ref none, static (string _, int _, ref int _) => true);
    }

    /// <summary>
    /// A rule's cheap test of what must follow or precede a number for its pattern to match on the digit at
    /// <paramref name="digit"/>: true wherever the pattern can match. <paramref name="state"/> is the rule's, kept over one text
    /// (what it found once and may find lazily).
    /// </summary>
    public delegate bool NumberFilter<TState>(string text, int digit, ref TState state);

    /// <summary>
    /// The matches in <paramref name="text"/>, left to right, not overlapping, with the pattern run on a digit only where
    /// <paramref name="mayStart"/> allows.
    /// </summary>
    public IReadOnlyList<Match> Matches<TState>(string text, ref TState state, NumberFilter<TState> mayStart)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mayStart);
        List<Match>? result = null;
        int end = 0;
        int at = 0;
        Span<int> next = stackalloc int[DigitRanges.Length];
        next.Fill(-1);
        while (at < text.Length)
        {
            int digit = NextDigit(text, at, next[.._ranges]);
            if (digit < 0)
            {
                break;
            }

            at = digit + 1;
            if (char.IsAsciiDigit(text[digit]))
            {
                // The rest of an ASCII run: no match starts on a digit after an ASCII digit (see IsInsideWord), nor on a mark.
                while (at < text.Length && char.IsAsciiDigit(text[at]))
                {
                    at++;
                }
            }

            var match = _specialMarks ? TrySpecial(text, digit, end) : null;
            if (match is null && digit >= end && !IsInsideWord(text, digit) && mayStart(text, digit, ref state))
            {
                match = TryAt(text, digit, end);
            }

            if (match is not null)
            {
                (result ??= []).Add(match);
                end = match.Index + match.Length;
                at = Math.Max(at, end);
            }
        }

        return result ?? (IReadOnlyList<Match>)[];
    }

    /// <summary>
    /// The match that starts on the mark <c>E?S\s?[-‑–]\s?</c> ending right before <paramref name="digit"/>, tried from
    /// its <c>E</c> then its <c>S</c> (where a lookbehind refuses the <c>E</c>, the <c>S</c> follows a letter and is refused too, but the pattern decides).
    /// </summary>
    private Match? TrySpecial(string text, int digit, int end)
    {
        int q = digit - 1;
        if (q >= 0 && char.IsWhiteSpace(text[q]))
        {
            q--;
        }

        if (q < 0 || text[q] is not ('-' or '‑' or '–'))
        {
            return null;
        }

        q--;
        if (q >= 0 && char.IsWhiteSpace(text[q]))
        {
            q--;
        }

        if (q < 0 || text[q] != 'S')
        {
            return null;
        }

        if (q >= 1 && text[q - 1] == 'E' && q - 1 >= end && TryAt(text, q - 1, end) is { } emergency)
        {
            return emergency;
        }

        return q >= end ? TryAt(text, q, end) : null;
    }

    /// <summary>
    /// The match whose number starts at <paramref name="start"/>, from the first position the unanchored scan would try
    /// that leads to it: for a Chinese lead, the <c>第</c> and spaces before the number (not before <paramref name="end"/>).
    /// </summary>
    private Match? TryAt(string text, int start, int end)
    {
        int from = start;
        if (_chineseLead)
        {
            while (from > end && char.IsWhiteSpace(text[from - 1]))
            {
                from--;
            }

            if (from > end && text[from - 1] == '第')
            {
                from--;
            }
        }

        var match = _anchored.Match(text, from);
        return match.Success ? match : null;
    }

    /// <summary>
    /// True for a digit right after an ASCII digit: no pattern this scan serves starts a number there (each refuses a
    /// digit before by a lookbehind), so the pattern is not run. Other digits before are left to the pattern.
    /// </summary>
    private static bool IsInsideWord(string text, int digit) => digit > 0 && char.IsAsciiDigit(text[digit - 1]);

    /// <summary>
    /// The first digit at or after <paramref name="at"/>: the nearest of each range's next hit, which
    /// <paramref name="next"/> keeps between calls (-1: not searched yet; <see cref="int.MaxValue"/>: none left), so each
    /// range is searched once over the text.
    /// </summary>
    private static int NextDigit(string text, int at, Span<int> next)
    {
        int nearest = int.MaxValue;
        for (int r = 0; r < next.Length; r++)
        {
            if (next[r] < at)
            {
                next[r] = NextInRange(text, at, DigitRanges[r].Low, DigitRanges[r].High, verify: r > 0);
            }

            nearest = Math.Min(nearest, next[r]);
        }

        return nearest == int.MaxValue ? -1 : nearest;
    }

    private static int NextInRange(string text, int at, char low, char high, bool verify)
    {
        while (at < text.Length)
        {
            int found = text.AsSpan(at).IndexOfAnyInRange(low, high);
            if (found < 0)
            {
                return int.MaxValue;
            }

            at += found;
            if (!verify || char.IsDigit(text[at]))
            {
                return at;
            }

            at++;
        }

        return int.MaxValue;
    }
}
