using Lineage.Documents.Text;
using Lineage.Model;

namespace Lineage.Documents.Pdf;

/// <summary>
/// Reads UN PDF files (<c>pdf</c>): <see cref="PdfTextExtractor"/> takes the text without page furniture, with each
/// page's footnotes as a footnote block and the page starts kept, and <see cref="TextDocumentFactory"/> lays it out,
/// so citations carry page and line. Encrypted, damaged and image-only files give an error diagnostic.
/// </summary>
public sealed class PdfDocumentReader : IDocumentReader
{
    public string Name => "pdf";

    public DocumentFormat Format => DocumentFormat.Pdf;

    /// <summary>Takes files that start with <c>%PDF-</c> and files named <c>*.pdf</c> (to say why they cannot be read).</summary>
    public bool CanRead(string path, ReadOnlySpan<byte> head) =>
        head[..Math.Min(head.Length, 1024)].IndexOf("%PDF-"u8) >= 0
        || string.Equals(Path.GetExtension(path), ".pdf", StringComparison.OrdinalIgnoreCase);

    public ReadResult Read(string path, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        var pdf = PdfTextExtractor.Extract(path);
        if (!pdf.Succeeded)
        {
            return new ReadResult(null, pdf.Diagnostics);
        }

        var result = TextDocumentFactory.Create(path, DocumentFormat.Pdf, pdf.Text, pdf.PageStarts);
        if (result.Document is { } document)
        {
            result = result with { Document = document with { PrintedLineStarts = pdf.PrintedLineStarts } };
        }

        return pdf.Diagnostics.IsEmpty ? result : result with { Diagnostics = pdf.Diagnostics.AddRange(result.Diagnostics) };
    }
}
