namespace Lineage.Extraction.Rules;

/// <summary>
/// A word as a head pattern spells it, as data: a stem and then <see cref="MinEndings"/> to <see cref="MaxEndings"/>
/// letters from <see cref="Endings"/> (null: any letter), compared without case (<c>résolution</c> + <c>s</c> 0-1,
/// <c>резолюци</c> + <c>яиюейямх</c> 1-3, <c>сво</c> + any 1-3).
/// </summary>
/// <param name="Stem">The word's fixed start, lower case.</param>
/// <param name="Endings">The letters that may follow the stem (null: any letter).</param>
/// <param name="MinEndings">How many of them at least.</param>
/// <param name="MaxEndings">How many of them at most.</param>
public sealed record WordForm(string Stem, string? Endings = null, int MinEndings = 0, int MaxEndings = 0)
{
    /// <summary>True when the whole of <paramref name="word"/> (a run of letters) is this form.</summary>
    public bool Fits(ReadOnlySpan<char> word)
    {
        int endings = word.Length - Stem.Length;
        if (endings < MinEndings || endings > MaxEndings || !word.StartsWith(Stem, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (char ch in word[Stem.Length..])
        {
            if (Endings is null ? !char.IsLetter(ch) : !Endings.Contains(char.ToLowerInvariant(ch), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
