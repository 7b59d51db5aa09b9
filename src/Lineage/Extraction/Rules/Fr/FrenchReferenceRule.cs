using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Extraction.Rules.Fr;

/// <summary>
/// "sa résolution 49/75 E du 15 décembre 1994", "ses résolutions 50/70 P du 12 décembre 1995, … et 61/78 du 6 décembre
/// 2006, intitulées « … »", "la résolution 1540 (2004) du Conseil de sécurité", "résolutions 53/77 A et B",
/// "3419 A à D (XXX)", "sa décision 52/492", "conformément à la résolution 77/1". The kind word stands before a list and
/// is shared by its items; dates follow ("du", "en date du"); the organ is named after the number
/// ("du Conseil des droits de l'homme") or between kind word and number ("résolution du Conseil de sécurité 1540").
/// </summary>
public sealed partial class FrenchReferenceRule : KindFirstReferenceRule
{
    private const string Organs =
        @"Conseil\s+de\s+sécurité|Assemblée\s+générale|Conseil\s+économique\s+et\s+social|Conseil\s+des\s+droits\s+de\s+l['’]\s?homme";

    private const string Of = @"(?:du|de\s+l['’]\s?|de\s+la|des)\s*";

    /// <summary>Bodies that adopt resolutions of their own: a number they name is no UN principal organ's.</summary>
    private const string Foreign =
        @"Commission|Conférence|Comité|Conseil\s+d['’]\s?administration|Conseil\s+exécutif|Assemblée\s+des\s+Nations\s+Unies\s+pour\s+l['’]\s?environnement|Assemblée\s+mondiale|Sous-Commission|Réunion|Organisation\s+(?:mondiale|internationale|des\s+Nations\s+Unies\s+pour)|Union|Conseil\s+de\s+l['’]\s?Europe|Conseil\s+des\s+ministres";

    /// <summary>
    /// "la résolution 1993/51, en date du 9 mars 1993, et les résolutions ultérieures de la Commission des droits de
    /// l'homme": the body whose later resolutions follow adopted the item too (where the other languages name it first).
    /// </summary>
    private const string Subsequent =
        @"et\s+(?:toutes\s+)?les\s+(?:autres\s+)?résolutions\s+(?:ultérieures|postérieures|suivantes)\s+" + Of + "(?:(?<organ>" + Organs + ")|(?<foreign>(?-i:" + Foreign + @"))\b)";

    private const string AfterBody =
        @"(?:\s*,?\s*(?:" + Of + "(?<organ>" + Organs + ")|" + Of + @"(?<organ>Conseil)(?!\s*(?:de|des|du|d['’]|économique|exécutif)(?![\p{L}]))|" + @"(?<=,\s*)(?:le|la|l['’]\s?)\s*(?<organ>" + Organs + ")|" + @"(?<=,\s*)(?:le|la|l['’]\s?)\s*(?<foreign>(?-i:" + Foreign + @"))\b|" + Of + "(?<foreign>(?-i:" + Foreign + @"))\b|" + Subsequent + @"|(?:en\s+date\s+du|du|datée?s?\s+du|(?:en\s+date\s+)?des\s+\d{1,2}(?:\s?(?:er|re))?(?:\s*,\s*\d{1,2}(?:\s?(?:er|re))?)*\s+et|adoptée?s?\s+(?:par\s+consensus\s+|sans\s+vote\s+)?le)\s+" + FrenchRuleSet.DatePattern + @")){0,3}"
        + @"(?:\s*,?\s*(?<subject>(?:intitulée?s?|sur|relatives?\s+(?:à\s+la|à\s+l['’]|aux?)|concernant|consacrée?s?\s+(?:à\s+la|à\s+l['’]|aux?))\s*(?:«[^»]{1,250}»|[^,;.()«»]{2,150}?(?=\s*[,;.)]|\s*$|\s+et\s+(?:sa|ses|la|les)\s+(?:résolution|décision)))))?";

    public override string Name => "fr-reference";

    protected override Regex Reference => ReferencePattern();

    protected override Regex Head => s_head;

    protected override Regex HeadWithoutOrgan => s_headWithoutOrgan;

    protected override Regex KindThenOrgan => KindThenOrganPattern();

    protected override Regex After => AfterPattern();

    protected override Regex ListGap => ListGapPattern();

