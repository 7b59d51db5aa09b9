namespace Lineage.Documents.Pdf;

/// <summary>A printed line: runs on one baseline, left to right, with the small raised runs (footnote markers) it carries.</summary>
internal sealed class PdfLine
{
    private string? _plainText;

    public PdfLine(List<PdfRun> runs)
    {
        Runs = runs;
        Runs.Sort(static (a, b) => a.Left.CompareTo(b.Left));

        // The line's size and baseline are those of most of its letters: sizes (to half a point) tallied in the order
        // they are first met, the first with the most letters wins, and its runs' baselines are averaged in run order.
        Span<SizeTally> tallies = runs.Count <= 16 ? stackalloc SizeTally[runs.Count] : new SizeTally[runs.Count];
        int sizes = 0;
        double left = double.MaxValue;
        double right = double.MinValue;
        bool barCode = false;
        foreach (var run in runs)
        {
            left = Math.Min(left, run.Left);
            right = Math.Max(right, run.Right);
            barCode |= run.BarCode;
            double key = Math.Round(run.Size * 2) / 2;
            int i = 0;
            while (i < sizes && tallies[i].Size != key)
            {
                i++;
            }

            if (i == sizes)
            {
                tallies[sizes++] = new SizeTally { Size = key };
            }

            tallies[i].Letters += run.Text.Length;
            tallies[i].BaselineSum += run.Baseline;
            tallies[i].Runs++;
        }

        int main = 0;
        for (int i = 1; i < sizes; i++)
        {
            if (tallies[i].Letters > tallies[main].Letters)
            {
                main = i;
            }
        }

        Left = left;
        Right = right;
        Size = tallies[main].Size;
        Baseline = tallies[main].BaselineSum / tallies[main].Runs;
        BarCode = barCode;
    }

    public List<PdfRun> Runs { get; }

    public List<PdfRun> Superscripts { get; } = [];

    public double Left { get; }

    public double Right { get; }

    public double Size { get; }

    public double Baseline { get; }

    public bool BarCode { get; }

    /// <summary>The baseline of the row this line was cut from (columns of one row share it), for reading order.</summary>
    public double Row { get; init; }

    /// <summary>The text of the runs alone, single spaces where the print has a gap (made once).</summary>
    public string PlainText => _plainText ??= MakePlainText();

    /// <summary>The superscript that stands before the line's first run (a footnote number at the foot of the page), if any.</summary>
    public PdfRun? LeadingMarker =>
        Superscripts.Count > 0 && Superscripts[0].IsDigits && Superscripts[0].Left < Left ? Superscripts[0] : null;

    private string MakePlainText()
    {
        int length = 0;
        foreach (var run in Runs)
        {
            length += run.Text.Length + 1;
        }

        var text = new System.Text.StringBuilder(length);
        PdfRun? previous = null;
        foreach (var run in Runs)
        {
            if (previous is { } p && PdfTextExtractor.HasSpace(p, run))
            {
                text.Append(' ');
            }

            text.Append(run.Text);
            previous = run;
        }

        return text.ToString();
    }

    private struct SizeTally
    {
        public double Size;
        public int Letters;
        public double BaselineSum;
        public int Runs;
    }
}
