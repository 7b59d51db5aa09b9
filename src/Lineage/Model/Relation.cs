namespace Lineage.Model;

/// <summary>
/// What a citing verb does to the cited document, one vocabulary for all six languages
/// ("Recalling also", "Rappelant en outre", "又回顾" are all <see cref="Recalls"/>).
/// </summary>
public enum Relation
{
    /// <summary>Cited without a verb Lineage recognizes.</summary>
    Cites = 0,
    Recalls,
    Reaffirms,
    BearsInMind,
    Notes,
    TakesNote,
    Welcomes,
    Recognizes,
    Acknowledges,
    Emphasizes,
    Endorses,
    Decides,
    Requests,
    CallsUpon,
    Urges,
    Expresses,
    Considers,
    Guided,
    Pursuant,
    /// <summary>"See resolution 50/245." in a footnote.</summary>
    Refers,
    /// <summary>A part of an omnibus resolution belongs to its work (graph-only edge).</summary>
    PartOf,
}
