namespace Lineage.Extraction.Rules.En;

/// <summary>
/// The English rule's hand walks (issue 11): each decides one of the rule's patterns without running it, but only where
/// the pattern's answer is certain, and leaves every other case to the pattern, so the output is the same. A walk that
/// accepts reads one of the ways the pattern matches, comparing words without case in ASCII only (which the patterns'
/// case-insensitivity also accepts); a walk that refuses has found no place where text the pattern needs could stand.
/// </summary>
public sealed partial class EnglishReferenceRule
{
    /// <summary>The month names of <see cref="ListGap"/>'s date, in the pattern's order.</summary>
    private static readonly string[] s_months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>The words that may open <see cref="ListGap"/>'s date.</summary>
    private static readonly string[] s_gapDateWords = ["of", "dated", "on"];

    /// <summary>The list words of <see cref="ListGap"/>'s close, longest first.</summary>
    private static readonly string[] s_gapListWords = ["as well as", "and", "or"];

    /// <summary>True when <see cref="ListGap"/> matches <paramref name="gap"/>: read by hand in its commonest shapes, else by the pattern.</summary>
    private static bool IsListGap(ReadOnlySpan<char> gap) => IsPlainListGap(gap) || ListGap().IsMatch(gap);

    /// <summary>
    /// True when <paramref name="gap"/> is, whole, one of <see cref="ListGap"/>'s commonest shapes: an optional date ("of 15
    /// December 1994", "of 25 and 27 June") and the close (", ", " and ", ", and its "). Those are 99% of the gaps the
    /// rule reads between two items of a list, where the pattern, anchored at both ends, tried its section, date and
    /// subject branches one after another (16% of the English extraction). False says nothing: the pattern decides.
    /// </summary>
    private static bool IsPlainListGap(ReadOnlySpan<char> gap)
    {
        int at = GapDateEnd(gap);
        return GapCloses(gap, at < 0 ? 0 : at);
    }

    /// <summary>
    /// Where the date that may open a list gap ends, read as <see cref="ListGap"/> reads it:
    /// <c>\s*,?\s*(?:of|dated|on)\s+\d{1,2}(?:\s*(?:and|-|–)\s*\d{1,2})?\s+MONTH(?:\s+\d{4})?</c>; -1 when no date opens it.
    /// </summary>
    private static int GapDateEnd(ReadOnlySpan<char> gap)
    {
        int at = SkipSpaces(gap, 0);
        if (at < gap.Length && gap[at] == ',')
        {
            at = SkipSpaces(gap, at + 1);
        }

        int word = WordAt(gap, at, s_gapDateWords);
        if (word < 0 || !IsSpace(gap, at + word))
        {
            return -1;
        }

        at = SkipSpaces(gap, at + word);
        int day = Digits(gap, at, 1, 2);
        if (day < 0)
        {
            return -1;
        }

        at = day;
        // "25 and 27 June", "25-27 June": a second day, taken where it is whole.
        int second = SkipSpaces(gap, at);
        int joiner = second < gap.Length && gap[second] is '-' or '–' ? 1 : WordAt(gap, second, ["and"]);
        if (joiner > 0)
        {
            int other = Digits(gap, SkipSpaces(gap, second + joiner), 1, 2);
            if (other > 0)
            {
                at = other;
            }
        }

        if (!IsSpace(gap, at))
        {
            return -1;
        }

        at = SkipSpaces(gap, at);
        int month = WordAt(gap, at, s_months);
        if (month < 0)
        {
            return -1;
        }

        at += month;
        if (IsSpace(gap, at))
        {
            int year = Digits(gap, SkipSpaces(gap, at), 4, 4);
            if (year > 0)
            {
                at = year;
            }
        }

        return at;
    }

