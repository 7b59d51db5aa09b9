namespace Lineage.Documents.Pdf;

/// <summary>One page's runs as read, with its number (1-based) and size in points.</summary>
internal sealed record PdfPageRuns(int Number, double Width, double Height, List<PdfRun> Runs);
