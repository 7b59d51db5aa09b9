using Lineage.Graph;
using Lineage.Model;

namespace Lineage.Store;

/// <summary>
/// What the files dropped and written in one build change in the graph, noted as they go (<see cref="StoreWriter.Changes"/>):
/// the documents and citing documents touched, what the citations say of each target (date and subject, counted up
/// for rows written and down for rows dropped, so a file written again with the same citations cancels out), and the
/// consecutive pairs of the series lists inference reads. <see cref="GraphUpdate"/> then rewrites only the rows these reach.
/// </summary>
internal sealed class GraphChanges
{
    private readonly Dictionary<(DocumentSymbol Target, DateOnly? Date, string? Subject), int> _cited = [];
    private readonly Dictionary<ListPair, int> _pairs = [];

    /// <summary>Symbols of the documents dropped or written.</summary>
    public HashSet<DocumentSymbol> Documents { get; } = [];

    /// <summary>Symbols of the citing documents of the citations dropped or written.</summary>
    public HashSet<DocumentSymbol> Sources { get; } = [];

    /// <summary>True once anything was noted.</summary>
    public bool Any => Documents.Count > 0 || Sources.Count > 0 || _cited.Count > 0 || _pairs.Count > 0;

    /// <summary>
    /// Notes a document (null: a file that was not read) and its citations, written (+1) or dropped (-1). Without
    /// <paramref name="touches"/> (a file written again that gives the graph what it gave before), its node and its
    /// read edges are not rewritten; what its citations say of their targets and its list pairs are counted either way.
    /// </summary>
    public void Add(DocumentSymbol? document, IReadOnlyList<Citation> citations, int sign, bool touches = true)
    {
        if (touches && document is { } symbol)
        {
            Documents.Add(symbol);
        }

        foreach (var citation in citations)
        {
            if (touches)
            {
                Sources.Add(citation.Source);
            }

            if (!citation.Source.Equals(citation.Target))
            {
                Bump(_cited, (citation.Target, citation.Date, citation.Subject), sign);
            }
        }

        foreach (var pair in ListPairs(citations))
        {
            Bump(_pairs, pair, sign);
        }
    }

    /// <summary>Targets whose citations now say something else of them (another date or subject, or more or fewer citations).</summary>
    public IEnumerable<DocumentSymbol> CitedChanged() => _cited.Where(kv => kv.Value != 0).Select(kv => kv.Key.Target).Distinct();

    /// <summary>The later items of the list pairs that appeared or went.</summary>
    public IEnumerable<DocumentSymbol> LatersChanged() => _pairs.Where(kv => kv.Value != 0).Select(kv => kv.Key.Later).Distinct();

    /// <summary>
    /// The consecutive pairs of each series list among <paramref name="citations"/>: a list is the recalls citations
    /// of one clause of one file read from the text (resolutions only), in reading order, each target once — as
    /// <see cref="CitationGraphBuilder.InferSeriesLinks"/> reads them.
    /// </summary>
    public static IEnumerable<ListPair> ListPairs(IEnumerable<Citation> citations)
    {
        foreach (var list in citations.Where(CitationGraphBuilder.IsListItem).GroupBy(c => (c.Source, c.Span.File, c.Site)))
        {
            var items = list.OrderBy(c => c.Ordinal).ThenBy(c => c.Span.Offset).Select(c => c.Target).Distinct().ToList();
            for (int i = 1; i < items.Count; i++)
            {
                yield return new ListPair(items[i], items[i - 1], list.Key.Source, list.Key.File, list.Key.Site);
            }
        }
    }

    private static void Bump<TKey>(Dictionary<TKey, int> counts, TKey key, int sign)
        where TKey : notnull
    {
        int value = counts.GetValueOrDefault(key) + sign;
        if (value == 0)
        {
            counts.Remove(key);
        }
        else
        {
            counts[key] = value;
        }
    }
}

/// <summary>Two consecutive items of a series list: <see cref="Later"/> follows <see cref="Earlier"/> in the list of <see cref="Source"/>'s file at <see cref="Site"/>.</summary>
internal readonly record struct ListPair(DocumentSymbol Later, DocumentSymbol Earlier, DocumentSymbol Source, string File, CitationSite Site);
