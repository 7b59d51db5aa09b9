using System.Collections.Immutable;
using Lineage.Model;

namespace Lineage.Store;

/// <summary>
/// What the store keeps of one file once it has been read and extracted: its identity and metadata, its
/// citations with their evidence sentences, its diagnostics. The document's text, layout and clauses are not
/// kept, so a build holds only these while the files stream through.
/// </summary>
public sealed record StoredFile
{
    public required string Path { get; init; }

    /// <summary>The reader's name, or <c>other</c>.</summary>
    public required string Format { get; init; }

    public long Size { get; init; }

    public DateTime ModifiedUtc { get; init; }

    public required string ContentHash { get; init; }

    public DateTime ReadAtUtc { get; init; }

    /// <summary>What was read of the document, or null when the file could not be read.</summary>
    public DocumentMetadata? Document { get; init; }

    public ImmutableArray<StoredCitation> Citations { get; init; } = [];

    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];
}
