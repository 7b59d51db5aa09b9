using System.Collections.Immutable;
using Lineage.Model;
using QuikGraph;

namespace Lineage.Graph;

/// <summary>
/// Collects documents and their citations and builds a <see cref="CitationGraph"/>. One node per symbol (so
/// the six language versions and the AKN, PDF and text files of a resolution merge), cited-only documents
/// included; one edge per (source, target, relation, method), mentions merged. Not thread-safe.
/// </summary>
public sealed class CitationGraphBuilder
{
    private readonly Dictionary<DocumentSymbol, NodeAccumulator> _nodes = [];
    private readonly Dictionary<(DocumentSymbol Source, DocumentSymbol Target, Relation Relation, CitationMethod Method), List<Citation>> _edges = [];

    /// <summary>Add part-of edges from each part (<c>A/RES/49/75E</c>) to its work (<c>A/RES/49/75</c>). On by default.</summary>
    public bool LinkPartsToWorks { get; set; } = true;

    /// <summary>
    /// Infer recalls edges between consecutive items of a recalls list where the later item is not in the corpus
    /// (its own citations are unknown), so a series reads as a chain; inferred edges are marked. On by default.
    /// </summary>
    public bool InferSeriesLinks { get; set; } = true;

    /// <summary>Adds a document read from a file and the citations extracted from it.</summary>
    public CitationGraphBuilder Add(Document document, IEnumerable<Citation> citations)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Add(DocumentMetadata.Of(document), citations);
    }

    /// <summary>Adds a document known by its metadata only (as a store keeps it) and the citations extracted from it.</summary>
    public CitationGraphBuilder Add(DocumentMetadata document, IEnumerable<Citation> citations)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(citations);
        var node = Node(document.Symbol);
        node.Files.Add(document.Path);
        node.Languages.Add(document.Language);
        if (document.Title is not null)
        {
            node.Titles.TryAdd(document.Language, document.Title);
        }

        if (document.Date is { } date)
        {
            node.DocumentDate ??= date;
        }

        node.Meeting ??= document.Meeting;
        foreach (var citation in citations)
        {
            AddCitation(citation);
        }

        return this;
    }

    /// <summary>Adds one citation (its source node is created if absent, as a cited-only node would be).</summary>
    public CitationGraphBuilder AddCitation(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        if (citation.Source.Equals(citation.Target))
        {
            return this;
        }

        Node(citation.Source);
        var target = Node(citation.Target);
        if (citation.Date is { } date)
        {
            target.CitedDates[date] = target.CitedDates.GetValueOrDefault(date) + 1;
        }

        if (!string.IsNullOrWhiteSpace(citation.Subject))
        {
            target.Subjects.Add(citation.Subject.Trim());
        }

        var key = (citation.Source, citation.Target, citation.Relation, citation.Method);
        if (!_edges.TryGetValue(key, out var list))
        {
            _edges[key] = list = [];
        }

        list.Add(citation);
        return this;
    }

    /// <summary>Adds a node with what is known of it, without a file (used for graphs built from other sources).</summary>
    public CitationGraphBuilder AddNode(DocumentSymbol symbol, DateOnly? date = null, string? title = null, Language language = Language.Unknown)
    {
        var node = Node(symbol);
        if (date is not null)
        {
            node.DocumentDate ??= date;
        }

        if (title is not null)
        {
            node.Titles.TryAdd(language, title);
        }

        return this;
    }

    public CitationGraph Build()
    {
        var nodes = new Dictionary<DocumentSymbol, DocumentNode>(_nodes.Count);
        if (LinkPartsToWorks)
        {
            foreach (var symbol in _nodes.Keys.Where(s => s.IsPart).ToList())
            {
                Node(symbol.Work);
            }
        }

        foreach (var (symbol, acc) in _nodes)
        {
            nodes[symbol] = acc.ToNode(symbol);
        }

        var graph = new BidirectionalGraph<DocumentNode, CitationEdge>(allowParallelEdges: true, capacity: nodes.Count);
        graph.AddVertexRange(nodes.Values);
        foreach (var ((source, target, relation, method), mentions) in _edges)
        {
            graph.AddEdge(Edge(nodes[source], nodes[target], relation, method, mentions));
        }

        if (LinkPartsToWorks)
        {
            foreach (var node in nodes.Values.Where(n => n.Symbol.IsPart))
            {
                graph.AddEdge(new CitationEdge(node, nodes[node.Symbol.Work], Relation.PartOf));
            }
        }

        if (InferSeriesLinks)
        {
            InferSeries(graph, nodes);
        }

        return new CitationGraph(graph);
    }

    /// <summary>The edge that merges <paramref name="mentions"/> (in source order): the first mention gives verb, site and date.</summary>
    private static CitationEdge Edge(DocumentNode source, DocumentNode target, Relation relation, CitationMethod method, List<Citation> mentions)
    {
        var first = mentions[0];
        return new CitationEdge(source, target, relation)
        {
            Verb = first.Verb,
            Site = first.Site,
            DateGiven = first.Date,
            Method = method,
            Mentions = [.. mentions],
            Languages = [.. mentions.Select(m => m.Language)],
        };
    }

    /// <summary>
    /// Adds what one citation says of its target (a date, a subject) without the citation itself: for updating a
    /// stored graph, where a node's row is rebuilt from its files and the citations of it.
    /// </summary>
    internal void AddCitedFacts(DocumentSymbol target, DateOnly? date, string? subject)
    {
        var node = Node(target);
        if (date is { } day)
        {
            node.CitedDates[day] = node.CitedDates.GetValueOrDefault(day) + 1;
        }

        if (!string.IsNullOrWhiteSpace(subject))
        {
            node.Subjects.Add(subject.Trim());
        }
    }

    /// <summary>The node of <paramref name="symbol"/> from what was added so far, or null when nothing named it.</summary>
    internal DocumentNode? NodeOf(DocumentSymbol symbol) => _nodes.TryGetValue(symbol, out var node) ? node.ToNode(symbol) : null;

    /// <summary>
    /// The read edges out of <paramref name="source"/> from the citations added so far (no part-of, no inferred
    /// edges), with <paramref name="node"/> giving each end: for updating a stored graph one source at a time.
    /// </summary>
    internal IEnumerable<CitationEdge> EdgesFrom(DocumentSymbol source, Func<DocumentSymbol, DocumentNode> node)
    {
        foreach (var ((from, target, relation, method), mentions) in _edges)
        {
            if (from.Equals(source))
            {
                yield return Edge(node(from), node(target), relation, method, mentions);
            }
        }
    }

    /// <summary>Whether a citation is an item of a series list, the lists <see cref="InferSeriesLinks"/> reads.</summary>
    internal static bool IsListItem(Citation citation) =>
        citation.Relation == Relation.Recalls && citation.Method == CitationMethod.Text && citation.InList && citation.Target.IsResolution
        && !citation.Source.Equals(citation.Target);

    /// <summary>Which of two documents is later, as inference reads a list: by date where both have one, else by symbol.</summary>
    internal static bool IsLater(DocumentNode later, DocumentNode earlier) =>
        later.Date is { } a && earlier.Date is { } b ? a > b : later.Symbol.CompareTo(earlier.Symbol) > 0;

    private void InferSeries(BidirectionalGraph<DocumentNode, CitationEdge> graph, Dictionary<DocumentSymbol, DocumentNode> nodes)
    {
        var existing = new HashSet<(DocumentSymbol, DocumentSymbol)>(
            graph.Edges.Where(e => e.Relation == Relation.Recalls).Select(e => (e.Source.Symbol, e.Target.Symbol)));

        // A list is the recalls citations of one clause of one source file, in reading order.
        var lists = _edges
            .Where(kv => kv.Key.Relation == Relation.Recalls && kv.Key.Method == CitationMethod.Text)
            .SelectMany(kv => kv.Value)
            .Where(c => c.InList && c.Target.IsResolution)
            .GroupBy(c => (c.Source, c.Span.File, c.Site))
            .OrderBy(g => g.Key.Source)
            .ThenBy(g => g.Key.File, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Site.Kind)
            .ThenBy(g => g.Key.Site.Number);
        foreach (var list in lists)
        {
            var items = list.OrderBy(c => c.Ordinal).ThenBy(c => c.Span.Offset).Select(c => c.Target).Distinct().ToList();
            for (int i = 1; i < items.Count; i++)
            {
                var later = nodes[items[i]];
                var earlier = nodes[items[i - 1]];
                if (later.InCorpus || !IsLater(later, earlier) || !existing.Add((later.Symbol, earlier.Symbol)))
                {
                    continue;
                }

                graph.AddEdge(new CitationEdge(later, earlier, Relation.Recalls)
                {
                    Verb = string.Empty,
                    Site = list.Key.Site,
                    Method = CitationMethod.Text,
                    Inferred = true,
                    InferredFrom = list.Key.Source,
                });
            }
        }
    }

    private NodeAccumulator Node(DocumentSymbol symbol)
    {
        if (symbol.IsEmpty)
        {
            throw new ArgumentException("A graph node needs a symbol.", nameof(symbol));
        }

        if (!_nodes.TryGetValue(symbol, out var node))
        {
            _nodes[symbol] = node = new NodeAccumulator();
        }

        return node;
    }

    private sealed class NodeAccumulator
    {
        public SortedSet<string> Files { get; } = new(StringComparer.Ordinal);

        public SortedSet<Language> Languages { get; } = [];

        public SortedDictionary<Language, string> Titles { get; } = [];

        public SortedSet<string> Subjects { get; } = new(StringComparer.Ordinal);

        public Dictionary<DateOnly, int> CitedDates { get; } = [];

        public DateOnly? DocumentDate { get; set; }

        public string? Meeting { get; set; }

        public DocumentNode ToNode(DocumentSymbol symbol)
        {
            DateOnly? date = DocumentDate;
            if (date is null && CitedDates.Count > 0)
            {
                date = CitedDates.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key;
            }

            string? title = Titles.TryGetValue(Language.English, out var english) ? english : Titles.Values.FirstOrDefault();
            return new DocumentNode
            {
                Symbol = symbol,
                Title = title,
                Titles = Titles.ToImmutableSortedDictionary(),
                Date = date,
                DateFromDocument = DocumentDate is not null,
                Languages = [.. Languages.Where(l => l != Language.Unknown)],
                Files = [.. Files],
                Subjects = [.. Subjects],
                Meeting = Meeting,
            };
        }
    }
}
