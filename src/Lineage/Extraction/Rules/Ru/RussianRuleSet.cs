using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Extraction.Rules.Ru;

/// <summary>
/// Russian: "ссылаясь также", "напоминая", "принимает к сведению" … verbs, "15 декабря 1994 года" dates, "свои
/// резолюции 50/70 Р от 12 декабря 1995 года, … и 61/78" references (part letters Latin or Cyrillic look-alikes).
/// </summary>
public sealed class RussianRuleSet : IRuleSet
{
    /// <summary>"15 декабря 1994 года", "1 июля 2004 г." (groups d, m, y).</summary>
    public const string DatePattern =
        @"(?<d>\d{1,2})\s+(?<m>января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s+(?<y>\d{4})(?:\s*(?:года|г\.))?";

    public static RegexDateReader Dates { get; } = new(DatePattern, new Dictionary<string, int>
    {
        ["января"] = 1, ["февраля"] = 2, ["марта"] = 3, ["апреля"] = 4, ["мая"] = 5, ["июня"] = 6, ["июля"] = 7,
        ["августа"] = 8, ["сентября"] = 9, ["октября"] = 10, ["ноября"] = 11, ["декабря"] = 12,
    });

    public string Name => "ru";

    public Language Language => Language.Russian;

    public void Setup(ExtractorBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.SetProfile(new LanguageProfile(Language)
        {
            Verbs = new VerbTable(Verbs(), [", и ", "; и ", " и ", ", ", "; ", " а также "], ignoreCase: true),
            Dates = Dates,
            FootnoteLeads = [new VerbForm("См. также", Relation.Refers), new VerbForm("См., например,", Relation.Refers), new VerbForm("См.", Relation.Refers)],
            Meeting = new Regex(@"\d+-?(?:е|м|й)?\s+(?:пленарн\p{L}+\s+)?заседани\p{L}+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase),
        });
        var rules = builder.Rules(Language);
        rules.Add(new DocumentSymbolRule());
        rules.Add(new RussianReferenceRule());
    }

    /// <summary>Preambular (adverbial participle) and operative (present) forms of the verbs that cite, with their relations.</summary>
    internal static IEnumerable<VerbForm> Verbs()
    {
        (string[] Forms, Relation Relation)[] verbs =
        [
            (["ссылаясь", "ссылается", "напоминая", "напоминает"], Relation.Recalls),
            (["подтверждая", "подтверждает", "вновь подтверждая", "вновь подтверждает", "вновь заявляя", "вновь заявляет",
              "подтверждая вновь", "заявляя", "заявляет", "вновь обращаясь", "вновь обращается"], Relation.Reaffirms),
            (["памятуя", "будучи преисполнена решимости", "сознавая", "сознает"], Relation.BearsInMind),
            (["отмечая", "отмечает", "констатируя", "констатирует", "с удовлетворением отмечая", "с удовлетворением отмечает",
              "с признательностью отмечая", "с признательностью отмечает", "с обеспокоенностью отмечая", "с обеспокоенностью отмечает",
              "с озабоченностью отмечая", "с озабоченностью отмечает", "с большой обеспокоенностью отмечая", "с интересом отмечая"], Relation.Notes),
            (["принимая к сведению", "принимает к сведению", "с удовлетворением принимая к сведению", "с удовлетворением принимает к сведению",
              "с признательностью принимая к сведению", "с признательностью принимает к сведению"], Relation.TakesNote),
            (["приветствуя", "приветствует", "высоко оценивая", "высоко оценивает", "с удовлетворением приветствуя"], Relation.Welcomes),
            (["признавая", "признает"], Relation.Recognizes),
            (["подчеркивая", "подчеркивает", "особо отмечая", "особо отмечает", "обращая особое внимание", "обращает особое внимание",
              "акцентируя внимание", "заостряя внимание"], Relation.Emphasizes),
            (["одобряя", "одобряет", "утверждая", "утверждает", "поддерживая", "поддерживает"], Relation.Endorses),
            (["постановляя", "постановляет", "решая", "решает", "принимая решение"], Relation.Decides),
            (["просит", "обращаясь с просьбой", "обращается с просьбой", "предлагая", "предлагает"], Relation.Requests),
            (["призывая", "призывает", "требуя", "требует"], Relation.CallsUpon),
            (["настоятельно призывая", "настоятельно призывает", "настоятельно просит"], Relation.Urges),
            (["выражая", "выражает"], Relation.Expresses),
            (["учитывая", "принимая во внимание", "считая", "считает", "рассмотрев", "будучи убеждена", "будучи убежден"], Relation.Considers),
            (["руководствуясь", "руководствуется"], Relation.Guided),
            (["рекомендуя", "рекомендует", "поощряя", "поощряет", "осуждая", "осуждает"], Relation.Cites),
        ];
        string[] modifiers = ["также", "далее", "вновь", "в частности", "в этой связи", "в связи с этим", "кроме того"];
        return VerbForms.Expand(verbs, form => VerbForms.Trailing(form, modifiers), StringComparer.OrdinalIgnoreCase);
    }
}
