using System.Collections.Immutable;
using Lineage.Model;

namespace Lineage.Pipeline;

/// <summary>One input file's outcome: the reader used, the document (null if it could not be read), its citations and diagnostics.</summary>
public sealed record DocumentOutcome(string Path, string Reader, long Bytes, Document? Document, ImmutableArray<Citation> Citations, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Failed => Document is null || Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
