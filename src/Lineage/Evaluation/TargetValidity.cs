using System.Globalization;
using System.Text.RegularExpressions;
using Lineage.Analysis;
using Lineage.Model;

namespace Lineage.Evaluation;

/// <summary>
/// Whether a markup link can name what its href says, from what the model knows of UN numbering: a target that cannot
/// exist (an Assembly number of the form session/number before session 31, when the Assembly still numbered
/// <c>1514 (XV)</c>; a Roman session beyond XXX; a session beyond <see cref="SymbolGrammar.LatestPlausibleSession"/>; a
/// session that opened after the citing document was adopted), and a linked number that is part of another body's
/// symbol (<c>LC 30/16</c>, <c>A-32/3.4.1</c>, <c>EC-55/1</c>, <c>C 2013/20</c>). The model has no such predicate
/// (the analysis job's "cannot exist" test in <see cref="AnomalyAnalysis"/> is private to graph nodes and does not
/// cover the session/number form before session 31), so it stands here, built on the model's constants.
/// </summary>
internal static partial class TargetValidity
{
    /// <summary>The first General Assembly session whose resolutions are numbered session/number (1976).</summary>
    public const int FirstSlashSession = AnomalyAnalysis.LastRomanSession + 1;

    /// <summary>Why <paramref name="target"/>, cited by <paramref name="citing"/>, cannot exist; null when it can.</summary>
    public static string? WhyImpossible(DocumentSymbol target, Document citing)
    {
        ArgumentNullException.ThrowIfNull(citing);
        int year = citing.Date?.Year ?? Extraction.Rules.AssemblyNumbering.DefaultAsOf.Year;
        if (target.Organ == Organ.HumanRightsCouncil && target.SessionType == SessionType.Regular && target.Number is int hrcNumber
            && target.Session is int hrcSession && !Extraction.Rules.AssemblyNumbering.CouncilCanHaveGiven(hrcSession, hrcNumber, year))
        {
            return Invariant($"the Human Rights Council cannot have adopted {hrcSession}/{hrcNumber} by {year} (three sessions a year since 2006, at most {Extraction.Rules.AssemblyNumbering.MaxCouncilNumber} resolutions a session)");
        }

        if (target.Organ != Organ.GeneralAssembly || target.Kind == SymbolKind.Document || target.Session is not int session)
        {
            return null;
        }

        if (target.IsRomanSession)
        {
            return session > AnomalyAnalysis.LastRomanSession
                ? Invariant($"the General Assembly numbered sessions in Roman numerals only up to XXX; this names session {session}")
                : null;
        }

        if (target.SessionType != SessionType.Regular)
        {
            return null;
        }

        if (session < FirstSlashSession)
        {
            return Invariant($"Assembly resolutions are numbered session/number from session {FirstSlashSession} (1976); those of session {session} are numbered \"N ({RomanNumeral.Format(session)})\"");
        }

        if (session > SymbolGrammar.LatestPlausibleSession)
        {
            return Invariant($"session {session} is beyond the latest plausible session ({SymbolGrammar.LatestPlausibleSession})");
        }

        if (Chronology.SessionYear(citing.Symbol) is not null && citing.Symbol.Session is int own && session > own)
        {
            return Invariant($"session {session} opened after session {own}, that of {citing.Symbol}");
        }

        if (Chronology.SessionWindow(target) is { } window && LatestDate(citing) is { } latest && window.First > latest)
        {
            return Invariant($"session {session} opened in September {window.First.Year}, after {citing.Symbol} was adopted");
        }

        return null;
    }

