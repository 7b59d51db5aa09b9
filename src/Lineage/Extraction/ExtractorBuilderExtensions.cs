using Lineage.Extraction.Rules.Ar;
using Lineage.Extraction.Rules.En;
using Lineage.Extraction.Rules.Es;
using Lineage.Extraction.Rules.Fr;
using Lineage.Extraction.Rules.Ru;
using Lineage.Extraction.Rules.Zh;

namespace Lineage.Extraction;

/// <summary><c>UseXxx()</c> registrations of the built-in rule sets.</summary>
public static class ExtractorBuilderExtensions
{
    public static ExtractorBuilder UseEnglish(this ExtractorBuilder builder) => builder.Use(new EnglishRuleSet());

    public static ExtractorBuilder UseChinese(this ExtractorBuilder builder) => builder.Use(new ChineseRuleSet());

    public static ExtractorBuilder UseFrench(this ExtractorBuilder builder) => builder.Use(new FrenchRuleSet());

    public static ExtractorBuilder UseSpanish(this ExtractorBuilder builder) => builder.Use(new SpanishRuleSet());

    public static ExtractorBuilder UseRussian(this ExtractorBuilder builder) => builder.Use(new RussianRuleSet());

    public static ExtractorBuilder UseArabic(this ExtractorBuilder builder) => builder.Use(new ArabicRuleSet());

    /// <summary>Every built-in language.</summary>
    public static ExtractorBuilder UseAllLanguages(this ExtractorBuilder builder) => builder.UseArabic().UseChinese().UseEnglish().UseFrench().UseRussian().UseSpanish();

    /// <summary>The built-in rule sets by name (the CLI's <c>--lang</c> tokens).</summary>
    public static IReadOnlyList<IRuleSet> BuiltInRuleSets { get; } = [new ArabicRuleSet(), new ChineseRuleSet(), new EnglishRuleSet(), new FrenchRuleSet(), new RussianRuleSet(), new SpanishRuleSet()];
}
