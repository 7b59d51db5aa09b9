namespace Lineage.Model;

/// <summary>The file format a document was read from.</summary>
public enum DocumentFormat
{
    PlainText = 0,
    Markdown,
    Pdf,
    Akn,
    Html,
}
