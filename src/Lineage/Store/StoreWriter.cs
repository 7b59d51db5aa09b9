using Lineage.Export;
using Lineage.Graph;
using Lineage.Model;
using Lineage.Serialization;
using Microsoft.Data.Sqlite;

namespace Lineage.Store;

/// <summary>
/// Writes rows into a store through prepared commands, inside transactions the caller opens and commits
/// (<see cref="Begin"/>, <see cref="Commit"/>): a file's document row and its citations always land in the same
/// transaction, so a build killed at any moment leaves each file either whole or absent.
/// </summary>
internal sealed class StoreWriter : IDisposable
{
    private readonly LineageStore _store;
    private readonly SqliteCommand _deleteCitations;
    private readonly SqliteCommand _deleteDocument;
    private readonly RawStatement _insertDocument;
    private readonly RawStatement _insertCitation;
    private readonly RawStatement _insertSentence;
    private readonly RawStatement _updateDocument;
    private readonly RawStatement _updateCitation;
    private readonly RawStatement _updateCitationInPlace;
    private readonly RawStatement _deleteCitationsFrom;
    private readonly RawStatement _deleteSentence;
    private readonly SqliteCommand _findDocument;
    private readonly RawStatement _oldCitations;
    private readonly SqliteCommand _oldSentences;
    private readonly SqliteCommand _setOrder;
    private readonly SqliteCommand _touch;
    private SqliteTransaction? _transaction;

    public StoreWriter(LineageStore store)
    {
        _store = store;
        _deleteCitations = Prepare("""
            DELETE FROM citation_rows WHERE document_id = (SELECT id FROM documents WHERE path = $path);
            DELETE FROM sentences WHERE document_id = (SELECT id FROM documents WHERE path = $path);
            """, "$path");
        _deleteDocument = Prepare("DELETE FROM documents WHERE path = $path", "$path");
        _insertDocument = new RawStatement(store.Connection, """
            INSERT INTO documents (path, input_order, symbol, language, title, date, session, meeting, format, size, mtime, content_hash, read_at, citation_count, diagnostics)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
            """);
        _insertCitation = new RawStatement(store.Connection, """
            INSERT INTO citation_rows (document_id, seq, source, target, kind, organ, work, verb, relation, site, paragraph, anchor_site, anchor_paragraph,
                                       date, subject, language, method, ordinal, in_list, file, offset, length, line, column, page, text,
                                       sentence_id, sentence_start, sentence_length)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21,
                    ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29)
            """);
        _insertSentence = new RawStatement(store.Connection, "INSERT INTO sentences (document_id, text) VALUES (?1, ?2)");

        // A file written again keeps its document row and its citation rows where they are (same ids, same keys): only
        // the columns no index holds are rewritten when a row's indexed values stay, so the indexes over the whole
        // record are not touched for an edit that leaves the citations as they were. Parameters are numbered as in the
        // insert (one binding for all three statements).
        _updateDocument = new RawStatement(store.Connection, """
            UPDATE documents SET language = ?4, title = ?5, date = ?6, session = ?7, meeting = ?8, format = ?9, size = ?10, mtime = ?11,
                                 content_hash = ?12, read_at = ?13, citation_count = ?14, diagnostics = ?15
            WHERE id = ?16
            """);
        _updateCitation = new RawStatement(store.Connection, """
            UPDATE citation_rows SET source = ?3, target = ?4, kind = ?5, organ = ?6, work = ?7, verb = ?8, relation = ?9, site = ?10, paragraph = ?11,
                                     anchor_site = ?12, anchor_paragraph = ?13, date = ?14, subject = ?15, language = ?16, method = ?17, ordinal = ?18,
                                     in_list = ?19, file = ?20, offset = ?21, length = ?22, line = ?23, column = ?24, page = ?25, text = ?26,
                                     sentence_id = ?27, sentence_start = ?28, sentence_length = ?29
            WHERE document_id = ?1 AND seq = ?2
            """);
        _updateCitationInPlace = new RawStatement(store.Connection, """
            UPDATE citation_rows SET kind = ?5, organ = ?6, work = ?7, verb = ?8, relation = ?9, site = ?10, paragraph = ?11,
                                     anchor_site = ?12, anchor_paragraph = ?13, language = ?16, method = ?17, ordinal = ?18,
                                     in_list = ?19, file = ?20, offset = ?21, length = ?22, line = ?23, column = ?24, page = ?25, text = ?26,
                                     sentence_start = ?28, sentence_length = ?29
            WHERE document_id = ?1 AND seq = ?2
            """);
        _deleteCitationsFrom = new RawStatement(store.Connection, "DELETE FROM citation_rows WHERE document_id = ?1 AND seq >= ?2");
        _deleteSentence = new RawStatement(store.Connection, "DELETE FROM sentences WHERE id = ?1");
        _findDocument = Prepare("SELECT id, symbol, language, title, date, meeting, input_order FROM documents WHERE path = $path", "$path");
        _oldCitations = new RawStatement(store.Connection, $"SELECT {StoreValues.Columns}, c.sentence_id, c.subject, c.date, c.sentence_start, c.sentence_length FROM citation_rows c JOIN documents d ON d.id = c.document_id WHERE c.document_id = ?1 ORDER BY c.seq");
        _oldSentences = Prepare("SELECT id, text FROM sentences WHERE document_id = $id", "$id");
        _setOrder = Prepare("UPDATE documents SET input_order = $order WHERE path = $path AND input_order <> $order", "$order", "$path");
        _touch = Prepare("UPDATE documents SET mtime = $mtime WHERE path = $path", "$mtime", "$path");
    }

