using System.Collections.Immutable;

namespace Lineage.Extraction;

/// <summary>One language's profile and rules, as built.</summary>
public sealed record LanguageRules(LanguageProfile Profile, ImmutableArray<ICitationRule> Rules)
{
    /// <summary>True when every rule needs a number in the clause (<see cref="ICitationRule.NeedsAnchor"/>): clauses without one are skipped whole.</summary>
    internal bool AllNeedAnchor { get; } = Rules.All(r => r.NeedsAnchor);
}
