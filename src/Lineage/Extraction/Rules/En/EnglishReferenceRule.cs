using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Extraction.Rules.En;

/// <summary>
/// "its resolution 49/75 E of 15 December 1994 on …", "its resolutions 50/70 P of 12 December 1995, … and 79/50 of
/// 2 December 2024 on nuclear disarmament", "Security Council resolutions 82 (1950) and 83 (1950)", "decision
/// 52/492", "resolutions 53/77 A and B", "3419 A to D (XXX)". The kind word stands before a list and is shared by
/// its items; dates follow ("of 15 December 1994"); a subject ("on nuclear disarmament") follows the last item
/// and covers the group. Another body's resolution ("Commission on the Status of Women resolutions 49/7 …", "the adoption
/// by the Economic Commission for Latin America and the Caribbean of its resolution 574 (XXVII)") yields nothing; a number
/// no organ is named for is read by <see cref="OrganClues"/>.
/// </summary>
public sealed partial class EnglishReferenceRule : ICitationRule
{
    /// <summary>
    /// The longest text between two items of one list (<see cref="ListGap"/>): sections, a date and a subject of at most 250
    /// characters, with list words (the longest in the corpus, 217 characters). A longer gap is not searched.
    /// </summary>
    private const int ListGapWindow = 600;

    /// <summary>
    /// How far before a number its kind word (with a quoted title: "resolution entitled “…”") and before a kind word the
    /// owner's name are looked for: bounds the right-to-left patterns, which would otherwise run over the clause so far.
    /// </summary>
    private const int KindWindow = 1000;

    private const int OwnerWindow = 400;

    public string Name => "en-reference";

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

        var result = new List<CitationMatch>();
        var group = new List<int>();
        var clues = new OrganClues(context, OrganMention(), MentionedOrgan);
        SymbolKind? kind = null;
        var organ = Organ.None;
        bool foreign = false;
        bool own = false;
        VerbForm? local = null;
        int localStart = 0;
        int previousEnd = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            // The right-to-left patterns see at most KindWindow characters before the number, not the clause so far.
            int gap = token.Index - previousEnd;
            int kindFrom = Math.Max(previousEnd, token.Index - KindWindow);
            var head = MayEndInKindWord(text, kindFrom, token.Index) ? HeadAt(text, kindFrom, token.Index) : KindHead.None;
            if (!head.Success && (i == 0 || gap > ListGapWindow || !IsListGap(text.AsSpan(previousEnd, gap))))
            {
                // The kind word may stand further back: "resolutions on Iraq, in particular 1500 (2003)".
                head = KindHead.From(LooseKindWord().Match(text, kindFrom, token.Index - kindFrom));
                if (!head.Success)
                {
                    kind = null;
                    organ = Organ.None;
                    foreign = false;
                    own = false;
                    local = null;
                    group.Clear();
                }
            }

            if (head.Success)
            {
                kind = text.AsSpan(head.Kind.Index, head.Kind.Length).StartsWith("decision", StringComparison.OrdinalIgnoreCase) ? SymbolKind.Decision : SymbolKind.Resolution;
                organ = OrganOf(text, head.Kind.Index, head.Its, context.HostOrgan, out foreign);
                own = head.Its && !foreign && organ == context.HostOrgan;
                local = head.Local.Success ? new VerbForm(text.Substring(head.Local.Index, head.Local.Length), Relation.Pursuant) : null;
                localStart = head.Local.Index;
                group.Clear();
            }

            // Without a kind word a number is taken only where it cannot be anything else: "2367 (2017)" in a Council
            // text. A resolution of another body ("Environment Assembly resolution 5/5") is not a UN symbol Lineage knows.
            bool councilNumber = token.Groups[s_itemParen].Success && token.Groups[s_itemParen].Value.Length == 4 && context.HostOrgan == Organ.SecurityCouncil;
            if (foreign || (kind is null && !councilNumber))
            {
                previousEnd = token.Index + token.Length;
                continue;
            }