    /// <summary>
    /// True when the text from <paramref name="at"/> is, whole, <see cref="ListGap"/>'s close:
    /// <c>\s*[,;]?\s*(?:(?:and|as well as|or)\s+)?(?:its\s+)?$</c>.
    /// </summary>
    private static bool GapCloses(ReadOnlySpan<char> gap, int at)
    {
        at = SkipSpaces(gap, at);
        if (at < gap.Length && gap[at] is ',' or ';')
        {
            at = SkipSpaces(gap, at + 1);
        }

        int word = WordAt(gap, at, s_gapListWords);
        if (word > 0 && IsSpace(gap, at + word))
        {
            at = SkipSpaces(gap, at + word);
        }

        int its = WordAt(gap, at, ["its"]);
        if (its > 0 && IsSpace(gap, at + its))
        {
            at = SkipSpaces(gap, at + its);
        }

        return at == gap.Length;
    }

    /// <summary>
    /// False when <see cref="OwnerAfter"/> cannot match <paramref name="after"/>: it needs "of" or "by" (as printed) after
    /// white space, then white space, "the" and white space; 85% of the stretches after a number hold no such place.
    /// </summary>
    private static bool MayNameOwner(ReadOnlySpan<char> after)
    {
        int from = 0;
        while (from < after.Length)
        {
            int the = after[from..].IndexOf("the", StringComparison.Ordinal);
            if (the < 0)
            {
                return false;
            }

            the += from;
            from = the + 1;
            if (!IsSpace(after, the + 3) || the == 0 || !char.IsWhiteSpace(after[the - 1]))
            {
                continue;
            }

            int at = the;
            while (at > 0 && char.IsWhiteSpace(after[at - 1]))
            {
                at--;
            }

            if (at >= 3 && after.Slice(at - 2, 2) is "of" or "by" && char.IsWhiteSpace(after[at - 3]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// False when <see cref="SubjectAfter"/> cannot match <paramref name="after"/>: its subject opens on "on" (in any case)
    /// between white space, and 85% of the stretches after a number hold none.
    /// </summary>
    private static bool MayHoldSubject(ReadOnlySpan<char> after)
    {
        int from = 0;
        while (from < after.Length)
        {
            int on = after[from..].IndexOfAny('o', 'O');
            if (on < 0)
            {
                return false;
            }

            on += from;
            from = on + 1;
            if (on > 0 && char.IsWhiteSpace(after[on - 1]) && on + 1 < after.Length && after[on + 1] is 'n' or 'N' && IsSpace(after, on + 2))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The length of the first of <paramref name="words"/> that <paramref name="text"/> holds at <paramref name="at"/> (ASCII, without case); -1 for none.</summary>
    private static int WordAt(ReadOnlySpan<char> text, int at, string[] words)
    {
        var rest = text[at..];
        foreach (string word in words)
        {
            if (rest.Length >= word.Length && System.Text.Ascii.EqualsIgnoreCase(rest[..word.Length], word))
            {
                return word.Length;
            }
        }

        return -1;
    }

    /// <summary>The end of a run of <paramref name="min"/> to <paramref name="max"/> ASCII digits at <paramref name="at"/> that no further digit follows; -1 for none.</summary>
    private static int Digits(ReadOnlySpan<char> text, int at, int min, int max)
    {
        int end = at;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end - at >= min && end - at <= max ? end : -1;
    }

    /// <summary>
    /// What the walks and the patterns say of the text between two numbers and of the stretch after one (for tests): the
    /// list-gap walk's and pattern's answers, and whether the owner and subject walks allow a match and the patterns match.
    /// </summary>
    internal static (bool Walk, bool Pattern) ListGapAt(string text, int start, int end) =>
        (IsPlainListGap(text.AsSpan(start, end - start)), ListGap().IsMatch(text.AsSpan(start, end - start)));

    /// <inheritdoc cref="ListGapAt"/>
    internal static (bool Walk, bool Pattern) OwnerAt(string text, int start, int end) =>
        (MayNameOwner(text.AsSpan(start, end - start)), OwnerAfter().Match(text, start, end - start).Success);

    /// <inheritdoc cref="ListGapAt"/>
    internal static (bool Walk, bool Pattern) SubjectAt(string text, int start, int end) =>
        (MayHoldSubject(text.AsSpan(start, end - start)), SubjectAfter().Match(text, start, end - start).Success);

    private static bool IsSpace(ReadOnlySpan<char> text, int at) => at < text.Length && char.IsWhiteSpace(text[at]);

    private static int SkipSpaces(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }
}
