namespace Lineage.Evaluation;

/// <summary>
/// A resolution rendered as text copied out of its PDF (<see cref="PdfTextRenderer"/>): the file name the UN's download
/// pages would give it, the text, and for every character of the text the offset in the source document's text it
/// came from (-1 for what the rendering added: operative numbers, footnote markers, furniture, line breaks).
/// </summary>
public sealed class PdfTextRendering
{
    private readonly int[] _sourceOffsets;

    internal PdfTextRendering(string fileName, string text, int[] sourceOffsets)
    {
        FileName = fileName;
        Text = text;
        _sourceOffsets = sourceOffsets;
    }

    /// <summary>The file name in the UN's download form (<c>A_RES_78_10-EN.txt</c>, <c>S_RES_2719(2023).zh.txt</c>).</summary>
    public string FileName { get; }

    /// <summary>The rendered text, lines separated by <c>\n</c>.</summary>
    public string Text { get; }

    /// <summary>The offset in the source document's text of the character at <paramref name="index"/> of <see cref="Text"/>, or -1.</summary>
    public int SourceOffset(int index) => _sourceOffsets[index];

    /// <summary>
    /// The source range behind [offset, offset + length) of <see cref="Text"/>: from its first character that has a source
    /// to its last; (-1, 0) when none has.
    /// </summary>
    public (int Offset, int Length) ToSource(int offset, int length)
    {
        int end = Math.Min(Text.Length, offset + Math.Max(length, 0));
        int first = -1, last = -1;
        for (int i = Math.Max(0, offset); i < end; i++)
        {
            if (_sourceOffsets[i] >= 0)
            {
                first = first < 0 ? _sourceOffsets[i] : first;
                last = _sourceOffsets[i];
            }
        }

        return first < 0 ? (-1, 0) : (first, Math.Max(0, last - first + 1));
    }
}
