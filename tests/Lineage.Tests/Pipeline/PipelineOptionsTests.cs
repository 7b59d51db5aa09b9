using Lineage.Extraction;
using Lineage.Pipeline;

namespace Lineage.Tests.Pipeline;

/// <summary>The languages a store's settings name, told without building the default extractor.</summary>
public sealed class PipelineOptionsTests
{
    public static TheoryData<string, Func<ExtractorBuilder, ExtractorBuilder>?> Extractors => new()
    {
        { "default", null },
        { "every language", b => b.UseAllLanguages() },
        { "English", b => b.UseEnglish() },
        { "Chinese and Arabic", b => b.UseChinese().UseArabic() },
    };

    [Theory]
    [MemberData(nameof(Extractors))]
    public void The_extractor_languages_are_those_of_the_extractor_used(string name, Func<ExtractorBuilder, ExtractorBuilder>? use)
    {
        var options = use is null ? PipelineOptions.Default : PipelineOptions.Default with { Extractor = use(new ExtractorBuilder()).Build() };

        Assert.True(options.Extractor.Languages.SequenceEqual(options.ExtractorLanguages.Order()), name);
    }
}