    public void Begin()
    {
        _transaction = _store.Connection.BeginTransaction();
        foreach (var command in new[] { _deleteCitations, _deleteDocument, _setOrder, _touch, _findDocument, _oldSentences })
        {
            command.Transaction = _transaction;
        }
    }

    public SqliteTransaction Transaction => _transaction ?? throw new InvalidOperationException("No transaction: call Begin first.");

    public void Commit()
    {
        var transaction = Transaction;
        transaction.Commit();
        transaction.Dispose();
        _transaction = null;
    }

    /// <summary>
    /// When set, every file dropped or written is noted here (its document and citations, before and after), so the
    /// graph tables can be updated for what changed instead of built again (<see cref="GraphUpdate"/>).
    /// </summary>
    public GraphChanges? Changes { get; set; }

    /// <summary>Replaces the rows of <paramref name="file"/>'s path with what it holds now (<paramref name="replace"/>: the store may hold rows of it).</summary>
    public void Write(StoredFile file, int inputOrder, bool replace = true)
    {
        if (replace && Rewrite(file, inputOrder))
        {
            return;
        }

        if (replace)
        {
            Remove(file.Path);
        }

        Changes?.Add(file.Document?.Symbol, [.. file.Citations.Select(c => c.Citation)], +1);
        var document = file.Document;
        var d = _insertDocument;
        d.Bind(1, file.Path);
        d.Bind(2, inputOrder);
        d.Bind(3, document?.Symbol.Canonical);
        BindDocument(d, file);
        d.Execute();
        long id = d.LastInsertRowId;

        var sentences = new Dictionary<string, long>(StringComparer.Ordinal);
        string? lastSentence = null;
        long lastSentenceId = 0;
        int seq = 0;
        foreach (var stored in file.Citations)
        {
            long? sentenceId = null;
            if (stored.Evidence is { } evidence)
            {
                // The citations of one clause come one after another and share its sentence: no lookup for them.
                if (!ReferenceEquals(evidence.Sentence, lastSentence))
                {
                    lastSentence = evidence.Sentence;
                    lastSentenceId = SentenceId(id, evidence.Sentence, sentences);
                }

                sentenceId = lastSentenceId;
            }

            BindCitation(_insertCitation, id, seq++, stored, sentenceId, file);
            _insertCitation.Execute();
        }
    }

