using System.Globalization;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Lineage.Bench;

/// <summary>
/// A reproducible set of UN-like PDFs for the <c>pdf</c> suite, rendered from the corpus's own resolution texts as the UN
/// prints them (measured on <c>corpus/pdf/A_RES_73_6-EN.pdf</c>): US Letter, masthead on page 1 (United Nations, the
/// symbol, General Assembly or Security Council, Distr.: General), 10 pt body at x = 123.4 wrapped at x = 541, first lines
/// of paragraphs indented to 147.1, 12 pt line pitch; footnote markers raised 3.4 pt in 6.5 pt where the text has them
/// (<c>1979,1</c> with a <c>[^1]:</c> definition), the footnotes in 8.5 pt under a rule of underscores at the foot of the
/// page that carries the marker; job number and bar code at the foot of page 1, running symbol, job number and page
/// counter on continuation pages. The font is a TrueType font embedded in full (DejaVu Serif or Liberation Serif from
/// the system's fonts, as UN PDFs embed Times New Roman), or Times-Roman when neither is installed.
/// Sources: every file of <c>ga-80-en-pdftext</c> (Markdown: YAML header, paragraphs, <c>[^N]:</c> footnotes), then the
/// largest files of <c>sc-gold-en</c> (plain text, paragraphs between blank lines) until <c>count</c> files.
/// </summary>
internal static partial class UnPdfSet
{
    private const double BodySize = 10;
    private const double Left = 123.4;
    private const double Indent = 147.1;
    private const double Right = 541;
    private const double Pitch = 12;
    private const double FootSize = 8.5;
    private const double FootPitch = 11;
    private const double Bottom = 80;

