using System.Collections.Immutable;

namespace Lineage.Extraction.Rules;

/// <summary>
/// The words of one language that the kind-first reference rule walks by hand instead of by pattern (issue 11: each
/// language's vocabulary as data, one engine): the list words that join two items (<c>et</c>, <c>ainsi que</c>), the
/// punctuation that may stand before them, the names of the principal organs, and the ways the text between two items
/// of one list can open. Every word and mark here must also be one the language's list-gap pattern
/// accepts; a table test checks that, so the hand walk never takes a gap the pattern would refuse.
/// </summary>
/// <param name="ListWords">Words that join two items of one list, as printed (lower case).</param>
/// <param name="ListMarks">The punctuation that may end an item before the list word (<c>,</c>, <c>;</c>, <c>،</c>).</param>
public sealed record ReferenceVocabulary(ImmutableArray<string> ListWords, string ListMarks)
{
    /// <summary>
    /// How the language names the principal organs in the names its patterns capture, first fit wins (empty: the rule
    /// reads names its own way).
    /// </summary>
    public ImmutableArray<OrganName> OrganNames { get; init; } = [];

    /// <summary>
    /// Every way the language's list-gap pattern can start after its spaces, commas and semicolons, lower case: the first
    /// words of its dates (<c>du</c>, <c>en date du</c>), organs (<c>de la</c>), subjects (<c>intitulée</c>, <c>sur</c>) and
    /// list words. An entry ending in a space is a word that white space must follow; any other is a prefix. A gap that
    /// opens otherwise is no list gap (<see cref="RulesOutListGap"/>). Empty: not known, the pattern decides every gap.
    /// </summary>
    public ImmutableArray<string> GapLeads { get; init; } = [];

    /// <summary>
    /// Characters the list-gap pattern takes nowhere but inside a quoted title (<c>.</c>, <c>(</c>, <c>)</c>): a gap that
    /// holds one and no <see cref="TitleOpens"/> is no list gap.
    /// </summary>
    public string GapStops { get; init; } = string.Empty;

    /// <summary>The words of the language's heads, which most heads are read from without the head pattern (null: the pattern reads every head).</summary>
    public HeadWords? Heads { get; init; }

    /// <summary>The words of the date that most often follows an item, read without the after-pattern (null: the pattern reads every one).</summary>
    public DateWords? AfterDates { get; init; }

    /// <summary>The words of a principal organ named right after an item, read without the after-pattern (null: the pattern reads every one).</summary>
    public OrganWords? AfterOrgans { get; init; }

    /// <summary>The characters that open a quoted title in a list gap (<c>«</c>, <c>“</c>).</summary>
    public string TitleOpens { get; init; } = string.Empty;

    /// <summary>The words of <see cref="ListWords"/> one by one (<c>ainsi</c>, <c>que</c>), as <see cref="IsListTail"/> compares them.</summary>
    private readonly string[] _listPieces = ListWords.SelectMany(word => word.Split(' ')).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// True when <paramref name="text"/> holds nothing but white space, commas, semicolons, the <see cref="ListMarks"/> and
    /// the words of <see cref="ListWords"/> (<c> et </c>, <c>, y </c>, <c> и </c>): text in which no part of the after-pattern
    /// can match, as each of its parts needs a word none of the list words is (an organ's or body's name, a date's digits,
    /// "résolutions", a subject's opening word). So a date followed by such text ends the after-pattern's match, and such
    /// text alone is its empty match. False when <see cref="GapLeads"/> is empty (the language's openings are not known)
    /// or a word is in a script whose case the comparison cannot follow.
    /// </summary>
    internal bool IsListTail(ReadOnlySpan<char> text)
    {
        if (GapLeads.IsEmpty)
        {
            return false;
        }

        int at = 0;
        while (at < text.Length)
        {
            char ch = text[at];
            if (char.IsWhiteSpace(ch) || ch is ',' or ';' || ListMarks.Contains(ch, StringComparison.Ordinal))
            {
                at++;
                continue;
            }

            int end = at;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not (',' or ';') && !ListMarks.Contains(text[end], StringComparison.Ordinal))
            {
                end++;
            }

            var word = text[at..end];
            if (!SameCaseRules(word) || !IsListPiece(word))
            {
                return false;
            }

            at = end;
        }

        return true;
    }

    private bool IsListPiece(ReadOnlySpan<char> word)
    {
        foreach (string piece in _listPieces)
        {
            if (word.Equals(piece, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="gap"/>, the text between two numbers, cannot be one the list-gap pattern matches: it holds
    /// a <see cref="GapStops"/> character outside any quoted title, or its first word after spaces and list marks opens
    /// none of the ways of <see cref="GapLeads"/>. Most gaps the pattern is run on are such text (a sentence between two
    /// citations), and the pattern, which must try every way of reading a date, organ and subject before it fails, costs
    /// a third of the French extraction there. False says nothing: the pattern decides.
    /// </summary>
    /// <remarks>
    /// The words are compared ignoring case only where the text is in ASCII, Latin-1 or Cyrillic, where that comparison and
    /// the pattern's own case-insensitivity agree; a first word in any other script (a Kelvin sign, a long s) is left to the
    /// pattern.
    /// </remarks>
    public bool RulesOutListGap(ReadOnlySpan<char> gap)
    {
        if (GapLeads.IsEmpty)
        {
            return false;
        }

        if (GapStops.Length > 0 && gap.IndexOfAny(GapStops) >= 0 && gap.IndexOfAny(TitleOpens) < 0)
        {
            return true;
        }

        return FirstWord(gap) == GapOpening.Other;
    }

    /// <summary>
    /// How <paramref name="text"/> opens after its spaces, commas and semicolons: with nothing, with one of the
    /// <see cref="GapLeads"/>, with another word (<see cref="GapOpening.Other"/>), or in a script whose case the comparison
    /// cannot follow (<see cref="GapOpening.Unknown"/>; also when the language has no leads).
    /// </summary>
    internal GapOpening FirstWord(ReadOnlySpan<char> text)
    {
        if (GapLeads.IsEmpty)
        {
            return GapOpening.Unknown;
        }

        int at = 0;
        while (at < text.Length && (char.IsWhiteSpace(text[at]) || text[at] is ',' or ';'))
        {
            at++;
        }

        if (at == text.Length)
        {
            return GapOpening.None;
        }

        var rest = text[at..];
        foreach (string lead in GapLeads)
        {
            bool spaced = lead[^1] == ' ';
            int length = spaced ? lead.Length - 1 : lead.Length;
            if (rest.Length < length)
            {
                continue;
            }

            var word = rest[..length];
            if (!SameCaseRules(word))
            {
                return GapOpening.Unknown;
            }

            if (word.Equals(lead.AsSpan(0, length), StringComparison.OrdinalIgnoreCase)
                && (!spaced || (rest.Length > length && char.IsWhiteSpace(rest[length]))))
            {
                return GapOpening.Lead;
            }
        }

        return GapOpening.Other;
    }

    /// <summary>True when every character is ASCII, Latin-1 or Cyrillic (U+0400-U+04FF).</summary>
    private static bool SameCaseRules(ReadOnlySpan<char> text)
    {
        foreach (char ch in text)
        {
            if (ch >= '\u0100' && ch is < '\u0400' or > '\u04FF')
            {
                return false;
            }
        }

        return true;
    }
}
