using Lineage.Model;

namespace Lineage.Evaluation;

/// <summary>One (citing document, cited resolution) pair on which Lineage's text reading and the markup differ.</summary>
/// <param name="Category">Which list it belongs to.</param>
/// <param name="Defect">For <see cref="DisagreementCategory.MarkupDefect"/>, which defect.</param>
/// <param name="Language">Language of the citing version.</param>
/// <param name="Source">The citing resolution.</param>
/// <param name="Target">The cited resolution.</param>
/// <param name="Site">Where it stands (the first place), or null when the text does not show it.</param>
/// <param name="File">The AKN4UN file.</param>
/// <param name="Snippet">The clause text around it, the reference between ⟦ and ⟧.</param>
/// <param name="Note">What the markup says (href, languages that link it) or why it was set aside.</param>
public sealed record Disagreement(
    DisagreementCategory Category,
    MarkupDefectKind? Defect,
    Language Language,
    DocumentSymbol Source,
    DocumentSymbol Target,
    CitationSite? Site,
    string File,
    string Snippet,
    string Note);
