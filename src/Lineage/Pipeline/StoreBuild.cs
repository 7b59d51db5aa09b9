using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Lineage.Documents;
using Lineage.Extraction;
using Lineage.Graph;
using Lineage.Model;
using Lineage.Store;

namespace Lineage.Pipeline;

/// <summary>
/// The main job into a store: files and folders in, <c>lineage.db</c> filled, citation graph out. Files are read
/// and extracted in parallel and written as they complete, a few files per transaction, each file's rows whole; a
/// document's text is dropped once its rows are written, so memory follows the graph, not the text. A rerun reads
/// only the files that changed (size and modification time, then content hash), drops the rows of files gone, and
/// reads everything again when the Lineage version, the rule-set version or the extraction settings changed. The
/// graph is then built from the stored metadata and citations, in input order, so it is the graph
/// <see cref="CorpusPipeline.Run"/> builds from the same files.
/// </summary>
public static class StoreBuild
{
    private const int FilesPerTransaction = 256;
    private const int CitationsPerTransaction = 20_000;

    /// <summary>The Lineage version stored with each build (the library's informational version).</summary>
    public static string LineageVersion { get; } =
        typeof(StoreBuild).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(StoreBuild).Assembly.GetName().Version?.ToString()
        ?? "0";

    /// <summary>Builds <paramref name="paths"/> into <paramref name="store"/> (opened for writing) and returns the graph.</summary>
    public static StoreBuildResult Run(LineageStore store, IEnumerable<string> paths, PipelineOptions? options = null, IProgress<PipelineProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(paths);
        if (store.ReadOnly)
        {
            throw new InvalidOperationException("The store is open for reading only.");
        }

        options ??= PipelineOptions.Default;
        // The folders are walked (a stat of every file: 0.44 s over the 122,070 files of the 4 GB record) on another
        // core while the store says what it holds (0.2 s), instead of one after the other.
        var given = paths.ToList();
        var listing = Task.Run(() => DocumentLoader.List(given), cancellationToken);
        store.ForgetGraph();
        var started = DateTime.UtcNow;
        store.Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536; PRAGMA threads=1");
        store.Execute(StoreSchema.Create);
        var loader = new DocumentLoader(options.Readers, new DocumentLoaderOptions { Reader = options.Reader });

        using var writer = new StoreWriter(store);
        string settings = Settings(options);
        string? reason = ReasonToReadAll(store, settings);
        writer.Begin();
        if (reason is not null)
        {
            store.Execute("DELETE FROM citation_rows; DELETE FROM sentences; DELETE FROM documents; DELETE FROM nodes; DELETE FROM edges;", writer.Transaction);
        }

        store.SetInfo("lineage_version", LineageVersion, writer.Transaction);
        store.SetInfo("ruleset_version", RuleSetVersion.Current, writer.Transaction);
        store.SetInfo("settings", settings, writer.Transaction);
        writer.Commit();

        // What the store holds of each file: path, size, modification time and place among the inputs, read through
        // SQLite's own API (a rerun over the whole record reads these for its 122,070 files first); the hashes are read
        // later, for the few files whose size or time differ.
        var known = KnownFiles.Read(store);
        var listed = listing.GetAwaiter().GetResult();

        // Each listed file's stored row (-1: none), found in the order the last build stored them, then the files stored
        // under another spelling of their path.
        var match = new int[listed.Count];
        var matched = new bool[known.Count];
        for (int i = 0; i < listed.Count; i++)
        {
            int k = known.Find(listed[i].Path);
            match[i] = k;
            if (k >= 0)
            {
                matched[k] = true;
            }
        }

        Respell(store, writer, known, listed, match, matched);

        // Which files to read: new ones, and those whose size or modification time changed (the hash decides then). A
        // file found in a folder comes with what the walk read of it, compared as numbers with what is stored: one whose
        // size and time match is not opened, and costs nothing more here (its rows stay). One found in a folder and not
        // unchanged is inspected (its head read, its reader picked) on the worker that reads it, as `lineage extract`
        // does: inspecting the whole record here first kept one core busy and the other idle for seconds before the
        // first file was read. A file named directly is looked at here.
        var runDiagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var planned = new List<(SourceFile File, int Order, DateTime Modified, int Known, bool Inspect)>();
        // Stored files whose place among the inputs changed, and whether any two of them swapped (see below).
        var moved = new List<(string Path, int Order)>();
        int reordered = 0;
        long previous = -1;
        int inputCount = 0;
        int unchanged = 0;
        bool pathMissing = false;
        void Place(int k, string path, int order)
        {
            long was = known.Order(k);
            if (was != order)
            {
                moved.Add((path, order));
            }

            reordered += was < previous ? 1 : 0;
            previous = was;
        }

        for (int i = 0; i < listed.Count; i++)
        {
            var entry = listed[i];
            int k = match[i];
            SourceFile file;
            DateTime modified;
            bool inspect;
            if (entry.File is null && entry.Metadata is { } walked)
            {
                if (k >= 0 && known.Size(k) == walked.Length && known.Ticks(k) == walked.ModifiedUtc.Ticks)
                {
                    Place(k, entry.Path, inputCount++);
                    unchanged++;
                    continue;
                }

                file = new SourceFile(entry.Path, walked.Length, null, null);
                modified = walked.ModifiedUtc;
                inspect = true;
            }
            else
            {
                DateTime? seen = null;
                if (entry.File is null && k >= 0 && new FileInfo(entry.Path) is { Exists: true } info)
                {
                    if (info.Length == known.Size(k) && info.LastWriteTimeUtc.Ticks == known.Ticks(k))
                    {
                        Place(k, entry.Path, inputCount++);
                        unchanged++;
                        continue;
                    }

                    seen = info.LastWriteTimeUtc;
                }

                file = entry.File ?? loader.Inspect(entry.Path);
                pathMissing |= file.Skipped?.Code == DiagnosticCodes.FileNotFound;
                if (!File.Exists(file.Path))
                {
                    if (file.Skipped is { } missing)
                    {
                        runDiagnostics.Add(missing);
                    }

                    continue;
                }

                modified = seen ?? File.GetLastWriteTimeUtc(file.Path);
                inspect = false;
            }

            int order = inputCount++;
            if (k >= 0)
            {
                Place(k, file.Path, order);
            }

            planned.Add((file, order, modified, k, inspect));
        }

        // The stored hashes of the files to read that the store holds (the rest are new).
        var todo = new List<Job>(planned.Count);
        using (var hashes = new RawStatement(store.Connection, KnownFiles.HashQuery))
        {
            foreach (var (file, order, modified, k, inspect) in planned)
            {
                todo.Add(new Job(file, order, modified, k >= 0 ? KnownFiles.Hash(hashes, known.Path(k)) ?? string.Empty : null, inspect));
            }
        }

        // A path given that does not exist (a typo: `build seedz`; discovery reported it, LIN0001) removes nothing: the
        // files it was meant to name would otherwise all count as gone, and one mistyped argument would empty the store.
        var gone = new List<string>();
        if (!pathMissing)
        {
            for (int k = 0; k < known.Count; k++)
            {
                if (!matched[k])
                {
                    gone.Add(known.Path(k));
                }
            }

            gone.Sort(StringComparer.Ordinal);
        }

        // Many rows to write: index upkeep per row costs more than one index build afterwards.
        bool bulk = todo.Count > Math.Max(1000, known.Count / 5);
        if (bulk)
        {
            store.Execute("DROP INDEX IF EXISTS citations_target;");
        }

        // The graph tables are the build of the stored rows under these graph settings until a row changes.
        string graphSettings = string.Create(CultureInfo.InvariantCulture, $"infer_series_links={options.InferSeriesLinks}");
        bool graphFresh = reason is null && store.Info("graph") == graphSettings;

        // The stored graph is that of the stored rows: update it for what this build drops and writes.
        if (graphFresh)
        {
            writer.Changes = new GraphChanges();
        }

        writer.Begin();
        if (gone.Count > 0 || todo.Count > 0)
        {
            store.SetInfo("graph", "stale", writer.Transaction);
            graphFresh = false;
        }

        foreach (string path in gone)
        {
            writer.Remove(path);
        }

        writer.Commit();

        // Every file read now (a first build): the graph is fed as the files stream through, in input order.
        var direct = todo.Count == inputCount ? new CitationGraphBuilder { InferSeriesLinks = options.InferSeriesLinks, KeepMentions = false } : null;
        var read = new List<DocumentSymbol>();
        // Only new files to write (a first build): nothing is deleted, and each file's document row goes in before its
        // sentences and citations, in the same transaction, so the foreign keys hold by construction. Checking them
        // looked up the document and the sentence of every citation row as it went in (1.15 million on the whole
        // record: two thirds of SQLite's time inserting them). They are checked again for every other build.
        bool insertsOnly = todo.TrueForAll(j => j.KnownHash is null);
        if (insertsOnly)
        {
            store.Execute("PRAGMA foreign_keys=OFF");
        }

        (int Added, int Changed, int Touched, ImmutableArray<StoreFileOutcome> Streamed) written;
        try
        {
            written = ReadAndWrite(writer, todo, loader, options, direct, read, progress, cancellationToken);
        }
        finally
        {
            if (insertsOnly)
            {
                store.Execute("PRAGMA foreign_keys=ON");
            }
        }

        var (added, changed, touched, streamed) = written;
        unchanged += touched;

        // Input order (the order the graph is built in): a file's place is its index among the inputs. A file read now
        // was written at its place; a stored file kept (or only touched) whose place moved gets it here. Files kept from
        // the last build that now come in another order relative to one another change which title, date or mention
        // comes first: the graph is built again.
        writer.Begin();
        foreach (var (path, order) in moved)
        {
            writer.SetOrder(path, order);
        }

        if (reordered > 0)
        {
            store.SetInfo("graph", "stale", writer.Transaction);
            graphFresh = false;
        }

        writer.Commit();
        CitationGraph? graph = null;
        ImmutableArray<StoreFileOutcome> outcomes;
        bool update = false;
        if (graphFresh)
        {
            // Nothing changed: the stored graph is the graph.
            outcomes = ReadOutcomes(store);
        }
        else if (direct is not null && touched == 0)
        {
            // Two things left, each on one core: the graph from what streamed through, and the citation indexes the
            // bulk load left for the end (SQLite sorts them; they do not depend on the graph). Side by side.
            var building = Task.Run(direct.Build, cancellationToken);
            store.Execute(StoreSchema.CitationIndexes);
            graph = building.GetAwaiter().GetResult();
            outcomes = streamed;
        }
        else if (writer.Changes is not null && reordered == 0)
        {
            // Some files dropped or written since a graph was stored: rewrite only the rows they reach.
            outcomes = ReadOutcomes(store);
            update = true;
        }
        else
        {
            (graph, outcomes) = BuildGraph(store, options);
        }

        writer.Begin();
        if (update)
        {
            GraphUpdate.Apply(store, writer, writer.Changes!, options.InferSeriesLinks);
        }
        else if (graph is not null)
        {
            writer.WriteGraph(graph);
        }

        writer.Changes = null;
        store.SetInfo("graph", graphSettings, writer.Transaction);
        if (!graphFresh)
        {
            // Exports written from the graph before are not those of this graph.
            store.SetInfo("exports", null, writer.Transaction);
        }

        int citations = outcomes.Sum(o => o.CitationCount);
        // A graph built here is counted where it is (the whole record's 258,000 edges need no scan); an updated one is counted in the store.
        var counts = graph is not null
            ? (Nodes: graph.NodeCount, NodesRead: graph.Nodes.Count(n => n.InCorpus), Edges: graph.EdgeCount, InferredEdges: graph.Edges.Count(e => e.Inferred))
            : GraphCounts(store, writer);

        store.Execute(StoreSchema.GraphIndexes, writer.Transaction);
        using (var run = store.Command("""
            INSERT INTO runs (started_at, finished_at, lineage_version, ruleset_version, settings, files, unchanged, new, changed, removed,
                              failed, documents, citations, nodes, edges, inferred_edges, reason)
            VALUES ($started, $finished, $version, $rules, $settings, $files, $unchanged, $new, $changed, $removed,
                    $failed, $documents, $citations, $nodes, $edges, $inferred, $reason)
            """, writer.Transaction))
        {
            run.Parameters.AddWithValue("$started", StoreValues.Timestamp(started));
            run.Parameters.AddWithValue("$finished", StoreValues.Timestamp(DateTime.UtcNow));
            run.Parameters.AddWithValue("$version", LineageVersion);
            run.Parameters.AddWithValue("$rules", RuleSetVersion.Current);
            run.Parameters.AddWithValue("$settings", settings);
            run.Parameters.AddWithValue("$files", outcomes.Length);
            run.Parameters.AddWithValue("$unchanged", unchanged);
            run.Parameters.AddWithValue("$new", added);
            run.Parameters.AddWithValue("$changed", changed);
            run.Parameters.AddWithValue("$removed", gone.Count);
            run.Parameters.AddWithValue("$failed", outcomes.Count(o => o.Failed));
            run.Parameters.AddWithValue("$documents", outcomes.Count(o => o.Read));
            run.Parameters.AddWithValue("$citations", citations);
            run.Parameters.AddWithValue("$nodes", counts.Nodes);
            run.Parameters.AddWithValue("$edges", counts.Edges);
            run.Parameters.AddWithValue("$inferred", counts.InferredEdges);
            run.Parameters.AddWithValue("$reason", StoreValues.Db(reason));
            run.ExecuteNonQuery();
        }

        writer.Commit();

        // One file to hand on: fold the write-ahead log back in. A reader holding the store open keeps it in WAL mode,
        // which is as valid; the next build tries again.
        try
        {
            using var fold = store.Command("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;");
            fold.CommandTimeout = 2;
            fold.ExecuteNonQuery();
        }
        catch (Microsoft.Data.Sqlite.SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            // SQLITE_BUSY / SQLITE_LOCKED: left in WAL mode.
        }
        string storePath = store.Path;
        return new StoreBuildResult(graph is not null ? () => graph : () => LoadStored(storePath))
        {
            Nodes = counts.Nodes,
            NodesRead = counts.NodesRead,
            Edges = counts.Edges,
            InferredEdges = counts.InferredEdges,
            Read = [.. read],
            GraphStep = graphFresh ? "kept" : update ? "updated" : "built",
            Files = outcomes,
            Diagnostics = runDiagnostics.ToImmutable(),
            Unchanged = unchanged,
            New = added,
            Changed = changed,
            Removed = gone.Count,
            Reason = reason,
        };
    }

