namespace Lineage.Extraction.Rules;

/// <summary>How the text after an item opens (<see cref="ReferenceVocabulary.FirstWord"/>).</summary>
internal enum GapOpening
{
    /// <summary>Only spaces, commas and semicolons, or nothing.</summary>
    None,

    /// <summary>One of the language's gap leads: a date, an organ, a subject or a list word may start there.</summary>
    Lead,

    /// <summary>Another word or sign: nothing of a list gap or an after-text starts there.</summary>
    Other,

    /// <summary>Not known: letters whose case the comparison cannot follow, or no leads for the language.</summary>
    Unknown,
}
