using System.Collections.Immutable;
using System.Globalization;
using Lineage.Graph;
using Lineage.Model;

namespace Lineage.Pipeline;

/// <summary>
/// What <see cref="StoreBuild.Run"/> did: the graph built from the store, every input file (read now or kept from
/// an earlier build), and how many files were unchanged, new, changed and removed.
/// </summary>
public sealed record StoreBuildResult
{
    private readonly Lazy<CitationGraph> _graph;

    /// <summary>A result whose graph is <paramref name="graph"/>.</summary>
    public StoreBuildResult(CitationGraph graph)
        : this(() => graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
    }

    /// <summary>A result whose graph <paramref name="load"/> gives when first asked for (a rebuild updates the stored graph without holding it all).</summary>
    internal StoreBuildResult(Func<CitationGraph> load) => _graph = new Lazy<CitationGraph>(load);

    /// <summary>
    /// The whole graph (loaded from the store when first asked for, unless the build held it already). Its edges carry
    /// their mention counts, not the mentions (as <see cref="Store.LineageStore.LoadGraph(bool)"/> without them gives
    /// it): ask the store with <c>mentions: true</c> for those.
    /// </summary>
    public CitationGraph Graph => _graph.Value;

    /// <summary>Nodes of the stored graph (read and cited only).</summary>
    public int Nodes { get; init; }

    /// <summary>Nodes read from a file.</summary>
    public int NodesRead { get; init; }

    /// <summary>Edges of the stored graph.</summary>
    public int Edges { get; init; }

    /// <summary>Edges inferred from the order of a list.</summary>
    public int InferredEdges { get; init; }

    /// <summary>How this build came by its graph: <c>kept</c> (nothing changed), <c>built</c> (from every stored row) or <c>updated</c> (only the rows the change reaches).</summary>
    internal string GraphStep { get; init; } = "built";

    /// <summary>The documents read in this build (new or changed files), in input order.</summary>
    public ImmutableArray<DocumentSymbol> Read { get; init; } = [];

    /// <summary>Every input file in input order, whether read in this build or kept from an earlier one.</summary>
    public required ImmutableArray<StoreFileOutcome> Files { get; init; }

    /// <summary>Run-level diagnostics (paths that do not exist …).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    public int Unchanged { get; init; }

    public int New { get; init; }

    public int Changed { get; init; }

    public int Removed { get; init; }

    /// <summary>Why every file was read again (a new Lineage or rule-set version, other settings), or null.</summary>
    public string? Reason { get; init; }

    public int Citations => Files.Sum(f => f.CitationCount);

    /// <summary>Every diagnostic: run-level first, then per file in input order (kept ones included, so a rerun reports the same).</summary>
    public IEnumerable<Diagnostic> AllDiagnostics => Diagnostics.Concat(Files.SelectMany(f => f.Diagnostics));

    /// <summary>"12,400 unchanged, 30 new, 2 changed, 1 removed".</summary>
    public string ChangeSummary => string.Format(CultureInfo.InvariantCulture, "{0:N0} unchanged, {1:N0} new, {2:N0} changed, {3:N0} removed", Unchanged, New, Changed, Removed);
}
