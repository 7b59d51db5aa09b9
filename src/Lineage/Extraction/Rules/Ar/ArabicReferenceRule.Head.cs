namespace Lineage.Extraction.Rules.Ar;

/// <summary>
/// The Arabic head read by a walk, and the after-text refused without its pattern (issue 11). The own word of an Arabic head is a suffix (قرارها, "its resolution"), so
/// the head pattern runs right to left, interpreted, over the window before each number: 18-21% of the Arabic
/// extraction. Most heads are one word right before the number, a kind word with its prefixes and suffixes (قرارها،
/// والقرار، بقراراتها), perhaps after a "pursuant to" word (عملا بالقرار); the walk reads those backwards from the
/// number, choosing at each step what the right-to-left pattern tries first, and leaves every other head to the pattern.
/// </summary>
public sealed partial class ArabicReferenceRule
{
    /// <summary>
    /// Text every organ or other body a head may name holds (<see cref="Organs"/>, <see cref="Foreign"/>, المجلس, الجمعية):
    /// where the text before the number holds none, no head there names one, and the walk may read it.
    /// </summary>
    private static readonly string[] s_bodyCues = ["مجلس", "جمعية", "لجنة", "مؤتمر", "اجتماع"];

    /// <summary>The "pursuant to" words of the head pattern's <c>local</c> group, in its order (استنادا إلى is read on its own).</summary>
    private static readonly string[] s_localWords = ["عملا", "عملاً", "وفقا", "وفقاً", "طبقا", "طبقاً", "تنفيذا", "تنفيذاً"];

    /// <summary>The local words after استنادا إلى in the pattern's order.</summary>
    private static readonly string[] s_lateLocalWords = ["بموجب", "إعمالا"];

    /// <inheritdoc/>
    private protected override bool TryWalkHead(string text, int windowStart, int end, out HeadMatch head)
    {
        head = HeadMatch.None;
        // The pattern's end: spaces and direction marks before the number (no "رقم", no organ after the kind word).
        int at = end;
        while (at > windowStart && (char.IsWhiteSpace(text[at - 1]) || text[at - 1] is '\u200E' or '\u200F'))
        {
            at--;
        }

        int wordEnd = at;
        while (at > windowStart && (char.IsLetter(text[at - 1]) || IsDrawn(text[at - 1])))
        {
            at--;
        }

        int wordStart = at;
        if (wordStart == wordEnd || (wordStart == windowStart && windowStart > 0) || NamesBody(text, windowStart, end))
        {
            // Not a word; or cut by the window, where what the pattern sees before it is not certain; or an organ or body
            // may be part of the head.
            return false;
        }

        // Right to left as the pattern reads: the pronoun (its own, ها, first), the plural or dual, the kind word.
        int p = wordEnd;
        var own = GroupSpan.None;
        if (BackOver(text, wordStart, p, "ها") is int ownStart and >= 0)
        {
            own = GroupSpan.At(ownStart, p - ownStart);
            p = ownStart;
        }
        else
        {
            foreach (string pronoun in (ReadOnlySpan<string>)["هما", "هم", "ه"])
            {
                if (BackOver(text, wordStart, p, pronoun) is int start and >= 0)
                {
                    p = start;
                    break;
                }
            }
        }

        foreach (string ending in (ReadOnlySpan<string>)["ات", "ين", "ان", "ي", "ا"])
        {
            if (BackOver(text, wordStart, p, ending) is int start and >= 0)
            {
                p = start;
                break;
            }
        }

        int kindEnd = p;
        bool decision = true;
        int kindStart = BackOver(text, wordStart, p, "مقرر");
        if (kindStart < 0)
        {
            decision = false;
            kindStart = BackOver(text, wordStart, p, "قرار");
        }

        if (kindStart < 0 || !IsKindPrefix(text.AsSpan(wordStart, kindStart - wordStart)))
        {
            return false;
        }

        var local = LocalBefore(text, windowStart, wordStart);
        if (local is null)
        {
            return false;
        }

        int headStart = local.Value.Success ? local.Value.Index : wordStart;
        var kind = GroupSpan.At(kindStart, kindEnd - kindStart);
        head = new HeadMatch(true, headStart, end - headStart, kind, decision ? kind : GroupSpan.None, own, GroupSpan.None, GroupSpan.None, local.Value);
        return true;
    }

    /// <summary>
    /// True when <see cref="AfterPattern"/> can take nothing after an item: each of its parts opens, after spaces,
    /// direction marks and at most one comma, on ل (an organ: لمجلس الأمن), ا (الصادر، المؤرخ، المعنون …) or ب (بشأن),
    /// so where another character opens the text its match is the empty one. The pattern, run after every number, was
    /// the costliest of the Arabic rule's (9% of the Arabic extraction).
    /// </summary>
    private protected override bool OpensNoAfter(ReadOnlySpan<char> window)
    {
        int at = SkipSeparators(window, 0);
        if (at < window.Length && window[at] is '،' or ',')
        {
            at = SkipSeparators(window, at + 1);
        }

        return at < window.Length && window[at] is not ('ل' or 'ا' or 'ب');
    }

