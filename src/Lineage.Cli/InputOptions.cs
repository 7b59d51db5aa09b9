using System.CommandLine;
using System.Text;
using Lineage.Documents;
using Lineage.Extraction;
using Lineage.Graph;
using Lineage.Model;
using Lineage.Pipeline;
using Lineage.Store;

namespace Lineage.Cli;

/// <summary>
/// The options every command that reads resolutions shares: paths, <c>--lang</c>, <c>--encoding</c>, <c>--strict</c>;
/// and, for the commands that only need the graph, <c>--db</c> (or a <c>.db</c> file among the paths) to load it
/// from a store instead of reading files.
/// </summary>
internal sealed class InputOptions
{
    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = "Files or folders (read recursively): .txt, .md, .pdf, .html, AKN4UN .xml",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string?> Languages { get; } = new("--lang")
    {
        Description = "Rule sets to use, comma-separated (ar,en,es,fr,ru,zh); default all",
    };

    public Option<string?> Encoding { get; } = new("--encoding")
    {
        Description = "Encoding of text files when not UTF-8/UTF-16 with BOM (gb18030, big5, windows-1251, koi8-r, windows-1256, windows-1252)",
    };

    public Option<bool> Strict { get; } = new("--strict")
    {
        Description = "Treat warnings as errors (exit code 2)",
    };

    public Option<string?> Db { get; } = new("--db")
    {
        Description = "Load the graph from a store written by `lineage build` (DIR/lineage.db) instead of reading files; a .db path among the paths does the same",
    };

    /// <summary>Adds the paths argument and the shared options; with <paramref name="store"/>, also <c>--db</c> (the paths then become optional).</summary>
    public void AddTo(Command command, bool pathsOptional = false, bool store = false)
    {
        if (pathsOptional || store)
        {
            Paths.Arity = ArgumentArity.ZeroOrMore;
        }

        command.Arguments.Add(Paths);
        command.Options.Add(Languages);
        command.Options.Add(Encoding);
        command.Options.Add(Strict);
        if (store)
        {
            command.Options.Add(Db);
        }
    }

    /// <summary>
    /// The store the command line names (<c>--db FILE</c>, or one <c>.db</c> path), or null when it names files to
    /// read. False (with a message) when it names a store and files at once, or more than one store.
    /// </summary>
    public bool TryGetStore(ParseResult parse, TextWriter error, out string? store)
    {
        string[] paths = parse.GetValue(Paths) ?? [];
        var stores = paths.Where(IsStorePath).ToList();
        if (parse.GetValue(Db) is { Length: > 0 } db)
        {
            stores.Insert(0, db);
        }

        store = stores.FirstOrDefault();
        if (stores.Count > 1 || (store is not null && paths.Any(p => !IsStorePath(p))))
        {
            error.WriteLine("lineage: give one store (--db FILE or a .db path) or files and folders to read, not both");
            return false;
        }

        return true;
    }

    /// <summary>A path that names a store: a file ending in <c>.db</c>.</summary>
    public static bool IsStorePath(string path) => path.EndsWith(".db", StringComparison.OrdinalIgnoreCase) && !Directory.Exists(path);