            // What follows the number, up to the next one: each pattern run on it starts with one of a few words after
            // spaces and a comma ("of", "dated", "on", "by", "adopted"), so where none follows ("1325 (2000), 1820 (2008)",
            // " and 62/45", ", entitled") no pattern runs. The patterns see that stretch of the clause as their whole input.
            int afterStart = token.Index + token.Length;
            int afterEnd = i + 1 < tokens.Count ? tokens[i + 1].Index : text.Length;
            bool follows = KindFirstReferenceRule.CanFollow(text, afterStart, afterEnd) && OpensAfter(text, afterStart, afterEnd);
            Match After(Regex pattern) => follows ? pattern.Match(text, afterStart, afterEnd - afterStart) : System.Text.RegularExpressions.Match.Empty;
            if (MayNameOwner(text.AsSpan(afterStart, afterEnd - afterStart)) && After(OwnerAfter()) is { Success: true } owner && Bodies().IsMatch(owner.Groups["name"].Value) && KnownOrgan(owner.Groups["name"].Value) is null)
            {
                // "resolution 11/4 of 21 October 2022 of the Conference of the Parties …": another body's resolution.
                previousEnd = token.Index + token.Length;
                continue;
            }

            DateOnly? date = null;
            var dated = After(DateAfter());
            if (dated.Success && EnglishRuleSet.Dates.TryRead(dated, out var parsed))
            {
                date = parsed;
            }
            else if (After(PairDateAfter()) is { Success: true } pair && EnglishRuleSet.Dates.TryRead(pair, out var second))
            {
                // "resolutions 82 (1950) and 83 (1950) of 25 and 27 June 1950": the first day is the previous item's.
                date = second;
                if (group.Count > 0 && result[group[^1]] is { Date: null } previous
                    && AndOnly().IsMatch(text.AsSpan(previous.End, token.Index - previous.End))
                    && int.TryParse(pair.Groups["d1"].ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int day)
                    && day >= 1 && day <= DateTime.DaysInMonth(second.Year, second.Month))
                {
                    var firstDay = new DateOnly(second.Year, second.Month, day);
                    for (int k = group.Count - 1; k >= 0 && result[group[k]].Start == previous.Start; k--)
                    {
                        result[group[k]] = result[group[k]] with { Date = firstDay };
                    }
                }
            }

            var named = CouncilNumbering.Fits(organ, token, context) ? organ : Organ.None;
            if (own && named == context.HostOrgan)
            {
                named = Organ.None;
            }

            if (clues.Implied(token, named, own, date) is not { } implied)
            {
                // Another body's: "the Commission on Population and Development … its resolution 2013/1", "adopted by the
                // Economic and Social Commission for Asia and the Pacific … of resolution 72/7 of 19 May 2016".
                previousEnd = token.Index + token.Length;
                continue;
            }

            var reference = new ReferenceContext(context.HostOrgan, implied, kind ?? SymbolKind.Resolution);
            int first = result.Count;
            foreach (var symbol in token.Groups[s_itemBare].Success ? CouncilNumber(token, reference, date) : ReferenceReader.Read(token, reference))
            {
                if (AssemblyNumbering.Contradicted(symbol, date, () => clues.LastMentioned(token.Index, int.MaxValue) is null))
                {
                    continue;
                }

                result.Add(new CitationMatch(token.Index, token.Length, symbol)
                {
                    Date = date,
                    LocalVerb = local,
                    LocalVerbStart = localStart,
                    Rule = Name,
                });
            }

            for (int k = first; k < result.Count; k++)
            {
                group.Add(k);
            }

            // "… and 79/50 of 2 December 2024 on nuclear disarmament": the subject covers the group.
            var subject = MayHoldSubject(text.AsSpan(afterStart, afterEnd - afterStart)) ? After(SubjectAfter()) : System.Text.RegularExpressions.Match.Empty;
            if (subject.Success)
            {
                string value = subject.Groups["subject"].Value.Trim();
                foreach (int k in group)
                {
                    result[k] = result[k] with { Subject = result[k].Subject ?? value };
                }

                group.Clear();
            }

