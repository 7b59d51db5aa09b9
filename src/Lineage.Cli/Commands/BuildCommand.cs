using System.CommandLine;
using System.Globalization;
using Lineage.Analysis;
using Lineage.Cli.Progress;
using Lineage.Documents;
using Lineage.Export;
using Lineage.Graph;
using Lineage.Model;
using Lineage.Pipeline;
using Lineage.Store;

namespace Lineage.Cli.Commands;

/// <summary><c>lineage build PATH... --out graphs</c>: the main job. Reads, extracts, builds the graph, writes it, summarizes.</summary>
internal static class BuildCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new InputOptions();
        var output = new Option<string>("--out", "-o")
        {
            Description = "Folder to write the graph files into",
            DefaultValueFactory = _ => "graphs",
        };
        var formats = new Option<string>("--format")
        {
            Description = "Export formats, comma-separated (see `lineage export --help`), or none for the store alone",
            DefaultValueFactory = _ => "graphml,csv",
        };
        var name = new Option<string>("--name")
        {
            Description = "Base name of the files written",
            DefaultValueFactory = _ => "lineage",
        };
        var rebuild = new Option<bool>("--rebuild")
        {
            Description = "Start the store (OUT/lineage.db) afresh: read every file again, even one of another schema version",
        };
        var command = new Command("build", "Read resolutions, extract their citations, and write the store (lineage.db) and the citation graph");
        inputs.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(formats);
        command.Options.Add(name);
        command.Options.Add(rebuild);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = inputs.ToPipelineOptions(parse, context.Error);
            if (options is null)
            {
                return ExitCodes.Usage;
            }

            var exporters = new List<IGraphExporter>();
            foreach (string format in parse.GetValue(formats)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (string.Equals(format, "none", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (!ExporterCatalog.Default.TryGet(format, out var exporter))
                {
                    context.Error.WriteLine($"lineage: unknown format '{format}' (known: {string.Join(", ", ExporterCatalog.Default.Names)})");
                    return ExitCodes.Usage;
                }

                exporters.Add(exporter);
            }

            string directory = parse.GetValue(output)!;
            string storePath = Path.Combine(directory, StoreSchema.FileName);
            var written = new List<string>();
            var kept = new List<string>();
            int code;
            StoreBuildResult result;
            LineageStore store;
            try
            {
                store = LineageStore.OpenOrCreate(storePath, fresh: parse.GetValue(rebuild));
            }
            catch (StoreException e)
            {
                context.Error.WriteLine(e.ToString());
                return ExitCodes.InputErrors;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
            {
                return WriteFailure.Report(context.Error, storePath, "the store", e);
            }

            using (store)
            {
                try
                {
                    using var progress = ProgressDisplay.Create(context);
                    result = StoreBuild.Run(store, parse.GetValue(inputs.Paths)!, options, progress, cancellationToken);
                }
                catch (StoreException e)
                {
                    context.Error.WriteLine(e.ToString());
                    return ExitCodes.InputErrors;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
                {
                    return WriteFailure.Report(context.Error, storePath, "the store", e);
                }

                code = InputOptions.Report(result.AllDiagnostics, context.Error, parse.GetValue(inputs.Strict));
                written.Add(storePath);
                if (exporters.Count > 0)
                {
                    // The graph unchanged since the files were written, and the files as written: leave them be.
                    string wanted = ExportStamp.Key(exporters, directory, parse.GetValue(name)!);
                    if (ExportStamp.Unchanged(store.ExportStamp, wanted) is { } same)
                    {
                        kept.AddRange(same);
                    }
                    else
                    {
                        try
                        {
                            // One set: every format of this run, or none (issue 13).
                            var files = await ExporterCatalog.WriteFilesAsync(result.Graph, exporters, directory, parse.GetValue(name)!, cancellationToken);
                            written.AddRange(files);
                            store.SetExportStamp(ExportStamp.Of(wanted, files));
                        }
                        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                        {
                            code = WriteFailure.Report(context.Error, directory, string.Join(", ", exporters.Select(x => x.Name)), e);
                        }
                    }
                }
            }

            WriteSummary(result, storePath, written, kept, context.Output);
            return code;
        });
        return command;
    }

    /// <summary>The most chains the summary prints (those of the resolutions read in this build, in input order); more read, none printed.</summary>
    internal const int ChainsShown = 10;

    private static void WriteSummary(StoreBuildResult result, string storePath, List<string> written, List<string> kept, TextWriter output)
    {
        int read = result.Files.Count(f => f.Read);
        int failed = result.Files.Length - read;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Documents: {read} read{(failed > 0 ? $", {failed} failed" : string.Empty)}; citations: {result.Citations}"));
        if (result.Files.Select(f => f.Format).Distinct().Count() > 1 || failed > 0)
        {
            var summary = new ReadSummary();
            foreach (var file in result.Files)
            {
                summary.Add(file.Format == "none" ? "other" : file.Format, file.Read, file.Diagnostics);
            }

            foreach (string line in summary.Lines())
            {
                output.WriteLine("  " + line);
            }
        }

        output.WriteLine($"Files: {result.ChangeSummary}");
        if (result.Reason is not null)
        {
            output.WriteLine($"  every file read again: {result.Reason}");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Graph: {result.Nodes} nodes ({result.NodesRead} read, {result.Nodes - result.NodesRead} cited only), {result.Edges} edges ({result.InferredEdges} inferred)"));

        if (File.Exists(storePath))
        {
            WriteChains(result, storePath, output);
        }

        foreach (string file in written)
        {
            output.WriteLine($"Wrote {file}");
        }

        foreach (string file in kept)
        {
            output.WriteLine($"Kept {file} (the graph did not change)");
        }
    }

    /// <summary>
    /// The chains of the resolutions read now (of the first ones stored when none was), each loaded from the store with
    /// only its ancestors, when there are at most <see cref="ChainsShown"/>: a build of the whole record reads twenty thousand.
    /// </summary>
    private static void WriteChains(StoreBuildResult result, string storePath, TextWriter output)
    {
        using var store = LineageStore.Open(storePath);
        var resolutions = (result.Read.IsEmpty ? store.DocumentSymbols(4 * ChainsShown) : result.Read)
            .Where(s => s.Kind == SymbolKind.Resolution).Distinct().ToList();
        if (resolutions.Count > ChainsShown)
        {
            // A long lineage costs a second to load and walk: a build of many resolutions names the command instead.
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Chains: lineage chain SYMBOL --db {storePath} (the summary gives them when at most {ChainsShown} resolutions are read)"));
        }
        else if (resolutions.Count > 0)
        {
            foreach (var symbol in resolutions)
            {
                var graph = store.LoadGraph(new GraphScope(symbol, Upstream: true, ChainOptions.Default.Relations));
                var chain = LineageChainAnalysis.Compute(graph, symbol);
                if (chain is null || chain.Nodes.Length < 2)
                {
                    continue;
                }

                var longest = chain.Paths.OrderByDescending(p => p.Length).First();
                string branches = chain.Paths.Length > 1 ? $", {chain.Paths.Length} branches" : string.Empty;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Chain of {symbol}: {string.Join(" → ", longest.Select(n => n.Symbol.ShortForm))} ({longest.Length} documents{branches})"));
            }

        }
    }
}
