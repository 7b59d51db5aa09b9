using System.Collections.Immutable;

namespace Lineage.Model;

/// <summary>
/// One paragraph of a resolution (a preambular or operative clause, a footnote, a heading line) as clean text:
/// line breaks joined, page furniture and footnote markers removed. <see cref="SourceOffset"/> maps every
/// character back to its offset in <see cref="Document.Text"/>, so citations keep exact provenance. The map is held
/// as runs (a clean-text index and the source offset from which the following characters are consecutive in the
/// source): a clause costs a few numbers per source line, not one per character.
/// </summary>
public sealed class Clause
{
    /// <summary>Pairs (clean-text index where a run starts, its source offset), by index; the first run starts at 0.</summary>
    private readonly int[] _runs;

    /// <param name="site">Where the clause stands.</param>
    /// <param name="text">The clean text.</param>
    /// <param name="map">For each character of <paramref name="text"/>, its offset in the document text; same length as the text.</param>
    /// <param name="footnoteMarkers">Footnote numbers whose markers stand in this clause, in order.</param>
    public Clause(CitationSite site, string text, int[] map, ImmutableArray<int> footnoteMarkers = default)
        : this(site, text, Runs(text, map), footnoteMarkers)
    {
    }

    /// <summary>A clause whose map is already runs.</summary>
    internal Clause(CitationSite site, string text, SourceRuns runs, ImmutableArray<int> footnoteMarkers = default)
    {
        Site = site;
        Text = text;
        _runs = runs.Pairs;
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

    /// <summary>The map as runs (see <see cref="_runs"/>), for readers that rebuild a clause without copying it character by character.</summary>
    internal ReadOnlySpan<int> RunPairs => _runs;

    /// <summary>
    /// True when the map never goes back: each character's source offset is at least the one before it (the usual
    /// case; a footnote marker moved into place breaks it). Read from the runs, not character by character.
    /// </summary>
    public bool MapNeverGoesBack()
    {
        int previousLast = int.MinValue;
        int count = _runs.Length / 2;
        for (int r = 0; r < count; r++)
        {
            int start = _runs[2 * r];
            int end = r + 1 < count ? Math.Min(_runs[2 * (r + 1)], Text.Length) : Text.Length;
            if (end <= start)
            {
                continue; // a run that maps no character (a later run starts at the same index)
            }

            int first = _runs[(2 * r) + 1];
            if (first < previousLast)
            {
                return false;
            }

            previousLast = first + (end - 1 - start);
        }

        return true;
    }

    /// <summary>Offset in the document text of the character at <paramref name="index"/> of <see cref="Text"/>.</summary>
    public int SourceOffset(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Text.Length);

        // The last run starting at or before index.
        int low = 0;
        int high = (_runs.Length / 2) - 1;
        while (low < high)
        {
            int middle = (low + high + 1) / 2;
            if (_runs[2 * middle] <= index)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return _runs[(2 * low) + 1] + (index - _runs[2 * low]);
    }

    /// <summary>The document-text range covering clean-text characters [start, start+length).</summary>
    public (int Offset, int Length) SourceRange(int start, int length)
    {
        if (length <= 0 || Text.Length == 0)
        {
            int at = Text.Length == 0 ? 0 : SourceOffset(Math.Min(start, Text.Length - 1));
            return (at, 0);
        }

        int begin = SourceOffset(start);
        int end = SourceOffset(start + length - 1) + 1;
        return (begin, end - begin);
    }

    /// <summary>The runs of a per-character map.</summary>
    private static SourceRuns Runs(string text, int[] map)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(map);
        if (map.Length != text.Length)
        {
            throw new ArgumentException("The offset map must have one entry per character of the text.", nameof(map));
        }

        var runs = new List<int>();
        for (int i = 0; i < map.Length; i++)
        {
            if (i == 0 || map[i] != map[i - 1] + 1)
            {
                runs.Add(i);
                runs.Add(map[i]);
            }
        }

        return new SourceRuns([.. runs]);
    }

    public override string ToString() => $"{Site}: {Text}";
}
