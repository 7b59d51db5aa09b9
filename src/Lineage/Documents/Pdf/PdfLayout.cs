using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace Lineage.Documents.Pdf;

/// <summary>
/// Lays out the runs of a whole PDF: measures the body (size, left margin, line pitch) over all pages, builds the
/// printed lines of each page, attaches raised small runs to the line they belong to, sorts out furniture, body and
/// footnotes, and writes the text.
/// </summary>
internal sealed partial class PdfLayout
{
    /// <summary>Raised runs at most this share of their line's size are superscripts.</summary>
    private const double SuperscriptRatio = 0.8;

    private readonly List<PdfPageRuns> _pages;
    private readonly List<List<PdfLine>> _lines;
    private readonly ImmutableArray<int>.Builder _printedLines = ImmutableArray.CreateBuilder<int>();
    private readonly double _bodySize;
    private readonly double _bodyLeft;

    public PdfLayout(List<PdfPageRuns> pages)
    {
        _pages = pages;

        // The body size: the size (to half a point) with the most letters, the smaller one on a tie.
        var letters = new Dictionary<double, int>();
        foreach (var page in pages)
        {
            foreach (var run in page.Runs)
            {
                if (!run.BarCode)
                {
                    double key = Math.Round(run.Size * 2) / 2;
                    letters[key] = letters.GetValueOrDefault(key) + run.Text.Length;
                }
            }
        }

        _bodySize = 10;
        int most = -1;
        foreach (var (size, count) in letters)
        {
            if (count > most || (count == most && size < _bodySize))
            {
                _bodySize = size;
                most = count;
            }
        }

        _lines = new List<List<PdfLine>>(pages.Count);
        foreach (var page in pages)
        {
            _lines.Add(BuildLines(page));
        }

        // The body's left margin: the most common left edge (to the point) of body-size lines, the first met on a tie.
        var lefts = new Dictionary<double, (int Count, int First)>();
        foreach (var line in _lines.SelectMany(l => l))
        {
            if (IsBodySize(line))
            {
                double key = Math.Round(line.Left);
                var (count, first) = lefts.GetValueOrDefault(key, (0, lefts.Count));
                lefts[key] = (count + 1, first);
            }
        }

        _bodyLeft = 0;
        (int Count, int First) best = (0, int.MaxValue);
        foreach (var (left, tally) in lefts)
        {
            if (tally.Count > best.Count || (tally.Count == best.Count && tally.First < best.First))
            {
                _bodyLeft = left;
                best = tally;
            }
        }
    }

    /// <summary>
    /// Writes every page; returns the text, the page starts, the furniture removed, and where each printed line starts
    /// (a marker on a line of its own, the rest of the line after it and the blank line after a paragraph's last marker
    /// are text lines, not printed ones).
    /// </summary>
    public (string Text, ImmutableArray<int> PageStarts, ImmutableArray<PdfFurnitureLine> Furniture, ImmutableArray<int> PrintedLineStarts) Render()
    {
        var text = new StringBuilder();
        var starts = ImmutableArray.CreateBuilder<int>(_pages.Count);
        var furniture = ImmutableArray.CreateBuilder<PdfFurnitureLine>();
        for (int i = 0; i < _pages.Count; i++)
        {
            starts.Add(text.Length);
            int before = text.Length;
            RenderPage(_pages[i], i, _lines[i], text, furniture);
            if (text.Length == before)
            {
                text.Append('\n'); // keeps page starts strictly increasing
            }
        }

        return (text.ToString(), starts.MoveToImmutable(), furniture.ToImmutable(), _printedLines.ToImmutable());
    }

    private static bool IsRule(string text) => text.Length >= 5 && !text.AsSpan().ContainsAnyExcept('_');

    private bool IsBodySize(PdfLine line) => Math.Abs(line.Size - _bodySize) < 0.3;

