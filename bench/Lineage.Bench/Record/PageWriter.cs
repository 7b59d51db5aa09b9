using System.Globalization;
using System.Text;
using Lineage.Model;

namespace Lineage.Bench.Record;

/// <summary>
/// Lays out one resolution as text taken from a UN PDF: job number (and bar code) on the first page, the running
/// header (the symbol) on the others, page counters with the job number at the foot, lines broken at about 90
/// characters (40 in Chinese, which may also have a blank line after every line), footnote markers glued to the word
/// (or, in Chinese, on a line of their own), and each page's footnotes in a block under a rule at its foot.
/// </summary>
internal sealed class PageWriter
{
    private const char MarkerOpen = '\u0001';

    private readonly Language _language;
    private readonly RecordResolution _resolution;
    private readonly bool _doubleSpaced;
    private readonly int _width;
    private readonly string _job;
    private readonly string _jobLine;
    private readonly string? _barCode;
    private readonly List<(string Text, int Footnote)> _lines = [];
    private readonly Dictionary<int, string> _footnotes = [];

    public PageWriter(Language language, RecordResolution resolution, bool doubleSpaced, Random rng)
    {
        _language = language;
        _resolution = resolution;
        _doubleSpaced = doubleSpaced;
        _width = language == Language.Chinese ? 40 : 90;
        int year = resolution.Date.Year % 100;
        int serial = rng.Next(10000, 100000);
        _job = Inv($"{year:D2}-{serial}");
        var issued = resolution.Date.AddDays(10 + rng.Next(40));
        string letter = language switch
        {
            Language.Arabic => "A",
            Language.Chinese => "C",
            Language.English => "E",
            Language.French => "F",
            Language.Russian => "R",
            _ => "S",
        };
        _jobLine = rng.NextDouble() < 0.5 ? Inv($" {_job} ") : Inv($"{_job} ({letter})    {issued:ddMMyy}");
        _barCode = resolution.Kind == RecordKind.RomanAssembly || rng.NextDouble() < 0.5 ? null : Inv($"*{year:D2}{serial}*");
    }

    public void Heading(IEnumerable<string> heading, string formula)
    {
        Add(_jobLine);
        if (_barCode is not null)
        {
            Add(_barCode);
        }

        Blank();
        foreach (string line in heading)
        {
            if (line.Length == 0)
            {
                continue;
            }

            foreach (string wrapped in Wrap(line, string.Empty))
            {
                Add(wrapped);
            }

            Blank();
        }

        Add(formula);
        Blank();
    }

