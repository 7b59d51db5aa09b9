using System.Collections.Immutable;
using Lineage.Model;

namespace Lineage.Documents.Text;

/// <summary>
/// Turns text as taken from a PDF (or any plain rendering of a resolution) into a <see cref="Document"/>:
/// removes page furniture (job numbers, bar codes, page counters, running headers), splits clauses and
/// footnotes, joins lines broken inside a citation, reads the document's identity from its heading, and keeps
/// an offset map from every clean character back to the text.
/// </summary>
public static class TextDocumentFactory
{
    /// <summary>Lays out <paramref name="text"/> read from <paramref name="path"/>.</summary>
    /// <param name="path">The file, for provenance and as the fallback for the symbol.</param>
    /// <param name="format">The format the text came from.</param>
    /// <param name="text">The text; every span offset points into it.</param>
    /// <param name="pageStarts">Offsets where pages start (PDF), or empty.</param>
    public static ReadResult Create(string path, DocumentFormat format, string text, ImmutableArray<int> pageStarts = default) =>
        PlainTextLayout.Read(path, format, text, pageStarts.IsDefault ? [] : pageStarts);
}
