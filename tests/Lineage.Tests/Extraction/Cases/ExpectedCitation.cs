using Lineage.Model;

namespace Lineage.Tests.Extraction.Cases;

/// <summary>A citation a <see cref="CitationCase"/> must yield.</summary>
/// <param name="Target">Canonical symbol (<c>A/RES/49/75E</c>, <c>S/RES/1540(2004)</c>, <c>A/DEC/52/492</c>).</param>
/// <param name="Date">The date printed with it (<c>yyyy-MM-dd</c>), or null when none is printed.</param>
/// <param name="Verb">The citing verb as written ("Rappelant également"); null to leave it unchecked.</param>
/// <param name="Relation">The normalized relation; null to leave it unchecked.</param>
internal sealed record ExpectedCitation(string Target, string? Date, string? Verb, Relation? Relation);
