namespace Lineage.Export;

/// <summary>The type of an exported property, mapped by each format to its own types.</summary>
public enum ExportValueType
{
    Text = 0,

    /// <summary>A 32-bit integer (session, number, year, mention count).</summary>
    WholeNumber,
    Boolean,

    /// <summary>A list of strings (languages, subjects): an array where the format has one, else items joined by <c>;</c>.</summary>
    TextList,
}
