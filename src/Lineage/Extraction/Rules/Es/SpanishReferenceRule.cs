using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Extraction.Rules.Es;

/// <summary>
/// "su resolución 49/75 E, de 15 de diciembre de 1994", "sus resoluciones 50/70 P, de 12 de diciembre de 1995, … y
/// 61/78, de 6 de diciembre de 2006, relativas al desarme nuclear", "la resolución 1540 (2004) del Consejo de
/// Seguridad", "las resoluciones del Consejo de Seguridad 1325 (2000) y 1820 (2008)", "53/77 A y B", "3419 A a D (XXX)",
/// "su decisión 52/492", "de conformidad con la resolución 77/1". The kind word stands before a list and is shared by
/// its items; dates follow ("de 15 de …"); the organ follows the number ("del Consejo de Derechos Humanos").
/// </summary>
public sealed partial class SpanishReferenceRule : KindFirstReferenceRule
{
    private const string Organs =
        @"Consejo\s+de\s+Seguridad|Asamblea\s+General|Consejo\s+Económico\s+y\s+Social|Consejo\s+de\s+Derechos\s+Humanos";

    private const string Of = @"(?:del|de\s+la|de\s+los|de\s+las)\s+";

    /// <summary>Bodies that adopt resolutions of their own: a number they name is no UN principal organ's.</summary>
    private const string Foreign =
        @"Comisión|Conferencia|Comité|Consejo\s+de\s+Administración|Consejo\s+Ejecutivo|Junta\s+Ejecutiva|Asamblea\s+de\s+las\s+Naciones\s+Unidas\s+sobre\s+el\s+Medio\s+Ambiente|Asamblea\s+Mundial|Subcomisión|Reunión|Organización\s+(?:Mundial|Internacional|de\s+las\s+Naciones\s+Unidas\s+para)|Unión|Consejo\s+de\s+Europa|Consejo\s+de\s+Ministros";

    private const string AfterBody =
        @"(?:\s*,?\s*(?:" + Of + "(?<organ>" + Organs + ")|" + Of + @"(?<organ>Consejo)(?!\s*(?:de|del|Económico|Ejecutivo)(?![\p{L}]))|" + @"(?<=,\s*)(?:el|la)\s+(?<organ>" + Organs + ")|" + @"(?<=,\s*)(?:el|la)\s+(?<foreign>(?-i:" + Foreign + @"))\b|" + Of + "(?<foreign>(?-i:" + Foreign + @"))\b|(?:de|del|de\s+fecha|(?:de\s+fecha\s+)?de\s+\d{1,2}(?:\s*,\s*\d{1,2})*\s+y|aprobad[ao]s?\s+(?:por\s+consenso\s+|sin\s+votación\s+)?el)\s+" + SpanishRuleSet.DatePattern + @")){0,3}"
        + @"(?:\s*,?\s*(?<subject>(?:titulad[ao]s?|sobre|relativ[ao]s?\s+(?:a\s+la|a\s+los|a\s+las|al|a)|referente\s+a|acerca\s+de)\s*(?:[“«""][^”»""]{1,250}[”»""]|[^,;.()“”«»""]{2,150}?(?=\s*[,;.)]|\s*$|\s+y\s+(?:su|sus|la|las)\s+(?:resoluci|decisi)))))?";

    public override string Name => "es-reference";

    protected override Regex Reference => ReferencePattern();

    protected override Regex Head => s_head;

    protected override Regex HeadWithoutOrgan => s_headWithoutOrgan;

    protected override Regex KindThenOrgan => KindThenOrganPattern();

    protected override Regex After => AfterPattern();

    protected override Regex ListGap => ListGapPattern();

