namespace Lineage.Model;

/// <summary>
/// A link the markup gives (AKN4UN <c>&lt;a href="https://undocs.org/A/RES/49/75"&gt;</c>): its target and where its
/// text stands, as a range of <see cref="Clause.Text"/> of clause <see cref="ClauseIndex"/>.
/// </summary>
public sealed record MarkupLink(string Href, DocumentSymbol Target, int ClauseIndex, int Start, int Length);
