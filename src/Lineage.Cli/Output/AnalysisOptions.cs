using System.Collections.Immutable;
using System.CommandLine;
using Lineage.Analysis;
using Lineage.Graph;
using Lineage.Model;
using Lineage.Store;

namespace Lineage.Cli.Output;

/// <summary>
/// What the analysis commands (chain, ancestors, descendants, series, rank, check, timeline) share: the corpus paths
/// (default <c>seeds/</c>) read through <see cref="CorpusPipeline"/>, <c>--format</c>, <c>--relation</c>,
/// <c>--depth</c>, <c>--parts-as-works</c>, <c>--no-inferred</c>, and reading a symbol as typed.
/// </summary>
internal sealed class AnalysisOptions
{
    public const string DefaultCorpus = "seeds";

    private readonly string _defaultRelations;

    public AnalysisOptions(string defaultRelations = "recalls")
    {
        _defaultRelations = defaultRelations;
        Relation = new Option<string>("--relation", "-r")
        {
            Description = "Citation kinds to follow, comma-separated (recalls, reaffirms, notes, takes_note, welcomes, … or all)",
            DefaultValueFactory = _ => _defaultRelations,
        };
    }

    public InputOptions Inputs { get; } = new();

    public Option<string> Format { get; } = new("--format", "-f")
    {
        Description = "Output: table (default), json, csv or markdown",
        DefaultValueFactory = _ => "table",
    };

    public Option<string> Relation { get; }

    public Option<int?> Depth { get; } = new("--depth", "-d")
    {
        Description = "Follow at most this many citation steps",
    };

    public Option<bool> PartsAsWorks { get; } = new("--parts-as-works")
    {
        Description = "Count a citation of a part (A/RES/49/75E) as a citation of its work (A/RES/49/75)",
    };

    public Option<bool> NoInferred { get; } = new("--no-inferred")
    {
        Description = "Ignore links inferred from the order of a list (follow only citations read)",
    };

    /// <summary>Adds the paths argument (optional, after any argument already added) and the shared options.</summary>
    public void AddTo(Command command, bool depth = true, bool relation = true, bool partsAsWorks = true, bool inferred = true)
    {
        Inputs.Paths.Description = $"Files or folders to read the corpus from (default: {DefaultCorpus}/)";
        Inputs.AddTo(command, pathsOptional: true, store: true);
        command.Options.Add(Format);
        if (relation)
        {
            command.Options.Add(Relation);
        }

        if (depth)
        {
            command.Options.Add(Depth);
        }

        if (partsAsWorks)
        {
            command.Options.Add(PartsAsWorks);
        }

        if (inferred)
        {
            command.Options.Add(NoInferred);
        }
    }

    /// <summary>Format and relations from the command line; false (with a message on standard error) when one is wrong.</summary>
    public bool TryRead(ParseResult parse, TextWriter error, out OutputFormat format, out ImmutableHashSet<Relation> relations)
    {
        relations = [];
        if (!ReportWriter.TryParse(parse.GetValue(Format), out format))
        {
            error.WriteLine($"lineage: unknown format '{parse.GetValue(Format)}' (known: table, json, csv, markdown)");
            return false;
        }

        if (parse.GetValue(Depth) is < 0)
        {
            error.WriteLine("lineage: --depth must be 0 or more");
            return false;
        }

        string text = parse.GetValue(Relation) ?? _defaultRelations;
        var set = ImmutableHashSet.CreateBuilder<Relation>();
        foreach (string token in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (string.Equals(token, "all", StringComparison.OrdinalIgnoreCase))
            {
                set.UnionWith(Enum.GetValues<Relation>().Where(r => r != Model.Relation.PartOf));
            }
            else if (RelationTokens.TryParse(token, out var relation))
            {
                set.Add(relation);
            }
            else
            {
                error.WriteLine($"lineage: unknown relation '{token}' (known: all, {string.Join(", ", Enum.GetValues<Relation>().Select(r => r.ToToken()))})");
                return false;
            }
        }

        if (set.Count == 0)
        {
            error.WriteLine("lineage: --relation names no relation");
            return false;
        }

        relations = set.ToImmutable();
        return true;
    }

