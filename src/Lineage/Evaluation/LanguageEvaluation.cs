using System.Collections.Immutable;
using Lineage.Model;

namespace Lineage.Evaluation;

/// <summary>The scores of one language: overall and per site (preamble, operative, footnote, heading).</summary>
/// <param name="Language">The language.</param>
/// <param name="Documents">Documents evaluated.</param>
/// <param name="Overall">Scores at the level of (citing document, cited resolution).</param>
/// <param name="SetAside">Pairs set aside as markup defects.</param>
/// <param name="Sites">Scores at the level of (citing document, cited resolution, site kind).</param>
public sealed record LanguageEvaluation(Language Language, int Documents, Score Overall, int SetAside, ImmutableSortedDictionary<SiteKind, Score> Sites);
