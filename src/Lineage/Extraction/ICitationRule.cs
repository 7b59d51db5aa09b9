namespace Lineage.Extraction;

/// <summary>
/// Finds references in one clause. A rule names itself (for ordering and diagnostics) and never throws on odd
/// text. Rules of one language run in the order <see cref="ExtractorBuilder"/> gives; where two matches overlap,
/// the earlier-starting, then the longer, wins.
/// </summary>
public interface ICitationRule
{
    string Name { get; }

    /// <summary>
    /// True when the rule finds nothing in a clause without a number anchor (a decimal digit of any script, or
    /// <c>第</c>): such clauses, most of a resolution's text, are then passed over after one vectorized search. The
    /// built-in rules, which all read a printed number, say true; a rule that does not declare it runs on every clause.
    /// </summary>
    bool NeedsAnchor => false;

    IEnumerable<CitationMatch> Match(ClauseContext context);
}