    private List<PdfLine> BuildLines(PdfPageRuns page)
    {
        var regular = new List<PdfRun>();
        var small = new List<PdfRun>();
        foreach (var run in page.Runs)
        {
            (run.Size <= SuperscriptRatio * _bodySize && !run.BarCode ? small : regular).Add(run);
        }

        var lines = Cluster(regular);
        var leftover = new List<PdfRun>();
        foreach (var run in small)
        {
            PdfLine? host = null;
            double best = double.MaxValue;
            foreach (var line in lines)
            {
                double raise = run.Baseline - line.Baseline;
                if (raise >= 0.12 * line.Size && raise <= 0.75 * line.Size
                    && run.Size <= SuperscriptRatio * line.Size
                    && run.Left >= line.Left - (1.5 * line.Size) && run.Left <= line.Right + line.Size
                    && raise < best)
                {
                    host = line;
                    best = raise;
                }
            }

            if (host is null)
            {
                leftover.Add(run);
            }
            else
            {
                host.Superscripts.Add(run);
            }
        }

        foreach (var line in lines)
        {
            line.Superscripts.Sort((a, b) => a.Left.CompareTo(b.Left));
        }

        lines.AddRange(Cluster(leftover));
        lines.Sort((a, b) => a.Row != b.Row ? b.Row.CompareTo(a.Row) : a.Left.CompareTo(b.Left));
        return lines;
    }

    /// <summary>Groups runs by baseline into lines, and splits a line where a gap wider than three characters separates columns.</summary>
    private static List<PdfLine> Cluster(List<PdfRun> runs)
    {
        var lines = new List<PdfLine>();
        if (runs.Count == 0)
        {
            return lines;
        }

        // Top to bottom, then left to right; runs that tie keep their content order (a stable sort).
        var ordered = new (PdfRun Run, int Index)[runs.Count];
        for (int i = 0; i < ordered.Length; i++)
        {
            ordered[i] = (runs[i], i);
        }

        Array.Sort(ordered, static (a, b) =>
        {
            int c = b.Run.Baseline.CompareTo(a.Run.Baseline);
            if (c == 0)
            {
                c = a.Run.Left.CompareTo(b.Run.Left);
            }

            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });

        var group = new List<PdfRun>();
        foreach (var (run, _) in ordered)
        {
            if (group.Count > 0 && Math.Abs(group[0].Baseline - run.Baseline) > 0.3 * Math.Min(group[0].Size, run.Size))
            {
                Split(group, lines);
                group = [];
            }

            group.Add(run);
        }

        Split(group, lines);
        return lines;
    }

    private static void Split(List<PdfRun> group, List<PdfLine> lines)
    {
        group.Sort((a, b) => a.Left.CompareTo(b.Left));
        var segment = new List<PdfRun> { group[0] };
        for (int i = 1; i < group.Count; i++)
        {
            var previous = segment[^1];
            if (group[i].Left - previous.Right > 3 * Math.Max(previous.Size, group[i].Size))
            {
                lines.Add(new PdfLine(segment) { Row = group[0].Baseline });
                segment = [];
            }

            segment.Add(group[i]);
        }

        lines.Add(new PdfLine(segment) { Row = group[0].Baseline });
    }

