using System.Text.RegularExpressions;

namespace Lineage.Extraction.Rules.En;

/// <summary>
/// The English rule's hand walks (issue 11): each decides one of the rule's patterns without running it, but only where
/// the pattern's answer is certain, and leaves every other case to the pattern, so the output is the same. A walk that
/// accepts reads one of the ways the pattern matches, comparing words without case in ASCII only (which the patterns'
/// case-insensitivity also accepts); a walk that refuses has found no place where text the pattern needs could stand.
/// </summary>
public sealed partial class EnglishReferenceRule
{
    /// <summary>What the rule reads of a head (<see cref="KindWord"/>, <see cref="LooseKindWord"/>): the kind word, "its", the "pursuant to" phrase.</summary>
    private readonly record struct KindHead(bool Success, GroupSpan Kind, bool Its, GroupSpan Local)
    {
        public static KindHead None => default;

        public static KindHead From(Match match) =>
            match.Success ? new(true, GroupSpan.Of(match.Groups["kind"]), match.Groups["its"].Success, GroupSpan.Of(match.Groups["local"])) : None;
    }

    /// <summary>The "pursuant to" phrases of <see cref="KindWord"/>'s <c>local</c> group, in its order.</summary>
    private static readonly string[] s_localPhrases =
        ["pursuant to", "in accordance with", "as requested in", "in implementation of", "in follow-up to", "as called for in", "as set out in", "in the light of"];

    /// <summary><see cref="KindWord"/> on the window, read by <see cref="TryWalkKindWord"/> where it can, else by the pattern.</summary>
    private static KindHead HeadAt(string text, int start, int end) =>
        TryWalkKindWord(text, start, end, out var head) ? head : KindHead.From(KindWord().Match(text, start, end - start));

    /// <summary>
    /// Reads <see cref="KindWord"/>'s match on the window from <paramref name="start"/> to the number at <paramref name="end"/>
    /// the way the pattern does, right to left, taking at each step what it tries first: spaces and a comma, the kind word
    /// ("resolutions", "decision", in any case, perhaps the end of a longer word, as the pattern has no word boundary there),
    /// then after white space "its" (perhaps "its own"), then after white space a "pursuant to" phrase. False where it
    /// cannot be sure (a quoted title before the number, a letter outside ASCII, the window's start): the pattern decides.
    /// That pattern, run right to left before most numbers, cost 3% of the English extraction.
    /// </summary>
    private static bool TryWalkKindWord(string text, int start, int end, out KindHead head)
    {
        head = KindHead.None;
        var window = text.AsSpan(start, end - start);
        int at = SkipSpacesBack(window, window.Length);
        if (at > 0 && window[at - 1] == ',')
        {
            at = SkipSpacesBack(window, at - 1);
        }

        int kindEnd = at;
        int kindStart = -1;
        foreach (string word in s_kindWords)
        {
            if (EndsWithAscii(window, at, word))
            {
                kindStart = at - word.Length;
                break;
            }
        }

        if (kindStart < 0)
        {
            return false;
        }

        int headStart = kindStart;
        bool its = false;
        int spaced = SkipSpacesBack(window, kindStart);
        if (spaced < kindStart)
        {
            int ownEnd = spaced;
            if (EndsWithAscii(window, ownEnd, "own") && SkipSpacesBack(window, ownEnd - 3) is int beforeOwn && beforeOwn < ownEnd - 3 && EndsWithAscii(window, beforeOwn, "its"))
            {
                its = true;
                headStart = beforeOwn - 3;
            }
            else if (EndsWithAscii(window, spaced, "its"))
            {
                its = true;
                headStart = spaced - 3;
            }
            else if (Unsure(window, spaced))
            {
                return false;
            }
        }

        var local = GroupSpan.None;
        int localEnd = SkipSpacesBack(window, headStart);
        if (localEnd < headStart)
        {
            foreach (string phrase in s_localPhrases)
            {
                if (EndsWithAscii(window, localEnd, phrase))
                {
                    local = GroupSpan.At(start + localEnd - phrase.Length, phrase.Length);
                    headStart = localEnd - phrase.Length;
                    break;
                }
            }

            if (!local.Success && Unsure(window, localEnd))
            {
                return false;
            }
        }

        head = new KindHead(true, GroupSpan.At(start + kindStart, kindEnd - kindStart), its, local);
        return true;
    }

