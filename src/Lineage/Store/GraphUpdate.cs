using System.Globalization;
using Lineage.Export;
using Lineage.Graph;
using Lineage.Model;
using Microsoft.Data.Sqlite;

namespace Lineage.Store;

/// <summary>
/// Updates the stored graph (the <c>nodes</c> and <c>edges</c> tables) for the files one build dropped and wrote,
/// so that it ends as the graph a build from scratch of the same files would store, while reading only the rows the
/// change reaches: the nodes of the documents touched and of the targets whose citations changed (each rebuilt from
/// its files and the citations of it, as <see cref="CitationGraphBuilder"/> builds it), the read edges out of the
/// citing documents touched, the part-of edges of the parts among them, and the inferred links of every cited-only
/// resolution that follows a changed pair in a list or whose date or place in the corpus changed (or follows one
/// whose did).
/// </summary>
internal sealed class GraphUpdate : IDisposable
{
    private readonly LineageStore _store;
    private readonly StoreWriter _writer;
    private readonly SymbolCache _symbols = new();
    private readonly Dictionary<long, List<ListPair>> _listsOfDocument = [];
    private HashSet<DocumentSymbol>? _worksWithParts;

    // The statements asked per symbol, prepared once each and bound again for the next symbol: a rebuild of 1% of the
    // 4 GB record asks them for about 1,200 sources and their targets, and parsing each again cost about as much as
    // running it.
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

    // The citations read back (a citing document's for its edges, a listing document's for its lists) are read through
    // SQLite's own API, without the data reader's checks on each of their 21 columns.
    private readonly Dictionary<string, RawStatement> _raw = new(StringComparer.Ordinal);

    private static readonly string s_citationsFrom = $"{StoreValues.CitationColumnsWithoutEvidence} WHERE d.symbol = ?1 AND c.source = ?1 ORDER BY d.input_order, c.seq";

    private static readonly string s_citationsOf = $"{StoreValues.CitationColumnsWithoutEvidence} WHERE c.document_id = ?1 ORDER BY c.seq";

    private GraphUpdate(LineageStore store, StoreWriter writer)
    {
        _store = store;
        _writer = writer;
    }

    /// <summary>Applies <paramref name="changes"/> inside the writer's open transaction.</summary>
    public static void Apply(LineageStore store, StoreWriter writer, GraphChanges changes, bool inferSeriesLinks)
    {
        using var update = new GraphUpdate(store, writer);
        var nodes = new HashSet<DocumentSymbol>(changes.Documents);
        nodes.UnionWith(changes.Sources);
        nodes.UnionWith(changes.CitedChanged());
        foreach (var part in nodes.Where(s => s.IsPart).ToList())
        {
            nodes.Add(part.Work);
        }

        // Parts first, then everything else: a work with no facts of its own is a node while one of its parts is.
        var moved = new HashSet<DocumentSymbol>();
        foreach (var symbol in nodes.OrderBy(s => s.IsPart ? 0 : 1).ThenBy(s => s))
        {
            if (update.UpdateNode(symbol))
            {
                moved.Add(symbol);
            }
        }

        var sources = new HashSet<DocumentSymbol>(changes.Documents);
        sources.UnionWith(changes.Sources);
        foreach (var source in sources.Order())
        {
            update.UpdateReadEdges(source);
        }

        foreach (var part in nodes.Where(s => s.IsPart).Order())
        {
            update.UpdatePartOf(part);
        }

        if (inferSeriesLinks)
        {
            var laters = new HashSet<DocumentSymbol>(changes.LatersChanged());
            laters.UnionWith(moved);
            foreach (var earlier in moved.Where(s => s.IsResolution))
            {
                foreach (long document in update.DocumentsListing(earlier))
                {
                    laters.UnionWith(update.ListPairsOf(document).Where(p => p.Earlier.Equals(earlier)).Select(p => p.Later));
                }
            }

            foreach (var later in laters.Order())
            {
                update.UpdateInferred(later);
            }
        }
    }

