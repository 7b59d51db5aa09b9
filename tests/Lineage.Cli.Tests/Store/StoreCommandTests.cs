using System.Diagnostics;
using System.Text.RegularExpressions;
using Lineage.Model;
using Lineage.Pipeline;
using Lineage.Serialization;
using Microsoft.Data.Sqlite;

namespace Lineage.Cli.Tests.Store;

/// <summary><c>lineage build</c> into a store, the analysis commands on <c>--db</c>, the README's SQL (issue 10).</summary>
public sealed partial class StoreCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lineage-store-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, true);

    private string Out => Path.Combine(_folder, "graphs");

    private string Db => Path.Combine(Out, "lineage.db");

    [Fact]
    public async Task Build_writes_the_store_beside_the_exports_and_a_rerun_reads_nothing_again()
    {
        var (code, output, error) = await CliRunner.RunAsync("build", TestPaths.Seeds, "--out", Out);
        Assert.Equal(0, code);
        Assert.Contains("Files: 0 unchanged, 1 new, 0 changed, 0 removed", output, StringComparison.Ordinal);
        Assert.Contains($"Wrote {Db}", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Out, "lineage.graphml")));
        Assert.False(File.Exists(Db + "-wal"), "the store is handed on as one file");
        Assert.DoesNotContain("error", error, StringComparison.Ordinal);

        (code, output, _) = await CliRunner.RunAsync("build", TestPaths.Seeds, "--out", Out);
        Assert.Equal(0, code);
        Assert.Contains("Files: 1 unchanged, 0 new, 0 changed, 0 removed", output, StringComparison.Ordinal);
        Assert.Contains("Chain of A/RES/62/42: 49/75 E → 50/70 P", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("graphml")]
    [InlineData("csv")]
    [InlineData("cytoscape")]
    public async Task A_chain_from_the_store_reports_and_exports_what_the_chain_from_the_files_does(string format)
    {
        // From the store the chain loads only its walk's steps, and, without --export, none of the files' facts.
        Assert.Equal(0, (await CliRunner.RunAsync("build", TestPaths.Seeds, "--out", Out)).ExitCode);
        string fromStore = Path.Combine(_folder, "from-store");
        string fromFiles = Path.Combine(_folder, "from-files");
        var stored = await CliRunner.RunAsync("chain", "62/42", "--db", Db, "--export", format, "--export-dir", fromStore);
        var read = await CliRunner.RunAsync("chain", "62/42", TestPaths.Seeds, "--export", format, "--export-dir", fromFiles);
        Assert.Equal(0, stored.ExitCode);
        Assert.Equal(read.Output.Replace(fromFiles, fromStore, StringComparison.Ordinal), stored.Output);
        Assert.Equal((await CliRunner.RunAsync("chain", "62/42", TestPaths.Seeds)).Output, (await CliRunner.RunAsync("chain", "62/42", "--db", Db)).Output);
        string[] files = Directory.GetFiles(fromFiles).Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(files);
        foreach (string file in files)
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(fromStore, Path.GetFileName(file))));
        }
    }

    [Fact]
    public async Task A_mistyped_path_is_reported_and_removes_nothing_from_the_store()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("build", TestPaths.Seeds, "--out", Out)).ExitCode);
        string graphml = await File.ReadAllTextAsync(Path.Combine(Out, "lineage.graphml"));

        var (code, output, error) = await CliRunner.RunAsync("build", TestPaths.Seeds + "z", "--out", Out);

        Assert.Equal(ExitCodes.InputErrors, code);
        Assert.Contains("error LIN0001", error, StringComparison.Ordinal);
        Assert.Contains("0 removed", output, StringComparison.Ordinal);
        Assert.Equal(graphml, await File.ReadAllTextAsync(Path.Combine(Out, "lineage.graphml")));
        var (_, chain, _) = await CliRunner.RunAsync("chain", "62/42", "--db", Db);
        Assert.Contains("49/75 E", chain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rerun_whose_graph_did_not_change_leaves_the_exports_as_written()
    {
        string input = Path.Combine(_folder, "in");
        Directory.CreateDirectory(input);
        File.Copy(Path.Combine(TestPaths.Seeds, "A_RES_62_42.zh.txt"), Path.Combine(input, "A_RES_62_42.zh.txt"));
        string graphml = Path.Combine(Out, "lineage.graphml");
        var (code, output, _) = await CliRunner.RunAsync("build", input, "--out", Out);
        Assert.Equal(0, code);
        Assert.Contains($"Wrote {graphml}", output, StringComparison.Ordinal);
        byte[] first = File.ReadAllBytes(graphml);
        var written = File.GetLastWriteTimeUtc(graphml);

        (code, output, _) = await CliRunner.RunAsync("build", input, "--out", Out);
        Assert.Equal(0, code);
        Assert.Contains($"Kept {graphml} (the graph did not change)", output, StringComparison.Ordinal);
        Assert.Equal(written, File.GetLastWriteTimeUtc(graphml));

        // Another format asked for, a file edited by hand, or a changed graph: written again.
        (code, output, _) = await CliRunner.RunAsync("build", input, "--out", Out, "--format", "graphml");
        Assert.Contains($"Wrote {graphml}", output, StringComparison.Ordinal);
        File.WriteAllText(graphml, "edited");
        (code, output, _) = await CliRunner.RunAsync("build", input, "--out", Out, "--format", "graphml");
        Assert.Contains($"Wrote {graphml}", output, StringComparison.Ordinal);
        Assert.Equal(first, File.ReadAllBytes(graphml));
        File.WriteAllText(Path.Combine(input, "A_RES_62_142.zh.txt"), File.ReadAllText(Path.Combine(input, "A_RES_62_42.zh.txt")).Replace("62/42. ", "62/142. ", StringComparison.Ordinal));
        (code, output, _) = await CliRunner.RunAsync("build", input, "--out", Out, "--format", "graphml");
        Assert.Equal(0, code);
        Assert.Contains($"Wrote {graphml}", output, StringComparison.Ordinal);
        Assert.NotEqual(first, File.ReadAllBytes(graphml));
    }

    [Fact]
    public async Task Build_with_format_none_writes_the_store_alone()
    {
        var (code, output, _) = await CliRunner.RunAsync("build", TestPaths.Seeds, "--out", Out, "--format", "none");
        Assert.Equal(0, code);
        Assert.Contains($"Wrote {Db}", output, StringComparison.Ordinal);
        Assert.Equal(["lineage.db"], Directory.GetFiles(Out).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("chain", "62/42")]
    [InlineData("chain", "62/42", "--format", "json", "--no-inferred")]
    [InlineData("chain", "49/75 E", "--parts-as-works")]
    [InlineData("ancestors", "62/42", "--relation", "all")]
    [InlineData("descendants", "49/75 E", "--parts-as-works")]
    [InlineData("series")]
    [InlineData("rank", "--per-decade")]
    [InlineData("check")]
    public async Task Analysis_commands_answer_the_same_from_the_store_without_reading_a_source_file(params string[] args)
    {
        // The store is built from a copy of the seed, and the copy deleted: --db must not need it.
        string input = Path.Combine(_folder, "in");
        Directory.CreateDirectory(input);
        string copy = Path.Combine(input, Path.GetFileName(TestPaths.Seed));
        File.Copy(TestPaths.Seed, copy);
        var (fromFiles, fromFilesOutput, _) = await CliRunner.RunAsync([.. args, input]);
        Assert.Equal(0, (await CliRunner.RunAsync("build", input, "--out", Out)).ExitCode);
        File.Delete(copy);

        var (code, output, error) = await CliRunner.RunAsync([.. args, "--db", Db]);
        Assert.Equal((fromFiles, string.Empty), (code, error));
        Assert.Equal(fromFilesOutput, output);
        var (pathCode, pathOutput, _) = await CliRunner.RunAsync([.. args, Db]);
        Assert.Equal((fromFiles, fromFilesOutput), (pathCode, pathOutput));
    }

    [Fact]
    public async Task Export_from_the_store_writes_the_same_files_as_from_the_files()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("build", TestPaths.Seeds, "--out", Out)).ExitCode);
        string a = Path.Combine(_folder, "a");
        string b = Path.Combine(_folder, "b");
        Assert.Equal(0, (await CliRunner.RunAsync("export", "gexf", "--db", Db, "--out", a)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync("export", "gexf", TestPaths.Seeds, "--out", b)).ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(b, "lineage.gexf")), File.ReadAllBytes(Path.Combine(a, "lineage.gexf")));

        var (code, _, error) = await CliRunner.RunAsync("export", "gexf", TestPaths.Seeds, "--db", Db, "--out", a);
        Assert.Equal(1, code);
        Assert.Contains("not both", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_symbol_the_store_does_not_hold_and_a_missing_store_are_reported()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("build", TestPaths.Seeds, "--out", Out)).ExitCode);
        var (code, _, error) = await CliRunner.RunAsync("chain", "99/99", "--db", Db);
        Assert.Equal(ExitCodes.NotFound, code);
        Assert.Equal($"{Db}: error LIN0015: A/RES/99/99 is neither read nor cited in the inputs (1 documents read, 37 in the graph)\n", error);

        (code, _, error) = await CliRunner.RunAsync("chain", "62/42", "--db", Path.Combine(_folder, "none.db"));
        Assert.Equal(2, code);
        Assert.Contains("LIN0001", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_builds_into_one_store_take_turns()
    {
        string input = Path.Combine(_folder, "in");
        SeedCopies.Write(input, 40);
        var builds = await Task.WhenAll(
            Task.Run(() => CliRunner.RunAsync("build", input, "--out", Out)),
            Task.Run(() => CliRunner.RunAsync("build", TestPaths.Seeds, "--out", Out)));
        Assert.All(builds, b => Assert.True(b.ExitCode == 0, b.Error));
        var documents = StoreRows.Dump(Db).Where(r => r.StartsWith("documents|", StringComparison.Ordinal)).ToList();
        Assert.True(documents.Count is 1 or 40, string.Join("\n", documents));
        Assert.Equal(2, StoreRows.Count(Db, "runs"));
    }

    [Fact]
    public async Task A_store_of_another_schema_version_is_refused_until_rebuilt()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("build", TestPaths.Seeds, "--out", Out)).ExitCode);
        using (var connection = new SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 0";
            command.ExecuteNonQuery();
        }

        var (code, _, error) = await CliRunner.RunAsync("chain", "62/42", "--db", Db);
        Assert.Equal(2, code);
        Assert.Contains($"{Db}: error LIN0051: this store has schema version 0", error, StringComparison.Ordinal);
        Assert.Contains("--rebuild", error, StringComparison.Ordinal);
        (code, _, error) = await CliRunner.RunAsync("build", TestPaths.Seeds, "--out", Out);
        Assert.Equal(2, code);
        Assert.Contains("LIN0051", error, StringComparison.Ordinal);

        (code, var output, _) = await CliRunner.RunAsync("build", TestPaths.Seeds, "--out", Out, "--rebuild");
        Assert.Equal(0, code);
        Assert.Contains("1 new", output, StringComparison.Ordinal);
        Assert.Equal(0, (await CliRunner.RunAsync("chain", "62/42", "--db", Db)).ExitCode);
    }

    [Fact]
    public async Task Extract_streams_the_same_lines_in_input_order_as_the_pipeline_reads()
    {
        string input = Path.Combine(_folder, "in");
        SeedCopies.Write(input, 12);
        var (code, output, _) = await CliRunner.RunAsync("extract", input, "--format", "jsonl");
        Assert.Equal(0, code);
        using var expected = new MemoryStream();
        CitationJsonWriter.WriteLines(CorpusPipeline.Run([input]).Citations, expected);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected.ToArray()), output);
        Assert.Equal(12 * 30, output.Count(c => c == '\n'));
    }

    [Fact]
    public async Task The_READMEs_chain_query_gives_the_seeds_chain_in_the_sqlite3_shell()
    {
        string sqlite3 = Requires.Tool("sqlite3");
        Assert.Equal(0, (await CliRunner.RunAsync("build", TestPaths.Seeds, "--out", Out)).ExitCode);
        var queries = ReadmeQueries();
        string chain = Sqlite3(sqlite3, queries["chain"]).Trim();
        Assert.Equal(
            "A/RES/49/75E → A/RES/50/70P → A/RES/51/45O → A/RES/52/38L → A/RES/53/77X → A/RES/54/54P → A/RES/55/33T → A/RES/56/24R → " +
            "A/RES/57/79 → A/RES/58/56 → A/RES/59/77 → A/RES/60/70 → A/RES/61/78 → A/RES/62/42", chain);

        string cites = Sqlite3(sqlite3, queries["cites"]);
        Assert.Contains("A/RES/62/42|recalls|", cites, StringComparison.Ordinal);
        Assert.Contains("A/RES/62/42|pursuant_to|", cites, StringComparison.Ordinal);
        string series = Sqlite3(sqlite3, queries["series"]);
        Assert.Equal(14, series.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith("A/RES/49/75E|1994-12-15", series, StringComparison.Ordinal);
        string decades = Sqlite3(sqlite3, queries["decades"]);
        Assert.Contains("1990|", decades, StringComparison.Ordinal);
        Assert.Contains("2000|", decades, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Python_reads_the_store_with_its_own_sqlite3_module()
    {
        Requires.Python();
        Assert.Equal(0, (await CliRunner.RunAsync("build", TestPaths.Seeds, "--out", Out)).ExitCode);
        const string script = """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            nodes = db.execute("SELECT count(*) FROM nodes").fetchone()[0]
            citations = db.execute("SELECT count(*) FROM citations").fetchone()[0]
            sentence, start, length = db.execute("SELECT sentence, sentence_start, sentence_length FROM citations WHERE target = 'A/RES/61/78' AND relation = 'recalls'").fetchone()
            print(nodes, citations, sentence[start:start + length].replace(" ", ""))
            """;
        var info = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(Db);
        using var process = Process.Start(info)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
        Assert.Equal("37 30 第61/78号决议", output.Trim());
    }

    [Fact]
    public async Task A_build_killed_midway_and_run_again_ends_with_the_rows_of_an_uninterrupted_build()
    {
        string input = Path.Combine(_folder, "in");
        SeedCopies.Write(input, 600);
        string whole = Path.Combine(_folder, "whole");
        Assert.Equal(0, (await CliRunner.RunAsync("build", input, "--out", whole)).ExitCode);

        // Killed once a first batch of files is committed, while the others are being read.
        using (var process = StartCli("build", input, "--out", Out))
        {
            var clock = Stopwatch.StartNew();
            while (!process.HasExited && DocumentRows(Db) == 0 && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(10, TestContext.Current.CancellationToken);
            }

            Assert.False(process.HasExited, "the build ended before it could be killed; give it more files");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        long kept = DocumentRows(Db);
        Assert.InRange(kept, 1, 599);
        Assert.Equal(0, StoreRows.Count(Db, "runs"));

        var (code, output, _) = await CliRunner.RunAsync("build", input, "--out", Out);
        Assert.Equal(0, code);
        Assert.Contains($"{kept} unchanged, {600 - kept} new", output, StringComparison.Ordinal);
        Assert.Equal(StoreRows.Dump(Path.Combine(whole, "lineage.db")), StoreRows.Dump(Db));
    }

    private static long DocumentRows(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            return StoreRows.Count(db, "documents");
        }
        catch (SqliteException)
        {
            return 0; // being created
        }
    }

    private static Process StartCli(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Lineage.Cli.dll"));
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private string Sqlite3(string sqlite3, string sql)
    {
        var info = new ProcessStartInfo(sqlite3) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("-readonly");
        info.ArgumentList.Add(Db);
        using var process = Process.Start(info)!;
        process.StandardInput.Write(sql);
        process.StandardInput.Close();
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0 && error.Length == 0, $"sqlite3 failed ({process.ExitCode}): {error}\n{sql}");
        return output;
    }

    /// <summary>The README's SQL blocks, each named by the comment on its first line (<c>-- chain: …</c>).</summary>
    private static Dictionary<string, string> ReadmeQueries()
    {
        string readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md"));
        var queries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in SqlBlock().Matches(readme))
        {
            queries[match.Groups["name"].Value] = match.Groups["sql"].Value;
        }

        return queries;
    }

    [GeneratedRegex(@"```sql\n(?<sql>-- (?<name>[a-z]+):.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();
}
