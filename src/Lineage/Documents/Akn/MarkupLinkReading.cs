using Lineage.Evaluation;
using Lineage.Model;

namespace Lineage.Documents.Akn;

/// <summary>
/// What one markup link names once its known defects are read through: the target(s), and the defect, if any.
/// <c>&lt;a href=".../A/RES/49/75"&gt;49/75&lt;/a&gt; E</c> names <c>A/RES/49/75E</c>; <c>78/254 A-C</c> by a range href names
/// three parts.
/// </summary>
/// <param name="Link">The link as marked up.</param>
/// <param name="Targets">The documents it names, in order.</param>
/// <param name="Defect">The markup defect read through, or null.</param>
/// <param name="Start">Start of the reference in the clause text (the link, and the part letters after it).</param>
/// <param name="Length">Length of the reference in the clause text.</param>
public sealed record MarkupLinkReading(MarkupLink Link, IReadOnlyList<DocumentSymbol> Targets, MarkupDefectKind? Defect, int Start, int Length);