    private static CitationGraph LoadStored(string path)
    {
        using var store = LineageStore.Open(path);
        return store.LoadGraph();
    }

    private static (int Nodes, int NodesRead, int Edges, int InferredEdges) GraphCounts(LineageStore store, StoreWriter writer) => (
        (int)store.Scalar<long>("SELECT count(*) FROM nodes", writer.Transaction),
        (int)store.Scalar<long>("SELECT count(*) FROM nodes WHERE in_corpus = 1", writer.Transaction),
        (int)store.Scalar<long>("SELECT count(*) FROM edges", writer.Transaction),
        (int)store.Scalar<long>("SELECT count(*) FROM edges WHERE inferred = 1", writer.Transaction));

    /// <summary>
    /// Files stored under another spelling of the same path: the same folder named <c>seeds</c> in one build and
    /// <c>./seeds</c> or <c>/home/me/Lineage/seeds</c> in the next, or from another working folder. Matched by full path
    /// (a stored relative path against the working folder of the build that stored it, <c>store_info.base</c>), their
    /// rows are kept and take the spelling given now, so such a file counts as unchanged instead of removed and new
    /// (which read the whole 4 GB record again: 33 s against 0.8 s). Size, modification time and hash are then compared
    /// as for any stored file.
    /// </summary>
    private static void Respell(LineageStore store, StoreWriter writer, KnownFiles known, IReadOnlyList<ListedFile> listed, int[] match, bool[] matched)
    {
        string here = Environment.CurrentDirectory;
        string? storedBase = store.Info("base");
        writer.Begin();
        store.SetInfo("base", here, writer.Transaction);
        if (known.Count > 0 && Array.IndexOf(match, -1) >= 0)
        {
            var byFullPath = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int k = 0; k < known.Count; k++)
            {
                // A relative path stored by a build whose working folder is not known (a store made before base was kept)
                // is read against this one; the size, time and hash checks that follow still decide what is unchanged.
                if (!matched[k])
                {
                    byFullPath.TryAdd(Path.GetFullPath(known.Path(k), storedBase ?? here), k);
                }
            }

            using var rename = store.Command("UPDATE documents SET path = $new WHERE path = $old", writer.Transaction);
            var newPath = rename.Parameters.Add("$new", Microsoft.Data.Sqlite.SqliteType.Text);
            var oldPath = rename.Parameters.Add("$old", Microsoft.Data.Sqlite.SqliteType.Text);
            for (int i = 0; i < listed.Count && byFullPath.Count > 0; i++)
            {
                if (match[i] >= 0 || !byFullPath.Remove(Path.GetFullPath(listed[i].Path, here), out int k))
                {
                    continue;
                }

                newPath.Value = listed[i].Path;
                oldPath.Value = known.Path(k);
                rename.ExecuteNonQuery();
                known.Rename(k, listed[i].Path);
                match[i] = k;
                matched[k] = true;
            }
        }

