namespace Lineage.Analysis;

/// <summary>What kind of contradiction <see cref="AnomalyAnalysis"/> found in the record.</summary>
public enum AnomalyKind
{
    /// <summary>A document cites one adopted after it.</summary>
    ForwardCitation,

    /// <summary>Citations (or the document itself) give different dates for one document.</summary>
    DateConflict,

    /// <summary>A date outside the General Assembly session the symbol names.</summary>
    SessionDate,

    /// <summary>Documents that cite one another in a loop.</summary>
    Cycle,

    /// <summary>A cited symbol that cannot exist (a session not yet held, a part of a resolution never split).</summary>
    ImpossibleSymbol,

    /// <summary>A document whose language versions cite different sets of documents.</summary>
    LanguageMismatch,

    /// <summary>A Security Council resolution cited with a year other than the one its number was adopted in.</summary>
    CouncilYear,
}
