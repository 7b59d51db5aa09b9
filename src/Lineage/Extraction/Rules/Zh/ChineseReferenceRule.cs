using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Extraction.Rules.Zh;

/// <summary>
/// "第 49/75 E 号决议", "第 52/492 号决定", "S-10/2 号决议", "第1540(2004)号决议", and lists with one head at the end:
/// "第 50/70 P 号、…、第 61/78 号决议" (the kind word 决议 once, after the last item) and "第62/272、64/297和77/298号决议"
/// (号 once too). The date stands before the number ("1994 年 12 月 15 日第 49/75 E 号"), the subject or title before
/// the date or after it ("关于核裁军的", "题为“…”的"), an organ name before them ("安全理事会第 1540(2004)号决议"); organ
/// and subject carry along a list; the organ named wins over a bracketed year ("联合国大会第75/200(2020)号决议"). Resolutions
/// of other bodies ("联合国环境大会第5/5号决议", "亚洲及太平洋经济社会委员会……第72/7号决议") are left out, and a number no
/// organ is named for is read by <see cref="OrganClues"/> (a Human Rights Council number by its date or by the clause).
/// </summary>
public sealed partial class ChineseReferenceRule : ICitationRule
{
    public string Name => "zh-reference";

    /// <inheritdoc/>
    public bool NeedsAnchor => true;

    public IEnumerable<CitationMatch> Match(ClauseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string text = context.Text;
        var tokens = Numbers(text);
        if (tokens.Count == 0)
        {
            return [];
        }

        // Kind: explicit after the number, or shared with the next item of the same list.
        var kinds = new SymbolKind?[tokens.Count];
        var linked = new bool[tokens.Count];
        for (int i = tokens.Count - 1; i >= 0; i--)
        {
            linked[i] = i > 0 && ListGap(text, tokens[i - 1], tokens[i]);
            string kind = tokens[i].Groups[s_itemKind].Value;
            kinds[i] = kind switch
            {
                "决议" => SymbolKind.Resolution,
                "决定" => SymbolKind.Decision,
                "文件" => null,
                _ => i + 1 < tokens.Count && linked[i + 1] ? kinds[i + 1]
                    : tokens[i].Groups[s_itemHao].Success && TrailingKind().IsMatch(text.AsSpan(tokens[i].Index + tokens[i].Length)) ? SymbolKind.Resolution
                    : null,
            };
        }

        var result = new List<CitationMatch>();
        var clues = new OrganClues(context, OrganMention(), MentionedOrgan);
        string? subject = null;
        var organ = Organ.None;
        bool foreign = false;
        bool own = false;
        VerbForm? local = null;
        int localStart = 0;
        int previousEnd = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            int headFrom = HeadFrom(text, previousEnd, token.Index);
            var head = Head().Match(text, headFrom, token.Index - headFrom);
            bool continues = linked[i];
            if (!continues)
            {
                subject = null;
                organ = Organ.None;
                foreign = false;
                own = false;
                local = null;
            }

            if (head.Groups[s_headSubject].Success)
            {
                subject = head.Groups[s_headSubject].Value;
            }

            if (head.Groups[s_headOrgan].Success && !text.AsSpan(0, head.Groups[s_headOrgan].Index).EndsWith("关于", StringComparison.Ordinal))
            {
                organ = OrganOf(text, head.Groups[s_headOrgan], context.HostOrgan, out foreign);
            }
            else if (head.Groups[s_headIts].Success)
            {
                organ = Organ.None;
                own = true;
            }
            else if (!continues && OrganNamedBefore(text, head.Index) is { } named)
            {
                // "人权理事会关于这个问题的所有相关决议，包括2012年3月22日第19/11号、…": the council the clause named.
                organ = named;
            }

            if (head.Groups[s_headLocal].Success)
            {
                local = new VerbForm(head.Groups[s_headLocal].Value, Relation.Pursuant);
                localStart = head.Groups[s_headLocal].Index;
            }

            DateOnly? date = null;
            if (head.Groups[s_headY].Success && ChineseRuleSet.Dates.TryRead(head, out var parsed))
            {
                date = parsed;
            }

            previousEnd = token.Index + token.Length;
            if (foreign || kinds[i] is not { } kind)
            {
                continue;
            }

            var given = CouncilNumbering.Fits(organ, token, context) ? organ : Organ.None;
            if (clues.Implied(token, given, own, date) is not { } implied)
            {
                // Another body's: "亚洲及太平洋经济社会委员会第七十二届会议通过了……第72/7号决议", a resolution printed in the
                // Economic and Social Council's records ("《经济及社会理事会正式记录，2015年，补编第7号》(E/2015/27)，第一章，C节，第59/1号决议").
                continue;
            }

            var reference = new ReferenceContext(context.HostOrgan, implied, kind);
            foreach (var symbol in token.Groups[s_itemBare].Success ? CouncilNumber(token, reference, date) : ReferenceReader.Read(token, reference))
            {
                if (AssemblyNumbering.Contradicted(symbol, date, () => clues.LastMentioned(token.Index, int.MaxValue) is null))
                {
                    continue;
                }

                result.Add(new CitationMatch(token.Index, token.Length, symbol)
                {
                    Date = date,
                    Subject = subject,
                    LocalVerb = local,
                    LocalVerbStart = localStart,
                    Rule = Name,
                });
            }
        }