    private void RenderPage(PdfPageRuns page, int index, List<PdfLine> lines, StringBuilder text, ImmutableArray<PdfFurnitureLine>.Builder furniture)
    {
        double height = page.Height;
        var kept = new List<PdfLine>();
        foreach (var line in lines)
        {
            string plain = line.PlainText;
            bool edge = line.Baseline < 0.12 * height || line.Baseline > 0.88 * height;
            if (line.BarCode || (edge && BarCodePattern().IsMatch(plain)))
            {
                furniture.Add(new PdfFurnitureLine(page.Number, PdfFurnitureKind.BarCode, plain));
            }
            else if (edge && IsJobLine(plain))
            {
                furniture.Add(new PdfFurnitureLine(page.Number, PdfFurnitureKind.JobNumber, plain));
            }
            else
            {
                kept.Add(line);
            }
        }

        if (index > 0)
        {
            // Continuation pages: whatever stands above the body in small print or as a symbol is the running header.
            double bodyTop = double.NegativeInfinity;
            foreach (var line in kept)
            {
                if (line.Size >= 0.95 * _bodySize && !(line.Baseline > 0.88 * height && IsSymbolLine(line.PlainText)))
                {
                    bodyTop = Math.Max(bodyTop, line.Baseline);
                }
            }

            if (double.IsNegativeInfinity(bodyTop))
            {
                bodyTop = 0.9 * height;
            }

            kept.RemoveAll(line =>
            {
                bool header = line.Baseline > bodyTop + (0.3 * _bodySize) && line.Baseline > 0.8 * height
                    && (line.Size < 0.95 * _bodySize || IsSymbolLine(line.PlainText));
                if (header)
                {
                    furniture.Add(new PdfFurnitureLine(page.Number, PdfFurnitureKind.RunningHeader, line.PlainText));
                }

                return header;
            });
        }

        // One text line per printed line (no blank lines for paragraph gaps: a paragraph starts indented, as in the
        // seed), so a citation's line number is the printed line on its page, counting footnote markers as lines and
        // the one blank line written where a marker ends a paragraph.
        int footStart = FindFootnotes(kept, height, page.Number, furniture);
        for (int i = 0; i < footStart; i++)
        {
            WriteBodyLine(kept[i], text);
            if (i + 1 < footStart && EndsWithMarker(text) && IsIndented(kept[i + 1]))
            {
                // A footnote marker ends a paragraph: a blank line before the next one, as in the seed, so the layout
                // does not take the next paragraph for the rest of the sentence the marker interrupted.
                text.Append('\n');
            }
        }

        if (footStart < kept.Count)
        {
            text.Append(PdfTextExtractor.FootnoteRule).Append('\n');
            for (int i = footStart; i < kept.Count; i++)
            {
                WriteFootnoteLine(kept[i], text);
            }
        }
    }

