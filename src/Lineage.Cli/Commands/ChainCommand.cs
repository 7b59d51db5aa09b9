using System.CommandLine;
using System.Globalization;
using System.Text;
using Lineage.Analysis;
using Lineage.Cli.Output;
using Lineage.Export;
using Lineage.Graph;

namespace Lineage.Cli.Commands;

/// <summary><c>lineage chain SYMBOL [PATH...]</c>: the lineage of a resolution, every branch, inferred links marked.</summary>
internal static class ChainCommand
{
    /// <summary>Between two documents of a branch: a citation read, or a link inferred from the order of a list.</summary>
    public const string ReadArrow = " → ";

    public const string InferredArrow = " ⇢ ";

    public static Command Create(CliContext context)
    {
        var symbol = new Argument<string>("symbol") { Description = "The resolution: A/RES/62/42, 62/42, 49/75 E …" };
        var maxPaths = new Option<int>("--max-paths") { Description = "List at most this many branches", DefaultValueFactory = _ => ChainOptions.Default.MaxPaths };
        var export = new Option<string?>("--export") { Description = "Also write the lineage as a graph file in this format (graphml, gexf, cytoscape, dot, csv …)" };
        var exportDirectory = new Option<string>("--export-dir") { Description = "Folder for --export (default: the current folder)", DefaultValueFactory = _ => "." };
        var documents = new Option<bool>("--documents") { Description = "Follow citations of other documents (reports, letters) too, not only resolutions and decisions" };
        var options = new AnalysisOptions();
        var command = new Command("chain", "The lineage of a resolution: the path of citations back to its origin, every branch, inferred links marked");
        command.Arguments.Add(symbol);
        options.AddTo(command);
        command.Options.Add(maxPaths);
        command.Options.Add(export);
        command.Options.Add(exportDirectory);
        command.Options.Add(documents);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!options.TryRead(parse, context.Error, out var format, out var relations))
            {
                return ExitCodes.Usage;
            }

            IGraphExporter? exporter = null;
            if (parse.GetValue(export) is { } exportName && !ExporterCatalog.Default.TryGet(exportName, out exporter))
            {
                context.Error.WriteLine($"lineage: unknown export format '{exportName}' (known: {string.Join(", ", ExporterCatalog.Default.Names)})");
                return ExitCodes.Usage;
            }

            var chainOptions = new ChainOptions
            {
                Relations = relations,
                MaxDepth = parse.GetValue(options.Depth),
                PartsAsWorks = parse.GetValue(options.PartsAsWorks),
                IncludeInferred = !parse.GetValue(options.NoInferred),
                MaxPaths = Math.Max(1, parse.GetValue(maxPaths)),
                IncludeDocuments = parse.GetValue(documents),
            };
            var graph = options.LoadAround(parse, context, parse.GetValue(symbol), upstream: true, relations, out int code, cancellationToken, chainOptions, fileFacts: exporter is not null);
            if (graph is null)
            {
                return code;
            }

            if (AnalysisOptions.FindSymbol(parse.GetValue(symbol), graph, context.Error, out int found) is not { } root)
            {
                return Math.Max(code, found);
            }

            var chain = LineageChainAnalysis.Compute(graph, root, chainOptions)!;
            ReportWriter.Write(ToReport(chain), format, context.Output);
            if (exporter is not null)
            {
                string directory = parse.GetValue(exportDirectory)!;
                try
                {
                    foreach (string file in await ChainExport.WriteFilesAsync(chain, graph, exporter, directory, root.Canonical.Replace('/', '_') + ".chain", cancellationToken))
                    {
                        context.Error.WriteLine($"Wrote {file}");
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return WriteFailure.Report(context.Error, directory, exporter.Name, e);
                }
            }

            return code;
        });
        return command;
    }

    internal static Report ToReport(ChainResult chain)
    {
        string title = string.Create(CultureInfo.InvariantCulture,
            $"Lineage of {chain.Root.Symbol.ShortForm} ({chain.Root.Symbol}): {Cells.Count(chain.Nodes.Length, "document", "documents")}, {Cells.Count(chain.Links.Length, "link", "links")}, {Cells.Count(chain.Paths.Length, "branch", "branches")}");
        var report = new Report("chain", title)
            .Fact("root", chain.Root.Symbol.ToString())
            .Fact("documents", chain.Nodes.Length)
            .Fact("links", chain.Links.Length)
            .Fact("branches", chain.Paths.Length)
            .Fact("inferred_links", chain.Links.Count(l => l.Inferred));

        var table = report.Table("chain", "step", "symbol", "printed", "date", "follows", "title");
        int step = 0;
        var parentsOf = chain.Links.ToLookup(l => l.Citing);   // not ParentsOf per node: a scan of every link each time
        foreach (var node in chain.Nodes)
        {
            var parents = parentsOf[node].OrderBy(l => l.Cited, Chronology.Order)
                .Select(l => l.Cited.Symbol.ShortForm + (l.Inferred ? " (inferred)" : string.Empty)).ToList();
            table.Add(++step, node.Symbol.ToString(), node.Symbol.ShortForm, Cells.Day(node.Date), new ReportList(parents), node.Title);
        }

        var branches = report.Table("branches", "branch", "documents", "path");
        var inferred = chain.Links.Where(l => l.Inferred).Select(l => (l.Citing, l.Cited)).ToHashSet();
        int number = 0;
        foreach (var path in chain.Paths)
        {
            branches.Add(++number, path.Length, Path(path, inferred));
        }

        if (chain.Links.Any(l => l.Inferred))
        {
            var sources = chain.Links.Where(l => l.Inferred && l.Edge.InferredFrom is not null).Select(l => l.Edge.InferredFrom!.Value.ShortForm).Distinct().Order(StringComparer.Ordinal);
            report.Notes.Add($"⇢ a link inferred from the order of a list (in {string.Join(", ", sources)}), not a citation read; → a citation read.");
        }

        if (chain.Cut)
        {
            report.Notes.Add(chain.NodeLimitReached
                ? string.Create(CultureInfo.InvariantCulture, $"Cut at {chain.DepthReached} steps back: the next step would pass {ChainOptions.Default.MaxNodes} documents. Use --depth to choose.")
                : string.Create(CultureInfo.InvariantCulture, $"Cut at {chain.DepthReached} steps back (--depth); older documents are left out."));
        }

        if (chain.Truncated)
        {
            report.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"Only the first {chain.Paths.Length} branches are listed (--max-paths)."));
        }

        foreach (var edge in chain.CycleEdges)
        {
            report.Notes.Add($"Left out to break a citation loop: {edge.Source.Symbol.ShortForm} cites {edge.Target.Symbol.ShortForm} (see `lineage check`).");
        }

        return report;
    }

    /// <summary>"49/75 E (1994-12-15) ⇢ 50/70 P (1995-12-12) → 62/42 (2007-12-05)".</summary>
    internal static string Path(IReadOnlyList<DocumentNode> path, HashSet<(DocumentNode Citing, DocumentNode Cited)> inferred)
    {
        var text = new StringBuilder();
        for (int i = 0; i < path.Count; i++)
        {
            if (i > 0)
            {
                text.Append(inferred.Contains((path[i], path[i - 1])) ? InferredArrow : ReadArrow);
            }

            text.Append(Cells.Dated(path[i]));
        }

        return text.ToString();
    }
}
