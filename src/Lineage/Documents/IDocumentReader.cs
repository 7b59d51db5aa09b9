using Lineage.Model;

namespace Lineage.Documents;

/// <summary>
/// Turns one file of one format into a <see cref="Document"/>. A reader carries its own name (the token users see
/// in summaries: <c>text</c>, <c>pdf</c>, <c>akn</c>, <c>html</c>) and says which files it takes. Readers never
/// throw on bad input: they return a <see cref="ReadResult"/> with diagnostics.
/// </summary>
public interface IDocumentReader
{
    string Name { get; }

    DocumentFormat Format { get; }

    /// <summary>True when this reader takes the file, judged by its name and its first bytes.</summary>
    bool CanRead(string path, ReadOnlySpan<byte> head);

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    ReadResult Read(string path, ReaderOptions options);
}
