using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Evaluation;

/// <summary>
/// Renders a resolution (read from AKN4UN, where the markup says where each footnote marker stands) as text copied
/// out of its PDF would look: the symbol line and the opening formula; operative numbers printed (<c>1.</c>, Arabic
/// <c>1 -</c>); every footnote marker as a plain digit where its superscript sits (after a word, a comma, a year, a
/// number, <c>、</c>, <c>号</c>); lines broken at about 90 characters wherever the script allows, inside citations
/// too; pages of about 45 lines, each with its footnotes at the foot after a rule line, a job number and page counter
/// (<c>23-23443 (E)</c>, <c>2/6 23-23443</c>) and a running header (<c>A/RES/78/10</c>); the meeting and date at the
/// end; and a file name in the UN's download form (<c>A_RES_78_10-EN.txt</c>, <c>S_RES_2719(2023).zh.txt</c>).
/// </summary>
/// <remarks>
/// Deterministic: every choice comes from <see cref="PdfTextRenderOptions.Seed"/>, the symbol and the language, so
/// the same document renders to the same bytes on every machine. The character map of the result takes every
/// character back to the document's text (<see cref="PdfTextRendering.ToSource"/>).
/// </remarks>
public sealed partial class PdfTextRenderer
{
    private const string RuleLine = "____________________";

    private readonly PdfTextRenderOptions _options;

    /// <param name="options">Seed, line width and page length; <see cref="PdfTextRenderOptions.Default"/> when null.</param>
    public PdfTextRenderer(PdfTextRenderOptions? options = null) => _options = options ?? PdfTextRenderOptions.Default;

    /// <summary>Renders <paramref name="document"/>; its clauses' footnote marker positions place the markers (else each clause's end).</summary>
    public PdfTextRendering Render(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        string code = document.Language.ToCode();
        var random = new SeededRandom(_options.Seed ^ StableHash(document.Symbol.Canonical + "|" + code));
        int width = Math.Max(30, _options.LineWidth - random.Next(9));
        var lines = new List<RenderedLine>();
        bool sc = document.Symbol.Organ == Organ.SecurityCouncil;

        // Heading: the symbol line (a Security Council text sometimes has none: its file name then names it).
        int index = 0;
        var clauses = document.Clauses;
        var headingClauses = new List<Clause>();
        while (index < clauses.Length && clauses[index].Site.Kind is SiteKind.Heading or SiteKind.Footnote)
        {
            headingClauses.Add(clauses[index++]);
        }

        Paragraph? host = null;
        bool symbolLine = !sc || random.Next(3) > 0;
        string? symbolText = symbolLine ? SymbolLine(document) : null;
        bool titled = false;
        foreach (var clause in headingClauses)
        {
            if (clause.Site.Kind == SiteKind.Footnote)
            {
                AttachFootnote(host, clause, lines);
                continue;
            }

            string prefix = string.Empty;
            if (!titled && symbolText is not null && !sc)
            {
                prefix = symbolText + " ";
                titled = true;
            }

            host = AddParagraph(lines, prefix, clause, width);
            lines.Add(RenderedLine.Blank);
        }

        if (!titled && symbolText is not null)
        {
            lines.Insert(0, RenderedLine.Blank);
            lines.Insert(0, RenderedLine.Plain(symbolText));
        }

        lines.Add(RenderedLine.Plain(Formula(document)));
        lines.Add(RenderedLine.Blank);

        for (; index < clauses.Length; index++)
        {
            var clause = clauses[index];
            if (clause.Site.Kind == SiteKind.Footnote)
            {
                AttachFootnote(host, clause, lines);
                continue;
            }

            string prefix = clause.Site is { Kind: SiteKind.Operative, Number: int n }
                ? n.ToString(CultureInfo.InvariantCulture) + (document.Language == Language.Arabic ? " - " : ". ")
                : string.Empty;
            host = AddParagraph(lines, prefix, clause, width);
            lines.Add(RenderedLine.Blank);
        }

        if (!sc && document.Meeting is { Length: > 0 } meeting)
        {
            lines.Add(RenderedLine.Plain(meeting));
            if (document.Date is { } date)
            {
                lines.Add(RenderedLine.Plain(FormatDate(date, document.Language)));
            }
        }

        while (lines.Count > 0 && lines[^1].IsBlank)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var output = new Output();
        WritePages(output, lines, document, random, width);
        return new PdfTextRendering(FileName(document, random), output.Text.ToString(), [.. output.Map]);
    }

