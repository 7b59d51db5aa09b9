using Lineage.Extraction;
using Lineage.Model;
using Lineage.Tests.Extraction.Cases;

namespace Lineage.Tests.Extraction;

/// <summary>
/// The extractor reads a clause's verbs only as far as its last citation (<see cref="VerbTable.FindAll(string, int)"/>,
/// issue 11): at every limit, the verbs found must be exactly those of the whole clause at or before it, on the real
/// sentences of the case tables of each language.
/// </summary>
public sealed class VerbLimitTests
{
    private static readonly CitationExtractor s_extractor = new ExtractorBuilder().UseAllLanguages().Build();

    public static TheoryData<Language> Languages => new()
    {
        Language.Arabic, Language.Chinese, Language.English, Language.French, Language.Russian, Language.Spanish,
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Verbs_up_to_a_limit_are_the_whole_clause_s_verbs_up_to_it(Language language)
    {
        var table = s_extractor.Profile(language)!.Verbs;
        int checkedVerbs = 0;
        foreach (var text in CitationCaseTable.All.Where(c => c.Language == language).Select(c => c.Text))
        {
            var all = table.FindAll(text);
            checkedVerbs += all.Count;
            // Every position where the answer can change: each verb's, one before and after it, each connector's end.
            var limits = all.SelectMany(v => new[] { v.Position - 1, v.Position, v.Position + 1 })
                .Concat([-1, 0, text.Length / 2, text.Length - 1, text.Length, int.MaxValue]);
            foreach (int limit in limits.Distinct())
            {
                var expected = all.Where(v => v.Position <= limit).ToList();
                var limited = table.FindAll(text, limit);
                Assert.True(expected.SequenceEqual(limited), $"{language} limit {limit} of '{text}': {expected.Count} expected, {limited.Count} found");
            }
        }

        Assert.True(checkedVerbs > 10, $"{language}: only {checkedVerbs} verbs in the case tables");
    }
}
