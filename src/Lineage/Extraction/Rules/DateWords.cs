using System.Collections.Immutable;

namespace Lineage.Extraction.Rules;

/// <summary>
/// The words of the date that most often follows an item of a kind-first list, as data (issue 11: each language's
/// vocabulary as one record): <c>du 6 décembre 2006</c>, <c>, de 6 de diciembre de 2006</c>, <c>от 6 декабря 2006
/// года</c>. <see cref="TryRead"/> reads such a date by a walk and decides the after-pattern's match where it is certain
/// (the date is its first part, and nothing the pattern could take more opens after it); elsewhere the pattern runs.
/// </summary>
/// <remarks>
/// A part of the walk answers one of three ways: it holds, it does not (the pattern cannot match that way either), or
/// it cannot tell (a digit of another script, a letter whose case-folding differs, the window's end); the last leaves
/// the whole after-text to the pattern.
/// </remarks>
public sealed class DateWords
{
    /// <summary>The words that open the date, in the order the pattern tries them (<c>en date du</c>, <c>du</c>); a space stands for any white space.</summary>
    public required ImmutableArray<string> Leads { get; init; }

    /// <summary>What may follow the day after at most one white space (<c>er</c>, <c>º</c>).</summary>
    public ImmutableArray<string> DaySuffixes { get; init; } = [];

    /// <summary>The word between the day and the month (<c>de</c>), or null.</summary>
    public string? MonthLead { get; init; }

    /// <summary>Words that may stand between the month and the year (<c>de</c>, <c>del</c>).</summary>
    public ImmutableArray<string> YearLeads { get; init; } = [];

    /// <summary>What may follow the year after white space (<c>года</c>, <c>г.</c>).</summary>
    public ImmutableArray<string> YearSuffixes { get; init; } = [];

    private enum Step
    {
        Holds,
        Fails,
        Unknown,
    }

    /// <summary>
    /// Reads the after-pattern's match on the text from <paramref name="start"/> to <paramref name="end"/> where it is a
    /// date and no more; false: the pattern decides.
    /// </summary>
    internal bool TryRead(string text, int start, int end, ReferenceVocabulary vocabulary, RegexDateReader dates, out AfterMatch after)
    {
        after = AfterMatch.None;
        int at = SkipSpace(text, start, end);
        if (at < end && text[at] == ',')
        {
            at = SkipSpace(text, at + 1, end);
        }

        foreach (string lead in Leads)
        {
            var led = Phrase(text, at, end, lead, out int dayAt);
            if (led == Step.Unknown)
            {
                return false;
            }

            if (led == Step.Fails)
            {
                continue;
            }

            var read = Date(text, dayAt, end, dates, out int dateEnd, out string day, out string month, out string year);
            if (read == Step.Unknown)
            {
                return false;
            }

            if (read == Step.Fails)
            {
                continue;
            }

            var rest = text.AsSpan(dateEnd, end - dateEnd);
            if (vocabulary.FirstWord(rest) is not (GapOpening.None or GapOpening.Other) && !vocabulary.IsListTail(rest))
            {
                // An organ, another body, another date or a subject may follow: the pattern reads on. List words alone
                // (" et " before the next number, 40% of the dates the walk left to the pattern) hold none.
                return false;
            }

            DateOnly? date = dates.TryRead(day, month, year, out var read2) ? read2 : null;
            after = new AfterMatch(true, start, dateEnd - start, true, date, GroupSpan.None, GroupSpan.None, GroupSpan.None);
            return true;
        }

        return false;
    }

    /// <summary>The words of <paramref name="phrase"/> at <paramref name="at"/>, each followed by white space; <paramref name="after"/>: past the last space.</summary>
    private static Step Phrase(string text, int at, int end, string phrase, out int after)
    {
        after = at;
        foreach (string word in phrase.Split(' '))
        {
            var step = Word(text, at, end, word);
            if (step != Step.Holds)
            {
                return step;
            }

            at += word.Length;
            if (!TrySpace(text, ref at, end))
            {
                return at >= end ? Step.Unknown : Step.Fails;
            }
        }

        after = at;
        return Step.Holds;
    }

    /// <summary>Whether <paramref name="word"/> stands at <paramref name="at"/>, compared without case.</summary>
    private static Step Word(string text, int at, int end, string word)
    {
        if (at > end - word.Length)
        {
            return Step.Unknown;
        }

        var printed = text.AsSpan(at, word.Length);
        if (!CaseFold.IsSafe(printed))
        {
            return Step.Unknown;
        }

        return printed.Equals(word, StringComparison.OrdinalIgnoreCase) ? Step.Holds : Step.Fails;
    }

