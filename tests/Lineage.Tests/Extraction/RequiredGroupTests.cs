using Lineage.Extraction.Rules;
using Lineage.Extraction.Rules.Ar;
using Lineage.Extraction.Rules.Es;
using Lineage.Extraction.Rules.Fr;
using Lineage.Extraction.Rules.Ru;

namespace Lineage.Tests.Extraction;

/// <summary>The kind-word filter run before the kind-first rules' head pattern (issue 11).</summary>
public sealed class RequiredGroupTests
{
    [Theory]
    [InlineData(@"(?:its\s+)?(?<kind>resolutions?|decisions?)\s*\z", "resolutions?|decisions?")]
    [InlineData(@"(?<![\p{L}])(?:(?<organ>Council)\s+)?(?<kind>(?<decision>décisions?)|résolutions?)(?:\s+de\s+[\p{L}]+)?\s*\z", "(?<decision>décisions?)|résolutions?")]
    [InlineData(@"[(](?<kind>a)[)]", "a")]
    [InlineData(@"\((?<kind>a)\)", "a")]
    public void A_required_group_is_its_filter(string pattern, string expected) =>
        Assert.Equal(expected, RequiredGroup.Text(pattern, "kind"));

    [Theory]
    [InlineData(@"(?:x(?<kind>a))?b")]
    [InlineData(@"(?<kind>a)?b")]
    [InlineData(@"(?<kind>a)*b")]
    [InlineData(@"(?<kind>a){0,2}b")]
    [InlineData(@"(?<kind>a)b|c")]
    [InlineData(@"(?i)(?<kind>a)b")]
    [InlineData(@"(?<kind>a)(?<kind>b)")]
    [InlineData(@"(?<other>a)b")]
    [InlineData(@"(?<kind>(?<x>a)\k<x>)")]
    public void A_group_not_in_every_match_gives_no_filter(string pattern) =>
        Assert.Null(RequiredGroup.Text(pattern, "kind"));

    public static TheoryData<KindFirstReferenceRule> KindFirstRules => [new FrenchReferenceRule(), new SpanishReferenceRule(), new RussianReferenceRule(), new ArabicReferenceRule()];

    [Theory]
    [MemberData(nameof(KindFirstRules))]
    public void Each_kind_first_rule_has_its_filter(KindFirstReferenceRule rule) =>
        Assert.NotNull(rule.KindWordFilter);
}
