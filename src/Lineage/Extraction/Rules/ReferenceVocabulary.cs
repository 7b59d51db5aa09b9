using System.Collections.Immutable;

namespace Lineage.Extraction.Rules;

/// <summary>
/// The words of one language that the kind-first reference rule walks by hand instead of by pattern (issue 11: each
/// language's vocabulary as data, one engine): the list words that join two items (<c>et</c>, <c>ainsi que</c>), the
/// punctuation that may stand before them, and the names of the principal organs. Every word and mark here must also be one the language's list-gap pattern
/// accepts; a table test checks that, so the hand walk never takes a gap the pattern would refuse.
/// </summary>
/// <param name="ListWords">Words that join two items of one list, as printed (lower case).</param>
/// <param name="ListMarks">The punctuation that may end an item before the list word (<c>,</c>, <c>;</c>, <c>،</c>).</param>
public sealed record ReferenceVocabulary(ImmutableArray<string> ListWords, string ListMarks)
{
    /// <summary>
    /// How the language names the principal organs in the names its patterns capture, first fit wins (empty: the rule
    /// reads names its own way).
    /// </summary>
    public ImmutableArray<OrganName> OrganNames { get; init; } = [];
}
