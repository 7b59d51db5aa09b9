namespace Lineage.Documents.Pdf;

/// <summary>Kinds of page furniture removed from UN PDFs before citations are sought.</summary>
public enum PdfFurnitureKind
{
    /// <summary>The symbol and running title at the top of a continuation page (<c>A/RES/73/8</c> + title).</summary>
    RunningHeader = 0,

    /// <summary>Job number, language and date, and page counter (<c>18-18418 (E) 071118</c>, <c>18-18418 2/2</c>).</summary>
    JobNumber,

    /// <summary>The bar code line (<c>*1818418*</c>).</summary>
    BarCode,

    /// <summary>A rule that ends the text (not a footnote separator).</summary>
    Rule,
}
