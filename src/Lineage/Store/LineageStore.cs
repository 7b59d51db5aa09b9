using System.Collections.Immutable;
using System.Globalization;
using Lineage.Graph;
using Lineage.Model;
using Microsoft.Data.Sqlite;

namespace Lineage.Store;

/// <summary>
/// The embedded store (<c>lineage.db</c>, SQLite): every file read, every citation with its provenance and the
/// sentence it was read in, and the citation graph with the properties the exports carry. <c>lineage build</c>
/// writes it (<see cref="Pipeline.StoreBuild"/>); the analysis commands load their graph from it without reading a
/// source file. Not thread-safe: one instance per thread.
/// <code>
/// using var store = LineageStore.Open("graphs/lineage.db");
/// var graph = store.LoadGraph();
/// foreach (var c in store.CitationsBehind(DocumentSymbol.Parse("A/RES/62/42"), DocumentSymbol.Parse("A/RES/61/78")))
///     Console.WriteLine(c.Evidence?.Sentence);
/// </code>
/// </summary>
public sealed partial class LineageStore : IDisposable
{
    /// <summary>Marks a SQLite file as a Lineage store (<c>PRAGMA application_id</c>, "LINE").</summary>
    public const int ApplicationId = 0x4C494E45;

    private readonly SqliteConnection _connection;

    private LineageStore(SqliteConnection connection, string path, bool readOnly)
    {
        _connection = connection;
        Path = path;
        ReadOnly = readOnly;
    }

    /// <summary>The store file.</summary>
    public string Path { get; }

    /// <summary>True when opened for reading only.</summary>
    public bool ReadOnly { get; }

    internal SqliteConnection Connection => _connection;

    /// <summary>
    /// Opens an existing store for reading (the analysis commands) or writing. Throws <see cref="StoreException"/>
    /// when the file is missing, is not a Lineage store, or was written by another schema version.
    /// </summary>
    public static LineageStore Open(string path, bool readOnly = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new StoreException(DiagnosticCodes.FileNotFound, path, Messages.FileNotFoundStore);
        }

