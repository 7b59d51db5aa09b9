using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Extraction.Rules;

/// <summary>
/// The reference rule of languages that name the kind of document before the number and share it across a list:
/// French <c>ses résolutions 50/70 P du 12 décembre 1995, … et 61/78</c>, Spanish <c>sus resoluciones …</c>, Russian
/// <c>свои резолюции …</c>, Arabic <c>قراراتها …</c>. A language supplies its patterns; this class walks the numbers
/// of a clause in order and decides, for each, whether a kind word stands right before it (a new group), whether only
/// list punctuation, a date, a subject or an organ separates it from the previous item (the same group), or
/// neither (a bare number, taken only in the shapes that cannot be anything else). An organ named after an item
/// (<c>résolution 51/32 du Conseil des droits de l'homme</c>) names every item of its group still without one; a
/// body that is no UN principal organ (<c>de la Commission de la condition de la femme</c>) drops them.
/// </summary>
/// <remarks>
/// <para>
/// Patterns are matched on windows of the clause (<see cref="Regex.Match(string, int, int)"/>): <see cref="Head"/> is
/// anchored at the end of the text before an item (build it with <see cref="RegexOptions.RightToLeft"/> so it is tried
/// once), <see cref="After"/> at the start of the text after it, <see cref="ListGap"/> on the whole gap between two
/// items. So no pattern rescans the clause from every position.
/// </para>
/// <para>
/// Human Rights Council resolutions print like General Assembly ones (<c>45/30</c>). A number no organ is named for,
/// and not the text's own ("sa résolution"), is read as the Council's when its date fits Council session N and not
/// Assembly session N (<c>45/30 du 13 octobre 2020</c>), or, undated, when the clause last named the Council and the
/// number is one the Council can have given.
/// </para>
/// </remarks>
public abstract partial class KindFirstReferenceRule : ICitationRule
{
    /// <summary>
    /// Where a printed number starts: on its digits, not inside another number or symbol; a special-session mark
    /// before it (<c>S-10/2</c>, <c>ES‑10/15</c>) is captured as <c>sp</c> by a lookbehind, so the search runs on digits.
    /// </summary>
    protected const string NumberStart = @"(?:(?<=(?<![\w/.\-‑])(?<sp>E?S)\s?[-–‑]\s?)|(?<![\w/.\-–‑]))";

    /// <summary>
    /// The session in brackets after a number: a year (Security Council), a Roman session (General Assembly or
    /// ECOSOC before 1976), or a Roman special session (<c>S-IV</c>, which the grammar has no symbol for: the item is
    /// kept as a list member and yields nothing).
    /// </summary>
    protected const string Session = @"(?:19|20)[0-9][0-9]|[IVXLCХІС]{1,7}|E?S\s?[-–‑]\s?[IVXLC]{1,7}";

    /// <summary>How far before an item the kind word and the organ may start.</summary>
    protected const int HeadWindow = 160;

    /// <summary>How far after an item its date, organ and subject may reach.</summary>
    protected const int AfterWindow = 400;

    /// <summary>
    /// The longest text between two items of one list: up to three organs or dates and a subject or title of at most 250
    /// characters, with list words (the longest in the corpus, 224 characters).
    /// </summary>
    protected const int ListGapWindow = 600;

    /// <summary>The kind word <see cref="Head"/> requires, as a pattern of its own (null: not provably required).</summary>
    private readonly Lazy<Regex?> _kindWords;

    protected KindFirstReferenceRule()
    {
        _kindWords = new(() => RequiredGroup.Filter(Head, "kind"));
        _tokenGroups = new(() => TokenGroups.Of(Reference));
    }

    /// <summary>The numbers of <see cref="Reference"/>'s groups, looked up once: a group read by name hashes the name each time.</summary>
    private readonly Lazy<TokenGroups> _tokenGroups;

    /// <summary>The group numbers of a printed number (<see cref="Reference"/>; its anchored form numbers them the same).</summary>
    private TokenGroups G => _tokenGroups.Value;

    public abstract string Name { get; }

    /// <summary>The filter run before <see cref="Head"/>: no kind word in the window, no head there.</summary>
    internal Regex? KindWordFilter => _kindWords.Value;

    /// <inheritdoc/>
    public bool NeedsAnchor => true;

    /// <summary>
    /// Printed numbers: groups as <see cref="SymbolPatterns.Number"/> (<c>special</c>, <c>slash</c>, <c>num</c>,
    /// <c>paren</c>, <c>parts</c>); a special-session mark may instead be captured by a lookbehind as <c>sp</c>
    /// (<c>S</c> or <c>ES</c> before <c>-10/2</c>), which keeps the search on digits. A language may also capture a
    /// number with no session at all as <c>bare</c> (not a date's year): it is read only as a Security Council
    /// resolution, in a group of the Council's, and never stands alone.
    /// </summary>
    protected abstract Regex Reference { get; }

