using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Extraction.Rules.Zh;

/// <summary>Chinese: 回顾/重申/铭记 … verbs, "1994 年 12 月 15 日" dates, "第 49/75 E 号决议" references with shared heads.</summary>
public sealed class ChineseRuleSet : IRuleSet
{
    /// <summary>"1994 年 12 月 15 日", spaces or none.</summary>
    public const string DatePattern = @"(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日";

    public static RegexDateReader Dates { get; } = new(DatePattern);

    public string Name => "zh";

    public Language Language => Language.Chinese;

    public void Setup(ExtractorBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.SetProfile(new LanguageProfile(Language)
        {
            Verbs = new VerbTable(Verbs(), ["并", "，", "；", "以及"], ignoreCase: false),
            Dates = Dates,
            FootnoteLeads = [new VerbForm("见", Relation.Refers), new VerbForm("另见", Relation.Refers), new VerbForm("参见", Relation.Refers)],
            Meeting = new Regex(@"第\s*\d+\s*次全体会议|第\s*\d+\s*次会议", RegexOptions.CultureInvariant),
        });
        var rules = builder.Rules(Language);
        rules.Add(new DocumentSymbolRule());
        rules.Add(new ChineseReferenceRule());
        rules.Add(new ChineseNumeralReferenceRule());
    }

    private static IEnumerable<VerbForm> Verbs()
    {
        (string, Relation)[] bases =
        [
            ("回顾", Relation.Recalls), ("重申", Relation.Reaffirms), ("申明", Relation.Reaffirms), ("铭记", Relation.BearsInMind),
            ("注意到", Relation.Notes), ("赞赏地注意到", Relation.Notes), ("关切地注意到", Relation.Notes), ("满意地注意到", Relation.Notes),
            ("表示注意到", Relation.TakesNote), ("赞赏地表示注意到", Relation.TakesNote), ("欢迎", Relation.Welcomes), ("赞赏", Relation.Welcomes),
            ("认识到", Relation.Recognizes), ("确认", Relation.Recognizes), ("承认", Relation.Acknowledges), ("意识到", Relation.Recognizes),
            ("深知", Relation.Recognizes), ("强调", Relation.Emphasizes), ("着重指出", Relation.Emphasizes), ("核可", Relation.Endorses),
            ("赞同", Relation.Endorses), ("决定", Relation.Decides), ("请", Relation.Requests), ("要求", Relation.CallsUpon),
            ("吁请", Relation.CallsUpon), ("呼吁", Relation.CallsUpon), ("促请", Relation.CallsUpon), ("敦促", Relation.Urges),
            ("表示", Relation.Expresses), ("表示遗憾", Relation.Expresses), ("深表关切", Relation.Expresses), ("考虑到", Relation.Considers),
            ("遵循", Relation.Guided), ("依循", Relation.Guided), ("鼓励", Relation.Cites), ("邀请", Relation.Requests), ("支持", Relation.Endorses),
            ("表示赞赏地注意到", Relation.TakesNote), ("极为关切地注意到", Relation.Notes), ("严重关切地注意到", Relation.Notes),
            ("深为关切地注意到", Relation.Notes), ("赞赏地回顾", Relation.Recalls), ("欣见", Relation.Welcomes), ("念及", Relation.BearsInMind),
            ("审议了", Relation.Considers), ("强调指出", Relation.Emphasizes), ("重点指出", Relation.Emphasizes), ("特别指出", Relation.Emphasizes),
        ];
        string[] prefixes = ["", "又", "还", "再次", "再度", "也", "并"];
        foreach (var (text, relation) in bases)
        {
            foreach (string prefix in prefixes)
            {
                yield return new VerbForm(prefix + text, relation);
            }
        }
    }
}