    /// <summary>Rewrites the node row of <paramref name="symbol"/>; true when its date or its place in the corpus changed, or it appeared or went.</summary>
    private bool UpdateNode(DocumentSymbol symbol)
    {
        var old = Row("SELECT date, in_corpus FROM nodes WHERE symbol = $s", symbol.Canonical);
        var builder = new CitationGraphBuilder();
        {
            var command = Prepared("SELECT path, language, title, date, meeting FROM documents WHERE symbol = $s ORDER BY input_order", symbol.Canonical);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                builder.Add(new DocumentMetadata
                {
                    Symbol = symbol,
                    Path = reader.GetString(0),
                    Language = reader.IsDBNull(1) ? Language.Unknown : StoreValues.ParseLanguage(reader.GetString(1)),
                    Title = reader.IsDBNull(2) ? null : reader.GetString(2),
                    Date = StoreValues.ParseDate(reader.IsDBNull(3) ? null : reader.GetString(3)),
                    Meeting = reader.IsDBNull(4) ? null : reader.GetString(4),
                }, []);
            }
        }

        {
            // A document cited across a long series has thousands of these rows: read through SQLite's own API, the
            // date parsed once per distinct text.
            var statement = Raw("SELECT date, subject FROM citation_rows WHERE target = ?1 AND source <> ?1");
            statement.Bind(1, symbol.Canonical);
            try
            {
                while (statement.Step())
                {
                    builder.AddCitedFacts(symbol, Date(statement.Text(0)), statement.Text(1));
                }
            }
            finally
            {
                statement.Reset();
            }
        }

        var node = builder.NodeOf(symbol);
        if (node is null && HasPart(symbol))
        {
            node = builder.AddNode(symbol).NodeOf(symbol);
        }

        Execute("DELETE FROM nodes WHERE symbol = $s", symbol.Canonical);
        if (node is not null)
        {
            _writer.InsertNodes([node]);
            if (symbol.IsPart)
            {
                WorksWithParts().Add(symbol.Work);
            }
        }