    /// <summary>
    /// The words right before an item, anchored at the end: group <c>kind</c> (with <c>decision</c> when it is a
    /// decision), optionally <c>own</c> (the text's own: "sa", "su", "свою", "ها"), <c>organ</c> (named before or
    /// between the kind word and the number), <c>foreign</c> (another body named between them, or the subject of the adoption before the kind word, "la Commission … a adopté la résolution": the group is not taken)
    /// and <c>local</c> (a "pursuant to" phrase, which becomes the citation's verb).
    /// <para>Interpreted, not <see cref="RegexOptions.Compiled"/>: a compiled matcher of a head was 50-150 KB of IL, which
    /// the JIT compiles without optimizing (too large) at every start, 0.86 MB of IL for the eight heads of the four
    /// languages; interpreted, <c>extract</c> over 365 MB used 10% less CPU and the warm pipeline ran at the same speed
    /// (bench/results/pipeline.md, sixth session). The source generator has no right-to-left code path.</para>
    /// </summary>
    protected abstract Regex Head { get; }

    /// <summary>
    /// <see cref="Head"/> without its optional organ or other body between the kind word and the number (<c>résolution du
    /// Conseil de sécurité 1540</c>), which is the costly part of it run right to left. Where <see cref="KindThenOrgan"/>
    /// finds nothing before a number, no match of <see cref="Head"/> can hold that part, and the two patterns try the
    /// same paths in the same order: they give the same match.
    /// </summary>
    protected abstract Regex HeadWithoutOrgan { get; }

    /// <summary>The kind word followed by the organ part of <see cref="Head"/>, left to right (not anchored).</summary>
    protected abstract Regex KindThenOrgan { get; }

    /// <summary>
    /// What may follow an item, anchored at the start: the date groups of <see cref="Dates"/>, optionally
    /// <c>organ</c> (a principal organ named after the number), <c>foreign</c> (another body), <c>subject</c>.
    /// </summary>
    protected abstract Regex After { get; }

    /// <summary>The whole gap between two items of one list (date, organ, subject, comma, "and").</summary>
    protected abstract Regex ListGap { get; }

    /// <summary>
    /// Names of the principal organs (group <c>organ</c>) and of other bodies (group <c>foreign</c>) anywhere in a
    /// clause, to know which body a clause speaks of.
    /// </summary>
    protected abstract Regex OrganMention { get; }

    /// <summary>
    /// The language's list words, as data: each joins two items in <see cref="ListGap"/> (<c>et</c>, <c>y</c>, <c>и</c>,
    /// <c>و</c>), so a gap of only them and a comma is taken without running it.
    /// </summary>
    protected abstract ReferenceVocabulary Vocabulary { get; }

    /// <summary>True when <see cref="ListGap"/> takes <paramref name="gap"/> as the whole text between two items (for tests).</summary>
    internal bool ListGapAccepts(string gap) => ListGap.IsMatch(gap);

    /// <summary>The date reader whose groups <see cref="After"/> holds.</summary>
    protected abstract IDateReader Dates { get; }

    /// <summary>
    /// The organ a name captured by <see cref="Head"/>, <see cref="After"/> or <see cref="OrganMention"/> stands for: by
    /// default the first of the vocabulary's <see cref="ReferenceVocabulary.OrganNames"/> the lowered name fits, else none.
    /// </summary>
    protected virtual Organ OrganOf(string named, Organ host)
    {
        ArgumentNullException.ThrowIfNull(named);
        string lowered = named.ToLowerInvariant();
        foreach (var name in Vocabulary.OrganNames)
        {
            if (name.Fits(lowered))
            {
                return name.Organ;
            }
        }

        return Organ.None;
    }

    /// <summary>How many names <see cref="NamedOrgan"/> keeps: the organs' few spellings, with room for odd line breaks.</summary>
    private const int NamedOrganCapacity = 4096;

    /// <summary><see cref="OrganOf"/> of each name met, kept: the rules lower the name first, which asks ICU each time.</summary>
    private readonly ConcurrentDictionary<(string Named, Organ Host), Organ> _namedOrgans = new();

    /// <summary><see cref="OrganOf"/>, read once per distinct name (it is a function of the name and the host).</summary>
    private Organ NamedOrgan(string named, Organ host)
    {
        if (_namedOrgans.TryGetValue((named, host), out var organ))
        {
            return organ;
        }

        organ = OrganOf(named, host);
        if (_namedOrgans.Count < NamedOrganCapacity)
        {
            _namedOrgans.TryAdd((named, host), organ);
        }

        return organ;
    }