            previousEnd = token.Index + token.Length;
        }

        return result;
    }

    /// <summary>The kind words <see cref="KindWord"/> ends on (before a comma or a quoted title), longest first.</summary>
    private static readonly string[] s_kindWords = ["resolutions", "resolution", "decisions", "decision"];

    /// <summary>Letters a case-insensitive pattern may equate with an ASCII letter of a kind word where a comparison without case does not.</summary>
    private static readonly System.Buffers.SearchValues<char> s_oddCase = System.Buffers.SearchValues.Create("\u017F\u0130\u0131\u212A");

    /// <summary>
    /// False when <see cref="KindWord"/> cannot match on the window from <paramref name="start"/> to the number at
    /// <paramref name="end"/>: it ends there on a kind word, spaces and a comma, or on a quoted title; so the text before
    /// the number, spaces and one comma left out, must end on a quote or on one of <see cref="s_kindWords"/>. After "of
    /// 15 December 1994, " or "paragraph " no pattern runs right to left.
    /// </summary>
    private static bool MayEndInKindWord(string text, int start, int end)
    {
        int at = end;
        while (at > start && char.IsWhiteSpace(text[at - 1]))
        {
            at--;
        }

        if (at > start && text[at - 1] == ',')
        {
            at--;
            while (at > start && char.IsWhiteSpace(text[at - 1]))
            {
                at--;
            }
        }

        if (at > start && text[at - 1] == '"')
        {
            return true;
        }

        var before = text.AsSpan(start, at - start);
        if (before[Math.Max(0, before.Length - 12)..].ContainsAny(s_oddCase))
        {
            return true;
        }

        foreach (string word in s_kindWords)
        {
            if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words one of which opens every match of <see cref="OwnerAfter"/>, <see cref="DateAfter"/>, <see cref="PairDateAfter"/> and <see cref="SubjectAfter"/>.</summary>
    private static readonly string[] s_afterWords = ["of", "dated", "on", "by", "adopted"];

    /// <summary>
    /// True when the first word after spaces and at most one comma from <paramref name="start"/> is one of
    /// <see cref="s_afterWords"/> (without case, as most of the patterns read it): false, none of the patterns after a
    /// number can match there.
    /// </summary>
    private static bool OpensAfter(string text, int start, int end)
    {
        int at = start;
        while (at < end && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        if (at < end && text[at] == ',')
        {
            at++;
        }

        while (at < end && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        int word = at;
        while (at < end && char.IsAsciiLetter(text[at]))
        {
            at++;
        }

        var read = text.AsSpan(word, at - word);
        foreach (string opening in s_afterWords)
        {
            if (read.Equals(opening, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "United Nations Security Council resolutions 1325 and 2250" (the year left out): a number printed alone after a
    /// resolution kind word is the Council's resolution with the year of <see cref="SecurityCouncilNumbering"/>, when the
    /// reference is the Council's (named, or the host's) and no date printed after it says another year.
    /// </summary>
    private static IReadOnlyList<DocumentSymbol> CouncilNumber(Match token, ReferenceContext reference, DateOnly? date) =>
        reference.EffectiveOrgan == Organ.SecurityCouncil && reference.Kind == SymbolKind.Resolution
        && SymbolGrammar.TryParseCouncilNumber(token.Groups[s_itemBare].Value, out var council) && (date is null || date.Value.Year == council.Year)
            ? [council]
            : [];

    /// <summary>
    /// The organ a kind word belongs to, from the capitalized name right before it ("Human Rights Council
    /// resolution"), "its" (the host), or the organ the clause named just before ("the Human Rights Council, including
    /// resolutions 36/6"). <paramref name="foreign"/> is set for other bodies ("Environment Assembly resolution").
    /// </summary>
    private static Organ OrganOf(string text, int kindIndex, bool its, Organ host, out bool foreign)
    {
        foreign = false;
        if (its)
        {
            // "the Human Rights Council in its resolution 42/23", "the Environment Assembly, in paragraph 2 of its resolution":
            // "its" is the body named just before, else the citing organ.
            int from = Math.Max(0, kindIndex - OwnerWindow);
            if (!MayNameItsOwner(text.AsSpan(from, kindIndex - from)))
            {
                return host;
            }

            var owner = ItsOwner().Match(text, from, kindIndex - from);
            if (!owner.Success)
            {
                owner = ByOwner().Match(text, from, kindIndex - from);
            }

            if (owner.Success)
            {
                string body = owner.Groups["name"].Value;
                if (KnownOrgan(body) is { } organ)
                {
                    return organ;
                }

                if (Bodies().IsMatch(body) && body is not ("Assembly" or "the Assembly" or "Council" or "the Council"))
                {
                    foreign = true;
                    return Organ.None;
                }
            }

            return host;
        }

        int nameFrom = Math.Max(0, kindIndex - OwnerWindow);
        var name = NameBefore().Match(text, nameFrom, kindIndex - nameFrom);
        // "paragraph 3 of Assembly resolution": the name starts at its first capital.
        string named = name.Success ? LeadingLowercase().Replace(name.Groups["name"].Value.Trim(), string.Empty) : string.Empty;
        if (named.Length > 0)
        {
            if (KnownOrgan(named) is { } known)
            {
                return known;
            }

            if (named is "Council" or "the Council" or "The Council")
            {
                // "Council resolution 51/31" / "the Council's resolution": the council the clause named, else by host.
                return LastOrganBefore(text, name.Index) ?? (host == Organ.GeneralAssembly ? Organ.HumanRightsCouncil : host);
            }

            if (named is "Assembly" or "the Assembly")
            {
                return Organ.GeneralAssembly;
            }

            if (Bodies().IsMatch(named))
            {
                foreign = true;
                return Organ.None;
            }
        }

        // "Official Records of the General Assembly, …, Supplement No. 53A (A/77/53/Add.1), chap. III, sect. A, resolution
        // 51/4": the organ whose records they are is not the resolution's (see OrganClues).
        return AssemblyNumbering.ReportBefore(text, kindIndex) is null ? LastOrganBefore(text, kindIndex) ?? Organ.None : Organ.None;
    }

    private static Organ? MentionedOrgan(Match mention) =>
        mention.Groups["foreign"].Success ? null : KnownOrgan(mention.Value) ?? Organ.None;

    private static Organ? KnownOrgan(string name) =>
        name.EndsWith("General Assembly", StringComparison.Ordinal) ? Organ.GeneralAssembly
        : name.EndsWith("Security Council", StringComparison.Ordinal) ? Organ.SecurityCouncil
        : name.EndsWith("Economic and Social Council", StringComparison.Ordinal) ? Organ.EconomicAndSocialCouncil
        : name.EndsWith("Human Rights Council", StringComparison.Ordinal) ? Organ.HumanRightsCouncil
        : MisprintedEconomicAndSocialCouncil().IsMatch(name) ? Organ.EconomicAndSocialCouncil
        : null;

    /// <summary>The Economic and Social Council with a word dropped, as printed now and then ("Economic and Council resolution 2002/12").</summary>
    [GeneratedRegex(@"^(?:the\s+)?Economic(?:\s+and)?(?:\s+Social)?\s+Council$", RegexOptions.CultureInvariant)]
    private static partial Regex MisprintedEconomicAndSocialCouncil();

    /// <summary>Principal organs (group <c>organ</c>) and other bodies that adopt resolutions (group <c>foreign</c>), anywhere in a clause.</summary>
    [GeneratedRegex(@"(?<organ>General Assembly|Security Council|Economic and Social Council|Human Rights Council)|(?<foreign>\b(?:Commission|Sub-?[Cc]ommission|Subcommission|Conference|(?<!(?:First|Second|Third|Fourth|Fifth|Sixth|Main)\s)Committee|Executive Board|Governing Council|Executive Council|(?:Environment|Health|Habitat|Tourism)\s+Assembly|Meeting of (?:the\s+)?(?:States\s+)?Parties)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex OrganMention();

    /// <summary>The organ named last within the 400 characters before <paramref name="end"/>, not across a semicolon.</summary>
    private static Organ? LastOrganBefore(string text, int end)
    {
        int start = Math.Max(0, end - 400);
        int semicolon = text.LastIndexOf(';', Math.Max(0, end - 1), end - start);
        if (semicolon >= 0)
        {
            start = semicolon + 1;
        }

        var m = OrganName().Match(text, start, end - start);
        return m.Success ? KnownOrgan(m.Value) : null;
    }

    /// <summary>
    /// A printed number: groups <c>special</c> (<c>S-10/2</c>), <c>slash</c> (<c>61/78</c>), <c>num</c> and <c>paren</c>
    /// (<c>1540 (2004)</c>, <c>1514 (XV)</c>), <c>parts</c>, <c>bare</c>. Every match starts on a digit or on the mark of
    /// <c>special</c>, which <see cref="s_numbers"/> relies on.
    /// </summary>
    private const string ReferenceText = @"(?<![0-9A-Za-z/.\-‑])(?:(?<special>E?S\s?[-‑–]\s?\d{1,2}/\d{1,4})|(?<slash>\d{1,4}/\d{1,4})(?![\d/])(?:\s?(?<parts>" + PartLetter + @"{1,2}(?:(?:\s*,\s*|\s+and\s+|\s+to\s+|\s*[-–]\s*)" + PartLetter + @"{1,2})*(?![A-Za-zА-яЁё/])))?|(?<num>\d{1,4})(?:\s?(?<parts>" + PartLetter + @"{1,2}(?:(?:\s*,\s*|\s+and\s+|\s+to\s+|\s*[-–]\s*)" + PartLetter + @"{1,2})*(?![A-Za-zА-яЁё/])))?\s*\(\s*(?<paren>(?:19|20)\d\d|(?:E?S\s?[-‑]\s?)?[IVXLC]{1,7})\s*\)|" + BareNumber + ")";

    [GeneratedRegex(ReferenceText, RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    /// <summary><see cref="Reference"/> tried at one position only, by <see cref="s_numbers"/>.</summary>
    [GeneratedRegex(@"\G" + ReferenceText, RegexOptions.CultureInvariant)]
    private static partial Regex AnchoredReference();

    /// <summary>The numbers of a clause, found from its digits (<see cref="AnchoredNumberScan"/>): the matches of <see cref="Reference"/>.</summary>
    private static readonly AnchoredNumberScan s_numbers = new(AnchoredReference(), specialMarks: true, chineseLead: false);

    /// <summary>The number's groups the walk reads, by number: a lookup by name asks the pattern's table of names each time.</summary>
    private static readonly int s_itemParen = AnchoredReference().GroupNumberFromName("paren");

    private static readonly int s_itemBare = AnchoredReference().GroupNumberFromName("bare");

    /// <summary>The printed numbers of a text as the rule walks them (for tests: the same as <see cref="Reference"/>'s matches).</summary>
    internal static IReadOnlyList<Match> Numbers(string text)
    {
        int kindWordAt = NotSearched;
        return s_numbers.Matches(text, ref kindWordAt, MayStartNumber);
    }

    /// <summary>The state of <see cref="MayStartNumber"/> before it looked for "esolution".</summary>
    private const int NotSearched = -2;

    /// <summary>
    /// False where <see cref="Reference"/> cannot match on the digit at <paramref name="digit"/> (its special-session
    /// marks aside, which start before the digit): inside another number or symbol; more than four digits; no slash after them, no bracket or part letter
    /// after spaces (a date's "15 December": the capital is followed by a letter, so it is no part), and no
    /// <c>bare</c> number (three or four digits after a space or a comma, with "esolution" earlier in the clause, at
    /// <paramref name="kindWordAt"/>, looked for once, when first needed). Dates, paragraph and page numbers are passed over without the pattern.
    /// </summary>
    private static bool MayStartNumber(string text, int digit, ref int kindWordAt)
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

        if (at < text.Length && (text[at] == '(' || MayOpenParts(text, at)))
        {
            return true;
        }

        if (length < 3 || digit == 0 || !(char.IsWhiteSpace(text[digit - 1]) || text[digit - 1] == ','))
        {
            return false;
        }

        if (kindWordAt == NotSearched)
        {
            kindWordAt = text.IndexOf("esolution", StringComparison.Ordinal);
        }

        return kindWordAt >= 0 && kindWordAt < digit;
    }

    /// <summary>
    /// True when part letters (<see cref="PartLetter"/>, one or two) can start at <paramref name="at"/>: what follows them
    /// is not a letter or a slash, which the parts' closing lookahead refuses.
    /// </summary>
    private static bool MayOpenParts(string text, int at)
    {
        if (!IsPartLetter(text[at]))
        {
            return false;
        }

        if (at + 1 >= text.Length || !IsLetterOrSlash(text[at + 1]))
        {
            return true;
        }

        return IsPartLetter(text[at + 1]) && (at + 2 >= text.Length || !IsLetterOrSlash(text[at + 2]));
    }

    /// <summary><see cref="PartLetter"/>: a Latin capital or a Cyrillic look-alike.</summary>
    private static bool IsPartLetter(char ch) => ch is (>= 'A' and <= 'Z') or 'А' or 'В' or 'Е' or 'К' or 'М' or 'Н' or 'О' or 'Р' or 'С' or 'Т' or 'Х';

    /// <summary>What the parts' lookahead <c>(?![A-Za-zА-яЁё/])</c> refuses.</summary>
    private static bool IsLetterOrSlash(char ch) => ch is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= 'А' and <= 'я') or 'Ё' or 'ё' or '/';

    /// <summary>
    /// What the shortcuts and the patterns say of the window before a number and the stretch after it (for tests): the
    /// shortcut's answer, and whether <see cref="KindWord"/> / any pattern after a number matches there.
    /// </summary>
    internal static (bool Shortcut, bool Pattern) KindWordAt(string text, int start, int end) =>
        (MayEndInKindWord(text, start, end), KindWord().Match(text, start, end - start).Success);

    /// <inheritdoc cref="KindWordAt"/>
    internal static (bool Shortcut, bool Pattern) AfterAt(string text, int start, int end) =>
        (OpensAfter(text, start, end),
         new[] { OwnerAfter(), DateAfter(), PairDateAfter(), SubjectAfter() }.Any(p => p.Match(text, start, end - start).Success));

    /// <summary><see cref="Reference"/>'s own scan (for tests).</summary>
    internal static MatchCollection NumbersByPattern(string text) => Reference().Matches(text);

    /// <summary>
    /// A number printed with no session (group <c>bare</c>), taken only right after "resolution(s)" or in a list of
    /// numbers such a word heads ("resolutions 1325 and 2250", "resolutions 1325 (2000) and 2250"); not followed by
    /// another digit, a slash, a letter ("9123rd"), a decimal, a bracket or a per cent. Not in a committee's name ("the
    /// Committee established pursuant to resolution 751", also printed "the 751 Committee").
    /// </summary>
    /// <summary>
    /// A part letter: a Latin capital, or a Cyrillic look-alike that slipped into the English text (<c>49/75 Е</c> with
    /// U+0415), which <see cref="ReferenceReader.LatinParts"/> maps to Latin.
    /// </summary>
    private const string PartLetter = "[A-ZАВЕКМНОРСТХ]";

    private const string BareNumber =
        @"(?<=(?<![A-Za-z])(?<!Committee\s+(?:[a-z]+\s+){0,3})[Rr]esolutions?\s+(?:\d{3,4}(?:\s*\(\s*(?:19|20)\d\d\s*\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+))*)(?<bare>\d{3,4})(?![\d/A-Za-z%‑\-]|[.,]\d|\s*\(|\s+(?:per\s?cent|percent)\b)";

    /// <summary>The kind word right before a reference, with "its" and a "pursuant to" before it.</summary>
    [GeneratedRegex(@"(?:(?<local>pursuant to|in accordance with|as requested in|in implementation of|in follow-up to|as called for in|as set out in|in the light of)\s+)?(?:(?<its>its)\s+(?:own\s+)?)?(?<kind>resolutions?|decisions?)\s*(?:,\s*)?(?:(?:entitled|on)\s+""[^""]*""\s*,?\s*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex KindWord();

    /// <summary>A kind word a little before a reference: "resolutions on Iraq, in particular", "resolutions, including".</summary>
    [GeneratedRegex(@"(?:(?<its>its)\s+(?:\w+\s+){0,3})?\b(?<kind>resolutions?|decisions?)\b[^.;:\d()""“”]{1,100}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex LooseKindWord();

    /// <summary>The run of capitalized words (with of/on/and/the) ending right before a kind word.</summary>
    [GeneratedRegex(@"(?<name>(?:(?:[A-Z][\w\-]*|of|on|and|the|for)\s+)*[A-Z][\w\-]*)(?:['’]s)?\s+$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex NameBefore();

    /// <summary>Nouns that name a body: a name with one of them that is not a principal organ is another body.</summary>
    [GeneratedRegex(@"\b(?:Assembly|Council|Commission|Board|Committee|Conference|Organization|Programme|Meeting|Parties|Forum|Fund|Court|Agency|Union|Summit|Subcommission|Sub-Commission)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Bodies();

    [GeneratedRegex(@"^(?:(?:of|on|and|for)\s+)+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingLowercase();

    /// <summary>"the adoption by the Economic Commission for Latin America and the Caribbean of its resolution": its is that body.</summary>
    [GeneratedRegex(@"\bby\s+the\s+(?<name>(?:(?:[A-Z][\w\-]*|of|on|and|the|for|to|against|in)\s+)*[A-Z][\w\-]*),?\s+(?:at\s+its\s+(?:[\w\-]+\s+){1,3}session,?\s+)?of\s+its\s+(?:\w+\s+){0,2}$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex ByOwner();

    [GeneratedRegex(@"(?<name>(?:(?:[A-Z][\w\-]*|of|on|and|the|for|to|against|in)\s+)*[A-Z][\w\-]*),?\s+(?:at\s+its\s+(?:[\w\-]+\s+){1,3}session,?\s+)?(?:(?:has\s+)?(?:in|by|through|under)\s+(?:paragraph\s+\d+\s+of\s+)?|as\s+reflected\s+in\s+|in\s+paragraph\s+\d+\s+of\s+)its\s+(?:\w+\s+){0,2}$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex ItsOwner();

    [GeneratedRegex(@"^(?:\s*,?\s*(?:of|dated)\s+" + EnglishRuleSet.DatePattern + @")?(?:\s*,?\s+on\s+[^,;()]{1,150},)?\s*,?\s+(?:of|by)\s+the\s+(?<name>(?:[A-Z][\w\-]*\s*|of\s+|the\s+|to\s+|on\s+|and\s+)+)", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerAfter();

    [GeneratedRegex(@"General Assembly|Security Council|Economic and Social Council|Human Rights Council", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex OrganName();

    /// <summary>
    /// Between two items of one list: the previous item's section or paragraph, its date, its subject or title
    /// ("on …", "concerning …", "entitled “…”"), then a comma or semicolon and "and".
    /// </summary>
    [GeneratedRegex(@"^(?:\s*,?\s*(?:sect(?:ion)?s?\.?|paras?\.?|paragraphs?|annex|part|chap\.?)\s+[\w.–\-]+(?:\s+(?:to|and)\s+[\w.–\-]+)?)*(?:\s*,?\s*(?:of|dated|on)\s+\d{1,2}(?:\s*(?:and|-|–)\s*\d{1,2})?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?)?(?:\s*,?\s+(?:on|concerning|relating to|regarding|entitled|in which|by which|which|pertaining to)\s+(?!\d)[^;]{1,250}?)?\s*[,;]?\s*(?:(?:and|as well as|or)\s+)?(?:its\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ListGap();

    [GeneratedRegex(@"^\s*,?\s*(?:of|dated|adopted on)\s+(?:the\s+)?" + EnglishRuleSet.DatePattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateAfter();

    /// <summary>Two days of one month after the second of two items: "of 25 and 27 June 1950" (group <c>d1</c>, then the date).</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:of|dated)\s+(?<d1>\d{1,2})\s+and\s+" + EnglishRuleSet.DatePattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PairDateAfter();

    [GeneratedRegex(@"^\s*and\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AndOnly();

    [GeneratedRegex(@"^(?:\s*,?\s*(?:of|dated)\s+" + EnglishRuleSet.DatePattern + @")?\s+(?<subject>on\s+(?!\d)[^,;()]{2,150}?)\s*(?=[,;.]|$|\s+and\s+(?:its\s+)?(?:resolutions?|decisions?)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SubjectAfter();
}
