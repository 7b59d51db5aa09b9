using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Extraction.Rules.Ru;

/// <summary>
/// "свою резолюцию 49/75 E от 15 декабря 1994 года", "свои резолюции 50/70 Р от 12 декабря 1995 года, … и 61/78 от 6
/// декабря 2006 года о ядерном разоружении", "резолюции Совета Безопасности 1325 (2000) и 1820 (2008)", "резолюция 51/32
/// Совета по правам человека", "53/77 A и B", "3419 A–D (XXX)", "свое решение 52/492", "во исполнение резолюции 77/1".
/// The kind word (any case: резолюция, резолюции, резолюцию, резолюциях …) stands before a list and is shared by its
/// items; dates follow ("от …"); an organ in the genitive stands between the kind word and the number or after the
/// number; part letters may be Cyrillic look-alikes (<c>Р</c> U+0420 is P).
/// </summary>
public sealed partial class RussianReferenceRule : KindFirstReferenceRule
{
    private const string Organs =
        @"Совет\p{L}{0,2}\s+Безопасности|Генеральн\p{L}{1,2}\s+Ассамбле\p{L}{1,2}|Экономическ\p{L}{1,3}\s+и\s+Социальн\p{L}{1,3}\s+Совет\p{L}{0,2}|Совет\p{L}{0,2}\s+по\s+правам\s+человека|ЭКОСОС";

    /// <summary>Bodies that adopt resolutions of their own: a number they name is no UN principal organ's.</summary>
    private const string Foreign =
        @"Комисси\p{L}{1,3}|(?:Экономическ|экономическ)\p{L}{1,3}\s+и\s+социальн\p{L}{1,3}\s+комисси\p{L}{1,3}|(?:Экономическ|экономическ)\p{L}{1,3}\s+комисси\p{L}{1,3}|Конференци\p{L}{1,3}|Комитет\p{L}{0,3}|Совет\p{L}{0,2}\s+управляющих|Исполнительн\p{L}{2,3}\s+совет\p{L}{0,2}|Ассамбле\p{L}{1,2}\s+Организации\s+Объединенных\s+Наций\s+по\s+окружающей\s+среде|Всемирн\p{L}{2,3}\s+ассамбле\p{L}{1,2}|Подкомисси\p{L}{1,3}|Совещани\p{L}{1,3}|Совет\p{L}{0,2}\s+Европы";

    private const string AfterBody =
        @"(?:\s*,?\s*(?:(?<organ>" + Organs + ")|" + @"(?<organ>Совет\p{L}{0,2})(?=\s*(?:,|от\s|\d|$))|(?<foreign>(?-i:" + Foreign + @"))(?![\p{L}])|(?:от|от\s+\d{1,2}(?:\s*,\s*\d{1,2})*\s+и|,?\s*принят\p{L}{0,2}(?:\s+(?:консенсусом|без\s+голосования))?)\s+" + RussianRuleSet.DatePattern + @")){0,3}"
        + @"(?:\s*,?\s*(?<subject>(?:об?|по\s+вопросу\s+об?|касающ\p{L}+|озаглавленн\p{L}+|под\s+названием|относительно)\s+(?:«[^»]{1,250}»|[^,;.()«»]{2,150}?(?=\s*[,;.)]|\s*$|\s+и\s+(?:свою|свои|ее|его|в\s+своей)?\s*(?:резолюци|решени)))))?";

    public override string Name => "ru-reference";

    protected override Regex Reference => ReferencePattern();

    protected override Regex Head => s_head;

    protected override Regex HeadWithoutOrgan => s_headWithoutOrgan;

    protected override Regex KindThenOrgan => KindThenOrganPattern();

    protected override Regex After => AfterPattern();

    protected override Regex ListGap => ListGapPattern();

