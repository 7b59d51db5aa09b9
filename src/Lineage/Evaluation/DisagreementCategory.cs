namespace Lineage.Evaluation;

/// <summary>The three lists of the evaluation report.</summary>
public enum DisagreementCategory
{
    /// <summary>The markup links the target (or ≥ 4 language versions do); Lineage did not find it in the text. Counts against recall.</summary>
    Missed = 0,

    /// <summary>Lineage found the target in the text; no markup links it. Counts against precision.</summary>
    FoundWithoutLink,

    /// <summary>Text and raw markup disagree because of a known markup defect; set aside (not counted).</summary>
    MarkupDefect,
}