    private static int SkipSeparators(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && (char.IsWhiteSpace(text[at]) || text[at] is '\u200E' or '\u200F'))
        {
            at++;
        }

        return at;
    }

    /// <summary>
    /// The "pursuant to" word the pattern takes before the kind word starting at <paramref name="wordStart"/> (white space
    /// between, no letter before the word): its span, <see cref="GroupSpan.None"/> when there is none, null when the
    /// window cuts it.
    /// </summary>
    private static GroupSpan? LocalBefore(string text, int windowStart, int wordStart)
    {
        int at = wordStart;
        while (at > windowStart && char.IsWhiteSpace(text[at - 1]))
        {
            at--;
        }

        if (at == wordStart)
        {
            return GroupSpan.None;
        }

        var before = text.AsSpan(windowStart, at - windowStart);
        foreach (string word in s_localWords)
        {
            if (before.EndsWith(word, StringComparison.Ordinal))
            {
                return Whole(text, windowStart, at - word.Length, word.Length);
            }
        }

        if (before.EndsWith("إلى", StringComparison.Ordinal))
        {
            int space = at - 3;
            int stop = space;
            while (stop > windowStart && char.IsWhiteSpace(text[stop - 1]))
            {
                stop--;
            }

            if (stop < space && text.AsSpan(windowStart, stop - windowStart).EndsWith("استنادا", StringComparison.Ordinal))
            {
                return Whole(text, windowStart, stop - 7, at - (stop - 7));
            }
        }

        foreach (string word in s_lateLocalWords)
        {
            if (before.EndsWith(word, StringComparison.Ordinal))
            {
                return Whole(text, windowStart, at - word.Length, word.Length);
            }
        }

        return GroupSpan.None;
    }

    /// <summary>
    /// The local word at <paramref name="start"/> where no letter stands before it (the pattern's lookbehind); none where
    /// one does (the pattern then reads the head without it); null where the window starts there.
    /// </summary>
    private static GroupSpan? Whole(string text, int windowStart, int start, int length) =>
        start == windowStart ? (windowStart == 0 ? GroupSpan.At(start, length) : null)
        : char.IsLetter(text[start - 1]) ? GroupSpan.None : GroupSpan.At(start, length);

    /// <summary>
    /// Where <paramref name="letters"/> end at <paramref name="end"/>, each followed by any drawn-out or vowel marks
    /// (<see cref="D"/>), no further back than <paramref name="start"/>: the index of the first letter, or -1.
    /// </summary>
    private static int BackOver(string text, int start, int end, string letters)
    {
        int at = end;
        for (int i = letters.Length - 1; i >= 0; i--)
        {
            while (at > start && IsDrawn(text[at - 1]))
            {
                at--;
            }

            if (at == start || text[at - 1] != letters[i])
            {
                return -1;
            }

            at--;
        }

        return at;
    }

    /// <summary>A prefix the kind word may carry: <c>[وف]?(?:لل|[بلك]?ال|[بلك])?</c>.</summary>
    private static bool IsKindPrefix(ReadOnlySpan<char> prefix)
    {
        if (prefix.Length > 0 && prefix[0] is 'و' or 'ف')
        {
            prefix = prefix[1..];
        }

        return prefix.Length == 0 || prefix is "لل" or "ال" or "بال" or "لال" or "كال" or "ب" or "ل" or "ك";
    }

    /// <summary>Tatweel and the short-vowel marks (<see cref="D"/>).</summary>
    private static bool IsDrawn(char ch) => ch is '\u0640' or (>= '\u064B' and <= '\u0652');

    /// <summary>
    /// True when the run of head characters before <paramref name="end"/> (and the one before a comma that ends it, where
    /// an organ may stand: "مجلس الأمن، في قراره") holds the name of an organ or another body.
    /// </summary>
    private static bool NamesBody(string text, int windowStart, int end)
    {
        var tail = HeadTail(text, windowStart, end);
        int start = end - tail.Length;
        if (start > windowStart && text[start - 1] == '،')
        {
            start -= HeadTail(text, windowStart, start - 1).Length + 1;
        }

        return text.AsSpan(start, end - start).ContainsAny(s_bodyCueValues);
    }

    private static readonly System.Buffers.SearchValues<string> s_bodyCueValues = System.Buffers.SearchValues.Create(s_bodyCues, StringComparison.Ordinal);
}
