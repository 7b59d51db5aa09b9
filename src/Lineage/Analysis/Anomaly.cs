using System.Collections.Immutable;
using Lineage.Model;

namespace Lineage.Analysis;

/// <summary>
/// One contradiction in the record: its kind, the document it concerns, a one-line message, and the evidence
/// (who says what, and where it was read).
/// </summary>
public sealed record Anomaly(AnomalyKind Kind, DocumentSymbol Document, string Message, ImmutableArray<string> Evidence)
{
    /// <summary>The other document involved (the cited one of a forward citation), if any.</summary>
    public DocumentSymbol? Other { get; init; }
}