    /// <summary>
    /// The symbols one printed number names: <c>61/78</c>, <c>S-10/2</c>, <c>49/75 E</c>, <c>53/77 A et B</c> (two),
    /// <c>2373 (XXII)</c>, <c>973 (Х)</c> with a Cyrillic look-alike, <c>1540 (2004)</c>; parts read by
    /// <see cref="ReadParts"/>. Empty when the grammar knows no such symbol.
    /// </summary>
    protected virtual IReadOnlyList<DocumentSymbol> Read(Match token, ReferenceContext context)
    {
        ArgumentNullException.ThrowIfNull(token);
        string printed;
        string? session = null;
        if (token.Groups[G.Sp].Success)
        {
            printed = token.Groups[G.Sp].Value + "-" + token.Groups[G.Slash].Value;
        }
        else if (token.Groups[G.Special].Success)
        {
            printed = token.Groups[G.Special].Value;
        }
        else if (token.Groups[G.Slash].Success)
        {
            printed = token.Groups[G.Slash].Value;
        }
        else if (token.Groups[G.Num].Success && LatinSession(token.Groups[G.Paren].Value) is { } latin)
        {
            printed = token.Groups[G.Num].Value;
            session = latin;
        }
        else if (token.Groups[G.Bare].Success)
        {
            // "resolutions 1325 and 2250" in the Council's words (some versions print no year): the number says which.
            return context.EffectiveOrgan == Organ.SecurityCouncil && context.Kind == SymbolKind.Resolution
                && SymbolGrammar.TryParseCouncilNumber(token.Groups[G.Bare].Value, out var council) ? [council] : [];
        }
        else
        {
            return [];
        }

        var parts = token.Groups[G.Parts].Success ? ReadParts(token.Groups[G.Parts].Value) : [null];
        var result = new List<DocumentSymbol>(parts.Count);
        foreach (string? part in parts)
        {
            string reference = session is null ? printed + part : printed + part + "(" + session + ")";
            if (SymbolGrammar.TryParseReference(reference, context, out var symbol))
            {
                result.Add(symbol);
            }
        }

        return result;
    }

    /// <summary>True for the mark of an emergency special session: <c>ES</c>, Arabic <c>دإط</c> (الدورة الاستثنائية الطارئة).</summary>
    protected static bool IsEmergencyMark(string mark) => OrganClues.IsEmergencyMark(mark);

    /// <summary>
    /// A last look at a symbol read from the text, with the date printed after it: by default the symbol unchanged.
    /// </summary>
    protected virtual DocumentSymbol Reconsider(DocumentSymbol symbol, DateOnly? date, ClauseContext context) => symbol;

    /// <summary>The latest Assembly session a document can cite (<see cref="AssemblyNumbering.LatestSession"/>).</summary>
    protected static int LatestSession(ClauseContext context) => AssemblyNumbering.LatestSession(context);

    /// <summary>True when General Assembly session <paramref name="session"/> sat on <paramref name="date"/> (<see cref="AssemblyNumbering.Sat"/>).</summary>
    protected static bool AssemblySat(int session, DateOnly date) => AssemblyNumbering.Sat(session, date);

    /// <summary>The part letters printed after a number, in Latin; by default <see cref="LetterParts"/>. Empty: none readable.</summary>
    protected virtual IReadOnlyList<string?> ReadParts(string printed) => LetterParts(printed);

    /// <summary>The bracketed session in Latin letters (<c>Х</c>, U+0425, is X); null when a letter is no Roman digit.</summary>
    private static string? LatinSession(string printed)
    {
        Span<char> latin = stackalloc char[printed.Length];
        int n = 0;
        foreach (char ch in printed)
        {
            if (char.IsWhiteSpace(ch))
            {
                continue;
            }

            latin[n++] = ch is >= '0' and <= '9' or '-' or 'I' or 'V' or 'X' or 'L' or 'C' or 'S' or 'E' ? ch
                : ch is '–' or '‑' ? '-'
                : PartLetters.TryNormalize(ch, out char mapped) ? mapped
                : '\0';
            if (latin[n - 1] == '\0')
            {
                return null;
            }
        }

        return new string(latin[..n]);
    }

