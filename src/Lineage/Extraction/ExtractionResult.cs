using System.Collections.Immutable;
using Lineage.Model;

namespace Lineage.Extraction;

/// <summary>
/// What extraction found in one document: the document with the identity its closing lines add (date, meeting),
/// its citations in reading order, and diagnostics.
/// </summary>
public sealed record ExtractionResult(Document Document, ImmutableArray<Citation> Citations, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
