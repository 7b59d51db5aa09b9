using System.Collections.Immutable;
using System.Text.Json;
using Lineage.Graph;
using Lineage.Model;
using QuikGraph;

namespace Lineage.Store;

public sealed partial class LineageStore
{
    /// <summary>Symbols of the store's graph nodes, and how many of them were read from a file.</summary>
    public (int Nodes, int Read) NodeCounts() =>
        ((int)Scalar<long>("SELECT count(*) FROM nodes"), (int)Scalar<long>("SELECT count(*) FROM nodes WHERE in_corpus = 1"));

    /// <summary>True when the graph has a node for <paramref name="symbol"/> (read or cited).</summary>
    public bool Contains(DocumentSymbol symbol)
    {
        using var command = Command("SELECT 1 FROM nodes WHERE symbol = $symbol");
        command.Parameters.AddWithValue("$symbol", symbol.Canonical);
        return command.ExecuteScalar() is not null;
    }

    /// <summary>
    /// The whole citation graph as the last build stored it: the same nodes, edges and properties as the graph
    /// that build exported. With <paramref name="mentions"/>, each edge also carries the citations it merges
    /// (<see cref="CitationEdge.Mentions"/>, which <c>lineage check</c> reports); without, only their count.
    /// </summary>
    /// <remarks>
    /// Without mentions the graph is kept by this instance and given again on the next call (it is immutable): a
    /// program asking many questions loads it once and asks the analyses of it, each question then costing only
    /// the walk over the documents it reaches.
    /// </remarks>
    public CitationGraph LoadGraph(bool mentions = false) => mentions ? Load(scope: null, mentions: true) : _whole ??= Load(scope: null, mentions: false);

    private CitationGraph? _whole;

    /// <summary>Drops the kept graph (a build is writing into this store).</summary>
    internal void ForgetGraph() => _whole = null;