        return result;
    }

    /// <summary>
    /// "联合国安全理事会第1325和2250号决议" (the years left out): a number printed alone between 第 and 号决议 is the
    /// Council's resolution with the year of <see cref="SecurityCouncilNumbering"/>, when the reference is the Council's
    /// (named, or the host's) and no date printed before it says another year.
    /// </summary>
    private static IReadOnlyList<DocumentSymbol> CouncilNumber(Match token, ReferenceContext reference, DateOnly? date) =>
        reference.EffectiveOrgan == Organ.SecurityCouncil && reference.Kind == SymbolKind.Resolution
        && SymbolGrammar.TryParseCouncilNumber(token.Groups[s_itemBare].Value, out var council) && (date is null || date.Value.Year == council.Year)
            ? [council]
            : [];

    /// <summary>
    /// The organ a name gives. "大会" after the name of another assembly ("联合国环境大会", "缔约方大会"), "理事会" after an
    /// organization's name ("粮农组织理事会"), and any "委员会" (commissions) are other bodies; a bare "理事会" is the
    /// council the clause named before, else the Human Rights Council in an Assembly text.
    /// </summary>
    private static Organ OrganOf(string text, Group name, Organ host, out bool foreign)
    {
        foreign = false;
        var before = text.AsSpan(0, name.Index).TrimEnd();
        switch (name.Value)
        {
            case "安全理事会" or "安理会":
                return Organ.SecurityCouncil;
            case "经济及社会理事会" or "经社理事会":
                return Organ.EconomicAndSocialCouncil;
            case "人权理事会":
                return Organ.HumanRightsCouncil;
            case "人权委员会" or "委员会":
                foreign = true;
                return Organ.None;
            case "大会":
                foreign = ForeignAssembly().IsMatch(before);
                return foreign ? Organ.None : Organ.GeneralAssembly;
            default:
                if (ForeignCouncil().IsMatch(before))
                {
                    foreign = true;
                    return Organ.None;
                }

                var named = NamedCouncil().Match(text, 0, name.Index);
                return named.Success ? OrganOf(text, named.Groups["organ"], host, out foreign)
                    : host == Organ.GeneralAssembly ? Organ.HumanRightsCouncil : host;
        }
    }

    /// <summary>Where the text before a number stops being its sentence (made once: a literal here is an array per number).</summary>
    private static readonly char[] s_sentenceStops = ['。', '；', ';'];

    /// <summary>The last characters of the parts of <see cref="Head"/> before its closing <c>第?\s*</c>: 的, 日, 会, 在, 过, 于, 其, 照, 据.</summary>
    private static bool EndsHeadPart(char ch) => ch is '的' or '日' or '会' or '在' or '过' or '于' or '其' or '照' or '据';

    /// <summary>
    /// Where <see cref="Head"/> need look from for the item at <paramref name="end"/>: <paramref name="start"/> (the end of
    /// the previous item), unless no part of the head can stand before the item: every part (a "pursuant to" word, an
    /// organ, 其, a date, a subject, 通过的) ends on one of <see cref="EndsHeadPart"/> before spaces and the head's closing
    /// <c>第?\s*</c>; where none does, the head is that closing alone, and the pattern is run on it only, with the same
    /// match (no groups, the same start), not over the whole text since the previous item.
    /// </summary>
    private static int HeadFrom(string text, int start, int end)
    {
        int closing = end;
        while (closing > start && char.IsWhiteSpace(text[closing - 1]))
        {
            closing--;
        }

        if (closing > start && text[closing - 1] == '第')
        {
            closing--;
        }

        int before = closing;
        while (before > start && char.IsWhiteSpace(text[before - 1]))
        {
            before--;
        }

        return before > start && EndsHeadPart(text[before - 1]) ? start : closing;
    }

    /// <summary>
    /// The council named last in the clause before <paramref name="end"/>, unless inside a subject ("关于设立人权理事会的")
    /// or beyond a full stop or semicolon.
    /// </summary>
    private static Organ? OrganNamedBefore(string text, int end)
    {
        int start = Math.Max(0, end - 300);
        int stop = text.LastIndexOfAny(s_sentenceStops, Math.Max(0, end - 1), end - start);
        if (stop >= 0)
        {
            start = stop + 1;
        }

        foreach (Match m in NamedCouncil().Matches(text.Substring(start, end - start)))
        {
            int at = start + m.Index;
            int after = at + m.Length;

            // Inside a subject ("关于设立人权理事会的"), or a council that is not said to have resolutions: not the organ.
            var preceding = text.AsSpan(Math.Max(start, at - 30), at - Math.Max(start, at - 30));
            if (after < text.Length && text[after] == '的' && (preceding.Contains("关于", StringComparison.Ordinal) || preceding.Contains("题为", StringComparison.Ordinal)))
            {
                continue;
            }

            var following = text.AsSpan(after, Math.Min(60, end - after));
            if (!following.Contains("决议", StringComparison.Ordinal) && !following.Contains("决定", StringComparison.Ordinal) && !following.Contains('第'))
            {
                continue;
            }

            return m.Groups["organ"].Value switch
            {
                "安全理事会" or "安理会" => Organ.SecurityCouncil,
                "经济及社会理事会" or "经社理事会" => Organ.EconomicAndSocialCouncil,
                _ => Organ.HumanRightsCouncil,
            };
        }

        return null;
    }

    private const string OtherAssemblies = "环境|人居|卫生|缔约方|缔约国|成员国|会员国|全体|青年|代表|审议|部长级|股东|专题|组织|世界旅游|教科文|世界气象|国际劳工|海事|电信|邮政|原子能机构";

    [GeneratedRegex("(?:" + OtherAssemblies + @")\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ForeignAssembly();

    /// <summary>
    /// Principal organs (group <c>organ</c>) and other bodies that adopt resolutions (group <c>foreign</c>: commissions and
    /// committees other than the Assembly's Main Committees, conferences of the parties, other assemblies) in a clause.
    /// </summary>
    [GeneratedRegex("(?<organ>安全理事会|安理会|经济及社会理事会|经社理事会|人权理事会|大会)|(?<foreign>(?:" + OtherAssemblies + @")\s*大会|缔约方会议|缔约国会议|(?<!第[一二三四五六])委员会|执行局)", RegexOptions.CultureInvariant)]
    private static partial Regex OrganMention();

    private static Organ? MentionedOrgan(Match mention) => mention.Groups["foreign"].Success ? null : mention.Value switch
    {
        "安全理事会" or "安理会" => Organ.SecurityCouncil,
        "经济及社会理事会" or "经社理事会" => Organ.EconomicAndSocialCouncil,
        "人权理事会" => Organ.HumanRightsCouncil,
        _ => Organ.GeneralAssembly,
    };

    [GeneratedRegex(@"(?:组织|署|基金|方案|机构|联盟|局|院|所|银行|计划|公约|中心|大学)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ForeignCouncil();

    [GeneratedRegex(@"(?<organ>安全理事会|经济及社会理事会|人权理事会)", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex NamedCouncil();

    /// <summary>True when only list punctuation, a date and "第" stand between two items.</summary>
    private static bool ListGap(string text, Match left, Match right)
    {
        int start = left.Index + left.Length;
        return right.Index - start <= 160 && Gap().IsMatch(text.AsSpan(start, right.Index - start));
    }

    /// <summary>An item: "第 49/75 E 号决议"; or "第62/272" with 号 left to a later item of the list.</summary>
    private const string ReferenceText = @"第?\s*" + "(?:" + NumberPattern + @")(?:\s*(?<hao>号)\s*(?<kind>决议|决定|文件)?|\s*(?<kind>决议|决定)|(?=\s*[、，,和及与或]\s*(?:第\s*)?(?:\d|E?S[-‑])))";

    [GeneratedRegex(ReferenceText, RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    /// <summary><see cref="Reference"/> tried at one position only, by <see cref="s_numbers"/>.</summary>
    [GeneratedRegex(@"\G" + ReferenceText, RegexOptions.CultureInvariant)]
    private static partial Regex AnchoredReference();

    /// <summary>
    /// The items of a clause, found from its digits (<see cref="AnchoredNumberScan"/>): the matches of <see cref="Reference"/>,
    /// whose leading <c>第?\s*</c> made its own scan try every position of the clause.
    /// </summary>
    private static readonly AnchoredNumberScan s_numbers = new(AnchoredReference(), specialMarks: true, chineseLead: true);

    /// <summary>
    /// The groups the walk reads, by number: a lookup by name asks the pattern's table of names each time (a tenth of the
    /// Chinese extraction, with the engine's own lookups).
    /// </summary>
    private static readonly int s_itemKind = AnchoredReference().GroupNumberFromName("kind");

    private static readonly int s_itemHao = AnchoredReference().GroupNumberFromName("hao");

    private static readonly int s_itemBare = AnchoredReference().GroupNumberFromName("bare");

    private static readonly int s_headSubject = Head().GroupNumberFromName("subject");

    private static readonly int s_headOrgan = Head().GroupNumberFromName("organ");

    private static readonly int s_headIts = Head().GroupNumberFromName("its");

    private static readonly int s_headLocal = Head().GroupNumberFromName("local");

    private static readonly int s_headY = Head().GroupNumberFromName("y");

    /// <summary>
    /// What the head shortcut and the pattern say before an item (for tests): the window <see cref="HeadFrom"/> gives and
    /// the whole window from <paramref name="start"/> give the same match, groups and all.
    /// </summary>
    internal static (Match Shortcut, Match Pattern) HeadAt(string text, int start, int end)
    {
        int from = HeadFrom(text, start, end);
        return (Head().Match(text, from, end - from), Head().Match(text, start, end - start));
    }

    /// <summary>The items of a text as the rule walks them (for tests: the same as <see cref="Reference"/>'s matches).</summary>
    internal static IReadOnlyList<Match> Numbers(string text)
    {
        int none = 0;
        return s_numbers.Matches(text, ref none, static (string t, int digit, ref int _) => MayStartNumber(t, digit));
    }

    /// <summary>
    /// False where <see cref="NumberPattern"/> cannot match on the digit at <paramref name="digit"/> (its special-session
    /// marks aside, which start before the digit): inside another number or symbol; more than four digits; no slash after them, no bracket or part letter
    /// after spaces, and no <c>bare</c> number (three or four digits after 第 or a list word). A date's "2019年12月" and a
    /// session's "第 76 届" are passed over without the pattern.
    /// </summary>
    private static bool MayStartNumber(string text, int digit)
    {
        int next = AnchoredNumberScan.NumberEnd(text, digit);
        if (next < 0)
        {
            return false;
        }

        int length = next - digit;

        if (next < text.Length && text[next] == '/')
        {
            return true;
        }

        int at = next;
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        if (at < text.Length && text[at] is '(' or '（' or (>= 'A' and <= 'Z'))
        {
            return true;
        }

        int before = digit - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before]))
        {
            before--;
        }

        return length >= 3 && before >= 0 && text[before] is '第' or '、' or '，' or ',' or '和' or '及' or '与' or '或';
    }

    /// <summary><see cref="Reference"/>'s own scan (for tests).</summary>
    internal static MatchCollection NumbersByPattern(string text) => Reference().Matches(text);

    private const string NumberPattern =
        @"(?<![0-9A-Za-z/.\-‑])(?:(?<special>E?S\s?[-‑–]\s?\d{1,2}/\d{1,4})|(?<slash>\d{1,4}/\d{1,4})(?![\d/])(?:\s?(?<parts>[A-Z]{1,2}(?:\s*[和、至到\-]\s*[A-Z]{1,2})*(?![A-Za-z/])))?(?:\s*[(（]\s*(?:19|20)\d\d\s*[)）])?|(?<num>\d{1,4})(?:\s?(?<parts>[A-Z]{1,2}(?:\s*[和、至到\-]\s*[A-Z]{1,2})*(?![A-Za-z/])))?\s*[(（]\s*(?<paren>(?:19|20)\d\d|(?:E?S\s?[-‑]\s?)?[IVXLC]{1,7})\s*[)）](?:\s?(?<parts>[A-Z]{1,2}(?:\s*[和、至到\-]\s*[A-Z]{1,2})*(?![A-Za-z/])))?|" + BareNumber + ")";

    /// <summary>
    /// A number printed with no session (group <c>bare</c>): only after 第 or a list word following another number, and
    /// only where numbers and list words alone lead on to 号决议 ("第1325和2250号决议"); not a treaty's or a
    /// convention's number ("第9464号", "(第189号)").
    /// </summary>
    private const string BareNumber =
        @"(?<=第\s*|(?:\d|[)）]|号)\s*[、，,和及与或]\s*(?:第\s*)?)(?<bare>\d{3,4})(?![\d/])(?=(?:\s*号)?(?:\s*[、，,和及与或]\s*(?:第\s*)?\d{3,4}(?:\s*[(（]\s*(?:19|20)\d\d\s*[)）])?(?:\s*号)?)*\s*号?\s*决议)";

    /// <summary>What may stand right before an item: local verb ("按照"), organ, date, subject or title, date, "第".</summary>
    [GeneratedRegex(@"(?:(?<local>按照|根据|依照|依据|遵照)\s*)?(?:(?<organ>安全理事会|安理会|经济及社会理事会|经社理事会|人权理事会|人权委员会|理事会|委员会|大会)\s*(?:在|通过|于)?\s*)?(?:(?<its>其)\s*)?(?:" + ChineseRuleSet.DatePattern + @"\s*)?(?:(?:通过的)?\s*(?<subject>(?:关于|载有)[^。；;]{1,120}?\s*的|题为“[^”]{1,200}”\s*的)\s*)?(?:" + ChineseRuleSet.DatePattern + @"\s*)?(?:通过的\s*)?第?\s*$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex Head();

    /// <summary>"第76/136号和以往各项决议": the kind word after a list's last item and "the earlier ones".</summary>
    [GeneratedRegex(@"^\s*(?:和|及|以及|与)\s*(?:以往|此前|其他|其后|后续|以后)?\s*(?:的)?\s*(?:各项|有关|相关|所有)?\s*(?:的)?\s*决议", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingKind();

    [GeneratedRegex(@"^\s*(?:号\s*)?[\s、，,和及与以或]*(?:" + ChineseRuleSet.DatePattern + @"\s*)?(?:(?:关于|载有)[^。；;]{1,120}?\s*的|题为“[^”]{1,200}”\s*的)?\s*(?:" + ChineseRuleSet.DatePattern + @")?[\s的]*第?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Gap();
}
