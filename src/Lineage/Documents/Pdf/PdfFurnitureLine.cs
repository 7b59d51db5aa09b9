namespace Lineage.Documents.Pdf;

/// <summary>A line removed from a PDF page as furniture: the page (1-based), what it was, and its text.</summary>
public sealed record PdfFurnitureLine(int Page, PdfFurnitureKind Kind, string Text);