    /// <summary>
    /// Part letters as printed after a number: Latin capitals or Cyrillic look-alikes, one or two each (<c>53/77 AA</c>),
    /// joined by list words or a range word or dash (<c>A à D</c>, <c>A a C</c>, <c>A–D</c>): <c>A, B, C, D</c>.
    /// </summary>
    protected static IReadOnlyList<string?> LetterParts(string printed)
    {
        var letters = new List<string?>();
        bool range = false;
        foreach (Match m in PartToken().Matches(printed))
        {
            if (!m.Groups["letters"].Success)
            {
                range = letters.Count > 0;
                continue;
            }

            var latin = new char[m.Length];
            for (int i = 0; i < m.Length; i++)
            {
                if (!PartLetters.TryNormalize(m.Value[i], out latin[i]))
                {
                    return [];
                }
            }

            string part = new(latin);
            if (range && part.Length == 1 && letters[^1] is { Length: 1 } first)
            {
                letters.RemoveAt(letters.Count - 1);
                letters.AddRange(PartLetters.Range(first, part));
            }
            else
            {
                letters.Add(part);
            }

            range = false;
        }

        return letters;
    }

    /// <summary>
    /// True for a number that is unambiguous without a kind word: <c>61/78</c>, <c>S-10/2</c>; not <c>2023/24</c> (a
    /// financial period more often than an ECOSOC resolution) nor a number after another body's series letters
    /// (<c>document CL 144/9</c>). A Security Council number (<c>1546 (2004)</c>) stands alone in a clause that spoke of
    /// resolutions before it ("resolutions on Iraq, in particular 1500 (2003), 1546 (2004)"), when the Council's
    /// numbering reached that number in that year.
    /// </summary>
    protected virtual bool StandsAlone(Match token, string text)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(text);
        if (token.Groups[G.Special].Success || token.Groups[G.Sp].Success)
        {
            return true;
        }

        var slash = token.Groups[G.Slash];
        if (!slash.Success)
        {
            return token.Groups[G.Num].Success && !token.Groups[G.Parts].Success
                && int.TryParse(token.Groups[G.Num].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int number)
                && int.TryParse(token.Groups[G.Paren].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int year)
                && IsCouncilNumberOfYear(number, year)
                && KindMention.Match(text, 0, token.Index).Success;
        }

        if (slash.Length >= 6 && slash.ValueSpan.IndexOf('/') == 4)
        {
            return false;
        }

        int at = token.Index - 1;
        while (at >= 0 && char.IsWhiteSpace(text[at]))
        {
            at--;
        }