    private static Paragraph AddParagraph(List<RenderedLine> lines, string prefix, Clause clause, int width)
    {
        var paragraph = new Paragraph();
        paragraph.AppendPlain(prefix);
        var positions = clause.FootnoteMarkerPositions;
        var markers = clause.FootnoteMarkers;
        var order = Enumerable.Range(0, markers.Length)
            .Select(i => (Number: markers[i], At: i < positions.Length ? positions[i] : clause.Text.Length))
            .OrderBy(m => m.At)
            .ToList();
        int next = 0;
        for (int i = 0; i <= clause.Text.Length; i++)
        {
            while (next < order.Count && order[next].At == i)
            {
                if (order[next].Number > 0)
                {
                    paragraph.AppendMarker(order[next].Number, i < clause.Text.Length && char.IsDigit(clause.Text[i]));
                }

                next++;
            }

            if (i < clause.Text.Length)
            {
                paragraph.Append(clause.Text[i], clause.SourceOffset(i));
            }
        }

        int first = lines.Count;
        lines.AddRange(paragraph.Wrap(width));
        paragraph.FirstLine = first;
        paragraph.LineCount = lines.Count - first;
        return paragraph;
    }

    /// <summary>Puts a footnote on the line that carries its marker (else the last line of the clause before it).</summary>
    private static void AttachFootnote(Paragraph? host, Clause footnote, List<RenderedLine> lines)
    {
        if (lines.Count == 0)
        {
            lines.Add(RenderedLine.Blank);
        }

        int line = lines.Count - 1;
        while (line > 0 && lines[line].IsBlank)
        {
            line--;
        }

        if (host is not null && footnote.Site.Number is int n && host.MarkerLine(n) is int marked)
        {
            line = host.FirstLine + marked;
        }

        lines[line].Footnotes.Add(footnote);
    }

    private void WritePages(Output output, List<RenderedLine> lines, Document document, SeededRandom random, int width)
    {
        // Split into pages: body lines and, at the foot, the footnotes whose markers they carry.
        var pages = new List<(int Start, int Count)>();
        for (int i = 0; i < lines.Count;)
        {
            int budget = _options.PageLines + random.Next(7) - 3 - (pages.Count == 0 ? 5 : 4);
            int take = 0, noteLines = 0;
            while (i + take < lines.Count)
            {
                var line = lines[i + take];
                int notes = line.Footnotes.Sum(f => FootnoteLines(f, width).Count);
                int add = notes + (notes > 0 && noteLines == 0 ? 2 : 0);
                if (take > 0 && take + 1 + noteLines + add > budget)
                {
                    break;
                }

                noteLines += add;
                take++;
            }

            // A blank line between paragraphs at the foot of a page shows at the top of the next, under the header.
            while (take > 1 && i + take < lines.Count && lines[i + take - 1].IsBlank && lines[i + take - 1].Footnotes.Count == 0)
            {
                take--;
            }

            pages.Add((i, take));
            i += take;
        }

        string job = JobNumber(document, random);
        string letter = document.Language switch
        {
            Language.Arabic => "A",
            Language.Chinese => "C",
            Language.French => "F",
            Language.Russian => "R",
            Language.Spanish => "S",
            _ => "E",
        };
        string runningHeader = document.Symbol.Organ == Organ.SecurityCouncil ? $"S/RES/{document.Symbol.ShortForm}" : document.Symbol.Canonical;
        string total = pages.Count.ToString(CultureInfo.InvariantCulture);
        for (int p = 0; p < pages.Count; p++)
        {
            string page = (p + 1).ToString(CultureInfo.InvariantCulture);
            if (p > 0)
            {
                output.Line(random.Next(2) == 0 ? runningHeader : runningHeader.PadLeft(runningHeader.Length + 60));
            }
            else
            {
                output.Line(runningHeader);
                output.Line(string.Empty);
            }

            var (start, count) = pages[p];
            var notes = new List<Clause>();
            for (int i = start; i < start + count; i++)
            {
                output.Line(lines[i]);
                notes.AddRange(lines[i].Footnotes);
            }

            if (notes.Count > 0)
            {
                output.Line(string.Empty);
                output.Line(RuleLine);
                foreach (var note in notes)
                {
                    foreach (var line in FootnoteLines(note, width))
                    {
                        output.Line(line);
                    }
                }
            }

            if (p == 0)
            {
                string printed = document.Date is { } d ? d.ToString("ddMMyy", CultureInfo.InvariantCulture) : "010100";
                output.Line(string.Empty);
                output.Line($"{job} ({letter})    {printed}");
                output.Line($"*{job.Replace("-", string.Empty, StringComparison.Ordinal)}*");
            }
            else
            {
                output.Line(string.Empty);
                output.Line(random.Next(3) switch
                {
                    0 => $"{page}/{total}      {job}",
                    1 => $"{job}      {page}/{total}",
                    _ => job,
                });
            }
        }
    }

