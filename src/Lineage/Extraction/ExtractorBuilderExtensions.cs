using Lineage.Extraction.Rules.En;
using Lineage.Extraction.Rules.Zh;

namespace Lineage.Extraction;

/// <summary><c>UseXxx()</c> registrations of the built-in rule sets.</summary>
public static class ExtractorBuilderExtensions
{
    public static ExtractorBuilder UseEnglish(this ExtractorBuilder builder) => builder.Use(new EnglishRuleSet());

    public static ExtractorBuilder UseChinese(this ExtractorBuilder builder) => builder.Use(new ChineseRuleSet());

    /// <summary>Every built-in language.</summary>
    public static ExtractorBuilder UseAllLanguages(this ExtractorBuilder builder) => builder.UseChinese().UseEnglish();

    /// <summary>The built-in rule sets by name (the CLI's <c>--lang</c> tokens).</summary>
    public static IReadOnlyList<IRuleSet> BuiltInRuleSets { get; } = [new ChineseRuleSet(), new EnglishRuleSet()];
}