        string? date = node is null ? null : StoreValues.IsoDate(node.Date);
        return old is null != node is null
            || (old is not null && node is not null && (old.Value.Date != date || old.Value.InCorpus != node.InCorpus));
    }

    /// <summary>Rewrites the edges read from <paramref name="source"/>'s citations (all its files, in input order).</summary>
    private void UpdateReadEdges(DocumentSymbol source)
    {
        Execute("DELETE FROM edges WHERE source = $s AND inferred = 0 AND relation <> 'part_of'", source.Canonical);
        var builder = new CitationGraphBuilder { KeepMentions = false };
        var statement = Raw(s_citationsFrom);
        statement.Bind(1, source.Canonical);
        try
        {
            while (statement.Step())
            {
                builder.AddCitation(StoreValues.ReadCitation(statement, _symbols));
            }
        }
        finally
        {
            statement.Reset();
        }

        _writer.InsertEdges(builder.EdgesFrom(source, Bare).ToList());
    }

    /// <summary>Rewrites the part-of edge of a part: there while the part is a node.</summary>
    private void UpdatePartOf(DocumentSymbol part)
    {
        Execute("DELETE FROM edges WHERE source = $s AND relation = 'part_of'", part.Canonical);
        if (Row("SELECT date, in_corpus FROM nodes WHERE symbol = $s", part.Canonical) is not null)
        {
            _writer.InsertEdges([new CitationEdge(Bare(part), Bare(part.Work), Relation.PartOf)]);
        }
    }

    /// <summary>
    /// Rewrites the inferred links out of <paramref name="later"/>: while it is a cited-only resolution, one to each
    /// item it follows in some list when it is the later of the two, from the first such list in the order the
    /// builder reads lists (citing document, file, site).
    /// </summary>
    private void UpdateInferred(DocumentSymbol later)
    {
        Execute("DELETE FROM edges WHERE source = $s AND inferred = 1", later.Canonical);
        if (Row("SELECT date, in_corpus FROM nodes WHERE symbol = $s", later.Canonical) is not { InCorpus: false } laterRow)
        {
            return;
        }

        var pairs = DocumentsListing(later).SelectMany(ListPairsOf).Where(p => p.Later.Equals(later))
            .OrderBy(p => p.Source).ThenBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Site.Kind).ThenBy(p => p.Site.Number);
        var laterNode = Bare(later) with { Date = StoreValues.ParseDate(laterRow.Date) };
        var done = new HashSet<DocumentSymbol>();
        var edges = new List<CitationEdge>();
        foreach (var pair in pairs)
        {
            if (!done.Add(pair.Earlier) || Row("SELECT date, in_corpus FROM nodes WHERE symbol = $s", pair.Earlier.Canonical) is not { } earlierRow)
            {
                continue;
            }

            var earlierNode = Bare(pair.Earlier) with { Date = StoreValues.ParseDate(earlierRow.Date) };
            if (!CitationGraphBuilder.IsLater(laterNode, earlierNode) || HasReadRecalls(later, pair.Earlier))
            {
                continue;
            }

            edges.Add(new CitationEdge(laterNode, earlierNode, Relation.Recalls)
            {
                Verb = string.Empty,
                Site = pair.Site,
                Method = CitationMethod.Text,
                Inferred = true,
                InferredFrom = pair.Source,
            });
        }

        _writer.InsertEdges(edges);
    }

    private bool HasReadRecalls(DocumentSymbol source, DocumentSymbol target)
    {
        using var command = _store.Command("SELECT 1 FROM edges WHERE source = $s AND target = $t AND relation = 'recalls' AND inferred = 0", _writer.Transaction);
        command.Parameters.AddWithValue("$s", source.Canonical);
        command.Parameters.AddWithValue("$t", target.Canonical);
        return command.ExecuteScalar() is not null;
    }

    private static readonly string s_listing = string.Create(CultureInfo.InvariantCulture,
        $"SELECT DISTINCT document_id FROM citation_rows WHERE target = $s AND source <> $s AND relation = {(int)Relation.Recalls} AND method = {(int)CitationMethod.Text} AND in_list = 1");

    /// <summary>The documents whose recalls lists name <paramref name="symbol"/>.</summary>
    private List<long> DocumentsListing(DocumentSymbol symbol)
    {
        var command = Prepared(
            s_listing, symbol.Canonical);
        using var reader = command.ExecuteReader();
        var documents = new List<long>();
        while (reader.Read())
        {
            documents.Add(reader.GetInt64(0));
        }

        return documents;
    }

    /// <summary>The list pairs of one stored document (read once per update).</summary>
    private List<ListPair> ListPairsOf(long document)
    {
        if (!_listsOfDocument.TryGetValue(document, out var pairs))
        {
            var citations = new List<Citation>();
            var statement = Raw(s_citationsOf);
            statement.Bind(1, document);
            try
            {
                while (statement.Step())
                {
                    citations.Add(StoreValues.ReadCitation(statement, _symbols));
                }
            }
            finally
            {
                statement.Reset();
            }

            _listsOfDocument[document] = pairs = [.. GraphChanges.ListPairs(citations)];
        }

        return pairs;
    }

    /// <summary>True when a part of <paramref name="work"/> is a node.</summary>
    private bool HasPart(DocumentSymbol work) => WorksWithParts().Contains(work);

    private HashSet<DocumentSymbol> WorksWithParts()
    {
        if (_worksWithParts is null)
        {
            _worksWithParts = [];
            using var command = _store.Command("SELECT symbol FROM nodes WHERE part IS NOT NULL", _writer.Transaction);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var symbol = _symbols.Get(reader.GetString(0));
                if (symbol.IsPart)
                {
                    _worksWithParts.Add(symbol.Work);
                }
            }
        }

        return _worksWithParts;
    }

    private (string? Date, bool InCorpus)? Row(string sql, string symbol)
    {
        var command = Prepared(sql, symbol);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt64(1) != 0) : null;
    }

    private void Execute(string sql, string symbol)
    {
        var command = Prepared(sql, symbol);
        command.ExecuteNonQuery();
    }

    /// <summary>The statement <paramref name="sql"/>, prepared on first use, with <c>$s</c> bound to <paramref name="symbol"/>.</summary>
    private SqliteCommand Prepared(string sql, string symbol)
    {
        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = _store.Command(sql);
            command.Parameters.Add("$s", SqliteType.Text);
            _prepared[sql] = command;
        }

        command.Transaction = _writer.Transaction;
        command.Parameters["$s"].Value = symbol;
        return command;
    }

    private readonly Dictionary<string, DateOnly?> _dates = new(StringComparer.Ordinal);

    private DateOnly? Date(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (!_dates.TryGetValue(text, out var date))
        {
            _dates[text] = date = StoreValues.ParseDate(text);
        }

        return date;
    }

    /// <summary>The statement <paramref name="sql"/>, prepared on first use.</summary>
    private RawStatement Raw(string sql)
    {
        if (!_raw.TryGetValue(sql, out var statement))
        {
            _raw[sql] = statement = new RawStatement(_store.Connection, sql);
        }

        return statement;
    }

    public void Dispose()
    {
        foreach (var command in _prepared.Values)
        {
            command.Dispose();
        }

        foreach (var statement in _raw.Values)
        {
            statement.Dispose();
        }
    }

    private static DocumentNode Bare(DocumentSymbol symbol) => new() { Symbol = symbol };
}
