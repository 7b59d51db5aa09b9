using System.Collections.Immutable;

namespace Lineage.Model;

/// <summary>
/// One paragraph of a resolution (a preambular or operative clause, a footnote, a heading line) as clean text:
/// line breaks joined, page furniture and footnote markers removed. <see cref="SourceOffset"/> maps every
/// character back to its offset in <see cref="Document.Text"/>, so citations keep exact provenance.
/// </summary>
public sealed class Clause
{
    private readonly int[] _map;

    /// <param name="site">Where the clause stands.</param>
    /// <param name="text">The clean text.</param>
    /// <param name="map">For each character of <paramref name="text"/>, its offset in the document text; same length as the text.</param>
    /// <param name="footnoteMarkers">Footnote numbers whose markers stand in this clause, in order.</param>
    public Clause(CitationSite site, string text, int[] map, ImmutableArray<int> footnoteMarkers = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(map);
        if (map.Length != text.Length)
        {
            throw new ArgumentException("The offset map must have one entry per character of the text.", nameof(map));
        }

        Site = site;
        Text = text;
        _map = map;
        FootnoteMarkers = footnoteMarkers.IsDefault ? [] : footnoteMarkers;
    }

    public CitationSite Site { get; }

    public string Text { get; }

    public ImmutableArray<int> FootnoteMarkers { get; }

    /// <summary>
    /// Where each of <see cref="FootnoteMarkers"/> stands, as an index in <see cref="Text"/> before which its superscript is
    /// printed (AKN4UN, where the markup places it); empty when the reader does not know.
    /// </summary>
    public ImmutableArray<int> FootnoteMarkerPositions { get; init; } = [];

    /// <summary>The verb the markup gives this clause (AKN4UN <c>&lt;container name&gt;</c>), if any.</summary>
    public string? MarkupVerb { get; init; }

    /// <summary>Offset in the document text of the character at <paramref name="index"/> of <see cref="Text"/>.</summary>
    public int SourceOffset(int index) => _map[index];

    /// <summary>The document-text range covering clean-text characters [start, start+length).</summary>
    public (int Offset, int Length) SourceRange(int start, int length)
    {
        if (length <= 0 || _map.Length == 0)
        {
            int at = _map.Length == 0 ? 0 : _map[Math.Min(start, _map.Length - 1)];
            return (at, 0);
        }

        int begin = _map[start];
        int end = _map[start + length - 1] + 1;
        return (begin, end - begin);
    }

    public override string ToString() => $"{Site}: {Text}";
}
