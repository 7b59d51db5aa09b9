using System.Collections.Immutable;
using Lineage.Graph;
using Lineage.Model;

namespace Lineage.Pipeline;

/// <summary>A whole run: every file's outcome, the citation graph built from the documents read, and run-level diagnostics.</summary>
public sealed record PipelineResult(ImmutableArray<DocumentOutcome> Outcomes, CitationGraph Graph, ImmutableArray<Diagnostic> Diagnostics)
{
    public IEnumerable<Document> Documents => Outcomes.Where(o => o.Document is not null).Select(o => o.Document!);

    public IEnumerable<Citation> Citations => Outcomes.SelectMany(o => o.Citations);

    /// <summary>Every diagnostic: run-level first, then per file in input order.</summary>
    public IEnumerable<Diagnostic> AllDiagnostics => Diagnostics.Concat(Outcomes.SelectMany(o => o.Diagnostics));

    public bool HasErrors => AllDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
