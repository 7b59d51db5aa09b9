namespace Lineage.Documents.Pdf;

/// <summary>
/// Letters printed together: same size, same baseline, no space between. <see cref="Left"/>/<see cref="Right"/> are
/// x positions on the baseline, <see cref="Baseline"/> the y position (PDF space: up is larger).
/// </summary>
internal readonly record struct PdfRun(string Text, double Left, double Right, double Baseline, double Size, bool BarCode)
{
    public bool IsDigits
    {
        get
        {
            if (Text.Length is 0 or > 3)
            {
                return false;
            }

            foreach (char c in Text)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
