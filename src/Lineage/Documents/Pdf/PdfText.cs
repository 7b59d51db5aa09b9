using System.Collections.Immutable;
using Lineage.Model;

namespace Lineage.Documents.Pdf;

/// <summary>
/// The text of a PDF in the shape <see cref="Text.TextDocumentFactory"/> reads: one line per printed line, page
/// furniture removed, a footnote marker on a line of its own where it stood, and each page's footnotes after a rule
/// line of spaces as <c>N</c> then <c> text</c>. <see cref="PageStarts"/> holds the offset where each page begins.
/// </summary>
/// <param name="Text">The text; empty when nothing could be read.</param>
/// <param name="PageStarts">Offset in <paramref name="Text"/> of each page's first character (one per page).</param>
/// <param name="PageCount">Pages in the file.</param>
/// <param name="Furniture">The lines removed as page furniture, for inspection.</param>
/// <param name="Diagnostics">Errors (encrypted, damaged, no text layer) and warnings (a page without text, truncation).</param>
public sealed record PdfText(
    string Text,
    ImmutableArray<int> PageStarts,
    int PageCount,
    ImmutableArray<PdfFurnitureLine> Furniture,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>
    /// Offsets in <see cref="Text"/> where each printed line of body text and footnotes starts, in order. A footnote
    /// marker written on a line of its own and the text after it belong to the printed line they interrupt.
    /// </summary>
    public ImmutableArray<int> PrintedLineStarts { get; init; } = [];

    /// <summary>False when the file gave no text (see <see cref="Diagnostics"/>).</summary>
    public bool Succeeded => Text.Length > 0 && !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