    /// <summary>A footnote as printed at the foot of the page: its number, the text, lines wrapped flush left.</summary>
    private static List<RenderedLine> FootnoteLines(Clause footnote, int width)
    {
        var paragraph = new Paragraph();
        paragraph.AppendPlain((footnote.Site.Number is int n and > 0 ? n.ToString(CultureInfo.InvariantCulture) : "*") + " ");
        for (int i = 0; i < footnote.Text.Length; i++)
        {
            paragraph.Append(footnote.Text[i], footnote.SourceOffset(i));
        }

        return paragraph.Wrap(width);
    }

    private static string SymbolLine(Document document)
    {
        var symbol = document.Symbol;
        if (symbol.Organ != Organ.SecurityCouncil)
        {
            return symbol.ShortForm + ".";
        }

        string printed = symbol.ShortForm;
        return document.Language switch
        {
            Language.French => $"Résolution {printed}",
            Language.Spanish => $"Resolución {printed}",
            Language.Russian => $"Резолюция {printed}",
            Language.Chinese => $"第{printed.Replace(" ", string.Empty, StringComparison.Ordinal)}号决议",
            Language.Arabic => $"القرار {printed}",
            _ => $"Resolution {printed}",
        };
    }

    private static string Formula(Document document)
    {
        bool sc = document.Symbol.Organ == Organ.SecurityCouncil;
        return document.Language switch
        {
            Language.French => sc ? "Le Conseil de sécurité," : "L’Assemblée générale,",
            Language.Spanish => sc ? "El Consejo de Seguridad," : "La Asamblea General,",
            Language.Russian => sc ? "Совет Безопасности," : "Генеральная Ассамблея,",
            Language.Chinese => sc ? "安全理事会，" : "大会，",
            Language.Arabic => sc ? "إن مجلس الأمن،" : "إن الجمعية العامة،",
            _ => sc ? "The Security Council," : "The General Assembly,",
        };
    }

    /// <summary>The adoption date as each language prints it under the meeting line.</summary>
    internal static string FormatDate(DateOnly date, Language language)
    {
        int m = date.Month - 1;
        string day = date.Day.ToString(CultureInfo.InvariantCulture);
        string year = date.Year.ToString(CultureInfo.InvariantCulture);
        return language switch
        {
            Language.French => $"{(date.Day == 1 ? "1er" : day)} {s_french[m]} {year}",
            Language.Spanish => $"{day} de {s_spanish[m]} de {year}",
            Language.Russian => $"{day} {s_russian[m]} {year} года",
            Language.Chinese => $"{year}年{date.Month}月{day}日",
            Language.Arabic => $"{day} {s_arabic[m]} {year}",
            _ => $"{day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month)} {year}",
        };
    }

    private static readonly string[] s_french = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    private static readonly string[] s_spanish = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
    private static readonly string[] s_russian = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
    private static readonly string[] s_arabic =
    [
        "كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو", "حزيران/يونيه",
        "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر",
    ];

    /// <summary>The job number: from an AKN4UN file name (<c>A_RES_78_10-2323443E.xml</c>: <c>23-23443</c>), else made up from the seed.</summary>
    private static string JobNumber(Document document, SeededRandom random)
    {
        var m = JobInName().Match(Path.GetFileName(document.Path));
        if (m.Success)
        {
            return $"{m.Groups["year"].Value}-{m.Groups["serial"].Value}";
        }

        int year = (document.Date?.Year ?? 2023) % 100;
        return string.Create(CultureInfo.InvariantCulture, $"{year:00}-{10000 + random.Next(90000):00000}");
    }

    /// <summary><c>A_RES_78_10-EN.txt</c> or <c>A_RES_78_10.en.txt</c>; <c>S_RES_2719(2023)-EN.txt</c>.</summary>
    private static string FileName(Document document, SeededRandom random)
    {
        string stem = document.Symbol.Canonical.Replace('/', '_');
        string code = document.Language.ToCode();
        return random.Next(2) == 0
            ? $"{stem}-{code.ToUpperInvariant()}.txt"
            : $"{stem}.{code}.txt";
    }

