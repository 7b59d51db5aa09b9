using System.Globalization;
using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Extraction.Rules;

/// <summary>
/// The one module of organ inference and numbering for an Assembly number (<c>56/4</c>), used by every language's rules:
/// the Assembly's own only if its date falls in Assembly session N (give or take a typo); a Human Rights Council
/// resolution if its date falls in Council session N, or if the Council can have given that number by the text's date
/// (<see cref="CouncilCanHaveGiven(int, int, int)"/>); another body's (a commission's, a conference's) if that body was
/// named last, or if it is printed in that body's report (<see cref="ReportBefore"/>). The Security Council's numbering
/// is <see cref="SecurityCouncilNumbering"/>'s table. A text with no date is reasoned about as of
/// <see cref="ClauseContext.AsOf"/>, never the clock.
/// </summary>
public static partial class AssemblyNumbering
{
    /// <summary>
    /// The date extraction reasons as of by default: the end of the last year <see cref="SecurityCouncilNumbering"/>'s
    /// table covers. <see cref="ExtractorBuilder.AsOf"/> sets another.
    /// </summary>
    public static DateOnly DefaultAsOf { get; } = new(SecurityCouncilNumbering.LastYear, 12, 31);

    /// <summary>The most resolutions the Human Rights Council has adopted at one session: a number above is no Council number.</summary>
    public const int MaxCouncilNumber = 80;

    /// <summary>The first year of the Human Rights Council (session 1, June 2006); three regular sessions a year since.</summary>
    public const int CouncilFirstYear = 2006;

    /// <summary>How close before an undated number another body must be named for the number to be that body's.</summary>
    public const int ForeignReach = 150;

    private static readonly System.Buffers.SearchValues<char> s_asciiDigitsAndSlash = System.Buffers.SearchValues.Create("0123456789/");

    /// <summary>True when General Assembly session <paramref name="session"/> sat on <paramref name="date"/> (September to September).</summary>
    public static bool Sat(int session, DateOnly date) =>
        date >= new DateOnly(1945 + session, 9, 1) && date <= new DateOnly(1946 + session, 9, 30);

    /// <summary>
    /// True when a regular Assembly symbol cannot be the Assembly's: the date printed with it is outside the session by more
    /// than a typo's worth (<c>10/4 of 16 October 2020</c>), or at all when another body was named last
    /// (<paramref name="otherBodyLast"/>: "the Commission … 56/4 of 9 March 2012"). A number of a session that had not
    /// sat yet is kept: with no other body named it is an error of the source, which <c>lineage check</c> reports as a
    /// forward citation.
    /// </summary>
    public static bool Contradicted(DocumentSymbol symbol, DateOnly? date, bool otherBodyLast) =>
        Contradicted(symbol, date, () => otherBodyLast);

    /// <summary>
    /// <see cref="Contradicted(DocumentSymbol, DateOnly?, bool)"/> asking <paramref name="otherBodyLast"/> only where it
    /// decides: most dated numbers are the Assembly's own session's or no Assembly number, and the question reads the
    /// clause's organ mentions.
    /// </summary>
    public static bool Contradicted(DocumentSymbol symbol, DateOnly? date, Func<bool> otherBodyLast)
    {
        ArgumentNullException.ThrowIfNull(otherBodyLast);
        if (symbol.Organ != Organ.GeneralAssembly || symbol.SessionType != SessionType.Regular || symbol.IsRomanSession
            || symbol.Session is not int session)
        {
            return false;
        }

        if (date is not { } d || Sat(session, d))
        {
            return false;
        }

        int first = 1945 + session;
        return (Math.Abs(d.Year - first) > 3 && !OneDigitApart(d.Year, first) && !OneDigitApart(d.Year, first + 1)) || otherBodyLast();
    }

    /// <summary>
    /// The Human Rights Council when a printed <c>N/M</c> dated <paramref name="date"/> fits Council session N (three a
    /// year since 2006) and not Assembly session N.
    /// </summary>
    public static bool CouncilByDate(Match token, DateOnly date)
    {
        if (!TrySessionNumber(token, out int session, out _) || session >= 1946 || Sat(session, date))
        {
            return false;
        }

        int councilYear = 2006 + ((session - 1) / 3);
        return date.Year >= councilYear && date.Year <= councilYear + 1;
    }

    /// <summary>
    /// True when a printed <c>N/M</c> is a number the Human Rights Council can have given by the text's date, or by
    /// <see cref="ClauseContext.AsOf"/> when the text has none.
    /// </summary>
    public static bool CouncilCanHaveGiven(Match token, ClauseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return TrySessionNumber(token, out int session, out int number) && CouncilCanHaveGiven(session, number, context.Year);
    }

