using System.Buffers;
using System.Collections.Immutable;

namespace Lineage.Extraction.Rules;

/// <summary>
/// The words of a kind-first head as data (issue 11: each language's vocabulary as one record): its kind words, the
/// words that make a list the text's own, and the words after which the head pattern may read more than a kind word
/// and an own word (an organ "dans sa", an adoption "a adopté la", a "pursuant to" phrase). Most heads are a kind word
/// right before the number, alone or after an own word or an article (<c>sa résolution 61/78</c>, <c>резолюции
/// 1540</c>); <see cref="TryRead"/> reads those by walking back over the words, and leaves every other head to the
/// pattern, which runs right to left and interpreted and cost 14-16% of the French extraction.
/// </summary>
/// <remarks>
/// The walk decides only where the pattern's answer is certain: the kind word (a whole run of letters that one of
/// <see cref="ResolutionWords"/> or <see cref="DecisionWords"/> fits) stands before the number with only white space
/// between; the word before it, if any, is one of <see cref="OwnWords"/> or no part of any longer head: not an article of
/// <see cref="BridgeArticles"/> after a word <see cref="BridgeWords"/> opens, no <see cref="Blockers"/> in the window, no
/// word of <see cref="LocalEnds"/> among the <see cref="LocalReach"/> words before the kind word. Words are compared
/// without case, which agrees with the pattern's case-insensitivity except for a few letters (a Kelvin sign, a long s,
/// old Cyrillic forms): a window holding one is left to the pattern.
/// </remarks>
public sealed class HeadWords
{
    /// <summary>The kind words of a resolution (<c>résolution</c>, <c>résolutions</c>).</summary>
    public required ImmutableArray<WordForm> ResolutionWords { get; init; }

    /// <summary>The kind words of a decision (<c>décision</c>, <c>décisions</c>).</summary>
    public required ImmutableArray<WordForm> DecisionWords { get; init; }

    /// <summary>The words that make an item the text's own (<c>sa</c>, <c>ses</c>, <c>su</c>, <c>свою</c>).</summary>
    public required ImmutableArray<WordForm> OwnWords { get; init; }

    /// <summary>The openings (prefixes, lower case) of a word that may stand before an article to name an organ or an adoption (<c>dans</c>, <c>par</c>, <c>de</c>, <c>adopt</c>).</summary>
    public required ImmutableArray<string> BridgeWords { get; init; }

    /// <summary>The articles those words come before, right before the kind word (<c>sa</c>, <c>la</c>).</summary>
    public required ImmutableArray<string> BridgeArticles { get; init; }

    /// <summary>Text (lower case) that anywhere in the window before the kind word may start a longer head (<c>принят</c>).</summary>
    public ImmutableArray<string> Blockers { get; init; } = [];

    /// <summary>
    /// The first words (lower case) of the organs' and other bodies' names: every organ, body and adoption head holds one,
    /// so where the window before the kind word holds none, <see cref="BridgeWords"/> and <see cref="Blockers"/> need no
    /// look. Empty: they are always looked at.
    /// </summary>
    public ImmutableArray<string> Names { get; init; } = [];

    /// <summary>A word of each "pursuant to" phrase (<c>conformément</c>, <c>vertu</c>, <c>conformidad</c>), lower case: its last, or the one before a last that is too common a word.</summary>
    public required ImmutableArray<string> LocalEnds { get; init; }

    /// <summary>How many words before the kind word that word may stand (those after it in the phrase, its article and preposition, and one more).</summary>
    public required int LocalReach { get; init; }

    /// <summary>
    /// Letters the pattern's case-insensitivity equates with Latin or Cyrillic letters where a comparison without case
    /// does not (Kelvin and Ångström signs, long s, capital sharp s, Ÿ, dotted and dotless i, old Cyrillic forms).
    /// </summary>
    private static readonly SearchValues<char> s_oddCase = SearchValues.Create(
        "\u017F\u212A\u212B\u1E9E\u0178\u0130\u0131\u1C80\u1C81\u1C82\u1C83\u1C84\u1C85\u1C86\u1C87\u1C88\uA64A\uA64B");