    /// <summary>Binds the document columns the insert and the rewrite share (parameters 4 to 15).</summary>
    private static void BindDocument(RawStatement d, StoredFile file)
    {
        var document = file.Document;
        d.Bind(4, document?.Language.ToCode());
        d.Bind(5, document?.Title);
        d.Bind(6, StoreValues.IsoDate(document?.Date));
        d.Bind(7, document?.Symbol.Session);
        d.Bind(8, document?.Meeting);
        d.Bind(9, file.Format);
        d.Bind(10, file.Size);
        d.Bind(11, StoreValues.Timestamp(file.ModifiedUtc));
        d.Bind(12, file.ContentHash);
        d.Bind(13, StoreValues.Timestamp(file.ReadAtUtc));
        d.Bind(14, file.Citations.Length);
        d.Bind(15, StoreValues.Diagnostics(file.Diagnostics));
    }

    /// <summary>
    /// Binds a citation row's columns (parameters 1 to 29, in the order of the insert): the closed sets as their codes,
    /// the file and the language as NULL when they are those of the file's document row (see <see cref="StoreSchema"/>).
    /// </summary>
    private static void BindCitation(RawStatement c, long document, int seq, StoredCitation stored, long? sentenceId, StoredFile file)
    {
        var citation = stored.Citation;
        var target = citation.Target;
        var span = citation.Span;
        if (file.Document is not { } read || !citation.Source.Equals(read.Symbol))
        {
            // The rows of a document are found by its symbol (no index by source): a citation is its document's.
            throw new InvalidOperationException($"A citation of {file.Path} has the source {citation.Source}, not its document's symbol.");
        }

        c.Bind(1, document);
        c.Bind(2, seq);
        c.Bind(3, citation.Source.Canonical);
        c.Bind(4, target.Canonical);
        c.Bind(5, (long)target.Kind);
        c.Bind(6, (long)target.Organ);
        c.Bind(7, target.IsPart ? target.Work.Canonical : null);
        c.Bind(8, citation.Verb);
        c.Bind(9, (long)citation.Relation);
        c.Bind(10, (long)citation.Site.Kind);
        c.Bind(11, citation.Site.Number);
        c.Bind(12, (long?)citation.Anchor?.Kind);
        c.Bind(13, citation.Anchor?.Number);
        c.Bind(14, StoreValues.IsoDate(citation.Date));
        c.Bind(15, citation.Subject);
        c.Bind(16, citation.Language == read.Language ? null : citation.Language.ToCode());
        c.Bind(17, (long)citation.Method);
        c.Bind(18, citation.Ordinal);
        c.Bind(19, citation.InList ? 1 : 0);
        c.Bind(20, span.File == file.Path ? null : span.File);
        c.Bind(21, span.Offset);
        c.Bind(22, span.Length);
        c.Bind(23, span.Line);
        c.Bind(24, span.Column);
        c.Bind(25, span.Page);
        c.Bind(26, citation.Text);
        c.Bind(27, sentenceId);
        c.Bind(28, stored.Evidence?.Start);
        c.Bind(29, stored.Evidence?.Length);
    }