    private static ulong StableHash(string text)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char ch in text)
        {
            hash = unchecked((hash ^ ch) * 1099511628211UL);
        }

        return hash;
    }

    [GeneratedRegex(@"[-_](?<year>\d{2})(?<serial>\d{5})[ACEFRS]\.\w+$", RegexOptions.CultureInvariant)]
    private static partial Regex JobInName();

    /// <summary>SplitMix64: small, fast, the same on every platform and runtime.</summary>
    private sealed class SeededRandom(ulong seed)
    {
        private ulong _state = seed;

        public int Next(int bound)
        {
            ulong z = unchecked(_state += 0x9E3779B97F4A7C15UL);
            z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
            z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
            z ^= z >> 31;
            return bound <= 1 ? 0 : (int)(z % (ulong)bound);
        }
    }

    /// <summary>The text being written, with the source offset of every character.</summary>
    private sealed class Output
    {
        public StringBuilder Text { get; } = new();

        public List<int> Map { get; } = [];

        public void Line(string text)
        {
            Text.Append(text).Append('\n');
            for (int i = 0; i <= text.Length; i++)
            {
                Map.Add(-1);
            }
        }

        public void Line(RenderedLine line)
        {
            Text.Append(line.Text).Append('\n');
            Map.AddRange(line.Map);
            Map.Add(-1);
        }
    }

    /// <summary>One printed line of the body and the footnotes whose markers it carries.</summary>
    private sealed class RenderedLine(string text, int[] map)
    {
        public static RenderedLine Blank => new(string.Empty, []);

        public string Text { get; } = text;

        public int[] Map { get; } = map;

        public List<Clause> Footnotes { get; } = [];

        public bool IsBlank => Text.Length == 0;

        public static RenderedLine Plain(string text) => new(text, [.. Enumerable.Repeat(-1, text.Length)]);
    }

    /// <summary>A paragraph before it is broken into lines: characters, their sources, and where markers stand.</summary>
    private sealed class Paragraph
    {
        private readonly StringBuilder _text = new();
        private readonly List<int> _map = [];
        private readonly HashSet<int> _markerStarts = [];
        private readonly List<(int At, int Number)> _markers = [];
        private List<int> _lineStarts = [];

        public int FirstLine { get; set; }

        public int LineCount { get; set; }

        public void Append(char ch, int source)
        {
            _text.Append(ch);
            _map.Add(source);
        }

        public void AppendPlain(string text)
        {
            foreach (char ch in text)
            {
                Append(ch, -1);
            }
        }

        /// <summary>The marker's digits glued to what precedes them; a space after them when digits follow (else the numbers would merge).</summary>
        public void AppendMarker(int number, bool digitFollows)
        {
            _markerStarts.Add(_text.Length);
            _markers.Add((_text.Length, number));
            AppendPlain(number.ToString(CultureInfo.InvariantCulture));
            if (digitFollows)
            {
                Append(' ', -1);
            }
        }

        /// <summary>The line (counted from the paragraph's first) that carries the marker of footnote <paramref name="number"/>.</summary>
        public int? MarkerLine(int number)
        {
            foreach (var (at, n) in _markers)
            {
                if (n == number)
                {
                    int line = 0;
                    while (line + 1 < _lineStarts.Count && _lineStarts[line + 1] <= at)
                    {
                        line++;
                    }

                    return line;
                }
            }

            return null;
        }

        public List<RenderedLine> Wrap(int width)
        {
            string text = _text.ToString();
            var lines = new List<RenderedLine>();
            _lineStarts = [];
            int start = 0;
            while (start < text.Length)
            {
                while (start < text.Length && text[start] == ' ')
                {
                    start++;
                }

                if (start >= text.Length)
                {
                    break;
                }

                int used = 0;
                int lastBreak = -1;
                int i = start;
                for (; i < text.Length; i++)
                {
                    if (i > start && CanBreakBefore(text, i))
                    {
                        lastBreak = i;
                    }

                    used += IsWide(text[i]) ? 2 : 1;
                    if (used > width && lastBreak > start)
                    {
                        break;
                    }
                }

                int end = i >= text.Length ? text.Length : lastBreak;
                int trimmed = end;
                while (trimmed > start && text[trimmed - 1] == ' ')
                {
                    trimmed--;
                }

                _lineStarts.Add(start);
                lines.Add(new RenderedLine(text[start..trimmed], [.. _map.GetRange(start, trimmed - start)]));
                start = end;
            }

            if (lines.Count == 0)
            {
                _lineStarts.Add(0);
                lines.Add(RenderedLine.Blank);
            }

            return lines;
        }

        /// <summary>A line may end at a space, or between two characters where one is CJK; never before a marker or closing punctuation.</summary>
        private bool CanBreakBefore(string text, int i)
        {
            if (_markerStarts.Contains(i))
            {
                return false;
            }

            char previous = text[i - 1];
            char next = text[i];
            if (next == ' ')
            {
                return true;
            }

            if (previous == ' ')
            {
                return false;
            }

            return (IsWide(previous) || IsWide(next))
                && next is not ('，' or '。' or '、' or '；' or '：' or '）' or '》' or '”' or '’' or '！' or '？')
                && previous is not ('（' or '《' or '“' or '‘');
        }

        private static bool IsWide(char ch) =>
            ch is (>= '\u3000' and <= '\u303F') or (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFFEF');
    }
}
