namespace Lineage.Model;

/// <summary>
/// What the words around a printed number say about it: the organ named next to it (if any), whether the text
/// calls it a resolution or a decision, and the organ of the document that cites it.
/// </summary>
/// <param name="HostOrgan">The organ of the citing document ("its resolution" means this organ).</param>
/// <param name="NamedOrgan">An organ named with the reference ("Security Council resolution"), else <see cref="Organ.None"/>.</param>
/// <param name="Kind">Resolution or decision, as the text says; <see cref="SymbolKind.Resolution"/> when it does not.</param>
public readonly record struct ReferenceContext(Organ HostOrgan, Organ NamedOrgan = Organ.None, SymbolKind Kind = SymbolKind.Resolution)
{
    /// <summary>The organ the reference belongs to: the one named, else the host's.</summary>
    public Organ EffectiveOrgan => NamedOrgan != Organ.None ? NamedOrgan : HostOrgan;
}