        return at < 0 || !char.IsAsciiLetterUpper(text[at]);
    }

    /// <summary>
    /// The printed numbers of a clause, in order: by default <see cref="Reference"/>'s matches. A language may find the
    /// same list from its digits (<see cref="AnchoredNumberScan"/>), which its own scan could not search for by a vector.
    /// </summary>
    protected virtual IReadOnlyList<Match> FindNumbers(string text) => Reference.Matches(text);

    /// <summary>A scan of a clause's ASCII digits with a language's anchored <see cref="Reference"/> (French, Spanish, Russian).</summary>
    protected static AnchoredNumberScan AsciiNumberScan(Regex anchored) => new(anchored, specialMarks: false, chineseLead: false, asciiDigits: true);

    /// <summary>The numbers <paramref name="scan"/> finds in <paramref name="text"/> where <see cref="MayStartNumber"/> lets the pattern try.</summary>
    protected static IReadOnlyList<Match> FindAsciiNumbers(AnchoredNumberScan scan, string text)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(text);
        int none = 0;
        return scan.Matches(text, ref none, static (string t, int digit, ref int _) => MayStartNumber(t, digit));
    }

    /// <summary>
    /// False where a kind-first number pattern of the Latin and Cyrillic languages (<see cref="Reference"/> with the groups
    /// <c>slash</c>, <c>num</c>…<c>paren</c> and <c>bare</c> over ASCII digits, four at most) cannot start on the digit at
    /// <paramref name="digit"/>: not an ASCII digit, more than four of them, and none of a slash after them, three or four
    /// of them (a bare number), or a bracket or a capital (part letters before a bracketed session) after white space. A
    /// date's day and a paragraph's number are passed over without the pattern.
    /// </summary>
    protected static bool MayStartNumber(string text, int digit)
    {
        ArgumentNullException.ThrowIfNull(text);
        int end = digit;
        while (end < text.Length && char.IsAsciiDigit(text[end]) && end - digit <= 4)
        {
            end++;
        }

        int length = end - digit;
        if (length is 0 or > 4)
        {
            return false;
        }

        if (length >= 3 || (end < text.Length && text[end] == '/'))
        {
            return true;
        }

        while (end < text.Length && char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return end < text.Length && (text[end] == '(' || char.IsUpper(text[end]));
    }

    /// <summary>A resolution kind word anywhere (not anchored): "résolution", "резолюциях", "القرارات" …</summary>
    protected abstract Regex KindMention { get; }

    /// <summary>
    /// Whether the Security Council's numbering was near <paramref name="number"/> in <paramref name="year"/> (within
    /// two years), by <see cref="SecurityCouncilNumbering"/>'s table; a number beyond the table is of its last years.
    /// </summary>
    private static bool IsCouncilNumberOfYear(int number, int year) =>
        number >= 1 && (SecurityCouncilNumbering.YearOf(number) is int numbered
            ? Math.Abs(year - numbered) <= 2
            : year >= SecurityCouncilNumbering.LastYear - 2);

    public IEnumerable<CitationMatch> Match(ClauseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string text = context.Text;
        var tokens = FindNumbers(text);
        if (tokens.Count == 0)
        {
            return [];
        }

        var walk = new Walk(this, context);
        SymbolKind? kind = null;
        bool foreign = false;
        bool own = false;
        var organ = Organ.None;
        VerbForm? local = null;
        int localStart = 0;
        int previousEnd = 0;
        int afterReach = -1;
        bool afterSubject = false;
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            int reach = afterReach;
            afterReach = -1;
            int windowStart = Math.Max(previousEnd, token.Index - HeadWindow);
            var head = HeadBefore(text, windowStart, token.Index);
            if (head.Success)
            {
                walk.EndGroup();
                kind = head.Decision.Success ? SymbolKind.Decision : SymbolKind.Resolution;
                foreign = head.Foreign.Success;
                own = head.Own.Success;
                organ = head.Organ.Success ? NamedOrgan(text.Substring(head.Organ.Index, head.Organ.Length), context.HostOrgan) : Organ.None;
                local = head.Local.Success ? new VerbForm(text.Substring(head.Local.Index, head.Local.Length), Relation.Pursuant) : null;
                localStart = head.Local.Index;
            }
            else if (i == 0 || !IsListGap(text, previousEnd, reach, afterSubject, token))
            {
                // A number without a session continues a list only across dates, organs and list words: after a
                // subject ("sur l'initiative … de l'Agenda 2063") it is another number.
                walk.EndGroup();
                kind = null;
                foreign = false;
                own = false;
                organ = Organ.None;
                local = null;
            }

            previousEnd = token.Index + token.Length;
            if (foreign || (kind is null && !StandsAlone(token, text)))
            {
                continue;
            }

            int afterEnd = Math.Min(i + 1 < tokens.Count ? tokens[i + 1].Index : text.Length, previousEnd + AfterWindow);
            var after = CanFollow(text, previousEnd, afterEnd) ? AfterItem(text, previousEnd, afterEnd) : AfterMatch.None;
            if (i + 1 < tokens.Count && afterEnd == tokens[i + 1].Index)
            {
                // What After took of the whole gap to the next number: the list gap check starts where it stopped.
                afterReach = after.Success ? after.Index + after.Length : previousEnd;
                afterSubject = after.Success && after.Subject.Success;
            }

            DateOnly? date = after.Success && after.Dated ? after.Date : null;
            walk.Add(new Item(token, kind ?? SymbolKind.Resolution, organ, own, date, local, localStart));
            if (after.Success && after.Foreign.Success && organ == Organ.None)
            {
                walk.DropPending();
            }
            else if (after.Success && after.Organ.Success && organ == Organ.None)
            {
                walk.Flush(NamedOrgan(text.Substring(after.Organ.Index, after.Organ.Length), context.HostOrgan));
            }

            if (after.Success && after.Subject.Success)
            {
                // "… et 61/78 du 6 décembre 2006 sur le désarmement nucléaire": the subject covers the group so far.
                walk.SetSubject(text.Substring(after.Subject.Index, after.Subject.Length).Trim());
            }
        }

        walk.EndGroup();
        return walk.Result;
    }

    /// <summary>
    /// True when the text between the previous item (ending at <paramref name="previousEnd"/>) and <paramref name="token"/>
    /// is only list matter (<see cref="ListGap"/>). <paramref name="afterReach"/> is where <see cref="After"/>'s match on
    /// that same gap ended (-1: it was not run on exactly this gap), <paramref name="afterSubject"/> whether it read a subject. A gap longer than <see cref="ListGapWindow"/> is not one, and is not
    /// searched; the match object is made only for a number without a session, which may not follow a subject.
    /// </summary>
    private bool IsListGap(string text, int previousEnd, int afterReach, bool afterSubject, Match token)
    {
        int length = token.Index - previousEnd;
        if (length > ListGapWindow)
        {
            return false;
        }

        if (IsPlainListGap(text.AsSpan(previousEnd, length), Vocabulary))
        {
            // ", " / " et " / ", and " (most gaps): the list pattern takes them with nothing before its list words, so
            // without a subject.
            return true;
        }

        if (afterReach >= previousEnd && IsPlainListGap(text.AsSpan(afterReach, token.Index - afterReach), Vocabulary))
        {
            // " du 12 décembre 1995, et ": the list pattern is After's body then list words, and After, run on this same
            // gap, took its body up to afterReach; list words alone follow, so the list pattern matches too, and its first
            // match is After's (it tries the body's ways in the same order, and the first one is followed by list words
            // only): a number without a session takes its subject group from there.
            return !token.Groups[G.Bare].Success || !afterSubject;
        }

        if (Vocabulary.RulesOutListGap(text.AsSpan(previousEnd, length)))
        {
            // A sentence between two numbers, not list matter: the pattern would try every reading of it and fail.
            return false;
        }

        return token.Groups[G.Bare].Success
            ? ListGap.Match(text, previousEnd, length) is { Success: true } gap && !gap.Groups["subject"].Success
            : ListGap.IsMatch(text.AsSpan(previousEnd, length));
    }

    /// <summary>
    /// <see cref="Head"/> on the text from <paramref name="windowStart"/> to a number at <paramref name="end"/>, run only
    /// where it can match and the walk of the vocabulary's <see cref="HeadWords"/> cannot read it: not without a kind word in
    /// <see cref="HeadTail"/>, and without its organ part where <see cref="KindThenOrgan"/> finds none there.
    /// </summary>
    internal HeadMatch HeadBefore(string text, int windowStart, int end)
    {
        if (TryWalkHead(text, windowStart, end, out var read))
        {
            // A kind word alone or after an own word or article ("sa résolution", "la résolution"): read by a walk over the words.
            return read;
        }

        var tail = HeadTail(text, windowStart, end);
        if (KindWordFilter is { } kindWords && !kindWords.IsMatch(tail))
        {
            return HeadMatch.None;
        }

        return HeadMatch.From((KindThenOrgan.IsMatch(tail) ? Head : HeadWithoutOrgan).Match(text, windowStart, end - windowStart));
    }

    /// <summary>
    /// <see cref="After"/> on the text from <paramref name="start"/> (an item's end) to <paramref name="end"/>; or, where its
    /// first word is none of the vocabulary's <see cref="ReferenceVocabulary.GapLeads"/>, the empty match; or, where the
    /// vocabulary's <see cref="DateWords"/> read it as a date and no more (<c>du 6 décembre 2006,</c>), that walk's answer.
    /// </summary>
    internal AfterMatch AfterItem(string text, int start, int end)
    {
        var window = text.AsSpan(start, end - start);
        if (OpensNoAfter(window) || Vocabulary.IsListTail(window))
        {
            // ", annexe.", " observateurs", " para el": no part of the after-text opens so (each opens with a lead after
            // spaces and a comma), so the pattern's match is the empty one at the start. Nor does list matter alone
            // (" et ", " y ", " и " before the next number: a tenth of the after-texts the pattern was run on).
            return new AfterMatch(true, start, 0, false, null, GroupSpan.None, GroupSpan.None, GroupSpan.None);
        }

        if (Vocabulary.AfterDates is { } dateWords && Dates is RegexDateReader dates && dateWords.TryRead(text, start, end, Vocabulary, dates, out var read))
        {
            return read;
        }

        if (Vocabulary.AfterOrgans is { } organWords && Dates is RegexDateReader organDates && organWords.TryRead(text, start, end, Vocabulary, organDates, out var named))
        {
            return named;
        }

        return AfterMatch.From(After.Match(text, start, end - start), Dates);
    }

    /// <summary>
    /// True when nothing <see cref="After"/> captures can open <paramref name="window"/>, the text after an item: by
    /// default, its first word is none of the vocabulary's <see cref="ReferenceVocabulary.GapLeads"/>; a language whose
    /// leads that comparison cannot read (Arabic: no case, its own comma) says so its own way.
    /// </summary>
    private protected virtual bool OpensNoAfter(ReadOnlySpan<char> window) => Vocabulary.FirstWord(window) == GapOpening.Other;

    /// <summary>What the walk of the vocabulary's <see cref="DateWords"/> reads there (false: it leaves the text to the pattern; for tests).</summary>
    internal bool WalkAfter(string text, int start, int end, out AfterMatch after)
    {
        after = AfterMatch.None;
        return Vocabulary.AfterDates is { } dateWords && Dates is RegexDateReader dates && dateWords.TryRead(text, start, end, Vocabulary, dates, out after);
    }

    /// <summary><see cref="After"/> itself on the same text, what <see cref="AfterItem"/> must agree with (for tests).</summary>
    internal AfterMatch FullAfter(string text, int start, int end) => AfterMatch.From(After.Match(text, start, end - start), Dates);

    /// <summary><see cref="Head"/> itself on the same window, what <see cref="HeadBefore"/> must agree with (for tests).</summary>
    internal HeadMatch FullHeadBefore(string text, int windowStart, int end) => HeadMatch.From(Head.Match(text, windowStart, end - windowStart));

    /// <summary>What the walk of the vocabulary's <see cref="HeadWords"/> reads there (false: it leaves the head to the pattern; for tests).</summary>
    internal bool WalkHeadBefore(string text, int windowStart, int end, out HeadMatch head)
    {
        return TryWalkHead(text, windowStart, end, out head);
    }

    /// <summary>
    /// Reads the head ending at <paramref name="end"/> by a walk over its words where the walk is sure of the head pattern's
    /// answer (false: the pattern decides): by default the walk of the vocabulary's <see cref="HeadWords"/>; a language whose
    /// heads those words cannot describe (Arabic: the own word is a suffix) walks its own.
    /// </summary>
    private protected virtual bool TryWalkHead(string text, int windowStart, int end, out HeadMatch head)
    {
        head = HeadMatch.None;
        return Vocabulary.Heads is { } words && words.TryRead(text, windowStart, end, out head);
    }

    /// <summary>The printed numbers of a text, as <see cref="Match(ClauseContext)"/> walks them (for tests).</summary>
    internal MatchCollection Numbers(string text) => Reference.Matches(text);

    /// <summary>The printed numbers of a text as <see cref="Match(ClauseContext)"/> finds them (for tests).</summary>
    internal IReadOnlyList<Match> FoundNumbers(string text) => FindNumbers(text);

    /// <summary>The language's list words (for tests).</summary>
    internal ReferenceVocabulary Words => Vocabulary;

    /// <summary>
    /// The text right before a number that <see cref="Head"/>'s kind word must lie in: the run of letters, marks, spaces and
    /// the few signs a head may hold after its kind word (an organ's name, "n°", "№", "رقم"), walked back from
    /// <paramref name="end"/> no further than <paramref name="start"/>. What <see cref="Head"/> matches after the kind word
    /// is made of these characters only, so where the kind word is not in this run, <see cref="Head"/> cannot match: after
    /// "1995, " or "(2004) et " the walk stops at once and no pattern runs right to left.
    /// </summary>
    internal static ReadOnlySpan<char> HeadTail(string text, int start, int end)
    {
        int at = end;
        while (at > start && IsHeadTailChar(text[at - 1]))
        {
            at--;
        }

        return text.AsSpan(at, end - at);
    }

    /// <summary>A character that may stand in a head after its kind word: a superset of what the six heads allow there.</summary>
    private static bool IsHeadTailChar(char ch) =>
        char.IsLetter(ch) || char.IsWhiteSpace(ch)
        || char.GetUnicodeCategory(ch) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format
        || ch is '\'' or '’' or '-' or '‑' or '–' or '°' or 'º' or '.' or '№';

    /// <summary>
    /// False when nothing <see cref="After"/> captures can start after an item: every group of it (a date's opening word,
    /// an organ, another body, a subject) starts with a letter after spaces and commas. So <c>61/78, 62/45</c> or
    /// <c>1540 (2004);</c> run no pattern.
    /// </summary>
    internal static bool CanFollow(string text, int start, int end)
    {
        int at = start;
        while (at < end && (char.IsWhiteSpace(text[at]) || text[at] is ',' or '،' or '\u200E' or '\u200F'))
        {
            at++;
        }

        return at < end && char.IsLetter(text[at]);
    }

    /// <summary>
    /// True for a gap of spaces, at most one of the vocabulary's list marks, and at most one of its list words followed by
    /// a space (<c>, </c>, <c> et </c>, <c>, and </c>): list matter that <see cref="ListGap"/> accepts with nothing before
    /// its list words, so without a subject. False says nothing: the pattern decides.
    /// </summary>
    internal static bool IsPlainListGap(ReadOnlySpan<char> gap, ReferenceVocabulary vocabulary)
    {
        int at = 0;
        while (at < gap.Length && gap[at] == ' ')
        {
            at++;
        }

        if (at < gap.Length && vocabulary.ListMarks.Contains(gap[at], StringComparison.Ordinal))
        {
            at++;
        }

        while (at < gap.Length && gap[at] == ' ')
        {
            at++;
        }

        if (at == gap.Length)
        {
            return true;
        }

        var rest = gap[at..];
        foreach (string word in vocabulary.ListWords)
        {
            if (rest.Length > word.Length && rest.StartsWith(word, StringComparison.Ordinal) && rest[word.Length..].TrimStart(' ').IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a General Assembly number is contradicted by the date printed after it by more than a typo's worth
    /// (<c>32/1 du 27 mai 2023</c> is another body's resolution 32/1, not the Assembly's of 1977), or at all when the
    /// clause last named another body (<see cref="AssemblyNumbering.Contradicted(DocumentSymbol, DateOnly?, Func{bool})"/>).
    /// </summary>
    /// <remarks>The clause's mentions are asked only where they can decide it (a date that does not otherwise contradict).</remarks>
    private static bool DateContradicts(DocumentSymbol symbol, DateOnly? date, OrganClues clues, int before) =>
        date is not null && AssemblyNumbering.Contradicted(symbol, date, () => clues.LastMentioned(before, int.MaxValue) is null);

    [GeneratedRegex(@"(?<letters>(?<![\p{L}])[A-ZА-Я]{1,2}(?![\p{L}]))|(?<range>(?<![\p{L}])(?:à|a|to|до|إلى)(?![\p{L}])|[-–‑])", RegexOptions.CultureInvariant)]
    private static partial Regex PartToken();

    /// <summary>A number's group numbers in <see cref="Reference"/> (-1: the language's pattern has no such group, which reads as one that did not take part).</summary>
    private sealed record TokenGroups(int Sp, int Special, int Slash, int Num, int Paren, int Parts, int Bare)
    {
        public static TokenGroups Of(Regex reference) => new(reference.GroupNumberFromName("sp"), reference.GroupNumberFromName("special"),
            reference.GroupNumberFromName("slash"), reference.GroupNumberFromName("num"), reference.GroupNumberFromName("paren"),
            reference.GroupNumberFromName("parts"), reference.GroupNumberFromName("bare"));
    }

    private sealed record Item(Match Token, SymbolKind Kind, Organ Organ, bool Own, DateOnly? Date, VerbForm? Local, int LocalStart);

    /// <summary>The state of one walk over a clause: items waiting for an organ named after them, the group a subject covers.</summary>
    private sealed class Walk(KindFirstReferenceRule rule, ClauseContext context)
    {
        private readonly List<Item> _pending = [];
        private readonly List<int> _group = [];
        private readonly OrganClues _clues = new(context, rule.OrganMention, m => m.Groups["foreign"].Success ? null : rule.NamedOrgan(m.Value, context.HostOrgan));

        public List<CitationMatch> Result { get; } = [];

        public void Add(Item item) => _pending.Add(item);

        public void DropPending() => _pending.Clear();

        public void EndGroup()
        {
            Flush(Organ.None);
            _group.Clear();
        }

        public void SetSubject(string subject)
        {
            Flush(Organ.None);
            foreach (int k in _group)
            {
                Result[k] = Result[k] with { Subject = Result[k].Subject ?? subject };
            }

            _group.Clear();
        }

        /// <summary>Reads the pending items with the organ now known.</summary>
        public void Flush(Organ named)
        {
            foreach (var item in _pending)
            {
                var organ = item.Organ != Organ.None ? item.Organ : named;
                if (organ == Organ.None)
                {
                    // What the clause says of a number no organ was named for (OrganClues, the same for every language):
                    // another body's (null), the Human Rights Council's, or none (the host's).
                    if (_clues.Implied(item.Token, Organ.None, item.Own, item.Date) is not { } implied)
                    {
                        continue;
                    }

                    organ = implied;
                }

                int start = item.Token.Groups[rule.G.Sp] is { Success: true } sp ? sp.Index : item.Token.Index;
                int end = item.Token.Index + item.Token.Length;
                foreach (var read in rule.Read(item.Token, new ReferenceContext(context.HostOrgan, organ, item.Kind)))
                {
                    var symbol = rule.Reconsider(read, item.Date, context);
                    if (DateContradicts(symbol, item.Date, _clues, item.Token.Index))
                    {
                        continue;
                    }

                    if (symbol.Organ == Organ.GeneralAssembly && symbol.SessionType == SessionType.Regular && !symbol.IsRomanSession
                        && symbol.Session > LatestSession(context))
                    {
                        continue;
                    }

                    _group.Add(Result.Count);
                    Result.Add(new CitationMatch(start, end - start, symbol)
                    {
                        Date = item.Date,
                        LocalVerb = item.Local,
                        LocalVerbStart = item.LocalStart,
                        Rule = rule.Name,
                    });
                }
            }

            _pending.Clear();
        }
    }
}
