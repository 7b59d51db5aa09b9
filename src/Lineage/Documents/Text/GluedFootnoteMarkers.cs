using System.Collections.Immutable;
using System.Globalization;
using Lineage.Model;

namespace Lineage.Documents.Text;

/// <summary>
/// Footnote markers that became plain digits when text was copied out of a PDF: glued to a word (<c>Outcome,1</c>,
/// <c>《公约》1</c>), after a comma (<c>22 March 2012,3 25/8</c>), glued to a year (<c>22 June 20208 and</c>) or to a
/// symbol's number (<c>55/2831 et 55/2932</c>), after <c>、</c> or <c>号</c>. A run of digits is read as a marker only when
/// three clues agree: it is the next number in the document's footnote sequence; a footnote with that number exists;
/// and what stands around it reads as text only with the marker taken out (a year of five digits, a session with a four-digit resolution number, a number glued to a word
/// or after a comma where no number belongs). The digits leave the clause text and become the clause's marker, so
/// a list of citations reads on past them and the footnote is tied to its clause.
/// </summary>
internal static class GluedFootnoteMarkers
{
    /// <summary>Characters after which a number of CJK text is a quantity or a name, never a marker (第 3 段, 2023 年).</summary>
    private const string CjkCounters = "年月日号號段条條次届屆款项項个個名人位国國种種份亿億万萬千百十章节節部类類点點%％页頁卷期";

    public static void Apply(Layout layout)
    {
        var footnotes = layout.Footnotes
            .Select(f => f.Site.Number ?? 0)
            .Where(n => n > 0)
            .ToHashSet();
        if (footnotes.Count == 0)
        {
            return;
        }

        var claimed = new HashSet<int>();
        int last = 0;
        foreach (var zone in new[] { layout.Heading, layout.Body, layout.Closing })
        {
            for (int c = 0; c < zone.Count; c++)
            {
                var clause = zone[c];
                foreach (int known in clause.FootnoteMarkers)
                {
                    claimed.Add(known);
                    last = Math.Max(last, known);
                }

                var found = Find(clause.Text, footnotes, claimed, ref last);
                if (found.Count > 0)
                {
                    zone[c] = Without(clause, found);
                }
            }
        }
    }

    /// <summary>The markers in <paramref name="text"/>, in order: (start, length, number).</summary>
    private static List<(int Start, int Length, int Number)> Find(string text, HashSet<int> footnotes, HashSet<int> claimed, ref int last)
    {
        var found = new List<(int, int, int)>();
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                continue;
            }

            int start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            int end = i;
            foreach (int expected in Expected(footnotes, claimed, last))
            {
                string digits = expected.ToString(CultureInfo.InvariantCulture);
                if (end - start < digits.Length || !text.AsSpan(end - digits.Length, digits.Length).SequenceEqual(digits))
                {
                    continue;
                }

                int at = end - digits.Length;
                if (!ReadsAsMarker(text, start, at, end))
                {
                    continue;
                }

                found.Add((at, digits.Length, expected));
                claimed.Add(expected);
                last = expected;
                break;
            }

