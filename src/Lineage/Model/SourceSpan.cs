namespace Lineage.Model;

/// <summary>
/// Where something was read: the file, the character offset and length in the text as read (the file's text for
/// plain text; the extracted text for PDF and XML), and the 1-based line and column of its start. For PDFs,
/// <see cref="Page"/> is set and <see cref="Line"/> counts within that page.
/// </summary>
public readonly record struct SourceSpan(string File, int Offset, int Length, int Line, int Column, int? Page = null)
{
    public override string ToString() => Page is null
        ? $"{File}:{Line}:{Column}"
        : $"{File}:p{Page}:{Line}:{Column}";
}