    private static bool TrySpace(string text, ref int at, int end)
    {
        int skipped = SkipSpace(text, at, end);
        bool any = skipped > at;
        at = skipped;
        return any;
    }

    private static int SkipSpace(string text, int at, int end)
    {
        while (at < end && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>How many ASCII digits start at <paramref name="at"/> (at most 3); -1 when a digit of another script stands there or follows.</summary>
    private static int Digits(string text, int at, int end)
    {
        int n = 0;
        while (at + n < end && n < 3 && char.IsAsciiDigit(text[at + n]))
        {
            n++;
        }

        return at + n < end && char.IsDigit(text[at + n]) && (n > 0 || !char.IsAsciiDigit(text[at + n])) ? -1 : n;
    }

    /// <summary>The date at <paramref name="at"/>: day, its suffix, the month (after <see cref="MonthLead"/>), the year (after one of <see cref="YearLeads"/>) and its suffix.</summary>
    private Step Date(string text, int at, int end, RegexDateReader dates, out int dateEnd, out string day, out string month, out string year)
    {
        dateEnd = at;
        day = month = year = string.Empty;
        int digits = Digits(text, at, end);
        if (digits is < 0 or > 2)
        {
            return Step.Unknown;
        }

        if (digits is 0)
        {
            return Step.Fails;
        }

        day = text.Substring(at, digits);
        at += digits;
        int suffixed = at < end && char.IsWhiteSpace(text[at]) ? at + 1 : at;
        foreach (string suffix in DaySuffixes)
        {
            if (suffixed <= end - suffix.Length && text.AsSpan(suffixed, suffix.Length).Equals(suffix, StringComparison.OrdinalIgnoreCase))
            {
                // The pattern takes the suffix and needs white space after it; without, it would try again without the suffix.
                at = suffixed + suffix.Length;
                if (at >= end || !char.IsWhiteSpace(text[at]))
                {
                    return Step.Unknown;
                }

                break;
            }
        }

        if (!TrySpace(text, ref at, end))
        {
            return at >= end ? Step.Unknown : Step.Fails;
        }

        if (MonthLead is { } monthLead)
        {
            var led = Phrase(text, at, end, monthLead, out at);
            if (led != Step.Holds)
            {
                return led;
            }
        }

        int monthEnd = at;
        while (monthEnd < end && char.IsLetter(text[monthEnd]))
        {
            monthEnd++;
        }

        var name = text.AsSpan(at, monthEnd - at);
        if (monthEnd >= end || !CaseFold.IsSafe(name))
        {
            return Step.Unknown;
        }

        bool known = false;
        foreach (string candidate in dates.Months.Keys)
        {
            known |= name.Equals(candidate, StringComparison.OrdinalIgnoreCase);
        }

        if (!known)
        {
            return Step.Fails;
        }

        month = name.ToString();
        at = monthEnd;
        if (!TrySpace(text, ref at, end))
        {
            return at >= end ? Step.Unknown : Step.Fails;
        }

        foreach (string lead in YearLeads)
        {
            int after = at + lead.Length;
            if (after < end && text.AsSpan(at, lead.Length).Equals(lead, StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(text[after]))
            {
                at = SkipSpace(text, after, end);
                break;
            }
        }

        if (at > end - 4)
        {
            return Step.Unknown;
        }

        for (int k = 0; k < 4; k++)
        {
            if (!char.IsAsciiDigit(text[at + k]))
            {
                return char.IsDigit(text[at + k]) ? Step.Unknown : Step.Fails;
            }
        }

        year = text.Substring(at, 4);
        at += 4;
        dateEnd = at;
        int suffixAt = SkipSpace(text, at, end);
        foreach (string suffix in YearSuffixes)
        {
            if (suffixAt > end - suffix.Length)
            {
                continue;
            }

            var printed = text.AsSpan(suffixAt, suffix.Length);
            if (!CaseFold.IsSafe(printed))
            {
                return Step.Unknown;
            }

            if (printed.Equals(suffix, StringComparison.OrdinalIgnoreCase))
            {
                dateEnd = suffixAt + suffix.Length;
                break;
            }
        }

        return Step.Holds;
    }
}