            i = end - 1;
        }

        return found;
    }

    /// <summary>The next footnote number, when a footnote has it and its marker is not placed yet.</summary>
    private static IEnumerable<int> Expected(HashSet<int> footnotes, HashSet<int> claimed, int last)
    {
        int next = last + 1;
        if (footnotes.Contains(next) && !claimed.Contains(next))
        {
            yield return next;
        }
    }

    /// <summary>
    /// True when the digits [<paramref name="at"/>, <paramref name="end"/>) of the run starting at <paramref name="start"/>
    /// read as a marker: what follows is a space, punctuation or CJK text (not a counter), and what precedes is a word or
    /// punctuation where no number belongs, or the run's head is a year or a symbol's number that the marker lengthened.
    /// </summary>
    private static bool ReadsAsMarker(string text, int start, int at, int end)
    {
        if (end < text.Length)
        {
            char next = text[end];
            int after = end;
            while (after < text.Length && text[after] == ' ')
            {
                after++;
            }

            if (after < text.Length && CjkCounters.Contains(text[after], StringComparison.Ordinal))
            {
                return false;
            }

            bool fits = char.IsWhiteSpace(next)
                || (CleanTextBuilder.IsCjk(next) && !CjkCounters.Contains(next, StringComparison.Ordinal))
                || next is ',' or ';' or ':' or ')' or '”' or '"' or '’' or '»' or '؛' or '،'
                || (next == '.' && (end + 1 >= text.Length || !char.IsDigit(text[end + 1])));
            if (!fits)
            {
                return false;
            }
        }

        if (at > start)
        {
            return GluedToNumber(text, start, at, end);
        }

        if (start == 0)
        {
            return false;
        }

        char previous = text[start - 1];
        if (previous is ',' or '，' or '،')
        {
            // "22 March 2012,3" or "(2015),4", "55/28,3": a year, a symbol or a closing bracket before the comma; not "1,5" or "1,000".
            int before = start - 2;
            if (before < 0)
            {
                return false;
            }

            if (!char.IsDigit(text[before]))
            {
                return !char.IsWhiteSpace(text[before]);
            }

            int digitsStart = before;
            while (digitsStart > 0 && char.IsDigit(text[digitsStart - 1]))
            {
                digitsStart--;
            }

            return IsYear(text, digitsStart, before + 1) || (digitsStart > 0 && text[digitsStart - 1] == '/');
        }

        if (previous is '第' or '年' or '月' or '约' or '約' or '近' or '逾' or '共' or '至' or '到' or '前' or '后' or '後')
        {
            return false;
        }

        // Glued to a word, a closing bracket or quotation mark, 、 or 号.
        return char.IsLetter(previous) || previous is ')' or '）' or '”' or '’' or '"' or '»' or '》' or '、' or ';' or ':' or '.' or '。' or ']' or '؛';
    }

    /// <summary>
    /// A marker glued to a number: <c>20208</c> (a year, 2020, with marker 8) or <c>55/2831</c> (a session's resolution
    /// 28, with marker 31: no session numbers its resolutions into the thousands).
    /// </summary>
    private static bool GluedToNumber(string text, int start, int at, int end)
    {
        if (IsYear(text, start, at))
        {
            return start == 0 || (!char.IsDigit(text[start - 1]) && text[start - 1] != '/');
        }

        if (start >= 2 && text[start - 1] == '/' && char.IsAsciiDigit(text[start - 2]))
        {
            int session = start - 1;
            while (session > 0 && char.IsAsciiDigit(text[session - 1]))
            {
                session--;
            }

            bool smallSession = start - 1 - session is 1 or 2 && (session == 0 || !char.IsAsciiDigit(text[session - 1]));
            return smallSession && end - start >= 4 && at - start is >= 1 and <= 3;
        }

        return false;
    }

    private static bool IsYear(string text, int start, int end) =>
        end - start == 4 && int.Parse(text.AsSpan(start, 4), NumberStyles.None, CultureInfo.InvariantCulture) is >= 1945 and <= 2099;

    private static Clause Without(Clause clause, List<(int Start, int Length, int Number)> markers)
    {
        var text = new System.Text.StringBuilder(clause.Text.Length);
        var map = new List<int>(clause.Text.Length);
        int from = 0;
        foreach (var (start, length, _) in markers)
        {
            for (int i = from; i < start; i++)
            {
                text.Append(clause.Text[i]);
                map.Add(clause.SourceOffset(i));
            }

            from = start + length;
        }

        for (int i = from; i < clause.Text.Length; i++)
        {
            text.Append(clause.Text[i]);
            map.Add(clause.SourceOffset(i));
        }

        return new Clause(clause.Site, text.ToString(), [.. map], [.. clause.FootnoteMarkers, .. markers.Select(m => m.Number)]);
    }
}
