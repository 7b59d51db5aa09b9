using System.Globalization;
using Lineage.Documents.Text;
using Lineage.Extraction;
using Lineage.Model;

namespace Lineage.Evaluation;

/// <summary>
/// The plain-text path under test (<c>lineage eval --render pdf-text</c>): a document is rendered as text copied out of
/// its PDF (<see cref="PdfTextRenderer"/>), read back by the text reader under its UN download name as any user's file
/// would be, and its citations extracted; each citation's span is taken back to the source document's text, so the
/// evaluator scores it against the same markup, with the same defect rules, as the document itself.
/// </summary>
public static class RenderedTextExtraction
{
    /// <summary>An extraction function for <see cref="MarkupEvaluator"/>: render, read as text, extract, map back.</summary>
    public static Func<Document, IEnumerable<Citation>> PdfText(CitationExtractor extractor, PdfTextRenderer? renderer = null)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        renderer ??= new PdfTextRenderer();
        return document => Extract(document, extractor, renderer);
    }

    /// <summary>
    /// Renders <paramref name="document"/>, reads the rendering and extracts its citations, with spans in
    /// <paramref name="document"/>'s text. Throws <see cref="InvalidOperationException"/> when the rendering cannot be
    /// read or is read as another symbol or language (the evaluator reports it against the document).
    /// </summary>
    public static IReadOnlyList<Citation> Extract(Document document, CitationExtractor extractor, PdfTextRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(renderer);
        var rendering = renderer.Render(document);
        string path = Path.Combine(Path.GetDirectoryName(document.Path) ?? string.Empty, rendering.FileName);
        var read = TextDocumentFactory.Create(path, DocumentFormat.PlainText, rendering.Text);
        if (read.Document is not { } rendered)
        {
            throw new InvalidOperationException($"its rendering {rendering.FileName} was not read: {string.Join("; ", read.Diagnostics.Select(d => d.Message))}");
        }

        if (!rendered.Symbol.Equals(document.Symbol) || rendered.Language != document.Language)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"its rendering {rendering.FileName} was read as {rendered.Symbol} ({rendered.Language.ToCode()})"));
        }

        var citations = new List<Citation>();
        foreach (var citation in extractor.Extract(rendered).Citations)
        {
            var (offset, length) = rendering.ToSource(citation.Span.Offset, citation.Span.Length);
            citations.Add(citation with
            {
                Source = document.Symbol,
                Span = offset < 0 ? document.SpanOf(0, 0) : document.SpanOf(offset, length),
            });
        }

        return citations;
    }
}