    /// <summary>
    /// Reads the head ending at <paramref name="end"/> (a number) within the window from <paramref name="windowStart"/>,
    /// as the head pattern would, where it can be sure; false: the pattern decides.
    /// </summary>
    internal bool TryRead(string text, int windowStart, int end, out HeadMatch head)
    {
        head = HeadMatch.None;
        // Only white space between the kind word and the number: no "n°" (the pattern's end), no organ after the kind word.
        int at = SkipSpaceBack(text, windowStart, end);
        int kindEnd = at;
        at = SkipLettersBack(text, windowStart, at);
        int kindStart = at;
        if (kindStart == kindEnd)
        {
            return false;
        }

        var whole = text.AsSpan(windowStart, end - windowStart);
        if (whole.IndexOfAny(s_oddCase) >= 0)
        {
            return false;
        }

        var kindWord = text.AsSpan(kindStart, kindEnd - kindStart);
        bool decision;
        if (Fits(DecisionWords, kindWord))
        {
            decision = true;
        }
        else if (Fits(ResolutionWords, kindWord))
        {
            decision = false;
        }
        else
        {
            return false;
        }

        int start = kindStart;
        var own = GroupSpan.None;
        // Whether the window names a body, asked only where it decides (an article after a bridge word, a blocker).
        var window = text.AsSpan(windowStart, kindStart - windowStart);
        Span<char> buffer = window.Length <= FoldLimit ? stackalloc char[window.Length] : [];
        bool folded = window.Length <= FoldLimit && CaseFold.TryFold(window, buffer);
        var upper = buffer[..(folded ? window.Length : 0)];
        int namedState = Names.IsEmpty ? 1 : 0;
        bool Named(ReadOnlySpan<char> upper, ReadOnlySpan<char> before)
        {
            if (namedState == 0)
            {
                namedState = Contains(upper, before, Names, FoldedNames) ? 1 : 2;
            }

            return namedState == 1;
        }

        // The pattern sees the window as its whole text: its start is where every walk stops, as the text's start would be.
        at = SkipSpaceBack(text, windowStart, kindStart);
        char before = at > windowStart ? text[at - 1] : ' ';
        if (before is '\'' or '’')
        {
            // "l’" may end a "pursuant to" phrase right before the kind word.
            return false;
        }

        if (char.IsLetter(before))
        {
            if (at == kindStart)
            {
                return false;
            }

            int wordEnd = at;
            at = SkipLettersBack(text, windowStart, at);
            var word = text.AsSpan(at, wordEnd - at);
            if (IsArticle(word) && Named(upper, window) && IsBridge(text, windowStart, at))
            {
                return false;
            }

            if (Fits(OwnWords, word))
            {
                own = GroupSpan.At(at, word.Length);
                start = at;
            }
        }

        if ((!Blockers.IsEmpty && Named(upper, window) && Contains(upper, window, Blockers, FoldedBlockers)) || LocalEndBefore(text, windowStart, kindStart))
        {
            return false;
        }

        var kind = GroupSpan.At(kindStart, kindEnd - kindStart);
        head = new HeadMatch(true, start, end - start, kind, decision ? kind : GroupSpan.None, own, GroupSpan.None, GroupSpan.None, GroupSpan.None);
        return true;
    }

    private static bool Fits(ImmutableArray<WordForm> forms, ReadOnlySpan<char> word)
    {
        foreach (var form in forms)
        {
            if (form.Fits(word))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsArticle(ReadOnlySpan<char> word)
    {
        foreach (string candidate in BridgeArticles)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the article starting at <paramref name="wordStart"/> follows a bridge word, across white space only.</summary>
    private bool IsBridge(string text, int windowStart, int wordStart)
    {
        int at = SkipSpaceBack(text, windowStart, wordStart);
        if (at == wordStart || at == windowStart || !char.IsLetter(text[at - 1]))
        {
            // The organ and adoption heads put white space between the bridge word and the article.
            return false;
        }

        int bridgeEnd = at;
        at = SkipLettersBack(text, windowStart, at);
        var bridge = text.AsSpan(at, bridgeEnd - at);
        foreach (string opening in BridgeWords)
        {
            if (bridge.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest window folded on the stack (a head's window is 160 characters).</summary>
    private const int FoldLimit = 512;

    private string[]? _foldedNames;
    private string[]? _foldedBlockers;

    private string[] FoldedNames => _foldedNames ??= [.. Names.Select(CaseFold.Fold)];

    private string[] FoldedBlockers => _foldedBlockers ??= [.. Blockers.Select(CaseFold.Fold)];

    /// <summary>
    /// True when <paramref name="before"/> holds one of <paramref name="words"/> in any case: ordinally in its folded form
    /// <paramref name="upper"/> where it could be folded (empty: it could not), else compared without case.
    /// </summary>
    private static bool Contains(ReadOnlySpan<char> upper, ReadOnlySpan<char> before, ImmutableArray<string> words, string[] folded)
    {
        for (int i = 0; i < words.Length; i++)
        {
            if (upper.Length == before.Length ? upper.Contains(folded[i], StringComparison.Ordinal) : before.Contains(words[i], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when one of the <see cref="LocalReach"/> words before <paramref name="kindStart"/> (runs of letters between
    /// white space and apostrophes, what a "pursuant to" phrase is made of, inside the window) is a <see cref="LocalEnds"/> word.
    /// </summary>
    private bool LocalEndBefore(string text, int windowStart, int kindStart)
    {
        int at = kindStart;
        for (int words = 0; words < LocalReach; words++)
        {
            while (at > windowStart && (char.IsWhiteSpace(text[at - 1]) || text[at - 1] is '\'' or '’'))
            {
                at--;
            }

            if (at == windowStart || !char.IsLetter(text[at - 1]))
            {
                // The window ends the text; and a phrase holds only letters, white space and apostrophes: it cannot reach across this.
                return false;
            }

            int wordEnd = at;
            at = SkipLettersBack(text, windowStart, at);
            var word = text.AsSpan(at, wordEnd - at);
            foreach (string local in LocalEnds)
            {
                if (word.Equals(local, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int SkipSpaceBack(string text, int windowStart, int at)
    {
        while (at > windowStart && char.IsWhiteSpace(text[at - 1]))
        {
            at--;
        }

        return at;
    }

    private static int SkipLettersBack(string text, int windowStart, int at)
    {
        while (at > windowStart && char.IsLetter(text[at - 1]))
        {
            at--;
        }

        return at;
    }
}
