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
    // Edges keyed by their ends' accumulators (hashed by reference): a symbol is hashed once per citation, to find its
    // target, not four times more for the key (the whole record adds 1.15 million citations on the writer's thread).
    private readonly Dictionary<(NodeAccumulator Source, NodeAccumulator Target, Relation Relation, CitationMethod Method), EdgeAccumulator> _edges = [];

    /// <summary>The source of the last citation added: a file's citations all have the same.</summary>
    private NodeAccumulator? _lastSource;

    // The items of each series list (recalls read from the text of one clause of one file), as inference reads them:
    // kept apart from the edges, so inference neither groups every citation again nor needs the citations kept.
    private readonly Dictionary<(NodeAccumulator Source, string File, CitationSite Site), List<ListItem>> _lists = [];
    private readonly Dictionary<int, ImmutableSortedSet<Language>> _languageSets = [];

    /// <summary>Add part-of edges from each part (<c>A/RES/49/75E</c>) to its work (<c>A/RES/49/75</c>). On by default.</summary>
    public bool LinkPartsToWorks { get; set; } = true;

    /// <summary>
    /// Infer recalls edges between consecutive items of a recalls list where the later item is not in the corpus
    /// (its own citations are unknown), so a series reads as a chain; inferred edges are marked. On by default.
    /// </summary>
    public bool InferSeriesLinks { get; set; } = true;

    /// <summary>
    /// Keep every citation on the edge that merges it (<see cref="CitationEdge.Mentions"/>, which <c>lineage check</c>
    /// reports). On by default. Off, an edge keeps only what the exports carry (its first mention's verb, site and date,
    /// the count, the languages), as a graph loaded from a store without its mentions: a build of the whole record into
    /// a store (1.15 million citations) then holds no citation past its file's turn, and the garbage collector does not
    /// trace them all for the length of the build.
    /// </summary>
    public bool KeepMentions { get; set; } = true;

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

        var source = _lastSource is { } last && last.Symbol.Equals(citation.Source) ? last : _lastSource = Node(citation.Source);
        var target = Node(citation.Target);
        if (citation.Date is { } date)
        {
            target.CitedDates[date] = target.CitedDates.GetValueOrDefault(date) + 1;
        }

        if (!string.IsNullOrWhiteSpace(citation.Subject))
        {
            target.Subjects.Add(citation.Subject.Trim());
        }

        var key = (source, target, citation.Relation, citation.Method);
        if (!_edges.TryGetValue(key, out var edge))
        {
            _edges[key] = edge = new EdgeAccumulator(citation, source, target, _edges.Count, KeepMentions);
        }

        edge.Add(citation);
        if (IsListItem(citation))
        {
            var list = (source, citation.Span.File, citation.Site);
            if (!_lists.TryGetValue(list, out var items))
            {
                _lists[list] = items = [];
            }

            items.Add(new ListItem(citation.Ordinal, citation.Span.Offset, edge.Index, target));
        }

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
        if (LinkPartsToWorks)
        {
            foreach (var symbol in _nodes.Keys.Where(s => s.IsPart).ToList())
            {
                Node(symbol.Work);
            }
        }

        // Each node built once and kept on its accumulator, with its rank in symbol order: edges and lists then reach
        // their ends through the accumulators they hold and sort by rank, without hashing or comparing symbols.
        int rank = 0;
        foreach (var acc in _nodes.Values.OrderBy(a => a.Symbol))
        {
            acc.Rank = rank++;
        }

        var graph = new BidirectionalGraph<DocumentNode, CitationEdge>(allowParallelEdges: true, capacity: _nodes.Count);
        foreach (var acc in _nodes.Values)
        {
            acc.Built = acc.ToNode(acc.Symbol);
            graph.AddVertex(acc.Built);
        }

        var edges = new List<CitationEdge>(_edges.Count + (_edges.Count / 8));
        foreach (var ((_, _, relation, method), mentions) in _edges)
        {
            edges.Add(Edge(mentions.Source.Built!, mentions.Target.Built!, relation, method, mentions));
        }

        if (LinkPartsToWorks)
        {
            foreach (var acc in _nodes.Values.Where(n => n.Symbol.IsPart))
            {
                edges.Add(new CitationEdge(acc.Built!, _nodes[acc.Symbol.Work].Built!, Relation.PartOf));
            }
        }

        if (InferSeriesLinks)
        {
            InferSeries(edges);
        }

        graph.AddEdgeRange(edges);
        return new CitationGraph(graph, InEdgeOrder(edges));
    }

    /// <summary>
    /// <paramref name="edges"/> in <see cref="CitationGraph.EdgeOrder"/>, sorted by the nodes' ranks in symbol order
    /// rather than by comparing symbols (the whole record has 258,000 edges); the order added breaks ties, as the
    /// stable sort it replaces did.
    /// </summary>
    private CitationEdge[] InEdgeOrder(List<CitationEdge> edges)
    {
        var rank = new Dictionary<DocumentNode, int>(_nodes.Count, ReferenceEqualityComparer.Instance);
        foreach (var acc in _nodes.Values)
        {
            rank[acc.Built!] = acc.Rank;
        }

        var keys = new (long Ends, int Kind, int Added)[edges.Count];
        var sorted = edges.ToArray();
        for (int i = 0; i < sorted.Length; i++)
        {
            var e = sorted[i];
            keys[i] = (((long)rank[e.Source] << 32) | (uint)rank[e.Target], ((int)e.Relation << 2) | ((int)e.Method << 1) | (e.Inferred ? 1 : 0), i);
        }

        Array.Sort(keys, sorted);
        return sorted;
    }

    /// <summary>The edge that merges the mentions <paramref name="mentions"/> noted (in source order): the first gives verb, site and date.</summary>
    private CitationEdge Edge(DocumentNode source, DocumentNode target, Relation relation, CitationMethod method, EdgeAccumulator mentions) =>
        new(source, target, relation)
        {
            Verb = mentions.Verb,
            Site = mentions.Site,
            DateGiven = mentions.Date,
            Method = method,
            Mentions = mentions.All is { } all ? [.. all] : [],
            MentionCount = mentions.Count,
            Languages = LanguageSet(mentions.Languages),
        };

    /// <summary>The languages of a set of bits (bit <c>(int)language</c>), one set per distinct value.</summary>
    private ImmutableSortedSet<Language> LanguageSet(int bits)
    {
        if (!_languageSets.TryGetValue(bits, out var set))
        {
            _languageSets[bits] = set = [.. Enum.GetValues<Language>().Where(l => (bits & (1 << (int)l)) != 0)];
        }

        return set;
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
            if (from.Symbol.Equals(source))
            {
                yield return Edge(node(from.Symbol), node(target.Symbol), relation, method, mentions);
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

    private void InferSeries(List<CitationEdge> edges)
    {
        // Pairs of ranks (later, earlier) already joined by a recalls edge read from a citation.
        var existing = new HashSet<long>(_edges.Where(kv => kv.Key.Relation == Relation.Recalls).Select(kv => Pair(kv.Value.Source, kv.Value.Target)));

        // A list is the recalls citations of one clause of one source file, in reading order; citations at the same
        // place come in the order of their edges' first mentions, as they did when each list was gathered edge by edge.
        // Lists in the order of their source's symbol (its rank), file, site.
        var lists = _lists.ToArray();
        Array.Sort(lists, static (x, y) =>
        {
            var (a, b) = (x.Key, y.Key);
            int c = a.Source.Rank.CompareTo(b.Source.Rank);
            if (c == 0)
            {
                c = string.CompareOrdinal(a.File, b.File);
            }

            if (c == 0)
            {
                c = a.Site.Kind.CompareTo(b.Site.Kind);
            }

            return c != 0 ? c : Nullable.Compare(a.Site.Number, b.Site.Number);
        });
        var items = new List<NodeAccumulator>();
        var seen = new HashSet<NodeAccumulator>(ReferenceEqualityComparer.Instance);
        foreach (var (key, list) in lists)
        {
            list.Sort(static (a, b) => a.Ordinal != b.Ordinal ? a.Ordinal.CompareTo(b.Ordinal) : a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : a.Edge.CompareTo(b.Edge));
            items.Clear();
            seen.Clear();
            foreach (var item in list)
            {
                if (seen.Add(item.Target))
                {
                    items.Add(item.Target);
                }
            }

            for (int i = 1; i < items.Count; i++)
            {
                var later = items[i].Built!;
                var earlier = items[i - 1].Built!;
                if (later.InCorpus || !IsLater(later, earlier) || !existing.Add(Pair(items[i], items[i - 1])))
                {
                    continue;
                }

                edges.Add(new CitationEdge(later, earlier, Relation.Recalls)
                {
                    Verb = string.Empty,
                    Site = key.Site,
                    Method = CitationMethod.Text,
                    Inferred = true,
                    InferredFrom = key.Source.Symbol,
                });
            }
        }
    }

    private static long Pair(NodeAccumulator from, NodeAccumulator to) => ((long)from.Rank << 32) | (uint)to.Rank;

    private NodeAccumulator Node(DocumentSymbol symbol)
    {
        if (symbol.IsEmpty)
        {
            throw new ArgumentException("A graph node needs a symbol.", nameof(symbol));
        }

        if (!_nodes.TryGetValue(symbol, out var node))
        {
            _nodes[symbol] = node = new NodeAccumulator(symbol);
        }

        return node;
    }

    /// <summary>What the mentions of one edge give it, noted as they are added (and, with <see cref="KeepMentions"/>, the mentions).</summary>
    private sealed class EdgeAccumulator(Citation first, NodeAccumulator source, NodeAccumulator target, int index, bool keep)
    {
        public NodeAccumulator Source { get; } = source;

        public NodeAccumulator Target { get; } = target;

        public string Verb { get; } = first.Verb;

        public CitationSite Site { get; } = first.Site;

        public DateOnly? Date { get; } = first.Date;

        /// <summary>The edge's place among the edges, in the order of their first mentions.</summary>
        public int Index { get; } = index;

        public int Count { get; private set; }

        /// <summary>Bit <c>(int)language</c> set for each language a mention was read in.</summary>
        public int Languages { get; private set; }

        public List<Citation>? All { get; } = keep ? [] : null;

        public void Add(Citation citation)
        {
            Count++;
            Languages |= 1 << (int)citation.Language;
            All?.Add(citation);
        }
    }

    /// <summary>An item of a series list: where it stands, the edge it belongs to (ties in place are read in edge order), its target.</summary>
    private readonly record struct ListItem(int Ordinal, int Offset, int Edge, NodeAccumulator Target);

    private sealed class NodeAccumulator(DocumentSymbol symbol)
    {
        public DocumentSymbol Symbol { get; } = symbol;

        /// <summary>The node's place in symbol order, and the node, once <see cref="Build"/> made them.</summary>
        public int Rank { get; set; }

        public DocumentNode? Built { get; set; }

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
            if (date is null)
            {
                // The date given most often, the earliest of those tied.
                int most = 0;
                foreach (var (day, count) in CitedDates)
                {
                    if (count > most || (count == most && day < date))
                    {
                        (date, most) = (day, count);
                    }
                }
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
