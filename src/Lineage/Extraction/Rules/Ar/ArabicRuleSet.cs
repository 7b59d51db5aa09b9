using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Extraction.Rules.Ar;

/// <summary>
/// Arabic: "وإذ تشير أيضا", "وإذ تشير كذلك", "تحيط علما" … verbs, "15 كانون الأول/ديسمبر 1994" dates (Arabic-Indic digits
/// too), "قراراتها 50/70 عين المؤرخ 12 كانون الأول/ديسمبر 1995، … و 61/78" references with part letters named in words.
/// </summary>
public sealed class ArabicRuleSet : IRuleSet
{
    /// <summary>
    /// "15 كانون الأول/ديسمبر 1994": the Levantine month name, a slash and the Egyptian one, either alone too (groups d, m, y).
    /// </summary>
    public const string DatePattern =
        @"(?<d>\d{1,2})[\s\u200E\u200F]+(?:(?:" + Levantine + @")[\s\u200E\u200F]*/[\s\u200E\u200F]*(?<m>" + Western + ")|(?<m>" + Western + "|" + Levantine + @"))[\s\u200E\u200F]+(?<y>\d{4})";

    /// <summary>The Levantine month names; a direction mark may stand between the two words ("تشرين \u200Fالثاني").</summary>
    private const string Levantine = @"كانون[\s\u200E\u200F]+الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين[\s\u200E\u200F]+الأول|تشرين[\s\u200E\u200F]+الثاني|كانون[\s\u200E\u200F]+الأول";

    private const string Western = @"يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيه|يونيو|يوليه|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر";

    public static RegexDateReader Dates { get; } = new(DatePattern, Months(), NormalizeDigits);

    public string Name => "ar";

    public Language Language => Language.Arabic;

    public void Setup(ExtractorBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.SetProfile(new LanguageProfile(Language)
        {
            Verbs = new VerbTable(Verbs(), ["، و", "؛ و", "، ", "؛ ", " و"], ignoreCase: false),
            Dates = Dates,
            FootnoteLeads = [new VerbForm("انظر أيضا", Relation.Refers), new VerbForm("انظر كذلك", Relation.Refers), new VerbForm("انظر", Relation.Refers)],
            Meeting = new Regex(@"الجلسة(?:\s+العامة)?\s+\d+", RegexOptions.CultureInvariant),
        });
        var rules = builder.Rules(Language);
        rules.Add(new DocumentSymbolRule());
        rules.Add(new ArabicReferenceRule());
    }

    /// <summary>Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits to ASCII; other characters unchanged.</summary>
    public static string NormalizeDigits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAnyInRange('\u0660', '\u06F9'))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                char ch = source[i];
                span[i] = ch switch
                {
                    >= '\u0660' and <= '\u0669' => (char)('0' + (ch - '\u0660')),
                    >= '\u06F0' and <= '\u06F9' => (char)('0' + (ch - '\u06F0')),
                    _ => ch,
                };
            }
        });
    }

    private static Dictionary<string, int> Months()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        string[][] names =
        [
            ["يناير", "كانون الثاني"], ["فبراير", "شباط"], ["مارس", "آذار"], ["أبريل", "ابريل", "إبريل", "نيسان"], ["مايو", "أيار"],
            ["يونيه", "يونيو", "حزيران"], ["يوليه", "يوليو", "تموز"], ["أغسطس", "اغسطس", "آب"], ["سبتمبر", "أيلول"],
            ["أكتوبر", "اكتوبر", "تشرين الأول"], ["نوفمبر", "تشرين الثاني"], ["ديسمبر", "كانون الأول"],
        ];
        for (int i = 0; i < names.Length; i++)
        {
            foreach (string name in names[i])
            {
                months[name] = i + 1;
            }
        }

        return months;
    }

    /// <summary>
    /// The verbs that cite: preambular clauses open with "وإذ" / "إذ" and the present tense (feminine for the Assembly,
    /// masculine for the Council), operative paragraphs with the present tense alone; "أيضا" / "كذلك" follow the verb or
    /// stand inside it ("وإذ تعيد أيضا تأكيد").
    /// </summary>
    internal static IEnumerable<VerbForm> Verbs()
    {
        // Feminine present-tense stems; the masculine form swaps the first ت for ي (and اعتبارها for اعتباره).
        (string[] Forms, Relation Relation)[] verbs =
        [
            (["تشير", "تذكر", "تستذكر"], Relation.Recalls),
            (["تؤكد من جديد", "تعيد تأكيد", "تعيد التأكيد", "تكرر تأكيد", "تكرر التأكيد", "تؤكد مجددا", "تؤكد مجدداً", "تجدد تأكيد", "تعيد أيضا تأكيد",
              "تعيد كذلك تأكيد", "تكرر أيضا تأكيد", "تؤكد"], Relation.Reaffirms),
            (["تضع في اعتبارها", "تضع في الاعتبار", "تأخذ في اعتبارها", "تدرك", "تعي"], Relation.BearsInMind),
            (["تلاحظ", "تنوه"], Relation.Notes),
            (["تحيط علما", "تحيط علماً"], Relation.TakesNote),
            (["ترحب", "تثني", "تشيد"], Relation.Welcomes),
            (["تسلم", "تسلّم", "تقر", "تقرّ", "تعترف"], Relation.Recognizes),
            (["تشدد", "تبرز", "تؤكد بشدة"], Relation.Emphasizes),
            (["تؤيد", "توافق", "تعتمد", "تصادق"], Relation.Endorses),
            (["تقرر"], Relation.Decides),
            (["تطلب", "تدعو"], Relation.Requests),
            (["تهيب", "تناشد"], Relation.CallsUpon),
            (["تحث"], Relation.Urges),
            (["تعرب عن"], Relation.Expresses),
            (["ترى", "تعتبر", "تأخذ في الحسبان"], Relation.Considers),
            (["تسترشد"], Relation.Guided),
            (["تشجع", "تدين"], Relation.Cites),
        ];
        string[] modifiers = ["أيضا", "أيضاً", "كذلك", "مرة أخرى"];
        string[] openings = ["", "وإذ ", "إذ ", "واذ ", "اذ "];
        return VerbForms.Expand(verbs, Variants, StringComparer.Ordinal);

        // The feminine form (the Assembly) and the masculine (the Council), each after every opening, with and without a modifier.
        IEnumerable<string> Variants(string feminine)
        {
            string masculine = "ي" + feminine[1..].Replace("اعتبارها", "اعتباره", StringComparison.Ordinal);
            return from form in new[] { feminine, masculine }
                   from opening in openings
                   from variant in VerbForms.Trailing(opening + form, modifiers)
                   select variant;
        }
    }
}
