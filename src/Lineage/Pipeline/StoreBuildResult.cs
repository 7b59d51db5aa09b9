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
    public required CitationGraph Graph { get; init; }

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