    /// <summary>
    /// True when <paramref name="window"/> holds, ending at <paramref name="end"/>, <paramref name="word"/> in any case (the
    /// pattern's case-insensitivity, compared in ASCII only, so "at least one letter outside ASCII" is never a match).
    /// </summary>
    private static bool EndsWithAscii(ReadOnlySpan<char> window, int end, string word) =>
        end >= word.Length && System.Text.Ascii.EqualsIgnoreCase(window.Slice(end - word.Length, word.Length), word);

    /// <summary>
    /// True when the twenty characters before <paramref name="end"/> hold a letter outside ASCII: a word there that the
    /// ASCII comparison refused may be one the pattern's case-insensitivity takes (a Kelvin sign, a long s, a dotted I).
    /// </summary>
    private static bool Unsure(ReadOnlySpan<char> window, int end)
    {
        var before = window[Math.Max(0, end - 20)..end];
        return !System.Text.Ascii.IsValid(before);
    }

    private static int SkipSpacesBack(ReadOnlySpan<char> text, int at)
    {
        while (at > 0 && char.IsWhiteSpace(text[at - 1]))
        {
            at--;
        }

        return at;
    }

    /// <summary>The month names of <see cref="ListGap"/>'s date, in the pattern's order.</summary>
    private static readonly string[] s_months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>The words that may open <see cref="ListGap"/>'s date.</summary>
    private static readonly string[] s_gapDateWords = ["of", "dated", "on"];

    /// <summary>The list words of <see cref="ListGap"/>'s close, longest first.</summary>
    private static readonly string[] s_gapListWords = ["as well as", "and", "or"];

    /// <summary>True when <see cref="ListGap"/> matches <paramref name="gap"/>: read by hand in its commonest shapes, else by the pattern.</summary>
    private static bool IsListGap(ReadOnlySpan<char> gap) =>
        IsPlainListGap(gap) || (s_gapWords.FirstWord(gap) != GapOpening.Other && ListGap().IsMatch(gap));

    /// <summary>
    /// The words one of which opens every match of <see cref="ListGap"/> after its spaces, commas and semicolons (prefixes,
    /// lower case): its sections, date, subject and list words. A gap that opens on another word is no list gap.
    /// </summary>
    private static readonly ReferenceVocabulary s_gapWords = new([], string.Empty)
    {
        GapLeads = ["sect", "para", "annex", "part", "chap", "of", "dated", "on", "concerning", "relating", "regarding", "entitled", "in", "by", "which", "pertaining", "and", "as", "or", "its"],
    };

    /// <summary>The words that open <see cref="ListGap"/>'s subject, in its order.</summary>
    private static readonly string[] s_subjectLeads = ["on", "concerning", "relating to", "regarding", "entitled", "in which", "by which", "which", "pertaining to"];

    /// <summary>The longest subject <see cref="ListGap"/> takes.</summary>
    private const int GapSubjectLimit = 250;

    /// <summary>
    /// True when <paramref name="gap"/> is, whole, one of <see cref="ListGap"/>'s commonest shapes: an optional date ("of 15
    /// December 1994", "of 25 and 27 June") and the close (", ", " and ", ", and its "). Those are 99% of the gaps the
    /// rule reads between two items of a list, where the pattern, anchored at both ends, tried its section, date and
    /// subject branches one after another (16% of the English extraction). False says nothing: the pattern decides.
    /// </summary>
    private static bool IsPlainListGap(ReadOnlySpan<char> gap)
    {
        int at = Math.Max(0, GapDateEnd(gap));
        return GapCloses(gap, at) || SubjectRunsToEnd(gap, at);
    }