    /// <summary>The list words of <see cref="ListGapPattern"/>.</summary>
    protected override ReferenceVocabulary Vocabulary { get; } = new(["y", "e", "así como", "o"], ",;")
    {
        OrganNames =
        [
            new("consejo de seguridad", OrganNameMatch.Prefix, Organ.SecurityCouncil),
            new("asamblea", OrganNameMatch.Prefix, Organ.GeneralAssembly),
            new("consejo económico", OrganNameMatch.Prefix, Organ.EconomicAndSocialCouncil),
            new("consejo de derechos", OrganNameMatch.Prefix, Organ.HumanRightsCouncil),
        ],

        // AfterBody's dates ("de", "de fecha", "aprobada el"), organs and bodies ("del", "de la", ", el", ", la"), subjects
        // and the list words.
        GapLeads = ["de", "el ", "la ", "aprobad", "titulad", "sobre", "relativ", "referente ", "acerca ", "y ", "e ", "así", "o "],
        GapStops = ".()",
        TitleOpens = "“«\"",

        // HeadKind, the own words of HeadToKind, the organ ("en su", "por la") and adoption ("de su", "aprobó la") heads'
        // last words, and the word before the last of its "pursuant to" phrases (then up to "en lo dispuesto en la": six words).
        Heads = new()
        {
            ResolutionWords = [new("resolución"), new("resolucion"), new("resoluciones")],
            DecisionWords = [new("decisión"), new("decision"), new("decisiones")],
            OwnWords = [new("su"), new("sus")],
            BridgeWords = ["en", "por", "de", "aprob", "adopt"],
            BridgeArticles = ["su", "sus", "la", "las"],
            LocalEnds = ["conformidad", "cumplimiento", "arreglo", "virtud", "conforme", "aplicación", "dispuesto", "solicitado", "previsto"],
            LocalReach = 7,
            Names = ["consejo", "asamblea", "comisión", "conferencia", "comité", "junta", "subcomisión", "reunión", "organización", "unión"],
        },

        // AfterBody's first date leads ("de", "del", "de fecha") and SpanishRuleSet.DatePattern's "1º", "de" and "de 2006" / "del 2006".
        AfterDates = new() { Leads = ["de", "del", "de fecha"], DaySuffixes = ["º"], MonthLead = "de", YearLeads = ["de", "del"] },

        // AfterBody's first alternative: Of ("del", "de la", "de los", "de las", then white space) and Organs.
        AfterOrgans = new()
        {
            Leads = ["del", "de la", "de los", "de las"],
            SpaceAfterLead = true,
            Names = ["Consejo de Seguridad", "Asamblea General", "Consejo Económico y Social", "Consejo de Derechos Humanos"],
        },
    };

    protected override Regex OrganMention => OrganMentionPattern();

    protected override Regex KindMention => KindMentionPattern();

    protected override IDateReader Dates => SpanishRuleSet.Dates;

    /// <summary>
    /// A printed number (groups <c>sp</c>, <c>slash</c>, <c>num</c>, <c>paren</c>, <c>parts</c>, <c>bare</c>): every match
    /// starts on an ASCII digit (a special-session mark before it is read by a lookbehind), which <see cref="s_numbers"/> relies on.
    /// </summary>
    private const string ReferenceText = NumberStart + @"(?:(?<slash>[0-9]{1,4}/[0-9]{1,4})(?![0-9/])(?:\s?(?<parts>" + Parts + @")|,\s(?<parts>[A-Z])(?=\s+de\s+[0-9]{1,2}\s+de\s))?|(?<num>[0-9]{1,4})(?:\s?(?<parts>" + Parts + @"))?\s*\(\s*(?<paren>" + Session + @")\s*\)|(?<!(?:de|del|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|\d)\s{1,2})(?<bare>[0-9]{3,4})(?![0-9\p{L}/%]|[.,]\d|\s*\())";