    /// <summary>
    /// Writes a file the store holds again over its own rows, when it is the same document at the same place among
    /// the inputs: the document row and each citation row keep their keys, a row whose indexed values (source, target,
    /// date, subject, sentence) stay is rewritten without touching the indexes, the sentences still quoted keep their
    /// rows. When the document and its citations say to the graph what they said before (an edit elsewhere in the
    /// text), nothing is noted for the graph update. False when the file is not stored, or is stored as another
    /// document or at another place (it is then dropped and written anew).
    /// </summary>
    private bool Rewrite(StoredFile file, int inputOrder)
    {
        var document = file.Document;
        long id;
        _findDocument.Parameters[0].Value = file.Path;
        (string? Language, string? Title, string? Date, string? Meeting) oldMeta;
        using (var reader = _findDocument.ExecuteReader())
        {
            if (!reader.Read())
            {
                return false;
            }

            id = reader.GetInt64(0);
            string? symbol = reader.IsDBNull(1) ? null : reader.GetString(1);
            if (symbol != document?.Symbol.Canonical || reader.GetInt64(6) != inputOrder)
            {
                return false;
            }

            oldMeta = (Text(reader, 2), Text(reader, 3), Text(reader, 4), Text(reader, 5));
        }

        // The rows as they are: citations (with their sentence and indexed values), and sentences by text.
        var old = new List<(Citation Citation, long? SentenceId, string? Subject, string? Date, long? Start, long? Length)>();
        var read = _oldCitations;
        read.Bind(1, id);
        try
        {
            const int extra = 21;
            long? Number(int i) => read.IsNull(i) ? null : read.Int64(i);
            while (read.Step())
            {
                old.Add((StoreValues.ReadCitation(read, _symbols), Number(extra), read.Text(extra + 1), read.Text(extra + 2), Number(extra + 3), Number(extra + 4)));
            }
        }
        finally
        {
            read.Reset();
        }

        var oldSentences = new Dictionary<string, long>(StringComparer.Ordinal);
        _oldSentences.Parameters[0].Value = id;
        using (var reader = _oldSentences.ExecuteReader())
        {
            while (reader.Read())
            {
                oldSentences[reader.GetString(1)] = reader.GetInt64(0);
            }
        }

        if (Changes is not null)
        {
            bool same = oldMeta == (document?.Language.ToCode(), document?.Title, StoreValues.IsoDate(document?.Date), document?.Meeting)
                && old.Count == file.Citations.Length
                && old.Select(o => o.Citation).Zip(file.Citations, (a, b) => SameToGraph(a, b.Citation)).All(x => x);
            var symbol = document?.Symbol;
            Changes.Add(symbol, [.. old.Select(o => o.Citation)], -1, touches: !same);
            Changes.Add(symbol, [.. file.Citations.Select(c => c.Citation)], +1, touches: !same);
        }

        var d = _updateDocument;
        BindDocument(d, file);
        d.Bind(16, id);
        d.Execute();

        var kept = new HashSet<long>();
        var sentences = new Dictionary<string, long>(StringComparer.Ordinal);
        for (int seq = 0; seq < file.Citations.Length; seq++)
        {
            var stored = file.Citations[seq];
            long? sentenceId = null;
            if (stored.Evidence is { } evidence)
            {
                if (oldSentences.TryGetValue(evidence.Sentence, out long was))
                {
                    sentenceId = was;
                    kept.Add(was);
                }
                else
                {
                    sentenceId = SentenceId(id, evidence.Sentence, sentences);
                }
            }

            RawStatement statement;
            if (seq >= old.Count)
            {
                statement = _insertCitation;
            }
            else
            {
                var (citation, oldSentence, oldSubject, oldDate, oldStart, oldLength) = old[seq];
                var now = stored.Citation;

                // The row as it was, column for column (every column is a field of the citation, its sentence, or
                // follows from its target): nothing to write. An edit elsewhere in the text leaves most rows so.
                if (citation == now && oldSentence == sentenceId && oldStart == stored.Evidence?.Start && oldLength == stored.Evidence?.Length)
                {
                    continue;
                }

                bool indexedSame = citation.Source.Equals(now.Source) && citation.Target.Equals(now.Target) && oldSentence == sentenceId
                    && oldSubject == now.Subject && oldDate == StoreValues.IsoDate(now.Date);
                statement = indexedSame ? _updateCitationInPlace : _updateCitation;
            }

            BindCitation(statement, id, seq, stored, sentenceId, file);
            statement.Execute();
        }

        if (old.Count > file.Citations.Length)
        {
            _deleteCitationsFrom.Bind(1, id);
            _deleteCitationsFrom.Bind(2, file.Citations.Length);
            _deleteCitationsFrom.Execute();
        }

        foreach (long sentence in oldSentences.Values)
        {
            if (!kept.Contains(sentence))
            {
                _deleteSentence.Bind(1, sentence);
                _deleteSentence.Execute();
            }
        }

        return true;
    }

