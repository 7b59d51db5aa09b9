namespace Lineage.Model;

/// <summary>How a citation was found.</summary>
public enum CitationMethod
{
    /// <summary>Read from the words of the text.</summary>
    Text = 0,
    /// <summary>Taken from a link in the markup (AKN4UN <c>&lt;a href&gt;</c>).</summary>
    Markup,
}
