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
    private readonly SqliteCommand _insertDocument;
    private readonly SqliteCommand _insertCitation;
    private readonly SqliteCommand _insertSentence;
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
        _insertDocument = Prepare("""
            INSERT INTO documents (path, input_order, symbol, language, title, date, session, meeting, format, size, mtime, content_hash, read_at, citation_count, diagnostics)
            VALUES ($path, $order, $symbol, $language, $title, $date, $session, $meeting, $format, $size, $mtime, $hash, $read, $count, $diagnostics)
            RETURNING id
            """, "$path", "$order", "$symbol", "$language", "$title", "$date", "$session", "$meeting", "$format", "$size", "$mtime", "$hash", "$read", "$count", "$diagnostics");
        _insertCitation = Prepare("""
            INSERT INTO citation_rows (document_id, seq, source, target, kind, organ, work, verb, relation, site, paragraph, anchor_site, anchor_paragraph,
                                       date, subject, language, method, ordinal, in_list, file, offset, length, line, column, page, text,
                                       sentence_id, sentence_start, sentence_length)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, $p16, $p17, $p18, $p19, $p20,
                    $p21, $p22, $p23, $p24, $p25, $p26, $p27, $p28)
            """, [.. Enumerable.Range(0, 29).Select(i => "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        _insertSentence = Prepare("INSERT INTO sentences (document_id, text) VALUES ($document, $text) RETURNING id", "$document", "$text");
        _setOrder = Prepare("UPDATE documents SET input_order = $order WHERE path = $path AND input_order <> $order", "$order", "$path");
        _touch = Prepare("UPDATE documents SET mtime = $mtime WHERE path = $path", "$mtime", "$path");
    }

    public void Begin()
    {
        _transaction = _store.Connection.BeginTransaction();
        foreach (var command in new[] { _deleteCitations, _deleteDocument, _insertDocument, _insertCitation, _insertSentence, _setOrder, _touch })
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
        if (replace)
        {
            Remove(file.Path);
        }

        Changes?.Add(file.Document?.Symbol, [.. file.Citations.Select(c => c.Citation)], +1);
        var p = _insertDocument.Parameters;
        var document = file.Document;
        p[0].Value = file.Path;
        p[1].Value = inputOrder;
        p[2].Value = StoreValues.Db(document?.Symbol.Canonical);
        p[3].Value = StoreValues.Db(document?.Language.ToCode());
        p[4].Value = StoreValues.Db(document?.Title);
        p[5].Value = StoreValues.Db(StoreValues.IsoDate(document?.Date));
        p[6].Value = StoreValues.Db(document?.Symbol.Session);
        p[7].Value = StoreValues.Db(document?.Meeting);
        p[8].Value = file.Format;
        p[9].Value = file.Size;
        p[10].Value = StoreValues.Timestamp(file.ModifiedUtc);
        p[11].Value = file.ContentHash;
        p[12].Value = StoreValues.Timestamp(file.ReadAtUtc);
        p[13].Value = file.Citations.Length;
        p[14].Value = StoreValues.Db(StoreValues.Diagnostics(file.Diagnostics));
        long id = (long)_insertDocument.ExecuteScalar()!;

        var c = _insertCitation.Parameters;
        var sentences = new Dictionary<string, long>(StringComparer.Ordinal);
        int seq = 0;
        foreach (var stored in file.Citations)
        {
            var citation = stored.Citation;
            var target = citation.Target;
            c[0].Value = id;
            c[1].Value = seq++;
            c[2].Value = citation.Source.Canonical;
            c[3].Value = target.Canonical;
            c[4].Value = CitationJsonWriter.Token(target.Kind);
            c[5].Value = CitationJsonWriter.Token(target.Organ);
            c[6].Value = StoreValues.Db(target.IsPart ? target.Work.Canonical : null);
            c[7].Value = citation.Verb;
            c[8].Value = citation.Relation.ToToken();
            c[9].Value = citation.Site.KindToken;
            c[10].Value = StoreValues.Db(citation.Site.Number);
            c[11].Value = StoreValues.Db(citation.Anchor?.KindToken);
            c[12].Value = StoreValues.Db(citation.Anchor?.Number);
            c[13].Value = StoreValues.Db(StoreValues.IsoDate(citation.Date));
            c[14].Value = StoreValues.Db(citation.Subject);
            c[15].Value = citation.Language.ToCode();
            c[16].Value = citation.Method == CitationMethod.Markup ? "markup" : "text";
            c[17].Value = citation.Ordinal;
            c[18].Value = citation.InList ? 1 : 0;
            c[19].Value = citation.Span.File;
            c[20].Value = citation.Span.Offset;
            c[21].Value = citation.Span.Length;
            c[22].Value = citation.Span.Line;
            c[23].Value = citation.Span.Column;
            c[24].Value = StoreValues.Db(citation.Span.Page);
            c[25].Value = citation.Text;
            c[26].Value = stored.Evidence is { } evidence ? SentenceId(id, evidence.Sentence, sentences) : DBNull.Value;
            c[27].Value = StoreValues.Db(stored.Evidence?.Start);
            c[28].Value = StoreValues.Db(stored.Evidence?.Length);
            _insertCitation.ExecuteNonQuery();
        }
    }

    /// <summary>The id of a sentence of this document, written once however many citations it holds.</summary>
    private long SentenceId(long document, string sentence, Dictionary<string, long> written)
    {
        if (!written.TryGetValue(sentence, out long id))
        {
            _insertSentence.Parameters[0].Value = document;
            _insertSentence.Parameters[1].Value = sentence;
            id = (long)_insertSentence.ExecuteScalar()!;
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
    public void WriteGraph(CitationGraph graph)
    {
        _store.Execute("DELETE FROM nodes; DELETE FROM edges;", Transaction);
        InsertNodes(graph.Nodes);
        InsertEdges(graph.Edges);
    }

    /// <summary>Inserts node rows (the export properties of each node).</summary>
    public void InsertNodes(IEnumerable<DocumentNode> nodes)
    {
        using (var insert = _store.Command("""
            INSERT INTO nodes (symbol, kind, organ, session, number, part, year, title, date, languages, in_corpus, subjects)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11)
            """, Transaction))
        {
            AddParameters(insert, 12);
            foreach (var node in nodes)
            {
                var values = ExportSchema.NodeValues(node);
                for (int i = 0; i < values.Length; i++)
                {
                    insert.Parameters[i].Value = Column(values[i]);
                }

                insert.ExecuteNonQuery();
            }
        }
    }

    /// <summary>Inserts edge rows (the export properties of each edge).</summary>
    public void InsertEdges(IEnumerable<CitationEdge> edges)
    {
        using (var insert = _store.Command("""
            INSERT INTO edges (source, target, type, relation, verb, site, date_given, method, inferred, inferred_from, mention_count, languages)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11)
            """, Transaction))
        {
            AddParameters(insert, 12);
            foreach (var edge in edges)
            {
                insert.Parameters[0].Value = edge.Source.Symbol.Canonical;
                insert.Parameters[1].Value = edge.Target.Symbol.Canonical;
                insert.Parameters[2].Value = ExportSchema.RelationshipType(edge);
                var values = ExportSchema.EdgeValues(edge);
                for (int i = 0; i < values.Length; i++)
                {
                    insert.Parameters[3 + i].Value = Column(values[i]);
                }

                insert.ExecuteNonQuery();
            }
        }
    }

    internal static object Column(object? value) => value switch
    {
        null => DBNull.Value,
        bool b => b ? 1 : 0,
        string[] list => (object?)StoreValues.List(list) ?? DBNull.Value,
        _ => value,
    };

    private static void AddParameters(SqliteCommand command, int count)
    {
        for (int i = 0; i < count; i++)
        {
            command.Parameters.Add(new SqliteParameter("$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
        }

        command.Prepare();
    }

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
        foreach (var command in new[] { _deleteCitations, _deleteDocument, _insertDocument, _insertCitation, _insertSentence, _setOrder, _touch })
        {
            command.Dispose();
        }
    }
}
