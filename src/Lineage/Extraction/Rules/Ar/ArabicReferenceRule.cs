using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Extraction.Rules.Ar;

/// <summary>
/// "قرارها 49/75 هاء المؤرخ 15 كانون الأول/ديسمبر 1994"، "قراراتها 50/70 عين المؤرخ …، و 61/78 المؤرخ … بشأن نزع السلاح
/// النووي"، "قرار مجلس الأمن 1540 (2004)"، "قراريها 75/290 ألف و 75/290 باء"، "القرارات 53/77 ألف وباء"، "القرار 1514 (د-15)"
/// (session 15 in the Arabic mark: <c>1514 (XV)</c>)، "القرار دإ-10/2" (special session, <c>S-10/2</c>)، "دإط-10/19"
/// (emergency special session, <c>ES-10/19</c>)، "مقررها 52/492"، "عملا بالقرار 77/1". The kind word, with its
/// prefixes and suffixes (والقرار، بقرارها، قراراتها، القرارين), stands before a list; an organ follows it, before the
/// number ("قرار الجمعية العامة 70/1")؛ part letters are letter names after the number; dates follow ("المؤرخ").
/// </summary>
public sealed partial class ArabicReferenceRule : KindFirstReferenceRule
{
    private const string Organs = @"مجلس\s+الأمن|(?:ال|لل)جمعية\s+العامة|(?:ال|لل)مجلس\s+الاقتصادي\s+والاجتماعي|مجلس\s+حقوق\s+الإنسان";

    /// <summary>
    /// Bodies that adopt resolutions of their own: a number they name is no UN principal organ's. Not a summit (مؤتمر
    /// القمة) nor a high-level meeting (الاجتماع الرفيع المستوى): they are the Assembly's meetings, and an Assembly
    /// number adopted there (<c>حيث اعتُمد القرار 79/1</c>, "at which resolution 79/1 was adopted") is the Assembly's.
    /// </summary>
    private const string Foreign =
        @"جمعية\s+الأمم\s+المتحدة\s+للبيئة|جمعية\s+الصحة\s+العالمية|ال?لجنة|لجنة|(?:ال)?مؤتمر(?!\s+القمة)|مجلس\s+الإدارة|المجلس\s+التنفيذي|مجلس\s+إدارة|(?:ال)?اجتماع(?!\s+(?:العام\s+)?(?:ال)?رفيع)|مجلس\s+أوروبا";

    /// <summary>Part letters named in words, in abjadi order (<see cref="PartLetters.ArabicNames"/>).</summary>
    private const string Letter =
        "ألف|الف|باء|جيم|دال|هاء|واو|زاي|حاء|طاء|ياء|كاف|لام|ميم|نون|سين|عين|فاء|صاد|قاف|راء|شين|تاء|ثاء|خاء|ذال|ضاد";

    private const string Parts = "(?:" + Letter + @")(?:\s*(?:،|,|و|إلى|-|–|‑)\s*(?:" + Letter + @")|\s+(?:" + Letter + @"))*(?!\p{L})";

    /// <summary>ASCII, Arabic-Indic and Extended Arabic-Indic digits.</summary>
    private const string Digit = "[0-9\u0660-\u0669\u06F0-\u06F9]";

    /// <summary>Tatweel (ـ) and short-vowel marks, which may stand inside any word ("قرارهـــــا", "قرارَي").</summary>
    private const string D = "[\u0640\u064B-\u0652]*";

    /// <summary>قرار (resolution) or مقرر (decision) with conjunction, preposition, article, dual or plural, and pronoun.</summary>
    private const string Kind = "[وف]?(?:لل|[بلك]?ال|[بلك])?(?<kind>(?<decision>م" + D + "ق" + D + "ر" + D + "ر" + D + ")|ق" + D + "ر" + D + "ا" + D + "ر" + D + ")(?:ا" + D + "ت" + D + "|ي" + D + "ن" + D + "|ا" + D + "ن" + D + "|ي" + D + "|ا" + D + ")?(?:(?<own>ه" + D + "ا" + D + ")|ه" + D + "م" + D + "ا" + D + "|ه" + D + "م" + D + "|ه" + D + ")?";

