using System.Buffers;
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

        // The numbers a marker of one to three digits can name, as a table (a run of digits is tried three times).
        var named = new bool[1000];
        foreach (int n in footnotes)
        {
            if (n < named.Length)
            {
                named[n] = true;
            }
        }

        // Every place each footnote's marker could stand, in reading order; known markers (on a line of their own, [^4]) fix theirs.
        var zones = new[] { layout.Heading, layout.Body, layout.Closing };
        var candidates = new List<Candidate>();
        var known = new Dictionary<int, (int Clause, int At)>();
        int index = 0;
        foreach (var zone in zones)
        {
            foreach (var clause in zone)
            {
                foreach (int marker in clause.FootnoteMarkers)
                {
                    known.TryAdd(marker, (index, int.MaxValue));
                }

                // The heading's symbol line ("78/31. Title") is no place for a marker glued to a number.
                Collect(clause.Text, index, named, candidates, weak: zone == layout.Body);
                index++;
            }
        }

        // Footnotes are numbered in reading order: each marker stands after the one before it. A strong candidate is
        // taken when it comes before any strong candidate of the next footnote; a weak one (glued to a symbol's number
        // that reads either way) only when no strong candidate of its footnote comes first, since the marker must be
        // somewhere between its neighbours.
        var smallerLater = SmallerLater(candidates);
        var chosen = new List<Candidate>();
        var previous = (Clause: -1, At: -1);
        var numbers = footnotes.Order().ToList();
        for (int k = 0; k < numbers.Count; k++)
        {
            int n = numbers[k];
            if (known.TryGetValue(n, out var fixedAt))
            {
                previous = fixedAt;
                continue;
            }

            var strong = First(candidates, n, previous, strong: true);
            var next = NextStrong(candidates, smallerLater, known, n, previous);
            Candidate? pick = null;
            if (strong is { } s && (next is not { } t || Before(s, t)))
            {
                pick = s;
            }
            else if (First(candidates, n, previous, strong: false) is { } w
                && (next is { } u ? Before(w, u) : candidates.Count(c => c.Number == n && Before(new Candidate(previous.Clause, previous.At, 0, 0, true), c)) == 1))
            {
                // Bounded by the next marker, or the only place left for this one.
                pick = w;
            }

            if (pick is { } p)
            {
                chosen.Add(p);
                previous = (p.Clause, p.At);
            }
        }

        if (chosen.Count == 0)
        {
            return;
        }

        // Each clause's markers by position: one sort, then one walk over the clauses (not a search of every chosen
        // marker for each clause).
        chosen.Sort((a, b) => a.Clause != b.Clause ? a.Clause.CompareTo(b.Clause) : a.At.CompareTo(b.At));
        var here = new List<(int Start, int Length, int Number)>();
        int taken = 0;
        index = 0;
        foreach (var zone in zones)
        {
            for (int c = 0; c < zone.Count && taken < chosen.Count; c++, index++)
            {
                here.Clear();
                while (taken < chosen.Count && chosen[taken].Clause == index)
                {
                    here.Add((chosen[taken].At, chosen[taken].Length, chosen[taken].Number));
                    taken++;
                }

                if (here.Count > 0)
                {
                    zone[c] = Without(zone[c], here);
                }
            }
        }
    }

    /// <summary>
    /// The first place after <paramref name="after"/> where a later footnote's marker surely stands: a known marker, or a
    /// strong candidate of a later footnote that is in sequence. A strong candidate of footnote m followed by a strong
    /// candidate of a footnote between <paramref name="number"/> and m is out of sequence (digits that read as marker 39
    /// before the markers 8 and 9, in a source's <c>74/2639</c>) and bounds nothing: it would hide every marker between.
    /// </summary>
    private static Candidate? NextStrong(
        List<Candidate> candidates, int[] smallerLater, Dictionary<int, (int Clause, int At)> known, int number, (int Clause, int At) after)
    {
        Candidate? first = null;
        foreach (var (n, at) in known)
        {
            var candidate = new Candidate(at.Clause, at.At, 0, n, true);
            if (n > number && Before(new Candidate(after.Clause, after.At, 0, 0, true), candidate) && (first is not { } f || Before(candidate, f)))
            {
                first = candidate;
            }
        }

        for (int i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (candidate.Strong && candidate.Number > number && smallerLater[i] <= number && Before(new Candidate(after.Clause, after.At, 0, 0, true), candidate))
            {
                return first is { } f && Before(f, candidate) ? f : candidate;
            }
        }

        return first;
    }

    /// <summary>
    /// For each candidate, the greatest footnote number below its own that a strong candidate after it names (0: none).
    /// </summary>
    private static int[] SmallerLater(List<Candidate> candidates)
    {
        var result = new int[candidates.Count];
        var seen = new SortedSet<int>();
        for (int i = candidates.Count - 1; i >= 0; i--)
        {
            // Max of an empty view is 0; a view's Count would walk it.
            result[i] = seen.GetViewBetween(0, candidates[i].Number - 1).Max;
            if (candidates[i].Strong)
            {
                seen.Add(candidates[i].Number);
            }
        }

        return result;
    }

    private static bool Before(Candidate a, Candidate b) => a.Clause < b.Clause || (a.Clause == b.Clause && a.At < b.At);

    private static Candidate? First(List<Candidate> candidates, int number, (int Clause, int At) after, bool strong)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Number == number && (candidate.Strong || !strong) && (candidate.Clause > after.Clause || (candidate.Clause == after.Clause && candidate.At > after.At)))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Every run of digits whose last one to three digits name a footnote and could be its marker.</summary>
    private static void Collect(string text, int clause, bool[] footnotes, List<Candidate> candidates, bool weak)
    {
        for (int i = 0; i < text.Length; i++)
        {
            // The next digit, with one vectorized search: most of the text has none.
            int next = text.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (next < 0)
            {
                return;
            }

            i += next;
            int start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            int end = i;
            // The numbers the last one, two and three digits make (ASCII digits: the loop above found them so).
            int one = text[end - 1] - '0';
            int two = end - start >= 2 ? one + (10 * (text[end - 2] - '0')) : 0;
            int three = end - start >= 3 ? two + (100 * (text[end - 3] - '0')) : 0;
            for (int length = Math.Min(3, end - start); length >= 1; length--)
            {
                int at = end - length;
                int number = length == 3 ? three : length == 2 ? two : one;
                if (text[at] == '0' || !footnotes[number])
                {
                    continue;
                }

                if (ReadsAsMarker(text, start, at, end))
                {
                    candidates.Add(new Candidate(clause, at, length, number, true));
                }
                else if (weak && NoNumberSoonAfter(text, end)
                    && (GluedToSymbol(text, start, at, end) || AfterNumberAndComma(text, start, at, end) || AfterFullStop(text, start, at, end)))
                {
                    candidates.Add(new Candidate(clause, at, length, number, false));
                }
            }

            i = end - 1;
        }
    }

    /// <summary>
    /// A marker glued to a symbol's number that would read either way (<c>77/71</c>: resolution 77/7 and marker 1, or
    /// resolution 77/71): a weak candidate, taken only where the footnote sequence needs it.
    /// </summary>
    private static bool GluedToSymbol(string text, int start, int at, int end) =>
        at > start && text[start] != '0' && start >= 2 && text[start - 1] == '/' && char.IsAsciiDigit(text[start - 2]) && Follows(text, end)
        && EndsPhrase(text, end);

    /// <summary>Punctuation or the clause's end next (<c>77/7</c>1<c>;</c>): a word next would be the number's part letter or the text going on.</summary>
    private static bool EndsPhrase(string text, int end)
    {
        int i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i >= text.Length || char.IsPunctuation(text[i]);
    }

    /// <summary><c>Agenda 21,2 the</c>: after a number and a comma, one or two digits that are no thousands (weak: <c>1,5 million</c> reads so too).</summary>
    private static bool AfterNumberAndComma(string text, int start, int at, int end) =>
        at == start && end - start <= 2 && start >= 2 && text[start - 1] is ',' or '،' && char.IsDigit(text[start - 2]) && Follows(text, end);

    /// <summary>
    /// A number followed closely by another (<c>63/51, de 2 de diciembre</c>, <c>66/264、69/307</c>) is an item of a list or
    /// a dated reference, where the UN prints no marker (a marker follows the date or ends the phrase).
    /// </summary>
    private static bool NoNumberSoonAfter(string text, int end)
    {
        int limit = Math.Min(text.Length, end + 12);
        for (int i = end; i < limit; i++)
        {
            if (char.IsDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>Agreement.3</c> ends a sentence with a marker; <c>Res.9</c>, <c>CMA.4</c> number a document: weak either way.</summary>
    private static bool AfterFullStop(string text, int start, int at, int end) =>
        at == start && start >= 2 && text[start - 1] == '.' && char.IsLetter(text[start - 2]) && Follows(text, end);

    private readonly record struct Candidate(int Clause, int At, int Length, int Number, bool Strong);

    /// <summary>
    /// True when the digits [<paramref name="at"/>, <paramref name="end"/>) of the run starting at <paramref name="start"/>
    /// read as a marker: what follows is a space, punctuation or CJK text (not a counter), and what precedes is a word or
    /// punctuation where no number belongs, or the run's head is a year or a symbol's number that the marker lengthened.
    /// </summary>
    private static bool ReadsAsMarker(string text, int start, int at, int end)
    {
        if (!Follows(text, end))
        {
            return false;
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
        // (After a full stop it may be an abbreviation's number, "Res.9", "CMA.4": a weak candidate, see AfterFullStop.)
        return char.IsLetter(previous) || previous is ')' or '）' or '”' or '’' or '"' or '»' or '》' or '、' or ';' or ':' or '。' or '；' or '：' or '！' or '？' or ']' or '؛';
    }

    /// <summary>What follows a marker: a space, punctuation or CJK text that is not a counter (2023 年, 第 3 段).</summary>
    private static bool Follows(string text, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }

        int after = end;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        if (after < text.Length && CjkCounters.Contains(text[after], StringComparison.Ordinal))
        {
            return false;
        }

        char next = text[end];
        return char.IsWhiteSpace(next)
            || (CleanTextBuilder.IsCjk(next) && !CjkCounters.Contains(next, StringComparison.Ordinal))
            || next is ',' or ';' or ':' or ')' or '”' or '"' or '’' or '»' or '؛' or '،'
            || (next == '.' && (end + 1 >= text.Length || !char.IsDigit(text[end + 1])));
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

    // TryParse: the digits were found with char.IsDigit, and "19٩8" is four digits that int.Parse refuses (issue 13).
    private static bool IsYear(string text, int start, int end) =>
        end - start == 4 && int.TryParse(text.AsSpan(start, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year is >= 1945 and <= 2099;

    /// <summary>
    /// The clause without the marker digits: the kept stretches of text copied whole, and the map built from the clause's
    /// runs (a few per line), not looked up character by character.
    /// </summary>
    private static Clause Without(Clause clause, List<(int Start, int Length, int Number)> markers)
    {
        string source = clause.Text;
        var runs = clause.RunPairs;
        int runCount = runs.Length / 2;
        char[] text = ArrayPool<char>.Shared.Rent(source.Length);
        var map = new List<int>(runs.Length + (2 * markers.Count) + 2);
        int length = 0;
        int run = 0;
        int from = 0;
        try
        {
            // The stretches kept: before each marker, and after the last.
            for (int m = 0; m <= markers.Count; m++)
            {
                int to = m < markers.Count ? markers[m].Start : source.Length;
                int stretchFrom = from;
                if (m < markers.Count)
                {
                    from = markers[m].Start + markers[m].Length;
                }

                if (to <= stretchFrom)
                {
                    continue;
                }

                // Copied whole; mapped by the part of each run that falls in it, joined to the run before when the offsets
                // go on (so the runs come out as Clause cuts a per-character map). The first run also maps any character
                // before it, as Clause.SourceOffset reads it.
                source.AsSpan(stretchFrom, to - stretchFrom).CopyTo(text.AsSpan(length));
                while (run + 1 < runCount && runs[2 * (run + 1)] <= stretchFrom)
                {
                    run++;
                }

                for (int r = run; r < runCount && (r == 0 ? 0 : runs[2 * r]) < to; r++)
                {
                    int start = Math.Max(stretchFrom, r == 0 ? 0 : runs[2 * r]);
                    int end = Math.Min(to, r + 1 < runCount ? runs[2 * (r + 1)] : source.Length);
                    if (end <= start)
                    {
                        continue;
                    }

                    int index = length + (start - stretchFrom);
                    int offset = runs[(2 * r) + 1] + (start - runs[2 * r]);
                    if (map.Count == 0 || map[^1] + (index - map[^2]) != offset)
                    {
                        map.Add(index);
                        map.Add(offset);
                    }
                }

                length += to - stretchFrom;
            }

            return new Clause(clause.Site, new string(text, 0, length), new SourceRuns([.. map]), [.. clause.FootnoteMarkers, .. markers.Select(m => m.Number)]);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
        }
    }
}