    /// <summary>The list words of <see cref="ListGapPattern"/>.</summary>
    protected override ReferenceVocabulary Vocabulary { get; } = new(["et", "ainsi que", "de même que", "ou", "puis"], ",;")
    {
        OrganNames =
        [
            new("conseil de sécurité", OrganNameMatch.Prefix, Organ.SecurityCouncil),
            new("assemblée", OrganNameMatch.Prefix, Organ.GeneralAssembly),
            new("conseil économique", OrganNameMatch.Prefix, Organ.EconomicAndSocialCouncil),
            new("conseil des droits", OrganNameMatch.Prefix, Organ.HumanRightsCouncil),
        ],

        // AfterBody's dates ("du", "en date du", "datée du", "des 12 et", "adoptée le"), organs and bodies ("du", "de la",
        // "des", ", le", ", l’"), later resolutions ("et les résolutions ultérieures"), subjects and the list words.
        GapLeads = ["du", "de", "le", "la", "l'", "l’", "et ", "en ", "dat", "adopt", "intitul", "sur", "relativ", "concernant", "consacr", "ainsi", "ou ", "puis "],
        GapStops = ".()",
        TitleOpens = "«",

        // HeadKind, the own words of HeadToKind, the organ ("dans sa", "par la") and adoption ("de sa", "a adopté la") heads'
        // last words, and the last words of its "pursuant to" phrases (then a preposition and an article: three words).
        Heads = new()
        {
            ResolutionWords = [new("résolution", "s", 0, 1)],
            DecisionWords = [new("décision", "s", 0, 1)],
            OwnWords = [new("sa"), new("ses"), new("son"), new("leur"), new("leurs")],
            BridgeWords = ["dans", "par", "de", "adopt"],
            BridgeArticles = ["sa", "ses", "la", "les"],
            LocalEnds = ["conformément", "application", "vertu", "suite", "exécution", "termes", "demandé", "prévu"],
            LocalReach = 4,
            Names = ["conseil", "assemblée", "commission", "conférence", "comité", "réunion", "organisation", "union"],
        },

        // AfterBody's first date leads ("en date du", "du") and FrenchRuleSet.DatePattern's day suffixes ("1er").
        AfterDates = new() { Leads = ["en date du", "du"], DaySuffixes = ["er", "re"] },

        // AfterBody's first alternative: Of ("du", "de l’", "de la", "des", then any white space) and the first three of Organs
        // (the Human Rights Council's name, with its optional space after the apostrophe, is left to the pattern).
        AfterOrgans = new()
        {
            Leads = ["du", "de l'", "de l’", "de la", "des"],
            SpaceAfterLead = false,
            Names = ["Conseil de sécurité", "Assemblée générale", "Conseil économique et social"],
        },
    };

    protected override Regex OrganMention => OrganMentionPattern();

    protected override Regex KindMention => KindMentionPattern();

    protected override IDateReader Dates => FrenchRuleSet.Dates;

    /// <summary>
    /// A printed number (groups <c>sp</c>, <c>slash</c>, <c>num</c>, <c>paren</c>, <c>parts</c>, <c>bare</c>): every match
    /// starts on an ASCII digit (a special-session mark before it is read by a lookbehind), which <see cref="s_numbers"/> relies on.
    /// </summary>
    private const string ReferenceText = NumberStart + @"(?:(?<slash>[0-9]{1,4}/[0-9]{1,4})(?![0-9/])(?:\s?(?<parts>" + Parts + @"))?|(?<num>[0-9]{1,4})(?:\s?(?<parts>" + Parts + @"))?\s*\(\s*(?<paren>" + Session + @")\s*\)|(?<!(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|\d)\s{1,2})(?<bare>[0-9]{3,4})(?![0-9\p{L}/%]|[.,]\d|\s*\())";