    /// <summary>
    /// The part of the stored graph <paramref name="scope"/> needs (a document's ancestors or descendants along the
    /// followed relations, with every stored edge between them). Loads in time proportional to that part, not to
    /// the record, so <c>lineage chain SYMBOL --db</c> answers at once on the whole record.
    /// </summary>
    public CitationGraph LoadGraph(GraphScope scope, bool mentions = false)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Load(scope, mentions);
    }

    private CitationGraph Load(GraphScope? scope, bool mentions)
    {
        string nodeFilter = string.Empty;
        string edgeFilter = string.Empty;
        string documentFilter = string.Empty;
        if (scope is not null)
        {
            FillScope(scope);
            nodeFilter = "WHERE symbol IN (SELECT symbol FROM temp.scope)";
            documentFilter = "AND symbol IN (SELECT symbol FROM temp.scope)";
            // "+target": look edges up by source only; a lookup per (source, target) pair of the scope is quadratic
            // (6,282 documents: 39 million probes, 8 s, where this takes 30 ms).
            edgeFilter = "WHERE source IN (SELECT symbol FROM temp.scope) AND +target IN (SELECT symbol FROM temp.scope)";
            if (scope.FollowedEdgesOnly)
            {
                edgeFilter += (scope.Relations.IsEmpty ? string.Empty : $" AND (relation = 'part_of' OR relation IN ({string.Join(", ", scope.Relations.Select(r => $"'{r.ToToken()}'"))}))")
                    + (scope.IncludeInferred ? string.Empty : " AND inferred = 0");
            }
        }

        var symbols = new SymbolCache();
        // One row per document, its files as one JSON array in input order: a tenth of the rows (six languages, some
        // files twice), and each column read through the driver costs more than SQLite's work (a cold `chain --db`).
        var files = new Dictionary<string, FileFacts>(StringComparer.Ordinal);
        using (var command = scope is { FileFacts: false } ? null : Command($"""
            SELECT symbol, json_group_array(json_array(path, language, title, date IS NOT NULL, meeting) ORDER BY input_order, path)
            FROM documents WHERE symbol IS NOT NULL {documentFilter} GROUP BY symbol
            """))
        using (var reader = command?.ExecuteReader())
        {
            while (reader?.Read() == true)
            {
                var facts = new FileFacts();
                files[reader.GetString(0)] = facts;
                using var json = JsonDocument.Parse(reader.GetString(1));
                foreach (var file in json.RootElement.EnumerateArray())
                {
                    facts.Files.Add(file[0].GetString()!);
                    if (file[2].GetString() is { } title)
                    {
                        facts.Titles.TryAdd(StoreValues.ParseLanguage(file[1].GetString()!), title);
                    }

                    facts.Dated |= file[3].GetInt32() != 0;
                    facts.Meeting ??= file[4].GetString();
                }
            }
        }

        var nodes = new Dictionary<string, DocumentNode>(StringComparer.Ordinal);
        using (var command = Command($"SELECT symbol, title, date, languages, subjects FROM nodes {nodeFilter}"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                string symbol = reader.GetString(0);
                var facts = files.GetValueOrDefault(symbol);
                nodes[symbol] = new DocumentNode
                {
                    Symbol = symbols.Get(symbol),
                    Title = reader.IsDBNull(1) ? null : reader.GetString(1),
                    Titles = facts?.Titles.ToImmutableSortedDictionary() ?? ImmutableSortedDictionary<Language, string>.Empty,
                    Date = StoreValues.ParseDate(reader.IsDBNull(2) ? null : reader.GetString(2)),
                    DateFromDocument = facts?.Dated ?? false,
                    Languages = StoreValues.ParseLanguages(reader.IsDBNull(3) ? null : reader.GetString(3)),
                    Files = facts is null ? [] : [.. facts.Files],
                    Subjects = reader.IsDBNull(4) ? [] : [.. reader.GetString(4).Split(Export.ExportSchema.ListSeparator)],
                    Meeting = facts?.Meeting,
                };
            }
        }

        var merged = mentions ? Mentions(scope is not null, symbols) : null;
        var graph = new BidirectionalGraph<DocumentNode, CitationEdge>(allowParallelEdges: true, capacity: nodes.Count);
        graph.AddVertexRange(nodes.Values);
        var edges = new List<CitationEdge>();
        var languageSets = new Dictionary<string, ImmutableSortedSet<Language>>(StringComparer.Ordinal);
        // Nullable columns come as '' (never a stored value of theirs): one driver call a column instead of two.
        using (var command = Command($"SELECT source, target, relation, ifnull(verb, ''), ifnull(site, ''), ifnull(date_given, ''), method, inferred, ifnull(inferred_from, ''), mention_count, ifnull(languages, '') FROM edges {edgeFilter}"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var source = nodes[reader.GetString(0)];
                var target = nodes[reader.GetString(1)];
                var relation = StoreValues.ParseRelation(reader.GetString(2));
                var method = StoreValues.ParseMethod(reader.GetString(6));
                bool inferred = reader.GetInt64(7) != 0;
                var list = merged is not null && !inferred && merged.TryGetValue((source.Symbol, target.Symbol, relation, method), out var found) ? found : null;
                edges.Add(new CitationEdge(source, target, relation)
                {
                    Verb = reader.GetString(3),
                    Site = StoreValues.ParseSite(reader.GetString(4)),
                    DateGiven = StoreValues.ParseDate(NullIfEmpty(reader.GetString(5))),
                    Method = method,
                    Inferred = inferred,
                    InferredFrom = NullIfEmpty(reader.GetString(8)) is { } from ? symbols.Get(from) : null,
                    MentionCount = reader.GetInt32(9),
                    Languages = reader.GetString(10) is { Length: > 0 } languages ? LanguageSet(languages, languageSets) : [],
                    Mentions = list is null ? [] : [.. list],
                });
            }
        }

        // In the exports' order (CitationGraph.EdgeOrder), as the graph the build held, each node's edges in that order
        // too; sorted by the nodes' ranks in symbol order, not by comparing symbols (a third of a cold chain's time).
        var rank = new Dictionary<DocumentNode, int>(nodes.Count, ReferenceEqualityComparer.Instance);
        foreach (var node in nodes.Values.OrderBy(n => n.Symbol))
        {
            rank[node] = rank.Count;
        }

        var keys = new (long Ends, int Kind)[edges.Count];
        var sorted = edges.ToArray();
        for (int i = 0; i < sorted.Length; i++)
        {
            var e = sorted[i];
            keys[i] = (((long)rank[e.Source] << 32) | (uint)rank[e.Target], ((int)e.Relation << 2) | ((int)e.Method << 1) | (e.Inferred ? 1 : 0));
        }

        Array.Sort(keys, sorted);
        graph.AddEdgeRange(sorted);

        if (scope is not null)
        {
            Execute("DROP TABLE IF EXISTS temp.scope");
        }

        return new CitationGraph(graph, sorted);
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    /// <summary>A languages column as a set, parsed once per distinct value (most edges carry one of a few).</summary>
    private static ImmutableSortedSet<Language> LanguageSet(string text, Dictionary<string, ImmutableSortedSet<Language>> parsed)
    {
        if (!parsed.TryGetValue(text, out var set))
        {
            parsed[text] = set = StoreValues.ParseLanguages(text);
        }

        return set;
    }

    private Dictionary<(DocumentSymbol, DocumentSymbol, Relation, CitationMethod), List<Citation>> Mentions(bool scoped, SymbolCache symbols)
    {
        var merged = new Dictionary<(DocumentSymbol, DocumentSymbol, Relation, CitationMethod), List<Citation>>();
        string where = scoped ? "WHERE d.symbol IN (SELECT symbol FROM temp.scope) AND c.source IN (SELECT symbol FROM temp.scope) AND +c.target IN (SELECT symbol FROM temp.scope)" : string.Empty;
        using var command = Command($"{StoreValues.CitationColumnsWithoutEvidence} {where} ORDER BY d.input_order, c.seq");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var citation = StoreValues.ReadCitation(reader, symbols, evidence: false).Citation;
            var key = (citation.Source, citation.Target, citation.Relation, citation.Method);
            if (!merged.TryGetValue(key, out var list))
            {
                merged[key] = list = [];
            }

            list.Add(citation);
        }

        return merged;
    }

    /// <summary>Fills <c>temp.scope</c> with the symbols <paramref name="scope"/> reaches.</summary>
    private void FillScope(GraphScope scope)
    {
        Execute("DROP TABLE IF EXISTS temp.scope; CREATE TEMP TABLE scope (symbol TEXT PRIMARY KEY, step INTEGER NOT NULL) WITHOUT ROWID");
        if (scope.Bounded)
        {
            FillSteps(scope);
        }
        else
        {
            FillReach(scope);
        }
    }

    /// <summary>Everything <paramref name="scope"/> reaches, parts and works together (one recursive query).</summary>
    private void FillReach(GraphScope scope)
    {
        (string from, string to) = scope.Upstream ? ("source", "target") : ("target", "source");
        using var command = Command($"""
            WITH RECURSIVE reach(symbol) AS (
                VALUES ($root)
                UNION
                SELECT e.{to} FROM edges e JOIN reach r ON e.{from} = r.symbol
                WHERE ($all OR e.relation IN (SELECT value FROM json_each($relations))) AND ($inferred OR e.inferred = 0)
                UNION
                SELECT e.target FROM edges e JOIN reach r ON e.source = r.symbol WHERE e.relation = 'part_of'
                UNION
                SELECT e.source FROM edges e JOIN reach r ON e.target = r.symbol WHERE e.relation = 'part_of'
            )
            INSERT INTO temp.scope SELECT symbol, 0 FROM reach
            """);
        command.Parameters.AddWithValue("$root", scope.Root.Canonical);
        command.Parameters.AddWithValue("$all", scope.Relations.IsEmpty ? 1 : 0);
        command.Parameters.AddWithValue("$relations", JsonSerializer.Serialize(scope.Relations.Select(r => r.ToToken()).ToArray()));
        command.Parameters.AddWithValue("$inferred", scope.IncludeInferred ? 1 : 0);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// The bounded walk of <paramref name="scope"/>, one step per query, as <c>Traversal</c> takes it: each step adds the
    /// documents the previous step's cite (or are cited by) along the followed relations and not reached before; documents
    /// other than resolutions and decisions end the walk unless it goes through them. It stops after the step that takes
    /// the count past <see cref="GraphScope.MaxNodes"/> (the first step is always taken whole), or the one after <see cref="GraphScope.MaxDepth"/>: that step is
    /// kept, so the walk over the loaded part stops where it would have stopped over the whole graph, and says so.
    /// </summary>
    private void FillSteps(GraphScope scope)
    {
        (string from, string to) = scope.Upstream ? ("source", "target") : ("target", "source");
        string relations = string.Join(", ", scope.Relations.Select(r => $"'{r.ToToken()}'"));
        using (var root = Command("INSERT INTO temp.scope VALUES ($root, 0)"))
        {
            root.Parameters.AddWithValue("$root", scope.Root.Canonical);
            root.ExecuteNonQuery();
        }

        // CROSS JOIN: the step's few documents first, each probing the edges by its end (left to the planner, which knows
        // nothing of the temporary table, the first steps scanned every edge: 100 ms each on the whole record).
        using var step = Command($"""
            INSERT OR IGNORE INTO temp.scope
            SELECT e.{to}, $next FROM temp.scope s CROSS JOIN edges e ON e.{from} = s.symbol
            WHERE s.step = $step AND +e.relation IN ({relations}) {(scope.IncludeInferred ? string.Empty : "AND e.inferred = 0")}
            {(scope.ThroughDocuments ? string.Empty : "AND (SELECT kind FROM nodes WHERE symbol = e." + to + ") <> 'document'")}
            """);
        var current = step.Parameters.Add("$step", Microsoft.Data.Sqlite.SqliteType.Integer);
        var next = step.Parameters.Add("$next", Microsoft.Data.Sqlite.SqliteType.Integer);
        long count = 1;
        for (int depth = 0; ; depth++)
        {
            current.Value = depth;
            next.Value = depth + 1;
            int added = step.ExecuteNonQuery();
            count += added;
            if (added == 0 || (count > scope.MaxNodes && depth >= 1) || depth >= scope.MaxDepth)
            {
                return;
            }
        }
    }

    private sealed class FileFacts
    {
        public SortedSet<string> Files { get; } = new(StringComparer.Ordinal);

        public SortedDictionary<Language, string> Titles { get; } = [];

        public bool Dated { get; set; }

        public string? Meeting { get; set; }
    }
}