    private static string? Text(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static long? Number(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetInt64(i);

    /// <summary>The symbols read back from the rows being rewritten, parsed once for the whole build (the same few thousand recur).</summary>
    private readonly SymbolCache _symbols = new();

    /// <summary>
    /// Whether two citations at the same place of the same file give the graph the same things: the edge they join,
    /// its first mention's verb, site and date, the language counted, what they say of the target, and their place in
    /// a series list (the span may move: only the list's order reads it, and the list pairs are noted either way).
    /// </summary>
    private static bool SameToGraph(Citation a, Citation b) =>
        a.Source.Equals(b.Source) && a.Target.Equals(b.Target) && a.Relation == b.Relation && a.Method == b.Method
        && a.Verb == b.Verb && a.Site == b.Site && a.Date == b.Date && a.Language == b.Language && a.Subject == b.Subject
        && a.InList == b.InList && a.Ordinal == b.Ordinal && a.Span.File == b.Span.File;

    /// <summary>The id of a sentence of this document, written once however many citations it holds.</summary>
    private long SentenceId(long document, string sentence, Dictionary<string, long> written)
    {
        if (!written.TryGetValue(sentence, out long id))
        {
            _insertSentence.Bind(1, document);
            _insertSentence.Bind(2, sentence);
            _insertSentence.Execute();
            id = _insertSentence.LastInsertRowId;
            written[sentence] = id;
        }

        return id;
    }

    /// <summary>Drops the rows of a file (gone, or about to be written again).</summary>
    public void Remove(string path)
    {
        if (Changes is not null)
        {
            NoteRemoval(path);
        }

        _deleteCitations.Parameters[0].Value = path;
        _deleteCitations.ExecuteNonQuery();
        _deleteDocument.Parameters[0].Value = path;
        _deleteDocument.ExecuteNonQuery();
    }

    /// <summary>Notes the document and citations a file held before its rows are dropped.</summary>
    private void NoteRemoval(string path)
    {
        long? id = null;
        string? symbol = null;
        using (var find = _store.Command("SELECT id, symbol FROM documents WHERE path = $path", Transaction))
        {
            find.Parameters.AddWithValue("$path", path);
            using var reader = find.ExecuteReader();
            if (reader.Read())
            {
                id = reader.GetInt64(0);
                symbol = reader.IsDBNull(1) ? null : reader.GetString(1);
            }
        }

        if (id is null)
        {
            return;
        }

        var citations = new List<Citation>();
        using (var read = _store.Command($"{StoreValues.CitationColumnsWithoutEvidence} WHERE c.document_id = $id ORDER BY c.seq", Transaction))
        {
            read.Parameters.AddWithValue("$id", id.Value);
            using var reader = read.ExecuteReader();
            var symbols = new SymbolCache();
            while (reader.Read())
            {
                citations.Add(StoreValues.ReadCitation(reader, symbols, evidence: false).Citation);
            }
        }

        Changes!.Add(symbol is null ? null : DocumentSymbol.Parse(symbol), citations, -1);
    }

    /// <summary>Records a file's place among the inputs of this build (the order the graph is built in).</summary>
    /// <returns>1 when the file's place changed, else 0.</returns>
    public int SetOrder(string path, int inputOrder)
    {
        _setOrder.Parameters[0].Value = inputOrder;
        _setOrder.Parameters[1].Value = path;
        return _setOrder.ExecuteNonQuery();
    }

    /// <summary>A file whose modification time changed but whose content did not: keep its rows, note the new time.</summary>
    public void Touch(string path, DateTime modifiedUtc)
    {
        _touch.Parameters[0].Value = StoreValues.Timestamp(modifiedUtc);
        _touch.Parameters[1].Value = path;
        _touch.ExecuteNonQuery();
    }

    /// <summary>Replaces the graph tables with <paramref name="graph"/> (nodes and edges with the export properties).</summary>
    /// <remarks>
    /// The edges go in in the order of the table's key as SQLite compares it (the bytes of source and target, then the
    /// relation and method tokens, then inferred), so each is appended to the last page of the table instead of landing
    /// among the others (the graph's own order sorts symbols by organ, session and number, not by their text). The
    /// table is the same either way: a table without rowid is kept in its key's order.
    /// </remarks>
    public void WriteGraph(CitationGraph graph)
    {
        _store.Execute("DELETE FROM nodes; DELETE FROM edges;", Transaction);
        InsertNodes(graph.Nodes);
        var edges = graph.Edges.ToArray();
        Array.Sort(edges, static (a, b) =>
        {
            int c = string.CompareOrdinal(a.Source.Symbol.Canonical, b.Source.Symbol.Canonical);
            if (c == 0)
            {
                c = string.CompareOrdinal(a.Target.Symbol.Canonical, b.Target.Symbol.Canonical);
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(a.Relation.ToToken(), b.Relation.ToToken());
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(ExportSchema.MethodToken(a.Method), ExportSchema.MethodToken(b.Method));
            }

            return c != 0 ? c : a.Inferred.CompareTo(b.Inferred);
        });
        InsertEdges(edges);
    }

    /// <summary>
    /// Inserts node rows (the export properties of each node), through a statement bound by position: a first build of
    /// the record writes some 36,000 nodes and 258,000 edges at its end, when nothing else is left to run beside it.
    /// </summary>
    public void InsertNodes(IEnumerable<DocumentNode> nodes)
    {
        using var insert = new RawStatement(_store.Connection, """
            INSERT INTO nodes (symbol, kind, organ, session, number, part, year, title, date, languages, in_corpus, subjects)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
            """);
        foreach (var node in nodes)
        {
            var values = ExportSchema.NodeValues(node);
            for (int i = 0; i < values.Length; i++)
            {
                insert.BindValue(i + 1, values[i]);
            }

            insert.Execute();
        }
    }

    /// <summary>Inserts edge rows (the export properties of each edge), bound by position as the nodes are.</summary>
    public void InsertEdges(IEnumerable<CitationEdge> edges)
    {
        using var insert = new RawStatement(_store.Connection, """
            INSERT INTO edges (source, target, type, relation, verb, site, date_given, method, inferred, inferred_from, mention_count, languages)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
            """);
        foreach (var edge in edges)
        {
            insert.Bind(1, edge.Source.Symbol.Canonical);
            insert.Bind(2, edge.Target.Symbol.Canonical);
            insert.Bind(3, ExportSchema.RelationshipType(edge));
            var values = ExportSchema.EdgeValues(edge);
            for (int i = 0; i < values.Length; i++)
            {
                insert.BindValue(4 + i, values[i]);
            }

            insert.Execute();
        }
    }

    internal static object Column(object? value) => value switch
    {
        null => DBNull.Value,
        bool b => b ? 1 : 0,
        string[] list => (object?)s_joined.GetValue(list, static l => StoreValues.List(l) ?? string.Empty) is string { Length: > 0 } text ? text : DBNull.Value,
        _ => value,
    };

    /// <summary>
    /// Each list joined once: the export schema hands every edge with the same languages the same array (one per set),
    /// so the 258,000 edges of the whole record are not joined one by one, and the joined text is then the same string,
    /// which the statement does not bind again for the next edge.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string[], string> s_joined = [];

    private SqliteCommand Prepare(string sql, params string[] names)
    {
        var command = _store.Command(sql);
        foreach (string name in names)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        return command;
    }

    public void Dispose()
    {
        _transaction?.Dispose();
        foreach (var command in new[] { _deleteCitations, _deleteDocument, _setOrder, _touch, _findDocument, _oldSentences })
        {
            command.Dispose();
        }

        foreach (var statement in new[] { _insertDocument, _insertCitation, _insertSentence, _updateDocument, _updateCitation, _updateCitationInPlace, _deleteCitationsFrom, _deleteSentence, _oldCitations })
        {
            statement.Dispose();
        }
    }
}