    [GeneratedRegex(ReferenceText, RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();

    /// <summary><see cref="ReferencePattern"/> tried at one position only, by <see cref="s_numbers"/>.</summary>
    [GeneratedRegex(@"\G" + ReferenceText, RegexOptions.CultureInvariant)]
    private static partial Regex AnchoredReferencePattern();

    /// <summary>The numbers of a clause, found from its digits (<see cref="AnchoredNumberScan"/>): the matches of <see cref="ReferencePattern"/>.</summary>
    private static readonly AnchoredNumberScan s_numbers = AsciiNumberScan(AnchoredReferencePattern());

    protected override IReadOnlyList<Match> FindNumbers(string text) => FindAsciiNumbers(s_numbers, text);

    private const string Parts = @"[A-Z]{1,2}(?:(?:\s*,\s*|\s+et\s+|\s+à\s+|\s*[-–‑]\s*)[A-Z]{1,2})*(?![\p{L}\d/])";

    /// <summary>"…, à sa soixante-dix-neuvième session," between a body's name and its verb.</summary>
    private const string AtSession = @"(?:\s*,?\s+à\s+sa\s+[\p{L}\d\-]+(?:\s+[\p{L}\d\-]+){0,3}\s+(?:session|réunion)\s*,?)?";

    /// <summary>
    /// Another body as the subject of the adoption, right before the kind word: "la Commission économique pour l’Amérique
    /// latine et les Caraïbes a adopté la résolution", "l’adoption par la Commission de la population et du développement
    /// de sa résolution". The name runs on in words (no verb, no relative word) up to the verb or "de".
    /// </summary>
    private const string ForeignAdopted =
        @"(?:adoption\s*,?\s+par\s+(?:le|la|les|l['’]\s?)\s*(?<foreign>(?-i:" + Foreign + @"))(?:\s+(?!(?:que|qui|dont|où|a|ont|avait|avaient|est|sont|été|se|s['’]\S*|ce|cette|il|elle|ils|elles|lui|leur|sa|ses)\b)[\p{L}'’\-]+){0,16}" + AtSession + @"\s+de\s+(?:la|les|sa|ses)\s+"
        + @"|(?<foreign>(?-i:" + Foreign + @"))(?:\s+(?!(?:que|qui|dont|où|a|ont|avait|avaient|est|sont|été|se|s['’]\S*|ce|cette|il|elle|ils|elles|lui|leur)\b)[\p{L}'’\-]+){0,16}" + AtSession + @"\s*,?\s+(?:a|ont|avait|avaient)\s+adopté(?:e|es|s)?\s+(?:la|les|sa|ses)\s+)";

    /// <summary>The kind word of a head, in any number.</summary>
    private const string HeadKind = @"(?<kind>(?<decision>décisions?)|résolutions?)";

    /// <summary>The words of a head before its number: "pursuant to" words, organ or own words, and the kind word.</summary>
    private const string HeadToKind =
        @"(?<![\p{L}])(?:(?<local>conformément|en\s+application|en\s+vertu|comme\s+suite|en\s+exécution|aux\s+termes|comme\s+(?:il\s+est\s+)?demandé|comme\s+prévu)\s+(?:à|aux|au|de|des|du|dans)?\s*(?:(?:la|les|sa|ses|leur|leurs)\s+|l['’]\s?)?)?(?:(?<organ>" + Organs + @")\s*,?\s+(?:dans|par)\s+(?:sa|ses|la|les)\s+|(?<foreign>(?-i:" + Foreign + @"))(?:\s+(?!(?:que|qui|dont|où|a|ont|est|sont|été|se|s['’]\S*|ce|cette|il|elle|ils|elles|lui|leur)\b)\S+){0,5}\s*,?\s+(?:dans|par)\s+(?:sa|ses)\s+|" + ForeignAdopted + @"|(?<own>sa|ses|son|leur|leurs)\s+)?" + HeadKind + @"";

    /// <summary>An organ or another body named between the kind word and the number (the costly part of a head).</summary>
    private const string HeadOrgan =
        @"(?:\s+" + Of + "(?:(?<organ>" + Organs + @"|Conseil)|(?<foreign>(?-i:" + Foreign + @"))(?:\s+(?!(?:que|qui|dont|où|a|ont|est|sont|été|se|s['’]\S*|ce|cette|il|elle|ils|elles|lui|leur)\b)\p{L}+){0,8}))";

    private const string HeadEnd = @"\s*(?:n[o°º]\s*)?\z";

    /// <summary>The kind word (with "pursuant to" before it, an organ before or after it) ending right before a number.</summary>
    private const string HeadText = HeadToKind + HeadOrgan + "?" + HeadEnd;

    // Interpreted, not compiled: see KindFirstReferenceRule.Head.
    private static readonly Regex s_head = new(HeadText, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft);

    /// <summary>The head without <see cref="HeadOrgan"/>: the same match wherever <see cref="KindThenOrganPattern"/> finds nothing.</summary>
    private static readonly Regex s_headWithoutOrgan = new(HeadToKind + HeadEnd, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft);

    [GeneratedRegex(HeadKind + HeadOrgan, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KindThenOrganPattern();

    [GeneratedRegex("résolutions?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KindMentionPattern();

    [GeneratedRegex("(?<organ>" + Organs + ")|(?<foreign>(?-i:" + Foreign + "))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OrganMentionPattern();

    // Interpreted, not generated: the generated matchers of these two are 38-41 KB of IL each, which the JIT compiles again
    // and again (tier 0 instrumented, then an OSR body per hot loop: 5 optimized ones for After, 9 unoptimized ones for
    // ListGap, which is too large to optimize at all) while a run is young; the walks of the vocabulary now leave them a
    // few calls per clause at most. Spanish and Russian keep theirs (smaller, optimized, and faster there once compiled).
    private static readonly Regex s_after = new("^" + AfterBody, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static Regex AfterPattern() => s_after;

    // Interpreted, not generated: see s_after.
    private static readonly Regex s_listGap = new("^" + AfterBody + @"\s*[,;]?\s*(?:(?:et|ainsi\s+que|de\s+même\s+que|ou|puis)\s+)?\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static Regex ListGapPattern() => s_listGap;
}
