using Lineage.Model;

namespace Lineage.Extraction.Rules;

/// <summary>
/// One way a language names a principal organ, as data (issue 11: the vocabulary of each language in one record): the
/// kind-first rule reads the organ of a name its patterns captured by the first of its language's entries that the
/// lowered name fits.
/// </summary>
/// <param name="Text">The word or words, lower case, as printed.</param>
/// <param name="How">Where in the name they must stand.</param>
/// <param name="Organ">The organ they name.</param>
public sealed record OrganName(string Text, OrganNameMatch How, Organ Organ)
{
    /// <summary>True when <paramref name="lowered"/> (a captured name in lower case) fits this entry.</summary>
    public bool Fits(string lowered)
    {
        ArgumentNullException.ThrowIfNull(lowered);
        return How switch
        {
            OrganNameMatch.Prefix => lowered.StartsWith(Text, StringComparison.Ordinal),
            OrganNameMatch.Contains => lowered.Contains(Text, StringComparison.Ordinal),
            _ => lowered == Text,
        };
    }
}