    /// <summary>
    /// True when Human Rights Council resolution <paramref name="session"/>/<paramref name="number"/> can exist by
    /// <paramref name="year"/>: three regular sessions a year since 2006 (session N meets in 2006 + (N - 1) / 3), at most
    /// <see cref="MaxCouncilNumber"/> resolutions a session.
    /// </summary>
    public static bool CouncilCanHaveGiven(int session, int number, int year) =>
        session >= 1 && number >= 1 && number <= MaxCouncilNumber && session <= ((year - CouncilFirstYear) * 3) + 3;

    /// <summary>
    /// The latest Assembly session a document can cite: the one sitting when it was adopted (a text of 2023 cannot cite
    /// 79/8, which is another body's), or by <see cref="ClauseContext.AsOf"/> when it has no date.
    /// </summary>
    public static int LatestSession(ClauseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var adopted = context.Document.Date ?? context.AsOf;
        return adopted.Year - 1945 - (adopted.Month < 9 ? 1 : 0);
    }

    /// <summary>True for a number with a year before the slash (<c>2000/22</c>), as ECOSOC and its commissions number.</summary>
    public static bool IsYearNumbered(Match token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.Groups["slash"] is { Success: true } slash && slash.Length >= 6 && slash.ValueSpan.IndexOf('/') == 4
            && !token.Groups["sp"].Success;
    }

    /// <summary>
    /// The body whose report a reference right before <paramref name="before"/> points into: ECOSOC's (a functional
    /// commission's) for <c>(E/2020/27), chap. I, sect. C,</c>; the Human Rights Council's for the Assembly's Supplement
    /// No. 53 <c>(A/71/53/Add.1), chap. II,</c> (or "Supplément no 53A", "补编第53A号" without the symbol); null when no
    /// report is cited there. The report's word in the six languages.
    /// </summary>
    public static Organ? ReportBefore(string text, int before)
    {
        ArgumentNullException.ThrowIfNull(text);
        int from = Math.Max(0, before - 120);
        var window = text.AsSpan(from, before - from);
        if (!window.Contains("E/", StringComparison.Ordinal) && !window.Contains("A/", StringComparison.Ordinal)
            && !window.Contains("53", StringComparison.Ordinal))
        {
            // Every report the pattern knows prints "E/", "A/" or the supplement number 53: without them it cannot match.
            return null;
        }

        var report = ReportReference().Match(text, from, before - from);
        return !report.Success ? null : report.Groups["ecosoc"].Success ? Organ.EconomicAndSocialCouncil : Organ.HumanRightsCouncil;
    }

    /// <summary>
    /// The organ named next to (within a short reach of) the same printed number in an earlier clause of the document:
    /// a number cited again is the same resolution. <paramref name="organOf"/> reads a mention (null: another body).
    /// </summary>
    public static Organ EarlierNamed(ClauseContext context, string printed, Regex mentions, Func<Match, Organ?> organOf)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(printed);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(organOf);
        if (context.Numbers is { } numbers && printed.AsSpan().IndexOfAnyExcept(s_asciiDigitsAndSlash) < 0)
        {
            return numbers.EarlierNamed(context.ClauseIndex, printed, mentions, organOf);
        }

        var clauses = context.Document.Clauses;
        for (int j = 0; j < context.ClauseIndex && j < clauses.Length; j++)
        {
            string text = clauses[j].Text;
            for (int at = text.IndexOf(printed, StringComparison.Ordinal); at >= 0; at = text.IndexOf(printed, at + 1, StringComparison.Ordinal))
            {
                int end = at + printed.Length;
                if ((at > 0 && (char.IsAsciiDigit(text[at - 1]) || text[at - 1] == '/')) || (end < text.Length && char.IsAsciiDigit(text[end])))
                {
                    continue;
                }

                var nearest = EarlierNumbers.NamedNear(text, at, printed.Length, mentions, organOf);
                if (nearest != Organ.None)
                {
                    return nearest;
                }
            }
        }

        return Organ.None;
    }

    private static bool TrySessionNumber(Match token, out int session, out int number)
    {
        session = number = 0;
        if (token.Groups["slash"] is not { Success: true } slash)
        {
            return false;
        }

        var span = slash.ValueSpan;
        int cut = span.IndexOf('/');
        return int.TryParse(span[..cut], NumberStyles.None, CultureInfo.InvariantCulture, out session)
            && int.TryParse(span[(cut + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>True when two years differ in one printed digit only (2019 for 2009: a typing slip, not another body).</summary>
    private static bool OneDigitApart(int a, int b)
    {
        int differing = 0;
        for (; a > 0 || b > 0; a /= 10, b /= 10)
        {
            differing += a % 10 != b % 10 ? 1 : 0;
        }

        return differing <= 1;
    }

    [GeneratedRegex(@"(?:[(（](?:(?<ecosoc>E/\d{4}/\d+)|A/\d{2}/53(?:/Add\.\d+)?)[^()（）]{0,40}[)）]|(?:Supplement|Supplément|[Ss]uplemento|Дополнение|الملحق|补编)[^()0-9]{0,12}53[A-Z]?(?![0-9]))[^()（）0-9/]{0,80}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ReportReference();
}
