using Lineage.Analysis;
using Lineage.Export;
using Lineage.Graph;
using Lineage.Model;
using Lineage.Pipeline;
using Lineage.Store;
using Microsoft.Data.Sqlite;

namespace Lineage.Tests.Store;

/// <summary>The embedded store: what it keeps, the graph it gives back, and the stores it refuses (issue 10).</summary>
public sealed class LineageStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lineage-store-").FullName;

    private string StorePath => Path.Combine(_folder, "lineage.db");

    public void Dispose() => Directory.Delete(_folder, true);

    private StoreBuildResult Build(params string[] paths)
    {
        using var store = LineageStore.OpenOrCreate(StorePath);
        return StoreBuild.Run(store, paths);
    }

    [Fact]
    public void Dropping_a_files_sentences_looks_up_no_citation_row()
    {
        // Foreign keys are on; a key from the citation rows to the sentences made deleting a changed file's sentences
        // look for the rows that refer to each one, a scan of every citation per sentence without an index on
        // sentence_id (the 4 GB record bench's rebuild of 1% of its files read 660 GB and did not finish), and that
        // index cost every row inserted. The writer drops a file's citation rows before its sentences instead.
        Build(TestPaths.Seeds);
        using var store = LineageStore.Open(StorePath);
        using (var pragma = store.Command("PRAGMA foreign_keys"))
        {
            Assert.Equal(1L, (long)pragma.ExecuteScalar()!);
        }

        using var command = store.Command("SELECT \"table\" FROM pragma_foreign_key_list('citation_rows')");
        using var reader = command.ExecuteReader();
        var referenced = new List<string>();
        while (reader.Read())
        {
            referenced.Add(reader.GetString(0));
        }

        Assert.Equal(["documents"], referenced);
    }

    [Fact]
    public async Task The_graph_loaded_from_the_store_exports_the_same_bytes_as_the_graph_read_from_the_files()
    {
        var built = Build(TestPaths.Seeds);
        var fromFiles = CorpusPipeline.Run([TestPaths.Seeds]).Graph;
        using var store = LineageStore.Open(StorePath);
        var loaded = store.LoadGraph();
        foreach (string format in ExporterCatalog.Default.Names)
        {
            byte[] expected = await ExportBytes(fromFiles, format);
            Assert.Equal(expected, await ExportBytes(built.Graph, format));
            Assert.Equal(expected, await ExportBytes(loaded, format));
        }

        // What the exports do not carry comes back too.
        var seed = loaded.Find(DocumentSymbol.Parse("A/RES/62/42"))!;
        Assert.Equal([TestPaths.Seed], seed.Files);
        Assert.True(seed.DateFromDocument);
        Assert.Equal("第 61 次全体会议", seed.Meeting);
        Assert.False(loaded.Find(DocumentSymbol.Parse("A/RES/49/75E"))!.DateFromDocument);
    }

    [Fact]
    public void Edges_loaded_with_their_mentions_carry_the_citations_read()
    {
        Build(TestPaths.Seeds);
        var fromFiles = CorpusPipeline.Run([TestPaths.Seeds]).Graph;
        using var store = LineageStore.Open(StorePath);
        var loaded = store.LoadGraph(mentions: true);
        Assert.Equal(fromFiles.Edges.Count, loaded.Edges.Count);
        for (int i = 0; i < fromFiles.Edges.Count; i++)
        {
            Assert.Equal(fromFiles.Edges[i].Mentions, loaded.Edges[i].Mentions);
        }

        static IEnumerable<string> Describe(CitationGraph graph) =>
            AnomalyAnalysis.Compute(graph).Select(a => $"{a.Kind} {a.Document} {a.Message} {string.Join("; ", a.Evidence)}");
        Assert.Equal(Describe(fromFiles), Describe(loaded));
    }

    [Fact]
    public void A_chain_loaded_from_the_store_loads_only_the_ancestors_and_matches_the_whole_graph()
    {
        Build(TestPaths.Seeds);
        var whole = CorpusPipeline.Run([TestPaths.Seeds]).Graph;
        var root = DocumentSymbol.Parse("A/RES/62/42");
        using var store = LineageStore.Open(StorePath);
        var part = store.LoadGraph(new GraphScope(DocumentSymbol.Parse("A/RES/55/33T"), Upstream: true, [Relation.Recalls]));
        Assert.Equal(["A/RES/49/75", "A/RES/49/75E", "A/RES/50/70", "A/RES/50/70P", "A/RES/51/45", "A/RES/51/45O", "A/RES/52/38", "A/RES/52/38L",
            "A/RES/53/77", "A/RES/53/77X", "A/RES/54/54", "A/RES/54/54P", "A/RES/55/33", "A/RES/55/33T"], part.Nodes.Select(n => n.Symbol.Canonical));

        var scoped = store.LoadGraph(new GraphScope(root, Upstream: true, [Relation.Recalls]));
        Assert.Equal(Paths(LineageChainAnalysis.Compute(whole, root)!), Paths(LineageChainAnalysis.Compute(scoped, root)!));

        // Only the edges the walk follows (what the CLI loads): fewer edges, the same chain.
        var followed = store.LoadGraph(new GraphScope(root, Upstream: true, [Relation.Recalls]) { FollowedEdgesOnly = true });
        Assert.True(followed.EdgeCount < scoped.EdgeCount);
        Assert.All(followed.Edges, e => Assert.Contains(e.Relation, new[] { Relation.Recalls, Relation.PartOf }));
        Assert.Equal(Paths(LineageChainAnalysis.Compute(whole, root)!), Paths(LineageChainAnalysis.Compute(followed, root)!));

        var cited = DocumentSymbol.Parse("A/RES/50/70P");
        var down = store.LoadGraph(new GraphScope(cited, Upstream: false, [Relation.Recalls]));
        Assert.Equal(
            DescendantsAnalysis.Compute(whole, cited)!.Entries.Select(e => e.Node.Symbol),
            DescendantsAnalysis.Compute(down, cited)!.Entries.Select(e => e.Node.Symbol));
    }

    [Fact]
    public void A_chain_over_the_steps_its_walk_takes_is_the_chain_over_the_whole_graph()
    {
        // A series of 60 resolutions, each recalling up to five earlier ones (a dense web, as in the record) and every
        // third a report: the walk from the last has several steps, so each bound cuts it somewhere else.
        string input = Path.Combine(_folder, "series");
        Directory.CreateDirectory(input);
        for (int k = 1; k <= 60; k++)
        {
            int[] earlier = [.. new[] { k - 1, k - 2 + (k % 2), k / 2, k - 5, k - 9 }.Where(p => p > 0 && p < k).Distinct().Order()];
            string list = string.Join(", ", earlier.Select(p => $"70/{p} of {1 + (p % 28)} December 2015"));
            string text = $"70/{k}. Series {k}\n\nThe General Assembly,\n\n"
                + (earlier.Length > 0 ? $"Recalling its resolutions {list},\n\n" : string.Empty)
                + (k % 3 == 0 ? $"Recalling also the report of the Secretary-General (A/70/{300 + (k % 7)}),\n\n" : string.Empty)
                + "1. Decides to remain seized of the matter.\n";
            File.WriteAllText(Path.Combine(input, $"A_RES_70_{k}.en.txt"), text);
        }

        var whole = Build(input).Graph;
        var root = DocumentSymbol.Parse("A/RES/70/60");
        using var store = LineageStore.Open(StorePath);
        int everything = store.LoadGraph(new GraphScope(root, Upstream: true, [Relation.Recalls]) { FollowedEdgesOnly = true }).NodeCount;
        var loaded = new SortedSet<int>();
        foreach (int maxNodes in new[] { 1, 2, 3, 5, 8, 13, 21, 34, 5000 })
        {
            foreach (int? depth in new int?[] { null, 0, 1, 2, 4 })
            {
                foreach (bool documents in new[] { false, true })
                {
                    var options = new ChainOptions { MaxNodes = maxNodes, MaxDepth = depth, IncludeDocuments = documents };
                    var part = store.LoadGraph(GraphScope.ForChain(root, options));
                    string expected = Describe(LineageChainAnalysis.Compute(whole, root, options)!);
                    Assert.Equal(expected, Describe(LineageChainAnalysis.Compute(part, root, options)!));
                    loaded.Add(part.NodeCount);

                    // Without what the files say (a chain's report shows none of it): the same chain, no files.
                    var bare = store.LoadGraph(GraphScope.ForChain(root, options) with { FileFacts = false });
                    Assert.Equal(expected, Describe(LineageChainAnalysis.Compute(bare, root, options)!));
                    Assert.All(bare.Nodes, n => Assert.Empty(n.Files));
                    Assert.NotEmpty(part.Find(root)!.Files);
                }
            }
        }

        // The bounds load less than every ancestor (else this would test nothing), and all of them when nothing binds.
        Assert.True(loaded.Min < everything / 4, $"smallest part {loaded.Min} of {everything}");
        Assert.Contains(everything, loaded);

        static string Describe(ChainResult chain) => string.Join(
            "\n",
            string.Join(" ", chain.Nodes.Select(n => n.Symbol.Canonical)),
            string.Join(" ", chain.Links.Select(l => $"{l.Citing.Symbol.Canonical}>{l.Cited.Symbol.Canonical}{(l.Inferred ? "~" : "")}")),
            string.Join(" | ", Paths(chain)),
            $"cut {chain.Cut} limit {chain.NodeLimitReached} depth {chain.DepthReached} truncated {chain.Truncated} cycles {chain.CycleEdges.Length}");
    }

    [Fact]
    public void The_whole_graph_is_loaded_once_per_store_and_forgotten_when_a_build_writes_into_it()
    {
        string input = Path.Combine(_folder, "in");
        SeedCopies.Write(input, 1);
        using var store = LineageStore.OpenOrCreate(StorePath);
        StoreBuild.Run(store, [input]);
        var first = store.LoadGraph();
        Assert.Same(first, store.LoadGraph());
        Assert.NotSame(first, store.LoadGraph(mentions: true));

        SeedCopies.Write(input, 1, first: 300);
        StoreBuild.Run(store, [input]);
        var after = store.LoadGraph();
        Assert.NotSame(first, after);
        Assert.True(after.NodeCount > first.NodeCount);
    }

    [Fact]
    public void The_citations_behind_an_edge_come_with_the_sentence_they_were_read_in()
    {
        Build(TestPaths.Seeds);
        using var store = LineageStore.Open(StorePath);
        var both = store.CitationsBehind(DocumentSymbol.Parse("A/RES/62/42"), DocumentSymbol.Parse("A/RES/61/78"));
        Assert.Equal([Relation.Recalls, Relation.Pursuant], both.Select(c => c.Citation.Relation));
        var behind = store.CitationsBehind(DocumentSymbol.Parse("A/RES/62/42"), DocumentSymbol.Parse("A/RES/61/78"), Relation.Recalls);
        var stored = Assert.Single(behind);
        Assert.Equal(Relation.Recalls, stored.Citation.Relation);
        Assert.Equal(TestPaths.Seed, stored.Citation.Span.File);
        var evidence = stored.Evidence!.Value;
        Assert.StartsWith("回顾其关于逐步减少核威胁的", evidence.Sentence, StringComparison.Ordinal);
        string reference = evidence.Sentence.Substring(evidence.Start, evidence.Length);
        Assert.Equal(Squeeze(stored.Citation.Text), Squeeze(reference));
        Assert.Contains("61/78", reference, StringComparison.Ordinal);

        // The same rows by edge, by citing document and by cited document.
        var graph = store.LoadGraph();
        var edge = graph.Edges.Single(e => e.Source.Symbol.Canonical == "A/RES/62/42" && e.Target.Symbol.Canonical == "A/RES/61/78" && e.Relation == Relation.Recalls && !e.Inferred);
        Assert.Equal(behind, store.CitationsBehind(edge));
        Assert.Equal(30, store.CitationsFrom(DocumentSymbol.Parse("A/RES/62/42")).Count);
        Assert.Equal(both, store.CitationsOf(DocumentSymbol.Parse("A/RES/61/78")));
        Assert.Empty(store.CitationsBehind(graph.Edges.First(e => e.Inferred)));

        // Every stored citation is the citation the pipeline read.
        var read = CorpusPipeline.Run([TestPaths.Seeds]).Citations.ToList();
        Assert.Equal(read, store.AllCitations().Select(c => c.Citation));
    }

    [Fact]
    public void The_store_keeps_each_file_with_its_identity_and_each_build_as_a_run()
    {
        Build(TestPaths.Seeds);
        using var store = LineageStore.Open(StorePath);
        var document = Assert.Single(store.Documents(DocumentSymbol.Parse("A/RES/62/42")));
        Assert.Equal(TestPaths.Seed, document.Path);
        Assert.Equal(Language.Chinese, document.Language);
        Assert.Equal(new DateOnly(2007, 12, 5), document.Date);
        Assert.Equal("text", document.Format);
        Assert.Equal(new FileInfo(TestPaths.Seed).Length, document.Size);
        Assert.Equal(File.GetLastWriteTimeUtc(TestPaths.Seed), document.ModifiedUtc);
        Assert.Equal(Convert.ToHexStringLower(System.IO.Hashing.XxHash128.Hash(File.ReadAllBytes(TestPaths.Seed))), document.ContentHash);
        Assert.Equal(30, document.CitationCount);
        var run = Assert.Single(store.Runs());
        Assert.Equal(RuleSetVersion(), run.RuleSetVersion);
        Assert.Equal((1, 1, 30, 37, 49, 12), (run.Files, run.New, run.Citations, run.Nodes, run.Edges, run.InferredEdges));
    }

    [Fact]
    public async Task A_rerun_reads_only_what_changed_and_ends_with_the_rows_of_a_fresh_build()
    {
        string input = Path.Combine(_folder, "in");
        var files = SeedCopies.Write(input, 4);
        var first = Build(input);
        Assert.Equal((0, 4, 0, 0), (first.Unchanged, first.New, first.Changed, first.Removed));

        var again = Build(input);
        Assert.Equal("4 unchanged, 0 new, 0 changed, 0 removed", again.ChangeSummary);
        Assert.Null(again.Reason);
        Assert.Equal(await ExportBytes(first.Graph, "graphml"), await ExportBytes(again.Graph, "graphml"));
        Assert.Equal(first.Files, again.Files);

        // Every modification time new, no content changed: nothing is read again, the graph is the same.
        foreach (string file in files)
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1));
        }

        var touched = Build(input);
        Assert.Equal("4 unchanged, 0 new, 0 changed, 0 removed", touched.ChangeSummary);
        Assert.Equal(await ExportBytes(first.Graph, "graphml"), await ExportBytes(touched.Graph, "graphml"));

        // A new modification time alone: the hash shows the content is the same.
        File.SetLastWriteTimeUtc(files[0], DateTime.UtcNow.AddMinutes(5));
        Assert.Equal("4 unchanged, 0 new, 0 changed, 0 removed", Build(input).ChangeSummary);

        File.WriteAllText(files[1], SeedCopies.Renumber(File.ReadAllText(TestPaths.Seed), 150));
        File.Delete(files[2]);
        SeedCopies.Write(input, 1, first: 200);
        var changed = Build(input);
        Assert.Equal("2 unchanged, 1 new, 1 changed, 1 removed", changed.ChangeSummary);

        string fresh = Path.Combine(_folder, "fresh.db");
        using (var store = LineageStore.OpenOrCreate(fresh))
        {
            StoreBuild.Run(store, [input]);
        }

        Assert.Equal(StoreRows.Dump(fresh), StoreRows.Dump(StorePath));
        Assert.Null(CorpusPipeline.Run([input]).Graph.Find(DocumentSymbol.Parse("A/RES/62/102")));
        Assert.NotNull(changed.Graph.Find(DocumentSymbol.Parse("A/RES/62/150")));
    }

    [Fact]
    public void A_rerun_walks_the_folders_as_the_loader_does_and_finds_every_stored_file_unchanged()
    {
        // A rerun walks the folders itself (one look at each file's metadata); it must find what the loader finds:
        // nested folders in ordinal order, no dot entries, a file named twice (directly and in its folder) once, a
        // relative folder as given, a missing path reported (and then nothing removed).
        string input = Path.Combine(_folder, "in");
        SeedCopies.Write(Path.Combine(input, "b"), 2, first: 110);
        SeedCopies.Write(Path.Combine(input, "a", "deep"), 2, first: 120);
        SeedCopies.Write(Path.Combine(input, ".hidden"), 1, first: 130);
        File.Copy(TestPaths.Seed, Path.Combine(input, ".A_RES_62_42.zh.txt"));
        string named = SeedCopies.Write(input, 1, first: 140)[0];
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, input);
        var runs = new (string What, string[] Paths)[]
        {
            ("the folder", [input]),
            ("the folder with a trailing separator", [input + Path.DirectorySeparatorChar]),
            ("a file named, then its folder", [named, input]),
            ("the folder, then a file in it", [input, named]),
            ("the folder given relative", [relative]),
        };

        foreach (var (what, paths) in runs)
        {
            var loader = new Lineage.Documents.DocumentLoader();
            var expected = loader.Discover(paths).Select(f => f.Path).ToList();
            string db = Path.Combine(_folder, $"walk-{Array.IndexOf(runs, (what, paths))}.db");
            using var store = LineageStore.OpenOrCreate(db);
            var first = StoreBuild.Run(store, paths);
            var again = StoreBuild.Run(store, paths);
            Assert.True(expected.SequenceEqual(again.Files.Select(f => f.Path)), what);
            Assert.True(again.ChangeSummary == $"{expected.Count} unchanged, 0 new, 0 changed, 0 removed", $"{what}: {again.ChangeSummary}");
            Assert.Equal(first.Files.Select(f => f.Path), again.Files.Select(f => f.Path));
        }

        using (var store = LineageStore.OpenOrCreate(Path.Combine(_folder, "walk-0.db")))
        {
            var typo = StoreBuild.Run(store, [input, Path.Combine(_folder, "missing")]);
            Assert.Equal(DiagnosticCodes.FileNotFound, Assert.Single(typo.Diagnostics).Code);
            Assert.Equal(0, typo.Removed);
        }
    }

    [Fact]
    public void The_same_files_named_another_way_are_kept_under_the_new_spelling_not_read_again()
    {
        // seeds, then /home/me/Lineage/seeds, then ./x/../seeds: the same files. Each rerun keeps their rows (nothing
        // removed and read again) and the paths the store shows, the citations' file included, are those given last.
        string input = Path.Combine(_folder, "in");
        SeedCopies.Write(input, 3, first: 150);
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, input);
        string roundabout = Path.Combine(Path.GetDirectoryName(relative) ?? ".", "x", "..", Path.GetFileName(relative));
        using var store = LineageStore.OpenOrCreate(StorePath);
        var first = StoreBuild.Run(store, [input]);
        long citations = store.Scalar<long>("SELECT count(*) FROM citations");
        Assert.True(citations > 0);

        foreach (string spelling in new[] { relative, roundabout, input })
        {
            var again = StoreBuild.Run(store, [spelling]);

            Assert.True(again.ChangeSummary == $"{first.Files.Length} unchanged, 0 new, 0 changed, 0 removed", $"{spelling}: {again.ChangeSummary}");
            var stored = new List<string>();
            using (var command = store.Command("SELECT path FROM documents ORDER BY input_order"))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    stored.Add(reader.GetString(0));
                }
            }

            Assert.Equal(again.Files.Select(f => f.Path), stored);
            Assert.All(stored, path => Assert.StartsWith(spelling, path, StringComparison.Ordinal));
            Assert.Equal(citations, store.Scalar<long>("SELECT count(*) FROM citations"));
            Assert.Equal(0L, store.Scalar<long>("SELECT count(*) FROM citations c WHERE c.file NOT IN (SELECT path FROM documents)"));
        }
    }

    [Fact]
    public async Task The_graph_is_built_again_when_the_last_build_stopped_before_writing_it_or_the_input_order_changed()
    {
        string a = Path.Combine(_folder, "a");
        string b = Path.Combine(_folder, "b");
        SeedCopies.Write(a, 2);
        SeedCopies.Write(b, 2, first: 300);
        var first = Build(a, b);

        // As a build killed after its last file but before the graph: rows all there, graph tables not written.
        using (var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE store_info SET value = 'stale' WHERE key = 'graph'; DELETE FROM edges; DELETE FROM nodes;";
            command.ExecuteNonQuery();
        }

        var again = Build(a, b);
        Assert.Equal("4 unchanged, 0 new, 0 changed, 0 removed", again.ChangeSummary);
        Assert.Equal(await ExportBytes(first.Graph, "csv"), await ExportBytes(again.Graph, "csv"));
        using (var store = LineageStore.Open(StorePath))
        {
            Assert.Equal(await ExportBytes(first.Graph, "csv"), await ExportBytes(store.LoadGraph(), "csv"));
        }

        // The same files in another order: the graph follows the new order, as a fresh build would.
        var swapped = Build(b, a);
        Assert.Equal(await ExportBytes(CorpusPipeline.Run([b, a]).Graph, "graphml"), await ExportBytes(swapped.Graph, "graphml"));
        Assert.Equal(swapped.Files.Select(f => f.Path), CorpusPipeline.Run([b, a]).Outcomes.Select(o => o.Path));
    }

    [Fact]
    public void A_build_goes_through_while_a_reader_holds_the_store_open()
    {
        string input = Path.Combine(_folder, "in");
        SeedCopies.Write(input, 2);
        Build(input);
        using var reader = LineageStore.Open(StorePath);
        Assert.Equal(2, reader.Documents().Count);
        SeedCopies.Write(input, 1, first: 400);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal("2 unchanged, 1 new, 0 changed, 0 removed", Build(input).ChangeSummary);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"the build waited {clock.Elapsed} for the reader");
        Assert.Equal(3, reader.Documents().Count);
    }

    [Fact]
    public void A_new_rule_set_version_reads_every_file_again_and_says_why()
    {
        string input = Path.Combine(_folder, "in");
        SeedCopies.Write(input, 2);
        Build(input);
        using (var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE store_info SET value = '2000.01.01.1' WHERE key = 'ruleset_version'";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var again = Build(input);
        Assert.Equal("0 unchanged, 2 new, 0 changed, 0 removed", again.ChangeSummary);
        Assert.Contains("rule set 2000.01.01.1", again.Reason, StringComparison.Ordinal);
        Assert.Equal(2, StoreRows.Count(StorePath, "documents"));
    }

    [Fact]
    public void A_first_build_written_without_checking_foreign_keys_leaves_none_broken_and_checks_them_after()
    {
        // A first build writes only new rows and turns the checks off while it does; the rows must hold them all, and a
        // second build over a changed folder (deletes, rewrites) runs with them on.
        Build(TestPaths.Seeds);
        using (var store = LineageStore.Open(StorePath))
        {
            using var check = store.Command("PRAGMA foreign_key_check");
            using var reader = check.ExecuteReader();
            Assert.False(reader.Read());
        }

        using (var store = LineageStore.OpenOrCreate(StorePath))
        {
            StoreBuild.Run(store, [TestPaths.Seeds]);
            Assert.Equal(1L, store.Scalar<long>("PRAGMA foreign_keys"));
        }
    }

    [Theory]
    [InlineData("what a document cites (CitationsFrom)", "SELECT c.seq FROM citation_rows c JOIN documents d ON d.id = c.document_id WHERE d.symbol = 'A/RES/62/42' AND c.source = 'A/RES/62/42'")]
    [InlineData("the citations behind an edge (CitationsBehind)", "SELECT c.seq FROM citation_rows c JOIN documents d ON d.id = c.document_id WHERE d.symbol = 'A/RES/62/42' AND c.source = 'A/RES/62/42' AND c.target = 'A/RES/61/78'")]
    [InlineData("what cites a document (the README's query, through the view)", "SELECT source, relation, file, line, sentence FROM citations WHERE target = 'A/RES/61/78'")]
    [InlineData("what the citations say of a node (the graph update)", "SELECT date, subject FROM citation_rows WHERE target = 'A/RES/61/78' AND source <> 'A/RES/61/78'")]
    public void Citations_by_source_or_target_are_found_through_an_index_not_a_scan(string question, string sql)
    {
        // Schema 4 has no index by source: a document's citations are its rows, reached through documents(symbol).
        Build(TestPaths.Seeds);
        using var store = LineageStore.Open(StorePath);
        using var command = store.Command("EXPLAIN QUERY PLAN " + sql);
        using var reader = command.ExecuteReader();
        var plan = new List<string>();
        while (reader.Read())
        {
            plan.Add(reader.GetString(3));
        }

        Assert.True(plan.Count > 0, question);
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN c", StringComparison.Ordinal) || step.StartsWith("SCAN citation_rows", StringComparison.Ordinal));
        Assert.Contains(plan, step => step.StartsWith("SEARCH c", StringComparison.Ordinal) || step.StartsWith("SEARCH citation_rows", StringComparison.Ordinal));
    }

    [Fact]
    public void The_citations_view_spells_out_the_codes_the_rows_keep_as_the_JSONL_does()
    {
        // citation_rows keeps kind, organ, relation, site, anchor site and method as numbers, file and language as NULL
        // when they are the document's: the view gives them back as text, the values of the JSONL contract.
        Build(TestPaths.Seeds);
        using var store = LineageStore.Open(StorePath);
        var expected = store.AllCitations().Select(stored =>
        {
            var c = stored.Citation;
            return string.Join("|", Lineage.Serialization.CitationJsonWriter.Token(c.Target.Kind), Lineage.Serialization.CitationJsonWriter.Token(c.Target.Organ),
                c.Relation.ToToken(), c.Site.KindToken, c.Anchor?.KindToken, c.Language.ToCode(), c.Method == CitationMethod.Markup ? "markup" : "text", c.Span.File);
        }).ToList();
        using var command = store.Command("SELECT v.kind, v.organ, v.relation, v.site, v.anchor_site, v.language, v.method, v.file FROM citations v JOIN documents d ON d.id = v.document_id ORDER BY d.input_order, v.seq");
        using var reader = command.ExecuteReader();
        var actual = new List<string>();
        while (reader.Read())
        {
            actual.Add(string.Join("|", Enumerable.Range(0, 8).Select(i => reader.IsDBNull(i) ? null : reader.GetString(i))));
        }

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
        using var codes = store.Command("SELECT typeof(kind), typeof(relation), typeof(file) FROM citation_rows LIMIT 1");
        using var row = codes.ExecuteReader();
        Assert.True(row.Read());
        Assert.Equal(["integer", "integer", "null"], new[] { row.GetString(0), row.GetString(1), row.GetString(2) });
    }

    [Fact]
    public void A_store_of_another_schema_version_is_refused_with_what_to_do()
    {
        Build(TestPaths.Seeds);
        using (var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99";
            command.ExecuteNonQuery();
        }

        var e = Assert.Throws<StoreException>(() => LineageStore.Open(StorePath));
        Assert.Equal(DiagnosticCodes.StoreSchemaMismatch, e.Code);
        Assert.Contains("schema version 99", e.Message, StringComparison.Ordinal);
        Assert.Contains("--rebuild", e.Message, StringComparison.Ordinal);
        Assert.Throws<StoreException>(() => LineageStore.OpenOrCreate(StorePath));
    }

    [Fact]
    public void A_file_that_is_not_a_Lineage_store_is_refused()
    {
        string other = Path.Combine(_folder, "other.db");
        using (var connection = new SqliteConnection($"Data Source={other};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE t (x)";
            command.ExecuteNonQuery();
        }

        Assert.Equal(DiagnosticCodes.StoreNotLineage, Assert.Throws<StoreException>(() => LineageStore.Open(other)).Code);

        string text = Path.Combine(_folder, "text.db");
        File.WriteAllText(text, "not a database at all, just text that is long enough to look like a header of one");
        Assert.Equal(DiagnosticCodes.StoreNotLineage, Assert.Throws<StoreException>(() => LineageStore.Open(text)).Code);
        Assert.Equal(DiagnosticCodes.FileNotFound, Assert.Throws<StoreException>(() => LineageStore.Open(Path.Combine(_folder, "none.db"))).Code);
    }

    private static string RuleSetVersion() => Lineage.Extraction.RuleSetVersion.Current;

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static List<string> Paths(ChainResult chain) =>
        [.. chain.Paths.Select(p => string.Join(" ", p.Select(n => n.Symbol.Canonical)))];

    private static async Task<byte[]> ExportBytes(CitationGraph graph, string format)
    {
        string folder = Directory.CreateTempSubdirectory("lineage-store-export-").FullName;
        try
        {
            var files = await ExporterCatalog.WriteFilesAsync(graph, ExporterCatalog.Default.Get(format), folder, "lineage", TestContext.Current.CancellationToken);
            return [.. files.Order(StringComparer.Ordinal).SelectMany(File.ReadAllBytes)];
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