    /// <summary>
    /// The other body's symbol prefix printed right before the link's number (<c>LC </c>, <c>A-</c>, <c>EC-</c>, <c>C </c>),
    /// or null: the Assembly's own prefixes (<c>S-</c>, <c>ES-</c>, <c>A/RES/</c>) do not count.
    /// </summary>
    public static string? ForeignPrefix(string text, int start)
    {
        ArgumentNullException.ThrowIfNull(text);
        start = Math.Clamp(start, 0, text.Length);
        if (start < text.Length && text[start] is '-' or '‑' or '–')
        {
            start++; // the link begins with the hyphen: "A<a>-32/3</a>"
        }

        var match = ForeignPrefixPattern().Match(text[..start]);
        if (!match.Success)
        {
            return null;
        }

        string letters = match.Groups["letters"].Value;
        bool hyphen = match.Groups["hyphen"].Success;
        return hyphen && letters is "S" or "ES" ? null : match.Value;
    }

    /// <summary>
    /// Why the date printed with the linked number (right after it, or right before it as Chinese writes it) rules out
    /// the Assembly resolution the href names: the date falls more than a year outside the session (a nearer date is
    /// more likely a mistyped year); null when no date stands there or it fits.
    /// </summary>
    public static string? DateOutsideSession(string text, int start, int end, DocumentSymbol target, Extraction.IDateReader dates)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(dates);
        if (Chronology.SessionWindow(target) is not { } window)
        {
            return null;
        }

        const int After = 30, Before = 1;
        foreach (var (at, length, date) in dates.FindAll(text))
        {
            // After: unless the date is glued to the next number, whose date it is ("第50/51号、1996年12月17日第51/208号").
            bool after = at >= end && at - end <= After && !HasDigit(text, end, at) && !GluedToNumber(text, at + length);
            // Before: only glued to the number ("2023年3月17日第66/1号"); after a blank it is the date of the item before.
            bool before = at + length <= start && start - at - length <= Before && !HasDigit(text, at + length, start) && !HasBlank(text, at + length, start);
            // More than a year off: a year mistyped in the text (55/56 "of 1 December 2001" for 2000) stays within a year.
            if ((after || before) && (date < window.First.AddYears(-1) || date > window.Last.AddYears(1)) && !FitsBackToFront(target, date))
            {
                return Invariant($"it is printed with the date {date:yyyy-MM-dd}, more than a year outside session {target.Session} ({window.First:yyyy-MM} to {window.Last:yyyy-MM}): another body's resolution");
            }
        }

        return null;
    }

    /// <summary>True when the number read the other way round is a session sitting on <paramref name="date"/> ("40/77" of December 2022 is 77/40): a print back to front, not another body's.</summary>
    private static bool FitsBackToFront(DocumentSymbol target, DateOnly date) =>
        !target.IsRomanSession && target.Number is int number && number >= FirstSlashSession && number <= SymbolGrammar.LatestPlausibleSession
        && Chronology.SessionWindow(DocumentSymbol.GeneralAssemblyResolution(number, 1)) is { } turned && date >= turned.First && date <= turned.Last;

    private static bool GluedToNumber(string text, int at) =>
        (at < text.Length && char.IsDigit(text[at])) || (at + 1 < text.Length && !char.IsWhiteSpace(text[at]) && char.IsDigit(text[at + 1]));

    private static bool HasBlank(string text, int from, int to)
    {
        for (int i = Math.Max(0, from); i < Math.Min(to, text.Length); i++)
        {
            if (char.IsWhiteSpace(text[i]) || text[i] is ',' or '،' or '、' or '，')
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDigit(string text, int from, int to)
    {
        for (int i = Math.Max(0, from); i < Math.Min(to, text.Length); i++)
        {
            if (char.IsDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The latest date the citing document can have been adopted on: its date, else the end of its year or session.</summary>
    private static DateOnly? LatestDate(Document citing)
    {
        if (citing.Date is { } date)
        {
            return date;
        }

        if (Chronology.SessionWindow(citing.Symbol) is { } window)
        {
            return window.Last;
        }

        return citing.Symbol.Year is int year ? new DateOnly(year, 12, 31) : null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![\p{L}\p{Nd}/.\-])(?<!\d[\s\u00A0]*)(?<letters>[A-Z]{1,4})(?:(?<hyphen>[-‑–])|[ \u00A0])$", RegexOptions.CultureInvariant)]
    private static partial Regex ForeignPrefixPattern();
}