    /// <summary>"المؤرخ" (dated) and its feminine, dual and plural, letters perhaps drawn out.</summary>
    private const string Dated = "ال" + D + "م" + D + "ؤ" + D + "ر" + D + "خ" + D + "(?:ة|ين|تين|ان)?";

    private const string AfterBody =
        @"(?:[\s\u200E\u200F]*[،,]?[\s\u200E\u200F]*(?:(?:ل|الصادر(?:ة|ين)?\s+عن\s+|الذي\s+اتخذه\s+|التي\s+اتخذها\s+)(?<organ>" + Organs + @")|(?:ل|الصادر(?:ة|ين)?\s+عن\s+)(?<foreign>" + Foreign + @")(?!\p{L})|(?:" + Dated + @"|الصادر(?:ة|ين)?\s+في|المعتمد(?:ة|ين)?\s+في|المتخذ(?:ة|ين)?\s+في)(?:\s+في)?[\s\u200E\u200F]+(?:" + Digit + "{1,2}" + @"(?:\s*[،,]\s*" + Digit + "{1,2})*" + @"\s+و\s*)?" + ArabicRuleSet.DatePattern + @")){0,3}"
        + @"(?:[\s\u200E\u200F]*[،,]?[\s\u200E\u200F]*(?<subject>(?:بشأن|المعنون(?:ة|ين|تين)?|المتعلق(?:ة|ين|تين)?)\s*(?:”[^“”]{1,250}“|“[^“”]{1,250}”|""[^""]{1,250}""|«[^»]{1,250}»|[^،,؛;.()”“""«»]{2,150}?(?=\s*[،,؛;.)]|\s*$|\s+و(?:كذلك\s+)?(?:إلى\s+)?(?:قرار|مقرر)))))?";

    public override string Name => "ar-reference";

    protected override Regex Reference => ReferencePattern();

    protected override Regex Head => s_head;

    protected override Regex HeadWithoutOrgan => s_headWithoutOrgan;

    protected override Regex KindThenOrgan => KindThenOrganPattern();

    protected override Regex After => AfterPattern();

    protected override Regex ListGap => ListGapPattern();

    /// <summary>The list words of <see cref="ListGapPattern"/>.</summary>
    protected override ReferenceVocabulary Vocabulary { get; } = new(["و"], "،,؛;");

    protected override Regex OrganMention => OrganMentionPattern();

    protected override Regex KindMention => KindMentionPattern();

    protected override IDateReader Dates => ArabicRuleSet.Dates;

    protected override Organ OrganOf(string named, Organ host) => named switch
    {
        _ when named.Contains("الأمن", StringComparison.Ordinal) => Organ.SecurityCouncil,
        _ when named.Contains("جمعية", StringComparison.Ordinal) => Organ.GeneralAssembly,
        _ when named.Contains("الاقتصادي", StringComparison.Ordinal) => Organ.EconomicAndSocialCouncil,
        _ when named.Contains("حقوق", StringComparison.Ordinal) => Organ.HumanRightsCouncil,
        _ => Organ.None,
    };

