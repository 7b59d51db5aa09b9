namespace Lineage.Documents.Pdf;

/// <summary>A printed line: runs on one baseline, left to right, with the small raised runs (footnote markers) it carries.</summary>
internal sealed class PdfLine
{
    public PdfLine(List<PdfRun> runs)
    {
        Runs = runs;
        Runs.Sort((a, b) => a.Left.CompareTo(b.Left));
        Left = runs.Min(r => r.Left);
        Right = runs.Max(r => r.Right);

        // The line's size and baseline are those of most of its letters.
        var main = runs.GroupBy(r => Math.Round(r.Size * 2) / 2).MaxBy(g => g.Sum(r => r.Text.Length))!;
        Size = main.Key;
        Baseline = main.Average(r => r.Baseline);
        BarCode = runs.Any(r => r.BarCode);
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

    /// <summary>The text of the runs alone, single spaces where the print has a gap.</summary>
    public string PlainText
    {
        get
        {
            var text = new System.Text.StringBuilder();
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
    }

    /// <summary>The superscript that stands before the line's first run (a footnote number at the foot of the page), if any.</summary>
    public PdfRun? LeadingMarker =>
        Superscripts.Count > 0 && Superscripts[0].IsDigits && Superscripts[0].Left < Left ? Superscripts[0] : null;
}
