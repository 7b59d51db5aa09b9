using System.Globalization;
using Lineage.Model;

namespace Lineage.Bench.Record;

/// <summary>
/// How the record prints things in each of the six languages: dates, symbols (part letters by name in Arabic, Roman
/// sessions as <c>(د-15)</c>), the heading and closing of a resolution, the preambular clauses that recall one or many
/// resolutions, and footnotes that cite one. The forms follow ../shared/corpus and UN-SYMBOLS.md.
/// </summary>
internal static class RecordLanguage
{
    public static readonly Language[] All = [Language.Arabic, Language.Chinese, Language.English, Language.French, Language.Russian, Language.Spanish];

    private static readonly string[] EnMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] FrMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    private static readonly string[] EsMonths = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
    private static readonly string[] RuMonths = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
    private static readonly string[] ArMonths = ["كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو", "حزيران/يونيه", "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"];
    private static readonly string[] ArParts = ["ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء", "كاف", "لام", "ميم", "نون", "سين", "عين", "فاء", "صاد", "قاف", "راء", "شين", "تاء", "ثاء", "خاء", "ذال", "ضاد"];

    private static readonly string[][] Committees =
    [
        ["اللجنة الأولى", "اللجنة الثانية", "اللجنة الثالثة", "اللجنة الرابعة", "اللجنة الخامسة", "اللجنة السادسة"],
        ["第一委员会", "第二委员会", "第三委员会", "第四委员会", "第五委员会", "第六委员会"],
        ["First Committee", "Second Committee", "Third Committee", "Fourth Committee", "Fifth Committee", "Sixth Committee"],
        ["Première Commission", "Deuxième Commission", "Troisième Commission", "Quatrième Commission", "Cinquième Commission", "Sixième Commission"],
        ["Первого комитета", "Второго комитета", "Третьего комитета", "Четвертого комитета", "Пятого комитета", "Шестого комитета"],
        ["Primera Comisión", "Segunda Comisión", "Tercera Comisión", "Cuarta Comisión", "Quinta Comisión", "Sexta Comisión"],
    ];

    /// <summary>Verbs that open a recalling clause, by language: (verb, one resolution, several resolutions) for the Assembly and for the Council.</summary>
    private static readonly (string Verb, string One, string Many)[][] AssemblyVerbs =
    [
        [("وإذ تشير إلى", "قرارها", "قراراتها"), ("وإذ تشير أيضا إلى", "قرارها", "قراراتها"), ("وإذ تعيد تأكيد", "قرارها", "قراراتها"), ("وإذ تشير كذلك إلى", "قرارها", "قراراتها")],
        [("回顾", "其", "其"), ("又回顾", "其", "其"), ("重申", "其", "其"), ("还回顾", "其", "其")],
        [("Recalling", "its resolution", "its resolutions"), ("Recalling also", "its resolution", "its resolutions"), ("Reaffirming", "its resolution", "its resolutions"), ("Recalling further", "its resolution", "its resolutions")],
        [("Rappelant", "sa résolution", "ses résolutions"), ("Rappelant également", "sa résolution", "ses résolutions"), ("Réaffirmant", "sa résolution", "ses résolutions"), ("Rappelant en outre", "sa résolution", "ses résolutions")],
        [("ссылаясь на", "свою резолюцию", "свои резолюции"), ("ссылаясь также на", "свою резолюцию", "свои резолюции"), ("подтверждая", "свою резолюцию", "свои резолюции"), ("ссылаясь далее на", "свою резолюцию", "свои резолюции")],
        [("Recordando", "su resolución", "sus resoluciones"), ("Recordando también", "su resolución", "sus resoluciones"), ("Reafirmando", "su resolución", "sus resoluciones"), ("Recordando además", "su resolución", "sus resoluciones")],
    ];

    private static readonly (string Verb, string One, string Many)[] ArabicCouncilVerbs =
        [("وإذ يشير إلى", "قراره", "قراراته"), ("وإذ يشير أيضا إلى", "قراره", "قراراته"), ("وإذ يعيد تأكيد", "قراره", "قراراته"), ("وإذ يشير كذلك إلى", "قراره", "قراراته")];

    /// <summary>A printed date in <paramref name="language"/> (as <see cref="Date"/> writes them), for renumbering the corpus's own.</summary>
    public static System.Text.RegularExpressions.Regex DatePattern(Language language) => DatePatterns[Index(language)];

    private static readonly System.Text.RegularExpressions.Regex[] DatePatterns = All.Select(l => new System.Text.RegularExpressions.Regex(l switch
    {
        Language.Arabic => @"\d{1,2}\s+(?:" + string.Join("|", ArMonths.Select(m => m.Replace("/", @"\s*/\s*", StringComparison.Ordinal))) + @")\s+\d{4}",
        Language.Chinese => @"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日",
        Language.English => @"\d{1,2}\s+(?:" + string.Join("|", EnMonths) + @")\s+\d{4}",
        Language.French => @"(?:1er|\d{1,2})\s+(?:" + string.Join("|", FrMonths) + @")\s+\d{4}",
        Language.Russian => @"\d{1,2}\s+(?:" + string.Join("|", RuMonths) + @")\s+\d{4}\s+года",
        _ => @"\d{1,2}\s+de\s+(?:" + string.Join("|", EsMonths) + @")\s+de\s+\d{4}",
    }, System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled)).ToArray();

    public static int Index(Language language) => Array.IndexOf(All, language);

    public static string Code(Language language) => language switch
    {
        Language.Arabic => "ar",
        Language.Chinese => "zh",
        Language.English => "en",
        Language.French => "fr",
        Language.Russian => "ru",
        _ => "es",
    };

    public static bool IsCjk(Language language) => language == Language.Chinese;

    public static string Date(Language language, DateOnly date, bool spaced = false) => language switch
    {
        Language.Arabic => Inv($"{date.Day} {ArMonths[date.Month - 1]} {date.Year}"),
        Language.Chinese => spaced ? Inv($"{date.Year} 年 {date.Month} 月 {date.Day} 日") : Inv($"{date.Year}年{date.Month}月{date.Day}日"),
        Language.English => Inv($"{date.Day} {EnMonths[date.Month - 1]} {date.Year}"),
        Language.French => Inv($"{(date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture))} {FrMonths[date.Month - 1]} {date.Year}"),
        Language.Russian => Inv($"{date.Day} {RuMonths[date.Month - 1]} {date.Year} года"),
        _ => Inv($"{date.Day} de {EsMonths[date.Month - 1]} de {date.Year}"),
    };

    /// <summary>The symbol as printed in running text: <c>49/75 E</c>, <c>49/75 هاء</c>, <c>2602 E (XXIV)</c>, <c>1514 (د-15)</c>, <c>1540 (2004)</c>, <c>1540(2004)</c>.</summary>
    public static string Symbol(Language language, RecordResolution r)
    {
        string part = r.Part is null ? string.Empty : " " + (language == Language.Arabic ? ArParts[r.Part.Value - 'A'] : r.Part.Value.ToString());
        bool cjk = language == Language.Chinese;
        return r.Kind switch
        {
            RecordKind.Assembly => Inv($"{r.Session}/{r.Number}{part}"),
            RecordKind.RomanAssembly => language == Language.Arabic
                ? Inv($"{r.Number}{part} (د-{r.Session})")
                : Inv($"{r.Number}{part}{(cjk ? "" : " ")}({RomanNumeral.Format(r.Session)})"),
            _ => Inv($"{r.Number}{(cjk ? "" : " ")}({r.Year})"),
        };
    }

    /// <summary>The running header: the document's symbol alone, as the PDF prints it at the top of pages 2 and on.</summary>
    public static string RunningHeader(RecordResolution r) => r.Kind switch
    {
        RecordKind.Assembly => Inv($"A/RES/{r.Session}/{r.Number}{(r.Part is null ? "" : " " + r.Part)}"),
        RecordKind.RomanAssembly => Inv($"A/RES/{r.Number}{(r.Part is null ? "" : " " + r.Part)} ({RomanNumeral.Format(r.Session)})"),
        _ => Inv($"S/RES/{r.Number} ({r.Year})"),
    };

    public static string Formula(Language language, bool assembly) => (language, assembly) switch
    {
        (Language.Arabic, true) => "إن الجمعية العامة،",
        (Language.Chinese, true) => "大会，",
        (Language.English, true) => "The General Assembly,",
        (Language.French, true) => "L’Assemblée générale,",
        (Language.Russian, true) => "Генеральная Ассамблея,",
        (_, true) => "La Asamblea General,",
        (Language.Arabic, false) => "إن مجلس الأمن،",
        (Language.Chinese, false) => "安全理事会，",
        (Language.English, false) => "The Security Council,",
        (Language.French, false) => "Le Conseil de sécurité,",
        (Language.Russian, false) => "Совет Безопасности,",
        _ => "El Consejo de Seguridad,",
    };

    /// <summary>The heading lines between the job number and the formula.</summary>
    public static IEnumerable<string> Heading(Language language, RecordResolution r, string title, bool spaced)
    {
        string date = Date(language, r.Date, spaced);
        if (r.Kind == RecordKind.Council)
        {
            string meeting = r.Meeting.ToString(CultureInfo.InvariantCulture);
            switch (language)
            {
                case Language.Arabic: yield return Inv($"القرار {r.Number} ({r.Year})"); yield return Inv($"الذي اتخذه مجلس الأمن في جلسته {meeting} المعقودة في {date}"); break;
                case Language.Chinese: yield return Inv($"第{r.Number}({r.Year})号决议"); yield return Inv($"{date}安全理事会第{meeting}次会议通过"); break;
                case Language.English: yield return Inv($"Resolution {r.Number} ({r.Year})"); yield return Inv($"Adopted by the Security Council at its {meeting}{Ordinal(r.Meeting)} meeting, on {date}"); break;
                case Language.French: yield return Inv($"Résolution {r.Number} ({r.Year})"); yield return Inv($"Adoptée par le Conseil de sécurité à sa {meeting}e séance, le {date}"); break;
                case Language.Russian: yield return Inv($"Резолюция {r.Number} ({r.Year}),"); yield return Inv($"принятая Советом Безопасности на его {meeting}-м заседании {date}"); break;
                default: yield return Inv($"Resolución {r.Number} ({r.Year})"); yield return Inv($"Aprobada por el Consejo de Seguridad en su {meeting}a sesión, celebrada el {date}"); break;
            }

            yield break;
        }

        string committee = Committees[Index(language)][r.Committee];
        string report = r.Kind == RecordKind.Assembly ? Inv($"A/{r.Session}/{380 + (r.Number % 240)}") : Inv($"A/{1000 + (r.Number * 3)}");
        yield return language switch
        {
            Language.Arabic => $"قرار اتخذته الجمعية العامة في {date}",
            Language.Chinese => $"{date}大会决议",
            Language.English => $"Resolution adopted by the General Assembly on {date}",
            Language.French => $"Résolution adoptée par l’Assemblée générale le {date}",
            Language.Russian => $"Резолюция, принятая Генеральной Ассамблеей {date}",
            _ => $"Resolución aprobada por la Asamblea General el {date}",
        };
        yield return language switch
        {
            Language.Arabic => $"[بناء على تقرير {committee} ({report})]",
            Language.Chinese => $"[根据{committee}的报告({report})通过]",
            Language.English => $"[on the report of the {committee} ({report})]",
            Language.French => $"[sur la base du rapport de la {committee} ({report})]",
            Language.Russian => $"[по докладу {committee} ({report})]",
            _ => $"[sobre la base del informe de la {committee} ({report})]",
        };
        yield return string.Empty;
        // Arabic prints "62/42 - title" (the AKN4UN docNumber has no full stop); the others "62/42. Title".
        yield return language == Language.Arabic ? $"{Symbol(language, r)} - {title}" : $"{Symbol(language, r)}. {title}";
    }

    /// <summary>The closing: meeting and date (Assembly); the Council's texts end with the last paragraph.</summary>
    public static IEnumerable<string> Closing(Language language, RecordResolution r)
    {
        if (r.Kind == RecordKind.Council)
        {
            yield break;
        }

        string m = r.Meeting.ToString(CultureInfo.InvariantCulture);
        string date = Date(language, r.Date);
        switch (language)
        {
            case Language.Arabic: yield return $"الجلسة العامة {m}"; yield return date; break;
            case Language.Chinese: yield return date; yield return $"第{m}次全体会议"; break;
            case Language.English: yield return $"{m}{Ordinal(r.Meeting)} plenary meeting"; yield return date; break;
            case Language.French: yield return $"{m}e séance plénière"; yield return date; break;
            case Language.Russian: yield return $"{m}-е пленарное заседание"; yield return date; break;
            default: yield return $"{m}a sesión plenaria"; yield return date; break;
        }
    }

    public static string OperativeNumber(Language language, int n) =>
        language == Language.Arabic ? Inv($"{n} - ") : Inv($"{n}. ");

    /// <summary>
    /// A preambular clause recalling <paramref name="cited"/> (one or many, in order) by the citing organ's own words:
    /// "Recalling its resolutions 49/75 E of 15 December 1994, … and 61/78 of 6 December 2006,"; the Council's own
    /// resolutions without dates. Resolutions of the other organ are named with it.
    /// </summary>
    public static string Recalling(Language language, bool assembly, IReadOnlyList<RecordResolution> cited, int verb, bool spaced)
    {
        var verbs = assembly || language != Language.Arabic ? AssemblyVerbs[Index(language)] : ArabicCouncilVerbs;
        var (v, one, many) = verbs[verb % verbs.Length];
        bool own = cited.All(c => (c.Kind == RecordKind.Council) != assembly);
        if (!own)
        {
            return OtherOrgan(language, assembly, cited[0], v, spaced);
        }

        bool dated = assembly;
        string zhNo = spaced ? " 号" : "号";
        string zhDi = spaced ? "第 " : "第";
        var items = cited.Select(c =>
        {
            string s = Symbol(language, c);
            string d = Date(language, c.Date, spaced);
            return language switch
            {
                Language.Arabic => dated ? $"{s} المؤرخ {d}" : s,
                Language.Chinese => dated ? $"{d}{zhDi}{s}{zhNo}" : $"{zhDi}{s}{zhNo}",
                Language.English => dated ? $"{s} of {d}" : s,
                Language.French => dated ? $"{s} du {d}" : s,
                Language.Russian => dated ? $"{s} от {d}" : s,
                _ => dated ? $"{s}, de {d}" : s,
            };
        }).ToList();
        string list = language switch
        {
            Language.Arabic => string.Join(" و ", items),
            Language.Chinese => Join(items, "、", "和"),
            Language.English => Join(items, ", ", " and "),
            Language.French => Join(items, ", ", " et "),
            Language.Russian => Join(items, ", ", " и "),
            _ => Join(items, ", ", dated ? ", y " : " y "),
        };
        string noun = cited.Count == 1 ? one : many;
        return language switch
        {
            Language.Arabic => $"{v} {noun} {list}،",
            Language.Chinese => $"{v}{noun}{list}决议，",
            Language.Spanish when dated => $"{v} {noun} {list},",
            _ => $"{v} {noun} {list},",
        };
    }

    private static string OtherOrgan(Language language, bool assembly, RecordResolution c, string verb, bool spaced)
    {
        string s = Symbol(language, c);
        string d = Date(language, c.Date, spaced);
        if (assembly)
        {
            // The Assembly recalls a Council resolution: the year is in the symbol.
            return language switch
            {
                Language.Arabic => $"{verb} قرار مجلس الأمن {s}،",
                Language.Chinese => $"{verb}安全理事会第{s}号决议，",
                Language.English => $"{verb} Security Council resolution {s},",
                Language.French => $"{verb} la résolution {s} du Conseil de sécurité,",
                Language.Russian => $"{verb} резолюцию {s} Совета Безопасности,",
                _ => $"{verb} la resolución {s} del Consejo de Seguridad,",
            };
        }

        return language switch
        {
            Language.Arabic => $"{verb} قرار الجمعية العامة {s} المؤرخ {d}،",
            Language.Chinese => $"{verb}大会{d}第{s}号决议，",
            Language.English => $"{verb} General Assembly resolution {s} of {d},",
            Language.French => $"{verb} la résolution {s} de l’Assemblée générale en date du {d},",
            Language.Russian => $"{verb} резолюцию {s} Генеральной Ассамблеи от {d},",
            _ => $"{verb} la resolución {s} de la Asamblea General, de {d},",
        };
    }

    /// <summary>A footnote that cites: "See resolution 50/245.", "见第 50/245 号决议。".</summary>
    public static string SeeResolution(Language language, RecordResolution c)
    {
        string s = Symbol(language, c);
        return language switch
        {
            Language.Arabic => $"انظر القرار {s}.",
            Language.Chinese => $"见第 {s} 号决议。",
            Language.English => $"See resolution {s}.",
            Language.French => $"Voir résolution {s}.",
            Language.Russian => $"См. резолюцию {s}.",
            _ => $"Véase la resolución {s}.",
        };
    }

    /// <summary>The punctuation that ends a preambular clause in the language.</summary>
    public static string ClauseComma(Language language) => language switch
    {
        Language.Arabic => "،",
        Language.Chinese => "，",
        _ => ",",
    };

    private static string Join(List<string> items, string separator, string last) =>
        items.Count == 1 ? items[0] : string.Join(separator, items.Take(items.Count - 1)) + last + items[^1];

    private static string Ordinal(int n) => (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
