using System.Collections.Immutable;
using Lineage.Model;

namespace Lineage.Pipeline;

/// <summary>One input file of a store build: its reader, whether a document was read from it, its citations' count and diagnostics.</summary>
public sealed record StoreFileOutcome(string Path, string Format, bool Read, int CitationCount, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Failed => !Read || Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