    /// <summary>Reads Arabic marks into the shared grammar: digits to ASCII, دإ/دإط to S/ES, (د-15) to (XV), letter names to Latin.</summary>
    protected override IReadOnlyList<DocumentSymbol> Read(Match token, ReferenceContext context)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Groups["bare"].Success)
        {
            // "قراري مجلس الأمن التابع للأمم المتحدة 1325 و 2250" (no years): the Council's numbering says which.
            return context.EffectiveOrgan == Organ.SecurityCouncil && context.Kind == SymbolKind.Resolution
                && SymbolGrammar.TryParseCouncilNumber(ArabicRuleSet.NormalizeDigits(token.Groups["bare"].Value), out var council) ? [council] : [];
        }

        var parts = token.Groups["parts"].Success ? NamedParts(token.Groups["parts"].Value) : [];
        if (token.Groups["parts"].Success && parts.Count == 0)
        {
            return [];
        }

        string printed;
        string? paren = null;
        if (token.Groups["sp"].Success)
        {
            bool emergency = IsEmergencyMark(token.Groups["sp"].Value);
            string slash = ArabicRuleSet.NormalizeDigits(token.Groups["slash"].Value);
            printed = (emergency ? "ES-" : "S-") + (SpecialBackToFront(slash, emergency ? FirstSlashEmergencySession : FirstSlashSpecialSession) ?? slash);
        }
        else if (token.Groups["slash"].Success)
        {
            printed = ArabicRuleSet.NormalizeDigits(token.Groups["slash"].Value);
        }
        else
        {
            printed = ArabicRuleSet.NormalizeDigits(token.Groups["num"].Value);
            var session = SessionMark().Match(token.Groups["paren"].Value);
            if (!session.Success)
            {
                paren = ArabicRuleSet.NormalizeDigits(token.Groups["paren"].Value);
            }
            else if (!int.TryParse(ArabicRuleSet.NormalizeDigits(session.Groups["session"].Value), System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out int number) || number is < 1 or > 60)
            {
                return [];
            }
            else
            {
                // "(د-15)" is session XV; "(دإ-4)" special session S-IV; "(دإط-5)" emergency special session ES-V.
                string roman = RomanNumeral.Format(number);
                paren = session.Groups["special"].Success ? (IsEmergencyMark(session.Groups["special"].Value) ? "ES-" : "S-") + roman : roman;
            }
        }

        var result = new List<DocumentSymbol>();
        foreach (string? part in parts.Count == 0 ? [null] : parts.Cast<string?>())
        {
            string reference = paren is null ? printed + part : printed + part + "(" + paren + ")";
            if (SymbolGrammar.TryParseReference(reference, context, out var symbol)
                || (token.Groups["slash"].Success && Reversed(printed) is { } reversed && SymbolGrammar.TryParseReference(reversed + part, context, out symbol)))
            {
                result.Add(symbol);
            }
        }

        return result;
    }

    /// <summary>The first special session whose resolutions are numbered session/number (S-8/1, 1978; before: <c>3201 (S-VI)</c>).</summary>
    private const int FirstSlashSpecialSession = 8;

    /// <summary>The first emergency special session numbered session/number (ES-6/1, 1980; before: <c>2252 (ES-V)</c>).</summary>
    private const int FirstSlashEmergencySession = 6;

    /// <summary>The first number of the Assembly's decisions in a session (<c>77/516</c>); its resolutions stay below it.</summary>
    private const int FirstDecisionNumber = 401;

    /// <summary>
    /// "دإ-1/30" read back to front (S-30/1): special sessions numbered session/number only from
    /// <paramref name="first"/>, so a smaller first number that the other way round is a session is printed back to front.
    /// Null when the printed order can stand.
    /// </summary>
    private static string? SpecialBackToFront(string slash, int first)
    {
        int cut = slash.IndexOf('/', StringComparison.Ordinal);
        return cut > 0
            && int.TryParse(slash.AsSpan(0, cut), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int session)
            && int.TryParse(slash.AsSpan(cut + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int number)
            && session < first && number >= first && number <= SymbolGrammar.LatestPlausibleSession
            ? slash[(cut + 1)..] + "/" + slash[..cut]
            : null;
    }

    /// <summary>
    /// Numbers taken from right-to-left layouts are sometimes printed back to front ("1/70" for 70/1, "33/65" for 65/33):
    /// a General Assembly number whose session cannot be (later than the document, or not sitting on the date printed
    /// after it) is read the other way round when that way it can.
    /// </summary>
    protected override DocumentSymbol Reconsider(DocumentSymbol symbol, DateOnly? date, ClauseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (symbol.Organ == Organ.GeneralAssembly && symbol.SessionType == SessionType.Special && symbol.Session is int special
            && symbol.Number is int specialNumber && SpeaksOfEmergencySession(context))
        {
            // "قراراتها ... في دورتها الاستثنائية الطارئة الحادية عشرة" with a footnote "القرارات دإ-11/1 و دإ-11/2": the text
            // itself names the emergency special session whose resolutions the short mark دإ lists.
            return symbol.Kind == SymbolKind.Decision
                ? DocumentSymbol.SpecialSessionDecision(SessionType.EmergencySpecial, special, specialNumber)
                : DocumentSymbol.SpecialSessionResolution(SessionType.EmergencySpecial, special, specialNumber, symbol.Part);
        }

        if (symbol.Organ == Organ.GeneralAssembly && symbol.Kind == SymbolKind.Resolution && symbol.SessionType == SessionType.Regular
            && !symbol.IsRomanSession && symbol.Session is int s && s >= 31 && symbol.Number is >= FirstDecisionNumber && symbol.Part is null)
        {
            // "قراريها 1 (د-1) ... و 77/516": the Assembly numbers its decisions from 401 in each session, its resolutions below.
            return DocumentSymbol.GeneralAssemblyDecision(s, symbol.Number.Value);
        }

        if (symbol.Organ != Organ.GeneralAssembly || symbol.Kind != SymbolKind.Resolution || symbol.SessionType != SessionType.Regular
            || symbol.IsRomanSession || symbol.Session is not int session || symbol.Number is not int number)
        {
            return symbol;
        }

        int latest = LatestSession(context);
        // The printed order stands unless its session is impossible or far (more than a year) from the printed date.
        bool fits = session <= latest && (date is not { } d || Math.Abs(d.Year - (1945 + session)) <= 1 || AssemblySat(session, d));
        bool reversedFits = number is >= 31 && number <= latest && (date is not { } e || AssemblySat(number, e));
        return !fits && reversedFits ? DocumentSymbol.GeneralAssemblyResolution(number, session, symbol.Part) : symbol;
    }

    /// <summary>
    /// True when the clause, or for a footnote the clause that carries its marker, speaks of an emergency special session
    /// ("الدورة الاستثنائية الطارئة") and of no plain special session.
    /// </summary>
    private static bool SpeaksOfEmergencySession(ClauseContext context)
    {
        string text = context.Clause.Text;
        if (context.Clause.Site.Kind == SiteKind.Footnote && Documents.Akn.MarkupLinks.AnchorOf(context.Document, context.ClauseIndex) is { } anchor)
        {
            text = anchor.Text + "\n" + text;
        }

        return EmergencySessionPattern().IsMatch(text) && !PlainSpecialSessionPattern().IsMatch(text);
    }

    /// <summary>
    /// "1/70" read back to front when the first number cannot be a session the grammar takes (under 31) and the second
    /// can (two digits: "3/2023" is another body's resolution 3 of 2023, not ECOSOC's 2023/3).
    /// </summary>
    private static string? Reversed(string printed)
    {
        int cut = printed.IndexOf('/', StringComparison.Ordinal);
        return cut > 0 && printed[0] != '0' && printed[cut + 1] != '0' && printed.Length - cut - 1 <= 2
            && int.TryParse(printed.AsSpan(0, cut), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int first) && first < 31
            ? printed[(cut + 1)..] + "/" + printed[..cut]
            : null;
    }

    /// <summary>
    /// Letter names to Latin parts: "ألف وباء" is A and B, "ألف إلى دال" A to D, "ألف ألف" the double part AA.
    /// </summary>
    internal static IReadOnlyList<string> NamedParts(string printed)
    {
        var letters = new List<string>();
        bool range = false;
        bool joined = false;
        int previousEnd = -1;
        foreach (Match m in PartToken().Matches(printed))
        {
            if (!m.Groups["name"].Success)
            {
                range |= m.Groups["range"].Success;
                previousEnd = -1;
                continue;
            }

            if (!PartLetters.TryNormalizeArabic(m.Value, out char latin))
            {
                return [];
            }

            // Two names with only space between them are one double part (53/77 ألف ألف is 53/77 AA).
            if (previousEnd >= 0 && string.IsNullOrWhiteSpace(printed[previousEnd..m.Index]) && letters.Count > 0 && !joined)
            {
                letters[^1] += latin;
                joined = true;
            }
            else if (range && letters.Count > 0 && letters[^1].Length == 1)
            {
                string first = letters[^1];
                letters.RemoveAt(letters.Count - 1);
                letters.AddRange(PartLetters.Range(first, latin.ToString()));
                joined = false;
            }
            else
            {
                letters.Add(latin.ToString());
                joined = false;
            }

            range = false;
            previousEnd = m.Index + m.Length;
        }

        return letters;
    }

    /// <summary>
    /// A printed number (groups <c>sp</c>, <c>slash</c>, <c>num</c>, <c>paren</c>, <c>parts</c>, <c>bare</c>): every match
    /// starts on a digit (a special-session mark before it is read by a lookbehind), which <see cref="s_numbers"/> relies on.
    /// </summary>
    private const string ReferenceText = @"(?:(?<=(?<![\p{L}\p{Mn}\p{Nd}/.\-])و?(?<sp>دإط|دإ|ES|S)[\s\u200E\u200F]?[-–‑][\s\u200E\u200F]?)|(?<![0-9A-Za-z/.\-–‑\u0660-\u0669\u06F0-\u06F9]))(?:(?<slash>" + Digit + @"{1,4}/" + Digit + @"{1,4})(?![0-9\u0660-\u0669\u06F0-\u06F9/])(?:[\s\u200E\u200F]*(?<parts>" + Parts + @"))?|(?<num>" + Digit + @"{1,4})(?:[\s\u200E\u200F]*(?<parts>" + Parts + @"))?[\s\u200E\u200F]*\([\s\u200E\u200F]*(?<paren>" + Session + "|" + Digit + @"{4}|د(?:إط?)?[\s\u200E\u200F]*[-–‑][\s\u200E\u200F]*" + Digit + @"{1,2})[\s\u200E\u200F]*[)(]|" + BareNumber + ")";

    [GeneratedRegex(ReferenceText, RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();

    /// <summary><see cref="ReferencePattern"/> tried at one position only, by <see cref="s_numbers"/>.</summary>
    [GeneratedRegex(@"\G" + ReferenceText, RegexOptions.CultureInvariant)]
    private static partial Regex AnchoredReferencePattern();

    /// <summary>The numbers of a clause, found from its digits (<see cref="AnchoredNumberScan"/>): the matches of <see cref="ReferencePattern"/>.</summary>
    private static readonly AnchoredNumberScan s_numbers = new(AnchoredReferencePattern(), specialMarks: false, chineseLead: false);

    /// <summary>The part letters' names (<see cref="Letter"/>), one of which opens any <see cref="Parts"/>.</summary>
    private static readonly string[] s_letterNames = Letter.Split('|');

    /// <inheritdoc/>
    protected override IReadOnlyList<Match> FindNumbers(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int kindWordAt = NotSearched;
        return s_numbers.Matches(text, ref kindWordAt, MayStartNumber);
    }

    /// <summary>
    /// False where <see cref="ReferencePattern"/> cannot match on the digit at <paramref name="digit"/>: not one of its
    /// digits, or more than four; no slash after them, no bracket or part letter's name after spaces and direction marks
    /// (a date's "15 كانون الأول"), and no <c>bare</c> number (three or four digits after a space, a comma or "و", with
    /// "قرار" earlier in the clause, at <paramref name="kindWordAt"/>, looked for once, when first needed). Dates and paragraph numbers are passed over without the pattern.
    /// </summary>
    private static bool MayStartNumber(string text, int digit, ref int kindWordAt)
    {
        int next = digit;
        while (next < text.Length && IsDigit(text[next]) && next - digit <= 4)
        {
            next++;
        }

        int length = next - digit;
        if (length is 0 or > 4)
        {
            return false;
        }

        if (next < text.Length && text[next] == '/')
        {
            return true;
        }

        int at = next;
        while (at < text.Length && (char.IsWhiteSpace(text[at]) || text[at] is '\u200E' or '\u200F'))
        {
            at++;
        }

        if (at < text.Length && text[at] == '(')
        {
            return true;
        }

        var rest = text.AsSpan(at);
        foreach (string name in s_letterNames)
        {
            if (rest.StartsWith(name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        if (length < 3 || digit == 0 || !(char.IsWhiteSpace(text[digit - 1]) || text[digit - 1] is '\u200E' or '\u200F' or '،' or ',' or 'و'))
        {
            return false;
        }

        if (kindWordAt == NotSearched)
        {
            kindWordAt = text.IndexOf("قرار", StringComparison.Ordinal);
        }

        return kindWordAt >= 0 && kindWordAt < digit;
    }

    /// <summary>The state of <see cref="MayStartNumber"/> before it looked for "قرار".</summary>
    private const int NotSearched = -2;

    /// <summary><see cref="Digit"/>: ASCII, Arabic-Indic and Extended Arabic-Indic digits.</summary>
    private static bool IsDigit(char ch) => ch is (>= '0' and <= '9') or (>= '\u0660' and <= '\u0669') or (>= '\u06F0' and <= '\u06F9');

    /// <summary>The Security Council "of the United Nations" ("مجلس الأمن التابع للأمم المتحدة"), after its name.</summary>
    private const string OfTheUnitedNations = @"\s+التابع(?:ة)?\s+للأمم\s+المتحدة";

    /// <summary>
    /// A number printed with no session (group <c>bare</c>), taken only right after the resolution kind word (with an
    /// organ after it, "رقم") or in a list of numbers such a word heads ("قراري مجلس الأمن التابع للأمم المتحدة 1325 و
    /// 2250"); not followed by another digit, a slash, a per cent, a decimal or a bracket. Not in a committee's name
    /// ("اللجنة العاملة بموجب القرار 751", which the other versions print "the 751 Committee").
    /// </summary>
    private const string BareNumber =
        @"(?<=(?<![\p{L}])(?<!لجن\p{L}{1,3}\s+(?:\p{L}+\s+){0,2})[وف]?(?:لل|[بلك]?ال|[بلك])?قرار\p{L}{0,4}(?:\s+(?:" + Organs + ")(?:" + OfTheUnitedNations + @")?)?(?:\s+(?:رقم|المرقم))?[\s\u200E\u200F]+(?:" + Digit + @"{3,4}(?:[\s\u200E\u200F]*\([\s\u200E\u200F]*" + Digit + @"{4}[\s\u200E\u200F]*\))?[\s\u200E\u200F]*(?:[،,][\s\u200E\u200F]*(?:و[\s\u200E\u200F]*)?|و[\s\u200E\u200F]*))*)(?<bare>" + Digit + @"{3,4})(?![0-9\u0660-\u0669\u06F0-\u06F9/%٪]|[.,٫]" + Digit + @"|[\s\u200E\u200F]*[(])";

    /// <summary>
    /// Another body as the subject of the adoption, right before the kind word: "اتخاذ اللجنة الاقتصادية لأمريكا اللاتينية
    /// ومنطقة البحر الكاريبي القرار" (the adoption by ECLAC of resolution), "اعتمدت لجنة السكان والتنمية القرار". The
    /// name runs on in words (no relative word, no preposition of a topic, no other kind word) up to the kind word.
    /// </summary>
    private const string ForeignAdopted =
        @"(?:[وب]?(?:ال)?(?:اتخاذ|اعتماد)|اتخذت|اتخذ|اعتمدت|اعتمد)\s+(?<foreign>" + Foreign + @")(?!\p{L})(?:\s+(?!(?:ال)?(?:وارد|مبين|مذكور|مشار|منصوص|محدد|متخذ|صادر|معتمد)\p{L}*|(?:الذي|التي|الذين|اللذين|اللتين|اللتان|اللذان|بشأن|حول|عن|على|إلى|من|مع)(?!\p{L})|[وبل]?(?:ال)?(?:قرار|مقرر|إجراء|تدابير)\p{L}*)\p{L}+){0,16}\s+";

    /// <summary>
    /// The kind word ending right before a number: قرار (resolution) or مقرر (decision) with conjunction, preposition,
    /// article, dual or plural and pronoun; "pursuant to" before it; an organ before ("مجلس الأمن في قراره") or after it.
    /// </summary>
    private const string HeadToKind =
        @"(?<![\p{L}])(?:(?<local>عملا|عملاً|وفقا|وفقاً|طبقا|طبقاً|تنفيذا|تنفيذاً|استنادا\s+إلى|بموجب|إعمالا)\s+)?(?:(?:(?<organ>" + Organs + @")|(?<foreign>" + Foreign + @")(?:\s+(?!(?:ال)?(?:وارد|مبين|مذكور|مشار|منصوص|محدد|متخذ|صادر|معتمد)\p{L}*|الذي|التي|الذين|اللذين|اللتين|اللتان|اللذان)\p{L}+){0,5})\s*،?\s+في\s+|" + ForeignAdopted + @")?" + Kind + @"";

    /// <summary>An organ or another body named between the kind word and the number (the costly part of a head).</summary>
    private const string HeadOrgan =
        @"(?:\s+(?:(?<organ>" + Organs + @"|المجلس|الجمعية)(?:" + OfTheUnitedNations + @")?|(?<foreign>" + Foreign + @")(?:\s+(?!(?:ال)?(?:وارد|مبين|مذكور|مشار|منصوص|محدد|متخذ|صادر|معتمد)\p{L}*|الذي|التي|الذين|اللذين|اللتين|اللتان|اللذان)\p{L}+){0,8}))";

    private const string HeadEnd = @"(?:\s+(?:رقم|المرقم))?[\s\u200E\u200F]*\z";

    /// <summary>The whole head: <see cref="HeadToKind"/>, perhaps <see cref="HeadOrgan"/>, then the end.</summary>
    private const string HeadText = HeadToKind + HeadOrgan + "?" + HeadEnd;

    // Interpreted, not compiled: see KindFirstReferenceRule.Head.
    private static readonly Regex s_head = new(HeadText, RegexOptions.CultureInvariant | RegexOptions.RightToLeft);

    /// <summary>The head without <see cref="HeadOrgan"/>: the same match wherever <see cref="KindThenOrganPattern"/> finds nothing.</summary>
    private static readonly Regex s_headWithoutOrgan = new(HeadToKind + HeadEnd, RegexOptions.CultureInvariant | RegexOptions.RightToLeft);

    [GeneratedRegex(Kind + HeadOrgan, RegexOptions.CultureInvariant)]
    private static partial Regex KindThenOrganPattern();

    [GeneratedRegex("قرار", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KindMentionPattern();

    [GeneratedRegex("(?<organ>" + Organs + @")|(?<foreign>(?:" + Foreign + @"))(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex OrganMentionPattern();

    [GeneratedRegex("^" + AfterBody, RegexOptions.CultureInvariant)]
    private static partial Regex AfterPattern();

    [GeneratedRegex("^" + AfterBody + @"[\s\u200E\u200F]*[،,؛;]?[\s\u200E\u200F]*(?:و\s*(?:كذلك\s+|أيضا\s+)?(?:إلى\s+)?)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex ListGapPattern();

    [GeneratedRegex(@"^(?:(?<special>دإط|دإ)|د)[\s\u200E\u200F]*[-–‑][\s\u200E\u200F]*(?<session>[0-9\u0660-\u0669\u06F0-\u06F9]{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex SessionMark();

    [GeneratedRegex(@"(?:ال)?استثنائية\s+(?:ال)?طارئة", RegexOptions.CultureInvariant)]
    private static partial Regex EmergencySessionPattern();

    [GeneratedRegex(@"(?:ال)?استثنائية(?!\s+(?:ال)?طارئة)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex PlainSpecialSessionPattern();

    [GeneratedRegex("(?<name>" + Letter + @")(?!\p{L})|(?<range>إلى|[-–‑])|(?<list>و|،|,)", RegexOptions.CultureInvariant)]
    private static partial Regex PartToken();
}