        return OpenCore(path, readOnly, create: false);
    }

    /// <summary>
    /// Opens a store for writing, creating the file and its tables when absent (with <paramref name="fresh"/>, deleting
    /// it first). Refuses another schema version. One writer at a time: the store is locked (<c>lineage.db.lock</c>)
    /// until disposed, and a second writer waits for the first, up to <paramref name="wait"/> (default 30 minutes).
    /// </summary>
    public static LineageStore OpenOrCreate(string path, bool fresh = false, TimeSpan? wait = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string? directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var writerLock = AcquireLock(path, wait ?? TimeSpan.FromMinutes(30));
        try
        {
            if (fresh)
            {
                Delete(path);
            }

            var store = OpenCore(path, readOnly: false, create: true);
            store._lock = writerLock;
            return store;
        }
        catch
        {
            writerLock.Dispose();
            throw;
        }
    }

    private FileStream? _lock;

    /// <summary>Holds <c>PATH.lock</c> open unshared (an advisory lock the system drops when the process ends, killed or not).</summary>
    private static FileStream AcquireLock(string path, TimeSpan wait)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (clock.Elapsed < wait)
            {
                Thread.Sleep(100);
            }
            catch (IOException e)
            {
                throw new StoreException(DiagnosticCodes.StoreBusy, path, Messages.Format(Messages.StoreBusy, Math.Round(wait.TotalMinutes)), e);
            }
        }
    }

    /// <summary>Deletes a store file and its write-ahead log, if present (for <c>lineage build --rebuild</c>).</summary>
    public static void Delete(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        foreach (string file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// SQLite in multi-thread mode (<c>SQLITE_CONFIG_MULTITHREAD</c>), set once before the process opens its first
    /// connection: a connection and its statements then take no mutex on each call. A store is used by one thread at a
    /// time (see the class), and the bundled SQLite is otherwise serialized: a mutex taken and released on every bind,
    /// step and column read, some thirty per citation row written, 1.15 million rows on the whole record.
    /// Microsoft.Data.Sqlite opens its connections without a mutex flag of its own, so they follow this mode. When
    /// SQLite was started before (another library opened a connection first), the call fails and it stays serialized.
    /// </summary>
    private static readonly bool s_multiThread = MultiThread();

    private static bool MultiThread()
    {
        SQLitePCL.Batteries_V2.Init();
        return SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MULTITHREAD) == SQLitePCL.raw.SQLITE_OK;
    }

    private static LineageStore OpenCore(string path, bool readOnly, bool create)
    {
        _ = s_multiThread;
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            var store = new LineageStore(connection, path, readOnly);
            store.CheckSchema(create);
            return store;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException(DiagnosticCodes.StoreNotLineage, path, Messages.Format(Messages.StoreNotLineage, e.Message.TrimEnd('.')), e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private void CheckSchema(bool create)
    {
        int version = Scalar<long>("PRAGMA user_version") is var v ? (int)v : 0;
        int application = (int)Scalar<long>("PRAGMA application_id");
        bool empty = Scalar<long>("SELECT count(*) FROM sqlite_master") == 0;
        if (empty && create)
        {
            Execute("PRAGMA journal_mode=WAL");
            using var transaction = _connection.BeginTransaction();
            Execute(StoreSchema.Create, transaction);
            Execute(string.Create(CultureInfo.InvariantCulture, $"PRAGMA application_id={ApplicationId}; PRAGMA user_version={StoreSchema.Version}"), transaction);
            transaction.Commit();
            return;
        }

        if (application != ApplicationId)
        {
            throw new StoreException(DiagnosticCodes.StoreNotLineage, Path, Messages.Format(Messages.StoreNotLineage, "a SQLite file of another program"));
        }

        if (version != StoreSchema.Version)
        {
            throw new StoreException(DiagnosticCodes.StoreSchemaMismatch, Path, Messages.Format(Messages.StoreSchemaMismatch, version, StoreSchema.Version, Path));
        }
    }

    /// <summary>A value of the store's key/value table, or null.</summary>
    internal string? Info(string key)
    {
        using var command = Command("SELECT value FROM store_info WHERE key = $key");
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }

    internal void SetInfo(string key, string? value, SqliteTransaction transaction)
    {
        using var command = Command("INSERT INTO store_info(key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value", transaction);
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", (object?)value ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// What the export files written from the stored graph were (formats, names, sizes, modification times), as the
    /// last <c>lineage build</c> noted it; null when none was noted or the graph changed since (a build clears it then).
    /// </summary>
    public string? ExportStamp => Info("exports");

    /// <summary>Notes the export files just written from the stored graph (see <see cref="ExportStamp"/>).</summary>
    public void SetExportStamp(string? stamp)
    {
        using var transaction = _connection.BeginTransaction();
        SetInfo("exports", stamp, transaction);
        transaction.Commit();
    }

    /// <summary>Every build into this store, oldest first.</summary>
    public IReadOnlyList<StoreRun> Runs()
    {
        using var command = Command("""
            SELECT started_at, finished_at, lineage_version, ruleset_version, settings, files, unchanged, new, changed, removed,
                   failed, documents, citations, nodes, edges, inferred_edges, reason
            FROM runs ORDER BY id
            """);
        using var reader = command.ExecuteReader();
        var runs = new List<StoreRun>();
        while (reader.Read())
        {
            runs.Add(new StoreRun
            {
                StartedUtc = StoreValues.ParseTimestamp(reader.GetString(0)),
                FinishedUtc = StoreValues.ParseTimestamp(reader.GetString(1)),
                LineageVersion = reader.GetString(2),
                RuleSetVersion = reader.GetString(3),
                Settings = reader.GetString(4),
                Files = reader.GetInt32(5),
                Unchanged = reader.GetInt32(6),
                New = reader.GetInt32(7),
                Changed = reader.GetInt32(8),
                Removed = reader.GetInt32(9),
                Failed = reader.GetInt32(10),
                Documents = reader.GetInt32(11),
                Citations = reader.GetInt32(12),
                Nodes = reader.GetInt32(13),
                Edges = reader.GetInt32(14),
                InferredEdges = reader.GetInt32(15),
                Reason = reader.IsDBNull(16) ? null : reader.GetString(16),
            });
        }

        return runs;
    }

    /// <summary>The files read for <paramref name="symbol"/> (one per language version or format), in input order.</summary>
    public IReadOnlyList<StoredDocument> Documents(DocumentSymbol symbol) =>
        ReadDocuments("WHERE symbol = $symbol", ("$symbol", symbol.Canonical));

    /// <summary>The symbols of the stored documents in input order, each once, at most <paramref name="max"/>.</summary>
    public IReadOnlyList<DocumentSymbol> DocumentSymbols(int max)
    {
        using var command = Command("SELECT symbol FROM documents WHERE symbol IS NOT NULL GROUP BY symbol ORDER BY min(input_order) LIMIT $max");
        command.Parameters.AddWithValue("$max", max);
        using var reader = command.ExecuteReader();
        var symbols = new List<DocumentSymbol>();
        while (reader.Read())
        {
            symbols.Add(DocumentSymbol.Parse(reader.GetString(0)));
        }

        return symbols;
    }

    /// <summary>Every file in the store, in input order (unreadable files included, with a null symbol).</summary>
    public IReadOnlyList<StoredDocument> Documents() => ReadDocuments(string.Empty);

    private List<StoredDocument> ReadDocuments(string where, params (string Name, object Value)[] parameters)
    {
        using var command = Command($"""
            SELECT path, symbol, language, title, date, meeting, format, size, mtime, content_hash, read_at, citation_count, diagnostics
            FROM documents {where} ORDER BY input_order, path
            """);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        using var reader = command.ExecuteReader();
        var documents = new List<StoredDocument>();
        while (reader.Read())
        {
            string path = reader.GetString(0);
            documents.Add(new StoredDocument
            {
                Path = path,
                Symbol = reader.IsDBNull(1) ? null : DocumentSymbol.Parse(reader.GetString(1)),
                Language = reader.IsDBNull(2) ? Language.Unknown : StoreValues.ParseLanguage(reader.GetString(2)),
                Title = reader.IsDBNull(3) ? null : reader.GetString(3),
                Date = StoreValues.ParseDate(reader.IsDBNull(4) ? null : reader.GetString(4)),
                Meeting = reader.IsDBNull(5) ? null : reader.GetString(5),
                Format = reader.GetString(6),
                Size = reader.GetInt64(7),
                ModifiedUtc = StoreValues.ParseTimestamp(reader.GetString(8)),
                ContentHash = reader.GetString(9),
                ReadAtUtc = StoreValues.ParseTimestamp(reader.GetString(10)),
                CitationCount = reader.GetInt32(11),
                Diagnostics = StoreValues.ParseDiagnostics(reader.IsDBNull(12) ? null : reader.GetString(12), path),
            });
        }

        return documents;
    }

    /// <summary>
    /// The citations behind an edge of the graph: every mention of <paramref name="target"/> in
    /// <paramref name="source"/> (any relation unless one is given), each with the sentence it was read in, in
    /// input order. Empty for an inferred link (no citation was read) and for a part-of edge.
    /// </summary>
    public IReadOnlyList<StoredCitation> CitationsBehind(DocumentSymbol source, DocumentSymbol target, Relation? relation = null)
    {
        string where = relation is null ? "d.symbol = $source AND c.source = $source AND c.target = $target" : "d.symbol = $source AND c.source = $source AND c.target = $target AND c.relation = $relation";
        return ReadCitations(where, ("$source", source.Canonical), ("$target", target.Canonical), ("$relation", (long)(relation ?? Relation.Cites)));
    }

    /// <summary>The citations behind <paramref name="edge"/> (its source, target, relation and method).</summary>
    public IReadOnlyList<StoredCitation> CitationsBehind(CitationEdge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        if (edge.Inferred || edge.Relation == Relation.PartOf)
        {
            return [];
        }

        return ReadCitations("d.symbol = $source AND c.source = $source AND c.target = $target AND c.relation = $relation AND c.method = $method",
            ("$source", edge.Source.Symbol.Canonical), ("$target", edge.Target.Symbol.Canonical), ("$relation", (long)edge.Relation),
            ("$method", (long)edge.Method));
    }

    /// <summary>What <paramref name="symbol"/> cites: the citations read in its files, in input and reading order.</summary>
    public IReadOnlyList<StoredCitation> CitationsFrom(DocumentSymbol symbol) =>
        ReadCitations("d.symbol = $source AND c.source = $source", ("$source", symbol.Canonical));

    /// <summary>What cites <paramref name="symbol"/>: every citation of it, in input and reading order.</summary>
    public IReadOnlyList<StoredCitation> CitationsOf(DocumentSymbol symbol) =>
        ReadCitations("c.target = $target", ("$target", symbol.Canonical));

    /// <summary>Every citation of the store, in input and reading order (streamed: rows are read as you go).</summary>
    public IEnumerable<StoredCitation> AllCitations()
    {
        using var command = Command($"{StoreValues.CitationColumns} ORDER BY d.input_order, c.seq");
        using var reader = command.ExecuteReader();
        var symbols = new SymbolCache();
        while (reader.Read())
        {
            yield return StoreValues.ReadCitation(reader, symbols);
        }
    }

    private List<StoredCitation> ReadCitations(string where, params (string Name, object Value)[] parameters)
    {
        using var command = Command($"{StoreValues.CitationColumns} WHERE {where} ORDER BY d.input_order, c.seq");
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        using var reader = command.ExecuteReader();
        var symbols = new SymbolCache();
        var list = new List<StoredCitation>();
        while (reader.Read())
        {
            list.Add(StoreValues.ReadCitation(reader, symbols));
        }

        return list;
    }

    internal SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    internal void Execute(string sql, SqliteTransaction? transaction = null)
    {
        using var command = Command(sql, transaction);
        command.ExecuteNonQuery();
    }

    internal T Scalar<T>(string sql, SqliteTransaction? transaction = null)
    {
        using var command = Command(sql, transaction);
        object? value = command.ExecuteScalar();
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        _connection.Dispose();
        _lock?.Dispose();
    }
}