        writer.Commit();
    }

    /// <summary>What the extraction depends on besides the code: languages, encoding, markup links.</summary>
    internal static string Settings(PipelineOptions options) => string.Create(CultureInfo.InvariantCulture,
        $"languages={string.Join(',', options.ExtractorLanguages.Select(l => l.ToCode()).Order(StringComparer.Ordinal))}; encoding={options.Reader.Encoding?.WebName ?? "auto"}; markup_links={(options.IncludeMarkupLinks ? "yes" : "no")}");

    private static string? ReasonToReadAll(LineageStore store, string settings)
    {
        string? version = store.Info("lineage_version");
        if (version is null)
        {
            return null;
        }

        if (version != LineageVersion)
        {
            return $"the store was built by Lineage {version}, this is {LineageVersion}";
        }

        string? rules = store.Info("ruleset_version");
        if (rules != RuleSetVersion.Current)
        {
            return $"the store was built with rule set {rules}, this Lineage has {RuleSetVersion.Current}";
        }

        string? stored = store.Info("settings");
        return stored != settings ? $"the store was built with other settings ({stored}; now {settings})" : null;
    }

    private static (int Added, int Changed, int Touched, ImmutableArray<StoreFileOutcome> Streamed) ReadAndWrite(
        StoreWriter writer, List<Job> todo, DocumentLoader loader, PipelineOptions options, CitationGraphBuilder? direct, List<DocumentSymbol> read,
        IProgress<PipelineProgress>? progress, CancellationToken cancellationToken)
    {
        var streamed = ImmutableArray.CreateBuilder<StoreFileOutcome>(direct is null ? 0 : todo.Count);
        long bytesTotal = todo.Sum(j => j.File.Length);
        int done = 0;
        long bytes = 0;
        int found = 0;
        int added = 0;
        int changed = 0;
        int touched = 0;
        Done Work(Job job)
        {
            var result = Process(job, loader, options);
            int finished = Interlocked.Increment(ref done);
            long read = Interlocked.Add(ref bytes, job.File.Length);
            int citations = Interlocked.Add(ref found, result.File?.Citations.Length ?? 0);
            progress?.Report(new PipelineProgress(finished, todo.Count, read, bytesTotal, citations, job.File.Path));
            return result;
        }

        int parallelism = Math.Max(1, options.MaxDegreeOfParallelism);
        var clock = Stopwatch.StartNew();
        int files = 0;
        int rows = 0;
        writer.Begin();
        foreach (var result in OrderedParallel.Map(todo, Work, parallelism, window: (8 * parallelism) + 16, cancellationToken))
        {
            if (result.File is null)
            {
                writer.Touch(result.Job.File.Path, result.Job.Modified);
                touched++;
            }
            else
            {
                writer.Write(result.File, result.Job.Order, replace: result.Job.KnownHash is not null);
                if (result.File.Document is { } document)
                {
                    read.Add(document.Symbol);
                }
                if (direct is not null)
                {
                    var file = result.File;
                    if (file.Document is not null)
                    {
                        direct.Add(file.Document, file.Citations.Select(c => c.Citation));
                    }

                    streamed.Add(new StoreFileOutcome(file.Path, file.Format, file.Document is not null, file.Citations.Length, file.Diagnostics));
                }

                rows += result.File.Citations.Length;
                if (result.Job.KnownHash is null)
                {
                    added++;
                }
                else
                {
                    changed++;
                }
            }

            if (++files >= FilesPerTransaction || rows >= CitationsPerTransaction || clock.ElapsedMilliseconds > 2000)
            {
                writer.Commit();
                writer.Begin();
                files = rows = 0;
                clock.Restart();
            }
        }

        writer.Commit();
        return (added, changed, touched, direct is null ? [] : streamed.ToImmutable());
    }

    /// <summary>Reads, extracts and condenses one file (in a worker); null <see cref="Done.File"/> when only its time changed.</summary>
    private static Done Process(Job job, DocumentLoader loader, PipelineOptions options)
    {
        var readAt = DateTime.UtcNow;
        string hash;
        SourceFile source;
        DocumentOutcome outcome;
        var hasher = new System.IO.Hashing.XxHash128();
        if (job.KnownHash is null && job.Inspect && loader.TryReadText(job.File.Path, hasher, out var textFile, out var textRead))
        {
            // A new plain-text file (most of a first build): inspected, read and hashed from one opening of it, as
            // `extract` reads it; before, the file was opened three times (to hash it, to pick its reader, to read it).
            hash = Convert.ToHexStringLower(hasher.GetCurrentHash());
            source = textFile;
            outcome = CorpusPipeline.Process(loader, textFile, textRead, options);
        }
        else
        {
            // A file whose size or time changed is hashed first: when only its time changed, it is not read at all.
            hash = Hash(job.File.Path);
            if (job.KnownHash is not null && hash == job.KnownHash)
            {
                return new Done(job, null);
            }

            readAt = DateTime.UtcNow;
            source = job.Inspect ? loader.Inspect(job.File.Path) : job.File;
            outcome = CorpusPipeline.Process(loader, source, null, options);
        }

        ImmutableArray<StoredCitation> citations = [];
        if (outcome.Document is { } document)
        {
            var builder = ImmutableArray.CreateBuilder<StoredCitation>(outcome.Citations.Length);
            var evidence = CitationEvidence.OfAll(document, outcome.Citations);
            for (int i = 0; i < evidence.Length; i++)
            {
                builder.Add(new StoredCitation(outcome.Citations[i], evidence[i]));
            }

            citations = builder.MoveToImmutable();
        }

        return new Done(job, new StoredFile
        {
            Path = source.Path,
            Format = source.Format,
            Size = source.Length,
            ModifiedUtc = job.Modified,
            ContentHash = hash,
            ReadAtUtc = readAt,
            Document = outcome.Document is null ? null : DocumentMetadata.Of(outcome.Document),
            Citations = citations,
            Diagnostics = outcome.Diagnostics,
        });
    }

    private static string Hash(string path)
    {
        try
        {
            // XXH128: the hash only tells a changed file from an unchanged one, and over the whole record SHA-256 cost
            // seconds of CPU where this costs a fraction of one.
            // Straight from the handle into a pooled buffer: no stream buffer between, no array per file.
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
            var hash = new System.IO.Hashing.XxHash128();
            byte[] buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 16);
            try
            {
                long offset = 0;
                int count;
                while ((count = RandomAccess.Read(handle, buffer, offset)) > 0)
                {
                    hash.Append(buffer.AsSpan(0, count));
                    offset += count;
                }
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }

            return Convert.ToHexStringLower(hash.GetCurrentHash());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The reader reports why the file cannot be read; an empty hash never matches, so it is tried again next time.
            return string.Empty;
        }
    }

    /// <summary>Each stored file's outcome, in input order (for a build that reads nothing again, or updates the graph).</summary>
    private static ImmutableArray<StoreFileOutcome> ReadOutcomes(LineageStore store)
    {
        using var statement = new RawStatement(store.Connection, "SELECT path, format, symbol IS NOT NULL, citation_count, diagnostics FROM documents ORDER BY input_order");
        var outcomes = ImmutableArray.CreateBuilder<StoreFileOutcome>();
        var formats = new Dictionary<string, string>(StringComparer.Ordinal);
        while (statement.Step())
        {
            string path = statement.Text(0)!;
            string format = statement.Text(1)!;
            format = formats.TryGetValue(format, out string? shared) ? shared : formats[format] = format;
            outcomes.Add(new StoreFileOutcome(path, format, statement.Int64(2) != 0, (int)statement.Int64(3),
                StoreValues.ParseDiagnostics(statement.Text(4), path)));
        }

        return outcomes.ToImmutable();
    }

    /// <summary>The graph from the stored metadata and citations, in input order; and each file's outcome.</summary>
    private static (CitationGraph Graph, ImmutableArray<StoreFileOutcome> Files) BuildGraph(LineageStore store, PipelineOptions options)
    {
        var builder = new CitationGraphBuilder { InferSeriesLinks = options.InferSeriesLinks, KeepMentions = false };
        var documents = new List<(long Id, StoredDocument Document)>();
        using (var command = store.Command("""
            SELECT id, path, symbol, language, title, date, meeting, format, citation_count, diagnostics
            FROM documents ORDER BY input_order
            """))
        using (var reader = command.ExecuteReader())
        {
            var symbols = new SymbolCache();
            while (reader.Read())
            {
                string path = reader.GetString(1);
                documents.Add((reader.GetInt64(0), new StoredDocument
                {
                    Path = path,
                    Symbol = reader.IsDBNull(2) ? null : symbols.Get(reader.GetString(2)),
                    Language = reader.IsDBNull(3) ? Language.Unknown : StoreValues.ParseLanguage(reader.GetString(3)),
                    Title = reader.IsDBNull(4) ? null : reader.GetString(4),
                    Date = StoreValues.ParseDate(reader.IsDBNull(5) ? null : reader.GetString(5)),
                    Meeting = reader.IsDBNull(6) ? null : reader.GetString(6),
                    Format = reader.GetString(7),
                    ContentHash = string.Empty,
                    CitationCount = reader.GetInt32(8),
                    Diagnostics = StoreValues.ParseDiagnostics(reader.IsDBNull(9) ? null : reader.GetString(9), path),
                }));
            }
        }

        using (var command = store.Command($"{StoreValues.CitationColumnsWithoutEvidence.Replace("SELECT ", "SELECT c.document_id, ", StringComparison.Ordinal)} ORDER BY d.input_order, c.seq"))
        using (var reader = command.ExecuteReader())
        {
            var symbols = new SymbolCache();
            bool more = reader.Read();
            foreach (var (id, document) in documents)
            {
                if (document.Symbol is not { } symbol)
                {
                    continue;
                }

                builder.Add(new DocumentMetadata { Symbol = symbol, Language = document.Language, Title = document.Title, Date = document.Date, Meeting = document.Meeting, Path = document.Path }, []);
                while (more && reader.GetInt64(0) == id)
                {
                    builder.AddCitation(StoreValues.ReadCitation(reader, symbols, first: 1, evidence: false).Citation);
                    more = reader.Read();
                }
            }
        }

        var outcomes = documents.Select(d => new StoreFileOutcome(d.Document.Path, d.Document.Format, d.Document.Symbol is not null, d.Document.CitationCount, d.Document.Diagnostics));
        return (builder.Build(), [.. outcomes]);
    }

    /// <summary>A file to read: its place among the inputs, its modification time, its stored hash if any, and whether
    /// it is known from its folder's walk only (the worker then inspects it before reading it).</summary>
    private sealed record Job(SourceFile File, int Order, DateTime Modified, string? KnownHash, bool Inspect);

    private sealed record Done(Job Job, StoredFile? File);
}
