using System.Collections.Immutable;
using Lineage.Model;

namespace Lineage.Documents;

/// <summary>The outcome of reading one file: the document (null when it could not be read) and what was found on the way.</summary>
public sealed record ReadResult(Document? Document, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Succeeded => Document is not null;

    public static ReadResult Failed(Diagnostic diagnostic) => new(null, [diagnostic]);
}
