using Lineage.Model;

namespace Lineage.Documents.Akn;

/// <summary>
/// Reads the part letters printed right after a resolution number, in any of the six languages: <c>E</c>,
/// <c>A and B</c>, <c>A to D</c>, <c>A, B y C</c>, Cyrillic look-alikes (<c>Р</c>), Arabic letter names
/// (<c>هاء</c>, <c>ألف وباء</c>), <c>A和B</c>. Used to read AKN4UN links whose part letter stands outside the link.
/// </summary>
internal static class PartLetterScanner
{
    private static readonly string[] s_lists = ["and", "et", "y", "и", "和", "、", ",", "،", "و"];

    private static readonly string[] s_ranges = ["to", "à", "a", "al", "до", "至", "إلى", "-", "–", "—"];

    /// <summary>The letters at <paramref name="at"/> (after blanks), and where they end; empty when none stands there.</summary>
    public static (IReadOnlyList<string> Letters, int End) Scan(string text, int at)
    {
        int pos = SkipBlanks(text, at);
        if (OpensBracket(text, pos) || ReadLetter(text, ref pos) is not { } first)
        {
            return ([], at);
        }

        var letters = new List<string> { first };
        int end = pos;
        while (true)
        {
            int next = SkipBlanks(text, end);
            bool range = false;
            int afterConnector = -1;
            foreach (string connector in s_ranges)
            {
                if (IsWord(text, next, connector))
                {
                    range = true;
                    afterConnector = next + connector.Length;
                    break;
                }
            }

            if (afterConnector < 0)
            {
                foreach (string connector in s_lists)
                {
                    if (IsWord(text, next, connector))
                    {
                        afterConnector = next + connector.Length;
                        break;
                    }
                }
            }

            if (afterConnector < 0)
            {
                break;
            }

            int letterAt = SkipBlanks(text, afterConnector);
            if (ReadLetter(text, ref letterAt) is not { } letter)
            {
                break;
            }

            if (range)
            {
                letters.AddRange(PartLetters.Range(letters[^1], letter).Skip(1));
            }
            else
            {
                letters.Add(letter);
            }

            end = letterAt;
        }

        return (letters.Distinct(StringComparer.Ordinal).ToList(), end);
    }

    /// <summary>One part: a capital (<c>E</c>, Cyrillic <c>Р</c>), a doubled capital (<c>AA</c>), an Arabic letter name (<c>هاء</c>, doubled <c>ألف ألف</c>).</summary>
    private static string? ReadLetter(string text, ref int pos)
    {
        if (pos >= text.Length)
        {
            return null;
        }

        foreach (string name in PartLetters.ArabicNames)
        {
            if (IsAt(text, pos, name) && !IsArabicLetter(text, pos + name.Length))
            {
                pos += name.Length;
                string letter = PartLetters.Normalize(name)!;
                if (pos + 1 < text.Length && text[pos] == ' ' && IsAt(text, pos + 1, name) && !IsArabicLetter(text, pos + 1 + name.Length))
                {
                    pos += 1 + name.Length;
                    return letter + letter;
                }

                return letter;
            }
        }

        if (!PartLetters.TryNormalize(text[pos], out char latin))
        {
            return null;
        }

        int after = pos + 1;
        string part = latin.ToString();
        if (after < text.Length && PartLetters.TryNormalize(text[after], out char second) && second == latin)
        {
            // AA, BB …: the parts after Z.
            after++;
            part += latin.ToString();
        }

        if (after < text.Length)
        {
            char next = text[after];
            bool latinOrCyrillic = next is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '\u00C0' and <= '\u024F') or (>= '\u0400' and <= '\u04FF');
            if (latinOrCyrillic || char.IsDigit(next) || next is '/' or '\'' or '’' || IsArabicLetter(text, after))
            {
                return null;
            }
        }

        pos = after;
        return part;
    }

    /// <summary>A letter right after an opening bracket starts a Roman session (<c>23 (I)</c>, <c>1874 (S-IV)</c>), not a part.</summary>
    private static bool OpensBracket(string text, int at)
    {
        int before = at - 1;
        while (before >= 0 && (char.IsWhiteSpace(text[before]) || text[before] is '\u200E' or '\u200F' or '\u200B' or '\u2060' or '\u061C'))
        {
            before--;
        }

        return before >= 0 && text[before] is '(' or '（';
    }

    private static bool IsAt(string text, int at, string word) =>
        at + word.Length <= text.Length && string.CompareOrdinal(text, at, word, 0, word.Length) == 0;

    /// <summary>A connector word at <paramref name="at"/>, not the start of a longer word ("a" but not "and").</summary>
    private static bool IsWord(string text, int at, string word)
    {
        if (at + word.Length > text.Length || string.CompareOrdinal(text, at, word, 0, word.Length) != 0)
        {
            return false;
        }

        if (word is "و" or "、" or "," or "،" or "和" or "至" or "-" or "–" or "—")
        {
            return true;
        }

        int after = at + word.Length;
        return after >= text.Length || !char.IsLetter(text[after]);
    }

    private static int SkipBlanks(string text, int at)
    {
        while (at < text.Length && (char.IsWhiteSpace(text[at]) || text[at] is '\u200E' or '\u200F' or '\u200B' or '\u2060' or '\u061C'))
        {
            at++;
        }

        return at;
    }

    private static bool IsArabicLetter(string text, int at) =>
        at < text.Length && text[at] is >= '\u0600' and <= '\u06FF' && char.IsLetter(text[at]);
}