    private static readonly string[] FontCandidates =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    ];

    /// <summary>The font the PDFs are set in (a path, or Times-Roman).</summary>
    public static string FontName => FontCandidates.FirstOrDefault(File.Exists) ?? "Times-Roman (standard 14, not embedded)";

    /// <summary>Writes <paramref name="count"/> PDFs into <paramref name="folder"/>; returns their paths.</summary>
    public static List<string> Write(string corpus, string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var sources = new List<(string Symbol, Document Text)>();
        foreach (string path in Directory.GetFiles(Path.Combine(corpus, "ga-80-en-pdftext"), "*.md").Order(StringComparer.Ordinal))
        {
            sources.Add((SymbolOf(path), ReadMarkdown(File.ReadAllText(path))));
        }

        foreach (var file in new DirectoryInfo(Path.Combine(corpus, "sc-gold-en")).GetFiles("*.txt")
            .OrderByDescending(f => f.Length).ThenBy(f => f.Name, StringComparer.Ordinal).Take(Math.Max(0, count - sources.Count)))
        {
            sources.Add((SymbolOf(file.FullName), ReadPlain(File.ReadAllText(file.FullName))));
        }

        byte[]? font = FontCandidates.Where(File.Exists).Select(File.ReadAllBytes).FirstOrDefault();
        var paths = new List<string>();
        for (int i = 0; i < Math.Min(count, sources.Count); i++)
        {
            var (symbol, text) = sources[i];
            string job = string.Create(CultureInfo.InvariantCulture, $"25-{17000 + (i * 37):00000}");
            string path = Path.Combine(folder, symbol.Replace('/', '_').Replace(' ', '_') + "-EN.pdf");
            File.WriteAllBytes(path, Render(symbol, job, text, font));
            paths.Add(path);
        }

        return paths;
    }

    private static string SymbolOf(string path)
    {
        string name = Path.GetFileNameWithoutExtension(path);
        var sc = ScName().Match(name);
        return sc.Success
            ? string.Create(CultureInfo.InvariantCulture, $"S/RES/{int.Parse(sc.Groups[1].ValueSpan, CultureInfo.InvariantCulture)} ({sc.Groups[2].Value})")
            : name.Replace('_', '/');
    }

    /// <summary>A text to print: paragraphs (a footnote marker is <c>^N</c> glued to the end of a word) and the footnotes.</summary>
    private sealed record Document(List<string> Paragraphs, Dictionary<int, string> Footnotes);

    private static Document ReadMarkdown(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        int start = 0;
        if (lines.Length > 0 && lines[0] == "---")
        {
            start = Array.IndexOf(lines, "---", 1) + 1;
        }

        var paragraphs = new List<string>();
        var footnotes = new Dictionary<int, string>();
        var current = new List<string>();
        int footnote = -1;
        foreach (string line in lines.Skip(start))
        {
            var definition = FootnoteDefinition().Match(line);
            if (definition.Success)
            {
                Flush(current, paragraphs);
                footnote = int.Parse(definition.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
                footnotes[footnote] = definition.Groups[2].Value.Trim();
            }
            else if (footnote >= 0 && line.StartsWith("    ", StringComparison.Ordinal))
            {
                footnotes[footnote] += " " + line.Trim();
            }
            else if (line.Trim().Length == 0 || line.Trim() == "---")
            {
                footnote = -1;
                Flush(current, paragraphs);
            }
            else
            {
                footnote = -1;
                current.Add(line.Trim());
            }
        }

        Flush(current, paragraphs);

        // Markers: each defined footnote number, glued to the end of a word, first after the previous marker.
        int paragraph = 0;
        int at = 0;
        foreach (int number in footnotes.Keys.Order())
        {
            var marker = new Regex(@"(?<=[^\s\d/(\[-])" + number.ToString(CultureInfo.InvariantCulture) + @"(?=[\s,;.]|$)", RegexOptions.CultureInvariant);
            for (; paragraph < paragraphs.Count; paragraph++, at = 0)
            {
                var match = marker.Match(paragraphs[paragraph], at);
                if (match.Success)
                {
                    paragraphs[paragraph] = string.Concat(paragraphs[paragraph].AsSpan(0, match.Index), "^", paragraphs[paragraph].AsSpan(match.Index));
                    at = match.Index + match.Length + 1;
                    break;
                }
            }
        }

        return new Document(paragraphs, footnotes);
    }

    private static Document ReadPlain(string text)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (string line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.Trim().Length == 0)
            {
                Flush(current, paragraphs);
            }
            else
            {
                current.Add(line.Trim());
            }
        }

        Flush(current, paragraphs);
        return new Document(paragraphs, []);
    }

    private static void Flush(List<string> lines, List<string> paragraphs)
    {
        if (lines.Count > 0)
        {
            paragraphs.Add(string.Join(' ', lines));
            lines.Clear();
        }
    }

    private static byte[] Render(string symbol, string job, Document text, byte[]? fontBytes)
    {
        using var builder = new PdfDocumentBuilder();
        var font = fontBytes is null ? builder.AddStandard14Font(Standard14Font.TimesRoman) : builder.AddTrueTypeFont(fontBytes);
        var widths = new Dictionary<char, double>();
        var measurer = builder.AddPage(PageSize.Letter);
        double Width(string word, double size)
        {
            double width = 0;
            foreach (char c in word)
            {
                if (!widths.TryGetValue(c, out double w))
                {
                    var letters = measurer.MeasureText(c.ToString(), 100, new PdfPoint(0, 0), font);
                    w = letters.Count == 0 ? 50 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
                    widths[c] = w;
                }

                width += w;
            }

            return width * size / 100;
        }

        // Lay out every page first (lines and their footnotes), then print them with the page count known.
        var pages = new List<(List<(double X, List<(string Word, int Marker)> Words)> Lines, List<int> Footnotes)>();
        var lines = new List<(double X, List<(string Word, int Marker)> Words)>();
        var notes = new List<int>();
        double top = 660;
        double y = top;
        double space = Width(" ", BodySize);
        void NewPage()
        {
            pages.Add((lines, notes));
            lines = [];
            notes = [];
            y = 710;
        }

        double Floor() => Bottom + (notes.Count > 0 ? 18 + (FootPitch * notes.Count) : 0);

        foreach (string paragraph in text.Paragraphs)
        {
            double x = Indent;
            var line = new List<(string Word, int Marker)>();
            double used = 0;
            foreach (string token in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                int caret = token.IndexOf('^', StringComparison.Ordinal);
                string word = caret < 0 ? token : token[..caret];
                int digits = caret < 0 ? 0 : token.AsSpan(caret + 1).IndexOfAnyExceptInRange('0', '9') is int d and >= 0 ? d : token.Length - caret - 1;
                int marker = digits == 0 ? 0 : int.Parse(token.AsSpan(caret + 1, digits), CultureInfo.InvariantCulture);
                string after = caret < 0 ? string.Empty : token[(caret + 1 + digits)..];
                double width = Width(word + after, BodySize) + (marker > 0 ? Width(marker.ToString(CultureInfo.InvariantCulture), 6.5) : 0);
                if (line.Count > 0 && x + used + space + width > Right)
                {
                    if (y - Pitch < Floor())
                    {
                        NewPage();
                    }

                    lines.Add((x, line));
                    y -= Pitch;
                    x = Left;
                    line = [];
                    used = 0;
                }

                used += (line.Count > 0 ? space : 0) + width;
                line.Add((word + (marker > 0 ? "^" + after : after), marker));
                if (marker > 0 && text.Footnotes.ContainsKey(marker))
                {
                    notes.Add(marker);
                }
            }

            if (line.Count > 0)
            {
                if (y - Pitch < Floor())
                {
                    NewPage();
                }

                lines.Add((x, line));
                y -= Pitch;
            }
        }

        NewPage();

        // The measuring page is page 1: print the masthead and the first page on it.
        for (int index = 0; index < pages.Count; index++)
        {
            var page = index == 0 ? measurer : builder.AddPage(PageSize.Letter);
            if (index == 0)
            {
                page.AddText("United Nations", 14, new PdfPoint(123.4, 734.2), font);
                page.AddText(symbol, 10, new PdfPoint(470, 735.5), font);
                page.AddText(symbol.StartsWith("S/", StringComparison.Ordinal) ? "Security Council" : "General Assembly", 20, new PdfPoint(123.4, 706), font);
                page.AddText("Distr.: General", 10, new PdfPoint(397, 705), font);
                page.AddText(job + " (E) 021225", 10, new PdfPoint(65.4, 44), font);
                page.AddText("*" + job.Replace("-", string.Empty, StringComparison.Ordinal) + "*", 12, new PdfPoint(65.4, 30), font);
            }
            else
            {
                page.AddText(symbol, 8.5, new PdfPoint(index % 2 == 1 ? 60 : 480, 733), font);
                page.AddText(job, 7, new PdfPoint(index % 2 == 1 ? 524.5 : 60, 38), font);
                page.AddText(string.Create(CultureInfo.InvariantCulture, $"{index + 1}/{pages.Count}"), 8.5, new PdfPoint(index % 2 == 1 ? 60 : 540.9, 37), font);
            }

            double lineY = index == 0 ? top : 710;
            foreach (var (x, words) in pages[index].Lines)
            {
                double at = x;
                foreach (var (word, marker) in words)
                {
                    int caret = word.IndexOf('^', StringComparison.Ordinal);
                    string before = caret < 0 ? word : word[..caret];
                    if (before.Length > 0)
                    {
                        at = page.AddText(before, BodySize, new PdfPoint(at, lineY), font)[^1].EndBaseLine.X;
                    }

                    if (marker > 0)
                    {
                        at = page.AddText(marker.ToString(CultureInfo.InvariantCulture), 6.5, new PdfPoint(at, lineY + 3.4), font)[^1].EndBaseLine.X;
                        string after = word[(caret + 1)..];
                        if (after.Length > 0)
                        {
                            at = page.AddText(after, BodySize, new PdfPoint(at, lineY), font)[^1].EndBaseLine.X;
                        }
                    }

                    at += space;
                }

                lineY -= Pitch;
            }

            var footnotes = pages[index].Footnotes;
            if (footnotes.Count > 0)
            {
                double fy = Bottom - 20 + (FootPitch * (footnotes.Count - 1));
                page.AddText("__________________", 8, new PdfPoint(99.6, fy + 18), font);
                foreach (int number in footnotes)
                {
                    page.AddText(number.ToString(CultureInfo.InvariantCulture), 5.5, new PdfPoint(117, fy + 3), font);
                    page.AddText(Fit(text.Footnotes[number], FootSize), FootSize, new PdfPoint(123.4, fy), font);
                    fy -= FootPitch;
                }
            }
        }

        return builder.Build();

        string Fit(string footnote, double size)
        {
            // One printed line per footnote: cut a long one at a word.
            while (Left + Width(footnote, size) > Right && footnote.LastIndexOf(' ') > 0)
            {
                footnote = footnote[..footnote.LastIndexOf(' ')];
            }

            return footnote;
        }
    }

    [GeneratedRegex(@"^\[\^(\d+)\]:\s*(.*)$")]
    private static partial Regex FootnoteDefinition();

    [GeneratedRegex(@"^S_RES_(\d+)_(\d{4})")]
    private static partial Regex ScName();
}