    /// <summary>
    /// Finds where the footnotes begin: below a rule of underscores, or (without a rule) at the first small-print line
    /// that starts with a footnote number and has only small print below it. Returns <c>lines.Count</c> when none.
    /// Removes the rule line itself.
    /// </summary>
    private int FindFootnotes(List<PdfLine> lines, double height, int page, ImmutableArray<PdfFurnitureLine>.Builder furniture)
    {
        for (int i = lines.Count - 1; i >= 0; i--)
        {
            if (!IsRule(lines[i].PlainText) || lines[i].Baseline > 0.7 * height)
            {
                continue;
            }

            var rule = lines[i];
            lines.RemoveAt(i);
            bool footnotes = i < lines.Count && AllSmallerFrom(lines, i, 0.95 * _bodySize);
            if (!footnotes)
            {
                furniture.Add(new PdfFurnitureLine(page, PdfFurnitureKind.Rule, rule.PlainText));
                return lines.Count;
            }

            return i;
        }

        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].LeadingMarker is not null && lines[i].Size < 0.92 * _bodySize && AllSmallerFrom(lines, i, 0.92 * _bodySize))
            {
                return i;
            }
        }

        return lines.Count;
    }

    /// <summary>True when every line from <paramref name="start"/> on is in print smaller than <paramref name="size"/>.</summary>
    private static bool AllSmallerFrom(List<PdfLine> lines, int start, double size)
    {
        for (int i = start; i < lines.Count; i++)
        {
            if (!(lines[i].Size < size))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsIndented(PdfLine line) => line.Left > _bodyLeft + (0.8 * _bodySize);

    /// <summary>True when the last line written is a footnote marker alone.</summary>
    private static bool EndsWithMarker(StringBuilder text)
    {
        int end = text.Length - 1;
        int start = end;
        while (start > 0 && text[start - 1] != '\n')
        {
            start--;
        }

        if (end - start is < 1 or > 3)
        {
            return false;
        }

        for (int i = start; i < end; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private void WriteBodyLine(PdfLine line, StringBuilder text)
    {
        _printedLines.Add(text.Length);
        if (IsIndented(line))
        {
            text.Append(' ');
        }

        WritePieces(line, text, markersOnOwnLine: true);
        text.Append('\n');
    }

    private void WriteFootnoteLine(PdfLine line, StringBuilder text)
    {
        _printedLines.Add(text.Length);
        if (line.LeadingMarker is { } marker)
        {
            text.Append(marker.Text).Append('\n').Append(' ');
        }

        WritePieces(line, text, markersOnOwnLine: false);
        text.Append('\n');
    }

    /// <summary>
    /// Writes a line's runs and superscripts left to right. A footnote marker (raised digits) in body text goes on a line
    /// of its own, as in the seed (<c>…公约》\n1\n 和</c>); other raised text (ordinals like <c>1er</c>) stays in place.
    /// </summary>
    private static void WritePieces(PdfLine line, StringBuilder text, bool markersOnOwnLine)
    {
        var leading = markersOnOwnLine ? null : line.LeadingMarker;
        var runs = line.Runs;
        var raisedRuns = line.Superscripts;
        int r = 0;
        int s = 0;
        PdfRun? previous = null;
        bool afterMarker = false;
        bool any = false;
        while (true)
        {
            // Runs and superscripts merged by their left edge (both are sorted; a run goes first on a tie), the leading
            // marker of a footnote line left out.
            while (s < raisedRuns.Count && leading is { } lead && raisedRuns[s] == lead)
            {
                s++;
            }

            bool raised;
            PdfRun run;
            if (r < runs.Count && (s >= raisedRuns.Count || runs[r].Left.CompareTo(raisedRuns[s].Left) <= 0))
            {
                run = runs[r++];
                raised = false;
            }
            else if (s < raisedRuns.Count)
            {
                run = raisedRuns[s++];
                raised = true;
            }
            else
            {
                break;
            }

            if (raised && run.IsDigits && markersOnOwnLine)
            {
                if (any)
                {
                    text.Append('\n');
                }

                text.Append(run.Text).Append('\n');
                afterMarker = true;
                previous = run;
                any = true;
                continue;
            }

            if (previous is { } p && (afterMarker || !raised) && PdfTextExtractor.HasSpace(p, run))
            {
                text.Append(' ');
            }

            text.Append(run.Text);
            previous = run;
            afterMarker = false;
            any = true;
        }

        if (afterMarker && text.Length > 0 && text[^1] == '\n')
        {
            text.Length--; // the line break after a marker that ends the line is the line's own
        }
    }

    private static bool IsJobLine(string text)
    {
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length > 0 && tokens.All(t => FurnitureToken().IsMatch(t)) && tokens.Any(t => JobNumber().IsMatch(t) || PageCounter().IsMatch(t));
    }

    private static bool IsSymbolLine(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(t => Symbol().IsMatch(t));

    [GeneratedRegex(@"^\*\d{5,}\*$")]
    private static partial Regex BarCodePattern();

    [GeneratedRegex(@"^(\d{2}-\d{5}|\(\p{Lu}\)|\d{6}|\d{1,3}/\d{1,3}|\d{1,3})$")]
    private static partial Regex FurnitureToken();

    [GeneratedRegex(@"^\d{2}-\d{5}$")]
    private static partial Regex JobNumber();

    [GeneratedRegex(@"^\d{1,3}/\d{1,3}$")]
    private static partial Regex PageCounter();

    [GeneratedRegex(@"^[A-Z]{1,4}(/[A-Z0-9.\-()]+){2,}$")]
    private static partial Regex Symbol();
}