    [GeneratedRegex(ReferenceText, RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();

    /// <summary><see cref="ReferencePattern"/> tried at one position only, by <see cref="s_numbers"/>.</summary>
    [GeneratedRegex(@"\G" + ReferenceText, RegexOptions.CultureInvariant)]
    private static partial Regex AnchoredReferencePattern();

    /// <summary>The numbers of a clause, found from its digits (<see cref="AnchoredNumberScan"/>): the matches of <see cref="ReferencePattern"/>.</summary>
    private static readonly AnchoredNumberScan s_numbers = AsciiNumberScan(AnchoredReferencePattern());

    protected override IReadOnlyList<Match> FindNumbers(string text) => FindAsciiNumbers(s_numbers, text);

    private const string Parts = @"[A-Z]{1,2}(?:(?:\s*,\s*|\s+[ye]\s+|\s+a\s+|\s*[-–‑]\s*)[A-Z]{1,2})*(?![\p{L}\d/])";

    /// <summary>"…, en su 79º período de sesiones," between a body's name and its verb.</summary>
    private const string AtSession = @"(?:\s*,?\s+en\s+su\s+[\p{L}\d\-ºª]+(?:\s+[\p{L}\d\-ºª]+){0,3}\s+(?:período\s+de\s+sesiones|reunión|sesión)\s*,?)?";

    /// <summary>
    /// Another body as the subject of the adoption, right before the kind word: "la Comisión Económica para América
    /// Latina y el Caribe aprobó la resolución", "la aprobación por la Comisión de Población y Desarrollo de su
    /// resolución". The name runs on in words (no verb, no relative word) up to the verb or "de".
    /// </summary>
    private const string ForeignAdopted =
        @"(?:(?:aprobación|adopción)\s*,?\s+por\s+(?:el|la|los|las)\s+(?<foreign>(?-i:" + Foreign + @"))(?:\s+(?!(?:que|quien|quienes|cuyo|cuya|lo|se|ha|han|había|habían|es|son|fue|fueron|como|cual|su|sus)\b)[\p{L}\-]+){0,16}" + AtSession + @"\s*,?\s+de\s+(?:la|las|su|sus)\s+"
        + @"|(?<foreign>(?-i:" + Foreign + @"))(?:\s+(?!(?:que|quien|quienes|cuyo|cuya|lo|se|ha|han|había|habían|es|son|fue|fueron|como|cual)\b)[\p{L}\-]+){0,16}" + AtSession + @"\s*,?\s+(?:aprobó|adoptó|aprobaron|adoptaron|(?:ha|han|había|habían)\s+(?:aprobado|adoptado))\s+(?:la|las|su|sus)\s+)";

    /// <summary>The kind word of a head, in any number.</summary>
    private const string HeadKind = @"(?<kind>(?<decision>decisi[oó]n|decisiones)|resoluci[oó]n|resoluciones)";

    /// <summary>The words of a head before its number: "pursuant to" words, organ or own words, and the kind word.</summary>
    private const string HeadToKind =
        @"(?<![\p{L}])(?:(?<local>de\s+conformidad\s+con|en\s+cumplimiento\s+de|con\s+arreglo\s+a|en\s+virtud\s+de|conforme\s+a|en\s+aplicación\s+de|según\s+lo\s+(?:dispuesto|solicitado|previsto)\s+en|atendiendo\s+a\s+lo\s+(?:dispuesto|solicitado)\s+en)\s+(?:(?:la|las|su|sus|lo\s+dispuesto\s+en\s+la)\s+)?|(?<local>conforme\s+a\s+lo\s+dispuesto\s+en)\s+(?:(?:la|las|su|sus)\s+)?|(?<local>de\s+conformidad\s+con\s+lo\s+dispuesto\s+en)\s+(?:(?:la|las|su|sus)\s+)?)?(?:(?<organ>" + Organs + @")\s*,?\s+(?:en|por)\s+(?:su|sus|la|las)\s+|(?<foreign>(?-i:" + Foreign + @"))(?:\s+(?!(?:que|quien|quienes|cuyo|cuya|lo|se|ha|han|es|son|fue|fueron|como|cual)\b)\S+){0,5}\s*,?\s+(?:en|por)\s+(?:su|sus)\s+|" + ForeignAdopted + @"|(?<own>su|sus)\s+)?" + HeadKind + @"";

    /// <summary>An organ or another body named between the kind word and the number (the costly part of a head).</summary>
    private const string HeadOrgan =
        @"(?:\s+" + Of + "(?:(?<organ>" + Organs + @"|Consejo)|(?<foreign>(?-i:" + Foreign + @"))(?:\s+(?!(?:que|quien|quienes|cuyo|cuya|lo|se|ha|han|es|son|fue|fueron|como|cual)\b)\p{L}+){0,8}))";

    private const string HeadEnd = @"\s*(?:n(?:úm|o)\.?\s*)?\z";

    /// <summary>The kind word (with "pursuant to" before it, an organ before or after it) ending right before a number.</summary>
    private const string HeadText = HeadToKind + HeadOrgan + "?" + HeadEnd;

    // Interpreted, not compiled: see KindFirstReferenceRule.Head.
    private static readonly Regex s_head = new(HeadText, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft);

    /// <summary>The head without <see cref="HeadOrgan"/>: the same match wherever <see cref="KindThenOrganPattern"/> finds nothing.</summary>
    private static readonly Regex s_headWithoutOrgan = new(HeadToKind + HeadEnd, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft);

    [GeneratedRegex(HeadKind + HeadOrgan, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KindThenOrganPattern();

    [GeneratedRegex("resoluci(?:ón|ones|on)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KindMentionPattern();

    [GeneratedRegex("(?<organ>" + Organs + ")|(?<foreign>(?-i:" + Foreign + "))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OrganMentionPattern();

    [GeneratedRegex("^" + AfterBody, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AfterPattern();

    [GeneratedRegex("^" + AfterBody + @"\s*[,;]?\s*(?:(?:y|e|así\s+como|o)\s+)?\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ListGapPattern();
}
