using System.Collections.Immutable;

namespace Lineage.Extraction.Rules;

/// <summary>
/// The words of a principal organ named right after an item of a kind-first list, as data (issue 11: each language's
/// vocabulary as one record): <c>du Conseil de sécurité</c>, <c>de l’Assemblée générale en date du 12 mai 2001</c>,
/// <c>del Consejo de Seguridad, de 26 de agosto de 2003</c>. <see cref="TryRead"/> reads the after-pattern's first part
/// when it is its first way (an article or preposition, then an organ's name) and what follows is a date
/// <see cref="DateWords"/> reads or nothing the pattern could take; elsewhere the pattern runs (a quarter of the
/// after-texts it was still run on in French and Spanish).
/// </summary>
/// <remarks>
/// The walk tries <see cref="Leads"/> and <see cref="Names"/> in the pattern's order and takes the first pair that holds,
/// as the pattern's first alternative does; where none holds it says nothing (the pattern's other ways decide). Words are
/// compared without case only where the text is in ASCII, Latin or Cyrillic letters (<see cref="CaseFold.IsSafe"/>).
/// </remarks>
public sealed class OrganWords
{
    /// <summary>The words before the name, in the pattern's order (<c>du</c>, <c>de l’</c>, <c>de la</c>); a space stands for any white space.</summary>
    public required ImmutableArray<string> Leads { get; init; }

    /// <summary>True when white space must follow a lead (Spanish <c>del\s+</c>); false when it may (French <c>du\s*</c>).</summary>
    public required bool SpaceAfterLead { get; init; }

    /// <summary>The organs' names, in the pattern's order (a space stands for any white space); a prefix of the pattern's list is enough.</summary>
    public required ImmutableArray<string> Names { get; init; }

    /// <summary>
    /// Reads the after-pattern's match on the text from <paramref name="start"/> to <paramref name="end"/> where it opens with
    /// an organ's name and holds no more than a date after it; false: the pattern decides.
    /// </summary>
    internal bool TryRead(string text, int start, int end, ReferenceVocabulary vocabulary, RegexDateReader dates, out AfterMatch after)
    {
        after = AfterMatch.None;
        int at = SkipSpace(text, start, end);
        if (at < end && text[at] == ',')
        {
            at = SkipSpace(text, at + 1, end);
        }

        if (TryOrgan(text, at, end, out int nameStart, out int nameEnd) != true)
        {
            return false;
        }

        var organ = GroupSpan.At(nameStart, nameEnd - nameStart);
        if (vocabulary.AfterDates is { } dateWords && dateWords.TryRead(text, nameEnd, end, vocabulary, dates, out var dated) && dated.Dated)
        {
            // "de l’Assemblée générale en date du 12 mai 2001": the date is the pattern's second part, and nothing follows it.
            after = new AfterMatch(true, start, dated.Index + dated.Length - start, true, dated.Date, organ, GroupSpan.None, GroupSpan.None);
            return true;
        }

        var rest = text.AsSpan(nameEnd, end - nameEnd);
        if (vocabulary.FirstWord(rest) is GapOpening.None or GapOpening.Other || vocabulary.IsListTail(rest))
        {
            // Nothing a second part could start with: the match ends with the name.
            after = new AfterMatch(true, start, nameEnd - start, false, null, organ, GroupSpan.None, GroupSpan.None);
            return true;
        }

        return false;
    }

    /// <summary>
    /// The first lead and name that hold at <paramref name="at"/>, in the pattern's order; null when a letter whose case the
    /// comparison cannot follow stands where one is compared (the pattern might take it).
    /// </summary>
    private bool? TryOrgan(string text, int at, int end, out int nameStart, out int nameEnd)
    {
        nameStart = nameEnd = at;
        foreach (string lead in Leads)
        {
            bool? led = TryPhrase(text, at, end, lead, out int leadEnd);
            if (led is null)
            {
                return null;
            }

            if (led == false)
            {
                continue;
            }

            int name = SkipSpace(text, leadEnd, end);
            if (SpaceAfterLead && name == leadEnd)
            {
                continue;
            }

            foreach (string candidate in Names)
            {
                bool? named = TryPhrase(text, name, end, candidate, out int candidateEnd);
                if (named is null)
                {
                    return null;
                }

                if (named == true)
                {
                    nameStart = name;
                    nameEnd = candidateEnd;
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="phrase"/> stands at <paramref name="at"/> (its spaces as any white space, its letters without case); null: the case comparison cannot tell.</summary>
    private static bool? TryPhrase(string text, int at, int end, string phrase, out int phraseEnd)
    {
        phraseEnd = at;
        string[] words = phrase.Split(' ');
        for (int w = 0; w < words.Length; w++)
        {
            if (w > 0)
            {
                int spaced = SkipSpace(text, at, end);
                if (spaced == at)
                {
                    return false;
                }

                at = spaced;
            }

            string word = words[w];
            if (at > end - word.Length)
            {
                return false;
            }

            var printed = text.AsSpan(at, word.Length);
            if (!CaseFold.IsSafe(printed))
            {
                return null;
            }

            if (!printed.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            at += word.Length;
        }

        phraseEnd = at;
        return true;
    }

    private static int SkipSpace(string text, int at, int end)
    {
        while (at < end && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }
}
