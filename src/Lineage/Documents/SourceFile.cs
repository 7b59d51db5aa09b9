using Lineage.Model;

namespace Lineage.Documents;

/// <summary>
/// A file found by <see cref="DocumentLoader.Discover"/>: its path and size, the reader that takes it, and, when it will
/// not be read, why (<see cref="Skipped"/>: empty, too large, no reader, cannot be opened).
/// </summary>
public sealed record SourceFile(string Path, long Length, IDocumentReader? Reader, Diagnostic? Skipped)
{
    /// <summary>The format token for summaries: the reader's name (<c>pdf</c>, <c>text</c> …), or <c>other</c>.</summary>
    public string Format => Reader?.Name ?? "other";
}