    /// <summary>The list words of <see cref="ListGapPattern"/>.</summary>
    protected override ReferenceVocabulary Vocabulary { get; } = new(["и", "а также", "или"], ",;")
    {
        OrganNames =
        [
            new("безопасности", OrganNameMatch.Contains, Organ.SecurityCouncil),
            new("ассамбле", OrganNameMatch.Contains, Organ.GeneralAssembly),
            new("экономическ", OrganNameMatch.Prefix, Organ.EconomicAndSocialCouncil),
            new("экосос", OrganNameMatch.Whole, Organ.EconomicAndSocialCouncil),
            new("по правам человека", OrganNameMatch.Contains, Organ.HumanRightsCouncil),
        ],

        // AfterBody's organs and bodies (named in the genitive right after the number), dates ("от", "принятой"), subjects
        // and the list words; a date may end in "г." (so no full stop among the stops).
        GapLeads =
        [
            "совет", "генеральн", "экономическ", "экосос", "комисси", "конференци", "комитет", "исполнительн", "ассамбле", "всемирн",
            "подкомисси", "совещани", "от ", "принят", "о ", "об ", "по ", "касающ", "озаглавленн", "под ", "относительно ", "и ", "а ", "или ",
        ],
        GapStops = "()",
        TitleOpens = "«",

        // HeadKind, the own word of HeadToKind, the organ heads' "в своей", the adoption heads' verbs (before a body's name of
        // up to 16 words: anywhere in the window), and the last words of its "pursuant to" phrases (then two words).
        Heads = new()
        {
            ResolutionWords = [new("резолюци", "яиюейямх", 1, 3)],
            DecisionWords = [new("решени", "еяюмийх", 1, 3)],
            OwnWords = [new("сво", null, 1, 3)],
            BridgeWords = ["в"],
            BridgeArticles = ["своей", "своих", "ее", "её", "его"],
            Blockers = ["принят", "утвержден", "принял", "утвердил"],
            LocalEnds = ["соответствии", "исполнение", "согласно", "основании", "осуществление", "развитие", "выполнения", "осуществления"],
            LocalReach = 5,
            Names = ["совет", "генеральн", "экономическ", "экосос", "комисси", "конференци", "комитет", "исполнительн", "ассамбле", "всемирн", "подкомисси", "совещани"],
        },

        // AfterBody's first date lead ("от") and RussianRuleSet.DatePattern's "года" / "г." after the year.
        AfterDates = new() { Leads = ["от"], YearSuffixes = ["года", "г."] },
    };

    protected override Regex OrganMention => OrganMentionPattern();

    protected override Regex KindMention => KindMentionPattern();

    protected override IDateReader Dates => RussianRuleSet.Dates;

    /// <summary>
    /// A printed number (groups <c>sp</c>, <c>slash</c>, <c>num</c>, <c>paren</c>, <c>parts</c>, <c>bare</c>): every match
    /// starts on an ASCII digit (a special-session mark before it is read by a lookbehind), which <see cref="s_numbers"/> relies on.
    /// </summary>
    private const string ReferenceText = NumberStart + @"(?:(?<slash>[0-9]{1,4}/[0-9]{1,4})(?![0-9/])(?:\s?(?<parts>" + Parts + @"))?|(?<num>[0-9]{1,4})(?:\s?(?<parts>" + Parts + @"))?\s*\(\s*(?<paren>" + Session + @")\s*\)|(?<!(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|\d)\s{1,2})(?<bare>[0-9]{3,4})(?![0-9\p{L}/%]|[.,]\d|\s*\(|\s*(?:год|г\.|гг\.)))";

