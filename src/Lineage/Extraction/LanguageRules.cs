using System.Collections.Immutable;

namespace Lineage.Extraction;

/// <summary>One language's profile and rules, as built.</summary>
public sealed record LanguageRules(LanguageProfile Profile, ImmutableArray<ICitationRule> Rules);
