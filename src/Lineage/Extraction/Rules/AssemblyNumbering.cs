using System.Globalization;
using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Extraction.Rules;

/// <summary>
/// What an Assembly number (<c>56/4</c>) can be, for the rules that read the organ from the words around it (English,
/// Chinese): the Assembly's own only if its date falls in Assembly session N (give or take a typo); a Human Rights
/// Council resolution if its date falls in Council session N; another body's (a commission's, a conference's) if that
/// body was named last. The same tests as <see cref="KindFirstReferenceRule"/>'s.
/// </summary>
public static partial class AssemblyNumbering
{
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
    public static bool Contradicted(DocumentSymbol symbol, DateOnly? date, bool otherBodyLast)
    {
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
        return (Math.Abs(d.Year - first) > 3 && !OneDigitApart(d.Year, first) && !OneDigitApart(d.Year, first + 1)) || otherBodyLast;
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
    /// True when a printed <c>N/M</c> is a number the Human Rights Council can have given by the text's date (three
    /// sessions a year since 2006, under a hundred resolutions a session).
    /// </summary>
    public static bool CouncilCanHaveGiven(Match token, ClauseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!TrySessionNumber(token, out int session, out int number) || session >= 1946)
        {
            return false;
        }

        int year = context.Document.Date?.Year ?? DateTime.UtcNow.Year;
        return number < 100 && session <= ((year - 2006) * 3) + 3;
    }

    /// <summary>True for a number with a year before the slash (<c>2000/22</c>), as ECOSOC and its commissions number.</summary>
    public static bool IsYearNumbered(Match token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.Groups["slash"] is { Success: true } slash && slash.Length >= 6 && slash.ValueSpan.IndexOf('/') == 4;
    }

    /// <summary>
    /// The body whose report a reference right before <paramref name="before"/> points into: ECOSOC's (a functional
    /// commission's) for <c>(E/2020/27), chap. I, sect. C,</c>; the Human Rights Council's for the Assembly's Supplement
    /// No. 53 <c>(A/71/53/Add.1), chap. II,</c> (or "补编第53A号" without the symbol); null when no report is cited there.
    /// </summary>
    public static Organ? ReportBefore(string text, int before)
    {
        ArgumentNullException.ThrowIfNull(text);
        int from = Math.Max(0, before - 120);
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

    [GeneratedRegex(@"(?:[(（](?:(?<ecosoc>E/\d{4}/\d+)|A/\d{2}/53(?:/Add\.\d+)?)[^()（）]{0,40}[)）]|(?:Supplement|补编)[^()0-9]{0,12}53[A-Z]?(?![0-9]))[^()（）0-9/]{0,80}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ReportReference();
}
