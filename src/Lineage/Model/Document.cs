using System.Collections.Immutable;

namespace Lineage.Model;

/// <summary>
/// A resolution as read from one file: its identity (symbol, title, date, language …), its text and its clauses.
/// Readers build it; the extractor reads it. Immutable.
/// </summary>
public sealed record Document
{
    /// <summary>The document's own symbol.</summary>
    public required DocumentSymbol Symbol { get; init; }

    /// <summary>True when the symbol came from the file name because the text did not give it.</summary>
    public bool SymbolFromFileName { get; init; }

    public string? Title { get; init; }

    /// <summary>Adoption date.</summary>
    public DateOnly? Date { get; init; }

    public required Language Language { get; init; }

    /// <summary>The meeting that adopted it, as printed ("第 61 次全体会议", "47th plenary meeting").</summary>
    public string? Meeting { get; init; }

    /// <summary>The committee report(s) it was adopted on (<c>A/62/391</c>).</summary>
    public ImmutableArray<DocumentSymbol> Reports { get; init; } = [];

    /// <summary>Agenda item, where the source gives it.</summary>
    public string? Agenda { get; init; }

    /// <summary>The file it was read from, as given to the reader.</summary>
    public required string Path { get; init; }

    public required DocumentFormat Format { get; init; }

    /// <summary>The text as read (for PDF and XML: as extracted); every <see cref="SourceSpan"/> offset points into it.</summary>
    public required string Text { get; init; }

    /// <summary>Heading lines, preambular and operative clauses, footnotes, in reading order.</summary>
    public ImmutableArray<Clause> Clauses { get; init; } = [];

    /// <summary>Links the markup gives (AKN4UN); empty for text.</summary>
    public ImmutableArray<MarkupLink> Links { get; init; } = [];

    /// <summary>Offsets in <see cref="Text"/> where each page starts (PDF); empty when the source has no pages.</summary>
    public ImmutableArray<int> PageStarts { get; init; } = [];

    /// <summary>
    /// Offsets in <see cref="Text"/> where each printed line starts (PDF), or empty. When set, <see cref="SpanOf"/>
    /// counts printed lines on the page, so a footnote marker the text puts on a line of its own does not move the
    /// lines after it; otherwise lines of <see cref="Text"/> are counted.
    /// </summary>
    public ImmutableArray<int> PrintedLineStarts { get; init; } = [];

    /// <summary>
    /// Where the lines of a text start (0, then after every '\n'), handed over by the reader that split that text into
    /// lines, so that <see cref="SpanOf"/> does not look for them again; used only while <see cref="Text"/> is that text.
    /// </summary>
    internal (string Text, int[] Starts)? KnownLineStarts { get; init; }

    /// <summary>The organ that adopted the document.</summary>
    public Organ Organ => Symbol.Organ;

    /// <summary>Builds the span for a range of <see cref="Text"/>: line and column, and page for paged sources.</summary>
    public SourceSpan SpanOf(int offset, int length)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        int page = 0;
        int pageStart = 0;
        if (!PageStarts.IsDefaultOrEmpty)
        {
            int index = PageStarts.BinarySearch(offset);
            page = Math.Max(index >= 0 ? index : ~index - 1, 0);
            pageStart = PageStarts[page];
        }

        var starts = LineStarts();
        int lineIndex = LineIndex(starts, offset);
        int firstLineOfPage = LineIndex(starts, pageStart);
        int line = PrintedLineStarts.IsDefaultOrEmpty
            ? lineIndex - firstLineOfPage + 1
            : Math.Max(1, CountAtOrBefore(PrintedLineStarts, offset) - CountAtOrBefore(PrintedLineStarts, pageStart - 1));
        int column = offset - Math.Max(starts[lineIndex], pageStart) + 1;
        return new SourceSpan(Path, offset, length, line, column, PageStarts.IsDefaultOrEmpty ? null : page + 1);
    }

    /// <summary>How many of the sorted <paramref name="starts"/> are at or before <paramref name="offset"/>.</summary>
    private static int CountAtOrBefore(ImmutableArray<int> starts, int offset)
    {
        int index = starts.BinarySearch(offset);
        return index >= 0 ? index + 1 : ~index;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, int[]> s_lineStarts = [];

    private int[] LineStarts() => KnownLineStarts is { } known && ReferenceEquals(known.Text, Text)
        ? known.Starts
        : s_lineStarts.GetValue(Text, ComputeLineStarts);

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        return [.. starts];
    }

    private static int LineIndex(int[] starts, int offset)
    {
        int index = Array.BinarySearch(starts, offset);
        return index >= 0 ? index : ~index - 1;
    }
}
