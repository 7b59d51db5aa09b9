using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Documents.Text;

/// <summary>
/// One pass over the lines of a rendered resolution: classifies each line (blank, rule, furniture, footnote
/// marker, text), finds the heading, the opening formula ("The General Assembly," / "大会，"), the clauses, the
/// footnote blocks and the closing lines, and builds <see cref="Clause"/>s with offset maps.
/// </summary>
internal sealed partial class LayoutBuilder
{
    private const int MaxFootnoteNumber = 999;

    /// <summary>The first letters of the opening formulas (<see cref="OpeningFormula"/>).</summary>
    private static readonly System.Buffers.SearchValues<char> s_formulaStarts = System.Buffers.SearchValues.Create("TLEГСЭإام大安经");

    private static readonly System.Buffers.SearchValues<char> s_digits = System.Buffers.SearchValues.Create("0123456789");

    /// <summary>
    /// Each of <see cref="MeetingLine"/>'s alternatives holds one of these, ignoring case: "plenar" (plenary meeting, sesión
    /// plenaria), "ance pl" (séance plénière), "adopted", or else "пленарн", "全体会议", "الجلسة العامة" (<see cref="MayBeMeetingLine"/>).
    /// None has a letter the pattern folds otherwise than ordinal comparison does (k, s, i; Cyrillic в, д, о, с, т, ъ). A
    /// line with none of them cannot be the meeting line, and vectorized searches tell so before the pattern runs (up to 400
    /// lines are tried from the end of every text; a test of single letters, é, п or ج, let almost every French, Russian and
    /// Arabic line through to the pattern). The words in Latin script are searched apart: a set with other scripts, ignoring
    /// case, is searched a character at a time.
    /// </summary>
    private static readonly System.Buffers.SearchValues<string> s_meetingWords = System.Buffers.SearchValues.Create(
        ["plenar", "ance pl", "adopted"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The first letters of the words of <see cref="MeetingLine"/> in other scripts (see <see cref="s_meetingWords"/>).</summary>
    private static readonly System.Buffers.SearchValues<char> s_meetingLetters = System.Buffers.SearchValues.Create("пП全ج");

    private readonly string _text;
    private readonly List<(int Start, int End)> _lines;
    private readonly ImmutableArray<int> _pageStarts;
    private readonly int _firstLine;

    // Clause builders reused from clause to clause (a paragraph may stay open while a footnote block is read).
    private readonly CleanTextBuilder _paragraphBuilder;
    private readonly CleanTextBuilder _footnoteBuilder;
    private readonly CleanTextBuilder _lineBuilder;
    private bool _indentMode;

    public LayoutBuilder(string text, List<(int Start, int End)> lines, ImmutableArray<int> pageStarts, int firstLine)
    {
        _text = text;
        _lines = lines;
        _pageStarts = pageStarts;
        _firstLine = firstLine;
        _paragraphBuilder = new CleanTextBuilder(text);
        _footnoteBuilder = new CleanTextBuilder(text);
        _lineBuilder = new CleanTextBuilder(text);
    }

    private enum LineKind : byte
    {
        Blank,
        Rule,
        Furniture,
        Marker,
        FootnoteDefinition,
        Text,
    }

    public Layout Build()
    {
        try
        {
            return BuildLayout();
        }
        finally
        {
            _paragraphBuilder.Release();
            _footnoteBuilder.Release();
            _lineBuilder.Release();
        }
    }

    private Layout BuildLayout()
    {
        int n = _lines.Count;
        var kinds = new LineKind[n];
        for (int i = _firstLine; i < n; i++)
        {
            kinds[i] = Classify(i);
        }

        int formula = FindFormula(kinds);
        int closing = FindClosing(kinds);
        var layout = new Layout();

        // Heading: every text line before the formula is a heading clause of its own.
        int bodyStart = _firstLine;
        if (formula >= 0)
        {
            for (int i = _firstLine; i <= formula; i++)
            {
                AddHeadingLine(layout.Heading, i, kinds[i]);
            }

            bodyStart = formula + 1;
        }
        else
        {
            // No opening formula (old Security Council texts): the heading runs to the symbol line, if one is near the top.
            int seen = 0;
            for (int i = _firstLine; i < n && seen < 20; i++)
            {
                if (kinds[i] != LineKind.Text)
                {
                    continue;
                }

                seen++;
                if (PlainTextLayout.IsSymbolLine(LineSpan(i)) && PlainTextLayout.TryReadSymbolLine(Line(i), out _, out _))
                {
                    for (int j = _firstLine; j <= i; j++)
                    {
                        AddHeadingLine(layout.Heading, j, kinds[j]);
                    }

                    bodyStart = i + 1;
                    break;
                }
            }
        }

        int bodyEnd = closing >= 0 ? closing : n;
        _indentMode = UsesIndentation(kinds, bodyStart, bodyEnd);
        ReadBody(kinds, bodyStart, bodyEnd, layout);
        int lastFootnote = layout.Footnotes.Count == 0 ? 0 : layout.Footnotes[^1].Site.Number ?? 0;
        for (int i = bodyEnd; i < n; i++)
        {
            if (kinds[i] == LineKind.Text && i > closing && StartsFootnote(i, lastFootnote, nearClosing: i <= closing + 2))
            {
                // Footnotes at the end of the text, after the meeting and date, without a rule ("1 Resolution 60/1.").
                ReadBody(kinds, i, n, layout, footnotesOnly: true);
                break;
            }

            if (kinds[i] == LineKind.Text)
            {
                AddHeadingLine(layout.Closing, i, kinds[i]);
            }
            else if (kinds[i] is LineKind.FootnoteDefinition or LineKind.Rule)
            {
                // Footnotes after the closing lines (Markdown puts them at the end).
                ReadBody(kinds, i, n, layout, footnotesOnly: true);
                break;
            }
        }

        return layout;
    }

    private void ReadBody(LineKind[] kinds, int start, int end, Layout layout, bool footnotesOnly = false)
    {
        CleanTextBuilder? paragraph = null;
        CitationSite site = default;
        int preamble = 0;
        bool operative = false;
        bool inBlock = footnotesOnly;
        CleanTextBuilder? footnote = null;
        int footnoteNumber = 0;
        int lastFootnote = layout.Footnotes.Count == 0 ? 0 : layout.Footnotes[^1].Site.Number ?? 0;
        bool previousBlank = false;
        bool afterMarker = false;

        void FlushParagraph()
        {
            if (paragraph is { IsEmpty: false })
            {
                layout.Body.Add(paragraph.ToClause(site));
            }

            paragraph = null;
        }

        void FlushFootnote()
        {
            if (footnote is { IsEmpty: false })
            {
                layout.Footnotes.Add(footnote.ToClause(CitationSite.Footnote(footnoteNumber)));
            }

            footnote = null;
        }

        for (int i = start; i < end; i++)
        {
            var kind = kinds[i];
            var (lineStart, lineEnd) = _lines[i];
            var line = _text.AsSpan(lineStart, lineEnd - lineStart);
            if (inBlock && !footnotesOnly && EndsBlock(i, line, kind, afterMarker))
            {
                FlushFootnote();
                inBlock = false;
            }

            switch (kind)
            {
                case LineKind.Blank:
                    previousBlank = true;
                    afterMarker = false; // a marker then a blank line ends the paragraph (readers write it so)
                    continue;
                case LineKind.Furniture:
                    // Page furniture stands below the footnotes and above the next page's text: it ends a footnote block,
                    // and a blank line before it says nothing about paragraphs.
                    if (inBlock && !footnotesOnly)
                    {
                        FlushFootnote();
                        inBlock = false;
                        afterMarker = false;
                    }

                    previousBlank = false;
                    continue;
                case LineKind.Rule:
                    FlushFootnote();
                    inBlock = true;
                    afterMarker = false;
                    continue;
                case LineKind.FootnoteDefinition:
                {
                    // "[^4]: text": the number after the caret, the text after the match.
                    int definitionLength = MatchLength(MarkdownFootnote(), line);
                    FlushFootnote();
                    inBlock = true;
                    footnoteNumber = LeadingNumber(line[(line.IndexOf('^') + 1)..], out _);
                    lastFootnote = footnoteNumber;
                    footnote = _footnoteBuilder.Reset();
                    footnote.AppendLine(lineStart + definitionLength, lineEnd);
                    continue;
                }
            }

            if (inBlock)
            {
                if (kind == LineKind.Marker)
                {
                    FlushFootnote();
                    footnoteNumber = MarkerNumber(line);
                    lastFootnote = footnoteNumber;
                    footnote = _footnoteBuilder.Reset();
                    afterMarker = true;
                    continue;
                }

                // "12 text" (at most three spaces before the number): the number, then the text after the spaces.
                if (StartsWithDigit(line) && InlineFootnote().IsMatch(line) && LeadingNumber(line, out int numberEnd) is int number
                    && number > lastFootnote && number <= lastFootnote + 5)
                {
                    int rest = numberEnd;
                    while (char.IsWhiteSpace(line[rest]))
                    {
                        rest++;
                    }

                    FlushFootnote();
                    footnoteNumber = number;
                    lastFootnote = number;
                    footnote = _footnoteBuilder.Reset();
                    footnote.AppendLine(lineStart + rest, lineEnd);
                    afterMarker = false;
                    continue;
                }

                footnote ??= _footnoteBuilder.Reset();
                footnote.AppendLine(lineStart, lineEnd);
                afterMarker = false;
                continue;
            }

            if (kind == LineKind.Marker)
            {
                if (paragraph is not null)
                {
                    paragraph.AddMarker(MarkerNumber(line));
                    afterMarker = true;
                }

                continue;
            }

            // A text line of the body: a new clause, or more of the current one.
            int? numbered = StartsWithDigit(line) && OperativeNumber().IsMatch(line) ? LeadingNumber(line, out _) : null;
            bool startsNew;
            if (paragraph is null)
            {
                startsNew = true;
            }
            else if (numbered is not null)
            {
                startsNew = true;
            }
            else if (afterMarker || operative || (CleanTextBuilder.TrimStart(line).StartsWith('(') && SubParagraph().IsMatch(line)))
            {
                startsNew = false;
            }
            else
            {
                bool indented = line.Length > 0 && CleanTextBuilder.IsWhiteSpace(line[0]);
                bool separated = _indentMode ? indented : indented || previousBlank;
                startsNew = paragraph.EndsClause && separated && StartsLikeClause(line);
            }

            if (startsNew)
            {
                FlushParagraph();
                paragraph = _paragraphBuilder.Reset();
                if (numbered is not null)
                {
                    operative = true;
                    site = CitationSite.Operative(numbered.Value);
                }
                else
                {
                    site = operative ? site : CitationSite.Preamble(++preamble);
                }
            }

            paragraph!.AppendLine(lineStart, lineEnd);
            previousBlank = false;
            afterMarker = false;
        }

        FlushParagraph();
        FlushFootnote();
    }

    /// <summary>A line "N text" where N is the next footnote's number, after the closing lines (not the adoption date under the meeting line).</summary>
    private bool StartsFootnote(int index, int lastFootnote, bool nearClosing)
    {
        var line = LineSpan(index);
        if (!StartsWithDigit(line) || !InlineFootnote().IsMatch(line))
        {
            return false;
        }

        // LeadingNumber reads digits of any script ("1٢" threw in int.Parse).
        return LeadingNumber(line, out _) == lastFootnote + 1 && !MeetingLine().IsMatch(line) && !(nearClosing && ClosingDate().IsMatch(line));
    }

    /// <summary>
    /// True when paragraphs are marked by indenting their first line (PDF text where every line is followed by a
    /// blank one, as in the seed), so blank lines say nothing; false when blank lines separate paragraphs.
    /// </summary>
    private bool UsesIndentation(LineKind[] kinds, int start, int end)
    {
        int indented = 0, flush = 0;
        for (int i = start; i < end; i++)
        {
            if (kinds[i] != LineKind.Text)
            {
                continue;
            }

            var (lineStart, lineEnd) = _lines[i];
            if (lineEnd > lineStart && CleanTextBuilder.IsWhiteSpace(_text[lineStart]))
            {
                indented++;
            }
            else
            {
                flush++;
            }
        }

        int total = indented + flush;
        return total > 0 && indented * 10 >= total && flush * 10 >= total;
    }

    private bool EndsBlock(int index, ReadOnlySpan<char> line, LineKind kind, bool afterMarker)
    {
        if (IsPageStart(index))
        {
            return true;
        }

        if (kind != LineKind.Text || afterMarker)
        {
            return false;
        }

        // Back to the body: an operative number, or a line indented as a paragraph is (two or more spaces).
        return (StartsWithDigit(line) && OperativeNumber().IsMatch(line))
            || (line.Length > 2 && CleanTextBuilder.IsWhiteSpace(line[0]) && CleanTextBuilder.IsWhiteSpace(line[1]) && ParagraphIndent().IsMatch(line));
    }

    private bool IsPageStart(int index)
    {
        if (_pageStarts.IsDefaultOrEmpty)
        {
            return false;
        }

        int start = _lines[index].Start;
        int previousEnd = index > 0 ? _lines[index - 1].End : -1;
        foreach (int page in _pageStarts)
        {
            if (page > previousEnd && page <= start && page > 0)
            {
                return true;
            }
        }

        return false;
    }

    private void AddHeadingLine(List<Clause> target, int index, LineKind kind)
    {
        if (kind != LineKind.Text)
        {
            return;
        }

        var builder = _lineBuilder.Reset();
        builder.AppendLine(_lines[index].Start, _lines[index].End);
        if (!builder.IsEmpty)
        {
            target.Add(builder.ToClause(CitationSite.Heading));
        }
    }

    private int FindFormula(LineKind[] kinds)
    {
        int limit = Math.Min(_lines.Count, _firstLine + 200);
        for (int i = _firstLine; i < limit; i++)
        {
            // Only a line starting as one of the formulas does is matched: most lines are prose.
            var line = CleanTextBuilder.TrimStart(LineSpan(i));
            if (kinds[i] == LineKind.Text && !line.IsEmpty && s_formulaStarts.Contains(line[0]) && OpeningFormula().IsMatch(LineSpan(i)))
            {
                return i;
            }
        }

        return -1;
    }

    private int FindClosing(LineKind[] kinds)
    {
        // The closing stands in the last lines of the text, before any footnotes there.
        int limit = Math.Max(_firstLine, _lines.Count - 400);
        for (int i = _lines.Count - 1; i >= limit; i--)
        {
            var candidate = _text.AsSpan(_lines[i].Start, _lines[i].End - _lines[i].Start);
            if (kinds[i] == LineKind.Text && candidate.Length <= 160 && candidate.ContainsAny(s_digits) && MayBeMeetingLine(candidate) && MeetingLine().IsMatch(candidate))
            {
                // A date line right above the meeting belongs to the closing too (Chinese prints the date first), but not
                // the last line of a paragraph that ends with a date ("… el 1 de febrero de 2002;"): a closing date
                // ends with no clause punctuation.
                int j = i - 1;
                while (j > _firstLine && kinds[j] is LineKind.Blank or LineKind.Furniture)
                {
                    j--;
                }

                return j > _firstLine && kinds[j] == LineKind.Text && ClosingDate().IsMatch(LineSpan(j)) && !EndsClause(LineSpan(j)) ? j : i;
            }
        }

        return -1;
    }

    /// <summary>False when <paramref name="line"/> cannot match <see cref="MeetingLine"/> (see <see cref="s_meetingWords"/>).</summary>
    internal static bool MayBeMeetingLine(ReadOnlySpan<char> line) =>
        line.ContainsAny(s_meetingWords)
        || (line.ContainsAny(s_meetingLetters)
            && (line.Contains("пленарн", StringComparison.OrdinalIgnoreCase) || line.Contains("全体会议", StringComparison.Ordinal) || line.Contains("الجلسة العامة", StringComparison.Ordinal)));

    /// <summary>The line ends as a clause does (<c>;</c>, <c>,</c>, <c>.</c>, <c>:</c>, <c>；</c>, <c>，</c>, <c>。</c>, <c>：</c>, <c>、</c>, <c>؛</c>, <c>،</c>).</summary>
    private static bool EndsClause(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd();
        return !line.IsEmpty && line[^1] is ';' or ',' or '.' or ':' or '；' or '，' or '。' or '：' or '、' or '؛' or '،';
    }

    private LineKind Classify(int index)
    {
        var (start, end) = _lines[index];
        var span = _text.AsSpan(start, end - start);
        var trimmed = CleanTextBuilder.Trim(span);
        if (trimmed.IsEmpty)
        {
            return span.Length >= 20 ? LineKind.Rule : LineKind.Blank;
        }

        // Cheap tests on the first character before any pattern: most lines are prose.
        char first = trimmed[0];
        if (first is '_' or '-' or '—' or '─' && RuleLine().IsMatch(trimmed))
        {
            return LineKind.Rule;
        }

        if (first == '[' && MarkdownFootnote().IsMatch(trimmed))
        {
            return LineKind.FootnoteDefinition;
        }

        if (char.IsAsciiDigit(first))
        {
            if (trimmed.Length <= 3 && MarkerLine().IsMatch(trimmed) && MarkerNumber(trimmed) is > 0 and <= MaxFootnoteNumber)
            {
                return LineKind.Marker;
            }

            if (JobNumber().IsMatch(trimmed) || PageCounter().IsMatch(trimmed))
            {
                return LineKind.Furniture;
            }
        }
        else if ((first == '*' && BarCode().IsMatch(trimmed)) || (first is 'A' or 'S' && trimmed.Length > 1 && trimmed[1] == '/' && RunningSymbol().IsMatch(trimmed)))
        {
            return LineKind.Furniture;
        }

        return LineKind.Text;
    }

    private static bool StartsLikeClause(ReadOnlySpan<char> line)
    {
        foreach (char ch in line)
        {
            if (CleanTextBuilder.IsWhiteSpace(ch))
            {
                continue;
            }

            return !char.IsDigit(ch) && !char.IsLower(ch) && ch is not (',' or '，' or '、' or '。' or '.' or ')' or '）' or ';' or '；' or '》' or '”' or '’');
        }

        return false;
    }

    /// <summary>
    /// True when the first character after white space is a digit (of any script, as the patterns' <c>\d</c>): a line
    /// that starts otherwise is neither numbered nor a footnote, and no pattern is run on it (most lines are prose).
    /// </summary>
    private static bool StartsWithDigit(ReadOnlySpan<char> line)
    {
        var trimmed = CleanTextBuilder.TrimStart(line);
        return !trimmed.IsEmpty && char.IsDigit(trimmed[0]);
    }

    /// <summary>The number at the start of <paramref name="line"/> after white space (a line a pattern has matched), and where it ends.</summary>
    private static int LeadingNumber(ReadOnlySpan<char> line, out int end)
    {
        int start = 0;
        while (start < line.Length && CleanTextBuilder.IsWhiteSpace(line[start]))
        {
            start++;
        }

        end = start;
        int value = 0;
        while (end < line.Length && char.IsDigit(line[end]))
        {
            value = (value * 10) + (int)char.GetNumericValue(line[end++]);
        }

        return value;
    }

    /// <summary>The length of <paramref name="pattern"/>'s first match in <paramref name="line"/> (an anchored pattern that matched).</summary>
    private static int MatchLength(Regex pattern, ReadOnlySpan<char> line)
    {
        foreach (var match in pattern.EnumerateMatches(line))
        {
            return match.Index + match.Length;
        }

        return 0;
    }

    private static int MarkerNumber(ReadOnlySpan<char> line) =>
        int.TryParse(line.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 0;

    private string Line(int index) => _text[_lines[index].Start.._lines[index].End];

    private ReadOnlySpan<char> LineSpan(int index) => _text.AsSpan(_lines[index].Start, _lines[index].End - _lines[index].Start);

    [GeneratedRegex(@"^\d{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex MarkerLine();

    [GeneratedRegex(@"^\s*\[\^(?<n>\d{1,3})\]:\s*", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownFootnote();

    [GeneratedRegex(@"^\s{0,3}(?<n>\d{1,3})\s+(?<rest>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex InlineFootnote();

    [GeneratedRegex(@"^(?:_{8,}|-{8,}|—{4,}|─{4,})$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleLine();

    /// <summary>UN job numbers: <c>07-46628</c>, <c>18-18418 (E)    071118</c>, <c>18-18418 2/2</c>; optionally with a page counter.</summary>
    [GeneratedRegex(@"^(?:\d{1,3}/\d{1,3}\s+)?\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})?(?:\s+\d{1,3}/\d{1,3})?(?:\s+\*\d{7,}\*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex JobNumber();

    [GeneratedRegex(@"^\*\d{6,}\*$", RegexOptions.CultureInvariant)]
    private static partial Regex BarCode();

    [GeneratedRegex(@"^\d{1,3}\s*/\s*\d{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex PageCounter();

    /// <summary>A running header that is the document's own symbol alone on a line (<c>A/RES/73/8</c>).</summary>
    [GeneratedRegex(@"^[AS]/RES/[\w\-/() ]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RunningSymbol();

    /// <summary>An operative paragraph's number: <c>1. Reaffirms</c>, <c>1. 重申</c>, Arabic <c>1 - يعيد</c>.</summary>
    [GeneratedRegex(@"^\s*(?<n>\d{1,3})\s*(?:[.．]|\s[-–‐‑])\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex OperativeNumber();

    [GeneratedRegex(@"^\s*\(\s*[a-z]{1,4}\s*\)\s", RegexOptions.CultureInvariant)]
    private static partial Regex SubParagraph();

    [GeneratedRegex(@"^\s{2,}\S", RegexOptions.CultureInvariant)]
    private static partial Regex ParagraphIndent();

    /// <summary>The opening formula, in the six languages.</summary>
    [GeneratedRegex(@"^\s*(?:The General Assembly|The Security Council|The Economic and Social Council|The Human Rights Council|L['’]Assemblée générale|Le Conseil de sécurité|Le Conseil économique et social|La Asamblea General|El Consejo de Seguridad|El Consejo Económico y Social|Генеральная Ассамблея|Совет Безопасности|Экономический и Социальный Совет|(?:إن\s+)?الجمعية العامة|(?:إن\s+)?مجلس الأمن|大会|安全理事会|经济及社会理事会)\s*[,，،]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningFormula();

    [GeneratedRegex(@"(?:plenary meeting|全体会议|séance plénière|sesión plenaria|пленарн\w* заседани\w*|الجلسة العامة|^\s*Adopted (?:at|unanimously at) the \d+\w* meeting|^\s*Adopted at the)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex MeetingLine();

    [GeneratedRegex(@"^\s*(?:\S.{0,40})?(?:19|20)\d\d.{0,12}$", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingDate();
}