    /// <summary>
    /// The graph: from the store (<c>--db</c> or a <c>.db</c> path), else read from the paths (default <c>seeds/</c>);
    /// diagnostics go to standard error. Null (code set) when the options are wrong.
    /// </summary>
    public CitationGraph? Load(ParseResult parse, CliContext context, out int code, CancellationToken cancellationToken, bool mentions = false) =>
        Inputs.LoadGraph(parse, context, [DefaultCorpus], out code, cancellationToken, mentions: mentions);

    /// <summary>
    /// The graph one document's question needs: from a store, only what the symbol reaches upstream (or downstream)
    /// along <paramref name="relations"/>; from files, the whole graph. Null (code set) when it cannot be loaded.
    /// </summary>
    /// <remarks>
    /// Given the <paramref name="chain"/> the graph is for, a store loads only the steps its walk takes
    /// (<see cref="GraphScope.ForChain"/>); without <paramref name="fileFacts"/>, not what the files say of each document
    /// (<see cref="GraphScope.FileFacts"/>: the exports carry it, the reports do not).
    /// </remarks>
    public CitationGraph? LoadAround(ParseResult parse, CliContext context, string? symbolText, bool upstream, ImmutableHashSet<Relation> relations, out int code, CancellationToken cancellationToken, ChainOptions? chain = null, bool fileFacts = true)
    {
        GraphScope? scope = !TryParseSymbol(symbolText, out var symbol) ? null
            : chain is not null ? GraphScope.ForChain(symbol, chain)
            : new GraphScope(symbol, upstream, relations, !parse.GetValue(NoInferred)) { FollowedEdgesOnly = true };
        scope = scope is null ? null : scope with { FileFacts = fileFacts };

        if (scope is null && Inputs.TryGetStore(parse, TextWriter.Null, out string? store) && store is not null)
        {
            // Not a symbol: FindSymbol says so; nothing needs loading.
            code = ExitCodes.Ok;
            return new CitationGraphBuilder().Build();
        }

        return Inputs.LoadGraph(parse, context, [DefaultCorpus], out code, cancellationToken, scope);
    }

    /// <summary>
    /// A symbol as a user types it: canonical (<c>A/RES/62/42</c>, <c>A/RES/49/75 E</c>, <c>S/RES/1540(2004)</c>) or as
    /// printed in a General Assembly text (<c>62/42</c>, <c>49/75 E</c>, <c>2373 (XXII)</c>).
    /// </summary>
    public static bool TryParseSymbol(string? text, out DocumentSymbol symbol)
    {
        symbol = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (DocumentSymbol.TryParse(text, out symbol) && symbol.Kind != SymbolKind.Document)
        {
            return true;
        }

        if (SymbolGrammar.TryParseReference(PartLetterSpacing(text), new ReferenceContext(Organ.GeneralAssembly), out var printed))
        {
            symbol = printed;
            return true;
        }

        return DocumentSymbol.TryParse(text, out symbol);
    }

    /// <summary>Reads the symbol argument and finds it in the graph; writes the reason and returns null when it cannot.</summary>
    public static DocumentSymbol? FindSymbol(string? text, CitationGraph graph, TextWriter error, out int code)
    {
        code = ExitCodes.Ok;
        if (!TryParseSymbol(text, out var symbol))
        {
            error.WriteLine($"lineage: '{text}' is not a UN document symbol (try A/RES/62/42, 62/42 or 49/75 E)");
            code = ExitCodes.Usage;
            return null;
        }

        if (graph.Find(symbol) is null)
        {
            error.WriteLine(DiagnosticCatalogue.Create(DiagnosticCodes.SymbolNotInGraph, LineageCli.Name,
                Messages.Format(Messages.SymbolNotInGraph, symbol, graph.Nodes.Count(n => n.InCorpus), graph.NodeCount)).ToString());
            code = ExitCodes.NotFound;
            return null;
        }

        return symbol;
    }

    /// <summary>"49/75E" typed without the space is read like "49/75 E".</summary>
    private static string PartLetterSpacing(string text)
    {
        string trimmed = text.Trim();
        int slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        int end = trimmed.Length;
        while (end > 0 && char.IsAsciiLetterUpper(trimmed[end - 1]))
        {
            end--;
        }

        return slash > 0 && end > slash + 1 && end < trimmed.Length && char.IsAsciiDigit(trimmed[end - 1]) && trimmed.Length - end <= 2
            ? trimmed[..end] + " " + trimmed[end..]
            : trimmed;
    }
}
