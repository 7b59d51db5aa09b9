namespace Lineage.Extraction;

/// <summary>
/// Finds references in one clause. A rule names itself (for ordering and diagnostics) and never throws on odd
/// text. Rules of one language run in the order <see cref="ExtractorBuilder"/> gives; where two matches overlap,
/// the earlier-starting, then the longer, wins.
/// </summary>
public interface ICitationRule
{
    string Name { get; }

    IEnumerable<CitationMatch> Match(ClauseContext context);
}