    /// <summary>
    /// True when from <paramref name="at"/> a subject of <see cref="ListGap"/> ("on …", ", entitled “…”", ", in which …")
    /// runs to the end of the gap: <c>\s*,?\s+LEAD\s+(?!\d)[^;]{1,250}</c>, the close then empty. "resolutions 74/1 of 2
    /// April 2020 on international cooperation …, and 74/274": the subject gaps the pattern was left with (2% of them).
    /// </summary>
    private static bool SubjectRunsToEnd(ReadOnlySpan<char> gap, int at)
    {
        int p = SkipSpaces(gap, at);
        if (p < gap.Length && gap[p] == ',')
        {
            int spaced = SkipSpaces(gap, p + 1);
            if (spaced == p + 1)
            {
                return false;
            }

            p = spaced;
        }
        else if (p == at)
        {
            return false;
        }

        int lead = WordAt(gap, p, s_subjectLeads);
        if (lead < 0 || !IsSpace(gap, p + lead))
        {
            return false;
        }

        int subject = SkipSpaces(gap, p + lead);
        return subject < gap.Length && gap.Length - subject <= GapSubjectLimit && !char.IsDigit(gap[subject]) && !gap[subject..].Contains(';');
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

    /// <summary>The endings of the word before "its" in <see cref="ItsOwner"/> (in, by, through, under; "paragraph 2 of") and <see cref="ByOwner"/> (of).</summary>
    private static readonly string[] s_ownerLinks = ["in", "by", "through", "under", "of"];

    /// <summary>
    /// False when neither <see cref="ItsOwner"/> nor <see cref="ByOwner"/> can match <paramref name="before"/>, the text
    /// before a kind word that "its" heads: both end on "its" (as printed, between white space) and at most two words, with
    /// "in", "by", "through", "under" or "of" before "its". "Recalling its resolution" has none, and the two patterns, run
    /// right to left over 400 characters, were left with nothing to find there.
    /// </summary>
    private static bool MayNameItsOwner(ReadOnlySpan<char> before)
    {
        int at = before.Length;
        for (int token = 0; token < 3; token++)
        {
            int end = SkipSpacesBack(before, at);
            if (end == at)
            {
                // No white space: the patterns' "\s+" before the end, or between two words, finds none.
                return false;
            }

            int start = end;
            while (start > 0 && !char.IsWhiteSpace(before[start - 1]))
            {
                start--;
            }

            if (before[start..end] is "its")
            {
                int linkEnd = SkipSpacesBack(before, start);
                if (linkEnd < start)
                {
                    var link = before[..linkEnd];
                    foreach (string word in s_ownerLinks)
                    {
                        if (link.EndsWith(word, StringComparison.Ordinal))
                        {
                            return true;
                        }
                    }
                }
            }

            at = start;
        }

        return false;
    }

    /// <summary>What the owner walk and the two owner patterns say of the text before a kind word (for tests).</summary>
    internal static (bool May, bool Pattern) ItsOwnerAt(string text, int start, int end) =>
        (MayNameItsOwner(text.AsSpan(start, end - start)), ItsOwner().Match(text, start, end - start).Success || ByOwner().Match(text, start, end - start).Success);

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

    /// <summary>Whether the head walk read the window, and whether what it read is the pattern's match, groups and all (for tests).</summary>
    internal static (bool Walked, bool Same) KindHeadAt(string text, int start, int end)
    {
        var pattern = KindHead.From(KindWord().Match(text, start, end - start));
        return TryWalkKindWord(text, start, end, out var walk) ? (true, walk == pattern) : (false, true);
    }

    /// <summary>What the rule decides of the gap between two numbers, walk, refusal and pattern together (for tests).</summary>
    internal static bool ListGapDecided(string text, int start, int end) => IsListGap(text.AsSpan(start, end - start));

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