    /// <summary>
    /// The citation graph: from the store the command line names (all of it, or the part <paramref name="scope"/>
    /// needs), else read from the paths (<paramref name="defaultPaths"/> when none are given). Diagnostics go to
    /// standard error. Null (code set) when the options are wrong or the store cannot be used.
    /// </summary>
    public CitationGraph? LoadGraph(ParseResult parse, CliContext context, string[] defaultPaths, out int code, CancellationToken cancellationToken, GraphScope? scope = null, bool mentions = false)
    {
        code = ExitCodes.Ok;
        if (!TryGetStore(parse, context.Error, out string? storePath))
        {
            code = ExitCodes.Usage;
            return null;
        }

        if (storePath is not null)
        {
            try
            {
                using var store = LineageStore.Open(storePath);
                if (scope is null)
                {
                    return store.LoadGraph(mentions);
                }

                if (!store.Contains(scope.Root))
                {
                    var (nodes, read) = store.NodeCounts();
                    context.Error.WriteLine(DiagnosticCatalogue.Create(DiagnosticCodes.SymbolNotInGraph, storePath, Messages.Format(Messages.SymbolNotInGraph, scope.Root, read, nodes)).ToString());
                    code = ExitCodes.NotFound;
                    return null;
                }

                return store.LoadGraph(scope, mentions);
            }
            catch (StoreException e)
            {
                context.Error.WriteLine(e.ToString());
                code = ExitCodes.InputErrors;
                return null;
            }
        }

        var options = ToPipelineOptions(parse, context.Error);
        if (options is null)
        {
            code = ExitCodes.Usage;
            return null;
        }

        string[] paths = parse.GetValue(Paths) is { Length: > 0 } given ? given : defaultPaths;
        if (paths.Length == 0)
        {
            context.Error.WriteLine("lineage: give files or folders to read, or a store (--db FILE)");
            code = ExitCodes.Usage;
            return null;
        }

        var result = CorpusPipeline.Run(paths, options, cancellationToken: cancellationToken);
        code = Report(result.AllDiagnostics, context.Error, parse.GetValue(Strict));
        return result.Graph;
    }

    /// <summary>Builds pipeline options from the parsed command line; null (with a message) when an option is wrong.</summary>
    public PipelineOptions? ToPipelineOptions(ParseResult parse, TextWriter error)
    {
        // Every language (no --lang): the extractor PipelineOptions.Default builds when first asked for. A run can then
        // build it beside its first files (CorpusPipeline.Stream), and a store's rerun with nothing to read builds none.
        ExtractorBuilder? builder = null;
        string? languages = parse.GetValue(Languages);
        if (!string.IsNullOrWhiteSpace(languages))
        {
            builder = new ExtractorBuilder();
            foreach (string token in languages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var ruleSet = ExtractorBuilderExtensions.BuiltInRuleSets.FirstOrDefault(r => string.Equals(r.Name, token, StringComparison.OrdinalIgnoreCase));
                if (ruleSet is null)
                {
                    error.WriteLine($"lineage: unknown language '{token}' (known: {string.Join(", ", ExtractorBuilderExtensions.BuiltInRuleSets.Select(r => r.Name))})");
                    return null;
                }

                builder.Use(ruleSet);
            }
        }

        Encoding? encoding = null;
        string? encodingName = parse.GetValue(Encoding);
        if (!string.IsNullOrWhiteSpace(encodingName) && !Documents.Encodings.TextDecoder.TryGetEncoding(encodingName, out encoding))
        {
            error.WriteLine($"lineage: unknown encoding '{encodingName}' (try gb18030, big5, windows-1251, koi8-r, windows-1256, windows-1252, utf-16le)");
            return null;
        }

        var options = PipelineOptions.Default with { Reader = ReaderOptions.Default with { Encoding = encoding } };
        return builder is null ? options : options with { Extractor = builder.Build() };
    }

    /// <summary>
    /// Writes warnings and errors to standard error, one line each; returns the exit code they call for. A file with an
    /// error gets only its errors: the warnings that led up to it (a guessed encoding, a missing end-of-file marker) are
    /// about text that is not used, and one problem is one line (issue 13).
    /// </summary>
    public static int Report(IEnumerable<Diagnostic> diagnostics, TextWriter error, bool strict)
    {
        int code = ExitCodes.Ok;
        var list = diagnostics.ToList();
        var failed = list.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.File).ToHashSet(StringComparer.Ordinal);
        foreach (var diagnostic in list)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Info
                || (diagnostic.Severity == DiagnosticSeverity.Warning && failed.Contains(diagnostic.File)))
            {
                continue;
            }

            error.WriteLine(diagnostic.ToString());
            if (diagnostic.Severity == DiagnosticSeverity.Error || (strict && diagnostic.Severity == DiagnosticSeverity.Warning))
            {
                code = ExitCodes.InputErrors;
            }
        }

        return code;
    }
}