    /// <summary>A clause: first line indented; a footnote marker <paramref name="marker"/> (when not 0) after a word in its second half.</summary>
    public void Paragraph(string text, int marker, string? footnote, Random rng)
    {
        if (marker > 0 && footnote is not null)
        {
            _footnotes[marker] = footnote;
            int at = MarkerPlace(text, rng);
            text = _language == Language.Chinese
                ? text[..at] + MarkerOpen + marker.ToString(CultureInfo.InvariantCulture) + MarkerOpen + text[at..]
                : text[..at] + marker.ToString(CultureInfo.InvariantCulture) + text[at..];
        }

        // A marker on a line of its own splits the clause: the text before, the marker, the rest (starting with a space).
        string[] parts = text.Split(MarkerOpen);
        for (int p = 0; p < parts.Length; p++)
        {
            if (p % 2 == 1)
            {
                _lines.Add((parts[p], int.Parse(parts[p], CultureInfo.InvariantCulture)));
                continue;
            }

            string prefix = " ";
            foreach (string line in Wrap(prefix + parts[p], string.Empty))
            {
                int carried = 0;
                if (_language != Language.Chinese && marker > 0 && line.Contains(marker.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
                {
                    carried = marker;
                }

                _lines.Add((line, carried));
                if (_doubleSpaced)
                {
                    Blank();
                }
            }
        }

        if (!_doubleSpaced)
        {
            Blank();
        }
    }

    public void Closing(IEnumerable<string> lines)
    {
        Blank();
        foreach (string line in lines)
        {
            Add(line);
        }
    }

    /// <summary>The pages: furniture, footnote blocks and page counters placed around the lines.</summary>
    public string Finish()
    {
        int capacity = _doubleSpaced ? 60 : 48;
        int pages = Math.Max(1, (_lines.Count + capacity - 1) / capacity);
        var text = new StringBuilder(_lines.Sum(l => l.Text.Length + 1) + (pages * 200));
        string header = RecordLanguage.RunningHeader(_resolution);
        for (int page = 1; page <= pages; page++)
        {
            if (page > 1)
            {
                text.Append(header).Append('\n').Append('\n');
            }

            var notes = new List<int>();
            foreach (var (line, footnote) in _lines.Skip((page - 1) * capacity).Take(capacity))
            {
                text.Append(line).Append('\n');
                if (footnote > 0 && !notes.Contains(footnote))
                {
                    notes.Add(footnote);
                }
            }

            if (notes.Count > 0)
            {
                text.Append(_language == Language.Chinese ? new string(' ', 59) : "__________________").Append('\n');
                foreach (int n in notes)
                {
                    string number = n.ToString(CultureInfo.InvariantCulture);
                    if (_language == Language.Chinese)
                    {
                        text.Append(number).Append('\n');
                        foreach (string line in Wrap(" " + _footnotes[n], string.Empty))
                        {
                            text.Append(line).Append('\n');
                        }
                    }
                    else
                    {
                        foreach (string line in Wrap(" " + number + " " + _footnotes[n], "   "))
                        {
                            text.Append(line).Append('\n');
                        }
                    }

                    text.Append('\n');
                }
            }

            if (page < pages)
            {
                string counter = Inv($"{page + 1}/{pages}");
                text.Append('\n').Append(page % 2 == 1 ? Inv($"{counter} {_job}") : Inv($"{_job} {counter}")).Append('\n').Append('\n');
            }
        }

        return text.ToString();
    }

    private void Add(string line) => _lines.Add((line, 0));

    private void Blank() => _lines.Add((string.Empty, 0));

    /// <summary>Where a marker goes: after a word (a letter before a space) in the second half; in Chinese, after any character that is not a digit.</summary>
    private int MarkerPlace(string text, Random rng)
    {
        int from = text.Length / 2;
        int start = from + rng.Next(Math.Max(1, text.Length - from - 1));
        for (int i = start; i < text.Length - 1; i++)
        {
            if (_language == Language.Chinese ? !char.IsAsciiDigit(text[i - 1]) && !char.IsAsciiDigit(text[i]) && !char.IsWhiteSpace(text[i])
                : text[i] == ' ' && char.IsLetter(text[i - 1]))
            {
                return i;
            }
        }

        return text.Length - 1;
    }

    /// <summary>Lines of at most the width: at spaces, or anywhere in Chinese (as PDF text breaks it, also inside citations).</summary>
    private IEnumerable<string> Wrap(string text, string continuation)
    {
        if (_language == Language.Chinese)
        {
            // Anywhere but inside a run of Latin letters and digits (a PDF keeps "49/75" or "2004" on one line).
            int from = 0;
            while (from < text.Length)
            {
                int cut = Math.Min(from + _width, text.Length);
                int back = cut;
                while (back < text.Length && back > from && IsWordChar(text[back - 1]) && IsWordChar(text[back]))
                {
                    back--;
                }

                cut = back > from ? back : cut;
                yield return text[from..cut];
                from = cut;
            }

            yield break;
        }

        int start = 0;
        bool first = true;
        while (start < text.Length)
        {
            int room = _width - (first ? 0 : continuation.Length);
            if (text.Length - start <= room)
            {
                yield return (first ? string.Empty : continuation) + text[start..];
                yield break;
            }

            int cut = text.LastIndexOf(' ', start + room, room);
            if (cut <= start)
            {
                cut = text.IndexOf(' ', start + room);
                if (cut < 0)
                {
                    yield return (first ? string.Empty : continuation) + text[start..];
                    yield break;
                }
            }

            yield return (first ? string.Empty : continuation) + text[start..cut];
            start = cut + 1;
            first = false;
        }
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '/' or '(' or ')';

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
