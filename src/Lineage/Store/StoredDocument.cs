using System.Collections.Immutable;
using Lineage.Model;

namespace Lineage.Store;

/// <summary>One file as the store keeps it: what was read from it (null symbol when it could not be read) and the file's identity.</summary>
public sealed record StoredDocument
{
    public required string Path { get; init; }

    /// <summary>The document's symbol, or null when the file could not be read.</summary>
    public DocumentSymbol? Symbol { get; init; }

    public Language Language { get; init; }

    public string? Title { get; init; }

    public DateOnly? Date { get; init; }

    public string? Meeting { get; init; }

    /// <summary>The reader that read it (<c>pdf</c>, <c>akn</c>, <c>html</c>, <c>text</c>), or <c>other</c>.</summary>
    public required string Format { get; init; }

    public long Size { get; init; }

    public DateTime ModifiedUtc { get; init; }

    /// <summary>XXH128 of the file's bytes, lower-case hex (tells a changed file from an unchanged one).</summary>
    public required string ContentHash { get; init; }

    public DateTime ReadAtUtc { get; init; }

    public int CitationCount { get; init; }

    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];
}