    [GeneratedRegex(ReferenceText, RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();

    /// <summary><see cref="ReferencePattern"/> tried at one position only, by <see cref="s_numbers"/>.</summary>
    [GeneratedRegex(@"\G" + ReferenceText, RegexOptions.CultureInvariant)]
    private static partial Regex AnchoredReferencePattern();

    /// <summary>The numbers of a clause, found from its digits (<see cref="AnchoredNumberScan"/>): the matches of <see cref="ReferencePattern"/>.</summary>
    private static readonly AnchoredNumberScan s_numbers = AsciiNumberScan(AnchoredReferencePattern());

    protected override IReadOnlyList<Match> FindNumbers(string text) => FindAsciiNumbers(s_numbers, text);

    /// <summary>Latin capitals and the Cyrillic look-alikes (А В Е К М Н О Р С Т Х У), lists with "и", ranges with a dash or "до".</summary>
    private const string Parts = @"[A-ZАВЕКМНОРСТХУ]{1,2}(?:(?:\s*,\s*|\s+и\s+|\s+до\s+|\s*[-–‑]\s*)[A-ZАВЕКМНОРСТХУ]{1,2})*(?![\p{L}\d/])";

    /// <summary>
    /// Another body as the subject of the adoption, right before the kind word: "о принятии Экономической комиссией для
    /// Латинской Америки и Карибского бассейна резолюции", "Комиссия по народонаселению и развитию приняла резолюцию".
    /// The name runs on in words (no verb, no relative word) up to the kind word or the verb.
    /// </summary>
    private const string ForeignAdopted =
        @"(?:(?:принят\p{L}{1,3}|утвержден\p{L}{1,3})\s+(?<foreign>(?-i:" + Foreign + @"))(?:\s+(?!(?:котор\p{L}*|что|как|это|был\p{L}*|где)(?!\p{L}))[\p{L}\-—]+){0,16}\s+"
        + @"|(?<foreign>(?-i:" + Foreign + @"))(?:\s+(?!(?:котор\p{L}*|что|как|это|был\p{L}*|где)(?!\p{L}))[\p{L}\-—]+){0,16}\s*,?\s+(?:принял\p{L}{0,2}|утвердил\p{L}{0,2})\s+(?:сво\p{L}{1,3}\s+)?)";

    /// <summary>The kind word of a head, in any number.</summary>
    private const string HeadKind = @"(?<kind>(?<decision>решени[еяюмийх]{1,3})|резолюци[яиюейямх]{1,3})";

    /// <summary>The words of a head before its number: "pursuant to" words, organ or own words, and the kind word.</summary>
    private const string HeadToKind =
        @"(?<![\p{L}])(?:(?<local>в\s+соответствии\s+с|во\s+исполнение|согласно|на\s+основании|в\s+осуществление|в\s+развитие|в\s+порядке\s+выполнения|в\s+рамках\s+осуществления)\s+(?:(?:положениями|положений|пунктом|пункта)\s+)?(?:(?:ее|его|их|своей|своими|своим|своих|свою)\s+)?)?(?:(?:(?<organ>" + Organs + @")|(?<foreign>(?-i:" + Foreign + @"))(?:\s+(?!(?:котор\p{L}*|что|как|это|был\p{L}*|где)(?!\p{L}))\S+){0,5})\s*,?\s+в\s+(?:своей|своих|ее|её|его)\s+|" + ForeignAdopted + @"|(?<own>сво\p{L}{1,3})\s+)?" + HeadKind + @"";

    /// <summary>An organ or another body named between the kind word and the number (the costly part of a head).</summary>
    private const string HeadOrgan =
        @"(?:\s+(?:(?<organ>" + Organs + @"|Совет\p{L}{0,2}|Ассамбле\p{L}{1,2})|(?<foreign>(?-i:" + Foreign + @"))(?:\s+(?!(?:котор\p{L}*|что|как|это|был\p{L}*|где)(?!\p{L}))\p{L}+){0,8}))";

    private const string HeadEnd = @"\s*(?:№\s*)?\z";

    /// <summary>The kind word (with "pursuant to" before it, an organ before or after it) ending right before a number.</summary>
    private const string HeadText = HeadToKind + HeadOrgan + "?" + HeadEnd;

    // Interpreted, not compiled: see KindFirstReferenceRule.Head.
    private static readonly Regex s_head = new(HeadText, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft);

    /// <summary>The head without <see cref="HeadOrgan"/>: the same match wherever <see cref="KindThenOrganPattern"/> finds nothing.</summary>
    private static readonly Regex s_headWithoutOrgan = new(HeadToKind + HeadEnd, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft);

    [GeneratedRegex(HeadKind + HeadOrgan, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KindThenOrganPattern();

    [GeneratedRegex("резолюци", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KindMentionPattern();

    [GeneratedRegex("(?<organ>" + Organs + ")|(?<foreign>(?-i:" + Foreign + "))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OrganMentionPattern();

    [GeneratedRegex("^" + AfterBody, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AfterPattern();

    [GeneratedRegex("^" + AfterBody + @"\s*[,;]?\s*(?:(?:и|а\s+также|или)\s+)?\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ListGapPattern();
}
