namespace Lineage.Model;

/// <summary>
/// How the Security Council has numbered its resolutions: one series since 1946 (<c>1 (1946)</c> … <c>2721 (2023)</c>),
/// the year in brackets only repeating when the number was adopted. So the number identifies the resolution and the
/// year is redundant: a year printed wrong (<c>2214 (2014)</c> for 2214 of 2015) or left out (<c>resolutions 1325 and
/// 2250</c>) can be told from the number, as long as the number is not near the turn of a year.
/// </summary>
/// <remarks>
/// <para>
/// The table holds the first resolution number of each year 1946–2026. 1946–1994 and 2022–2023 are exact from the
/// texts of the resolutions themselves (the CR-UNSC plain texts, the AKN4UN files); 1995–2021 follow from the number of
/// resolutions the Council adopted each year, checked against the years the resolutions print with their numbers when
/// they cite one another; 2024 ended with 2767 and 2025 began with 2768. The first number of 2026 is known only
/// to lie between 2803 (resolution 2802 was adopted in November 2025) and 2813 (adopted on 27 January 2026): the
/// table gives 2808, and <see cref="Margin"/> covers the rest.
/// </para>
/// <para>
/// A number is only given a year when it lies at least <see cref="Margin"/> numbers inside that year's range, so that a
/// boundary a few numbers off can never "correct" a citation that was right.
/// </para>
/// </remarks>
public static class SecurityCouncilNumbering
{
    /// <summary>The first year of the table.</summary>
    public const int FirstYear = 1946;

    /// <summary>The last year of the table (its range is open: how far it reaches is not known).</summary>
    public const int LastYear = 2026;

    /// <summary>The highest number known to have been adopted (2813, of 27 January 2026); later ones get no year.</summary>
    public const int LastKnownNumber = 2813;

    /// <summary>How many numbers away from the turn of a year a number must be to be given that year.</summary>
    public const int Margin = 5;

    /// <summary>First resolution number of each year from <see cref="FirstYear"/> on.</summary>
    private static readonly int[] FirstNumbers =
    [
        1, 16, 38, 67, 79, 90, 97, 99, 104, 106, // 1946-1955
        111, 122, 127, 132, 133, 161, 171, 178, 186, 200, // 1956-1965
        220, 233, 245, 263, 276, 292, 308, 325, 345, 367, // 1966-1975
        385, 403, 423, 444, 462, 485, 500, 529, 546, 560, // 1976-1985
        581, 594, 607, 627, 647, 684, 726, 800, 893, 970, // 1986-1995
        1036, 1093, 1147, 1220, 1285, 1335, 1387, 1455, 1522, 1581, // 1996-2005
        1652, 1739, 1795, 1860, 1908, 1967, 2033, 2086, 2133, 2196, // 2006-2015
        2260, 2337, 2398, 2452, 2504, 2561, 2618, 2672, 2722, 2768, // 2016-2025
        2808, // 2026
    ];

    /// <summary>The first resolution number of <paramref name="year"/> (1946–2026).</summary>
    public static int FirstNumberOf(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);
        return FirstNumbers[year - FirstYear];
    }

    /// <summary>The year the table puts <paramref name="number"/> in; null below 1 or above <see cref="LastKnownNumber"/>.</summary>
    public static int? YearOf(int number)
    {
        if (number < 1 || number > LastKnownNumber)
        {
            return null;
        }

        int index = Array.BinarySearch(FirstNumbers, number);
        return FirstYear + (index >= 0 ? index : ~index - 1);
    }

    /// <summary>
    /// The year of <paramref name="number"/> when it lies at least <see cref="Margin"/> numbers from the turn of a year
    /// (1 (1946) has no turn before it); null near a turn or outside the table.
    /// </summary>
    public static int? SafeYearOf(int number)
    {
        if (YearOf(number) is not { } year)
        {
            return null;
        }

        bool clearOfStart = year == FirstYear || number - FirstNumbers[year - FirstYear] >= Margin;
        bool clearOfEnd = year == LastYear || FirstNumbers[year - FirstYear + 1] - 1 - number >= Margin;
        return clearOfStart && clearOfEnd ? year : null;
    }

    /// <summary>
    /// The year that goes with <paramref name="number"/> in its canonical symbol: the table's year when the number is
    /// safely inside it (see <see cref="SafeYearOf"/>), else the year as printed.
    /// </summary>
    public static int CanonicalYear(int number, int printedYear) => SafeYearOf(number) ?? printedYear;

    /// <summary>
    /// The year printed in brackets right after <paramref name="number"/> in <paramref name="text"/> (<c>2014</c> in
    /// <c>résolution 2214 (2014)</c>, <c>第2214（2014）号决议</c>); null when the text prints the number without one.
    /// </summary>
    public static int? PrintedYear(string text, int number)
    {
        ArgumentNullException.ThrowIfNull(text);
        string digits = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (int at = text.IndexOf(digits, StringComparison.Ordinal); at >= 0; at = text.IndexOf(digits, at + 1, StringComparison.Ordinal))
        {
            int end = at + digits.Length;
            if ((at > 0 && char.IsAsciiDigit(text[at - 1])) || (end < text.Length && char.IsAsciiDigit(text[end])))
            {
                continue;
            }

            while (end < text.Length && (char.IsWhiteSpace(text[end]) || text[end] is '\u200E' or '\u200F'))
            {
                end++;
            }

            if (end + 6 <= text.Length && text[end] is '(' or '（' && text[end + 5] is ')' or '）'
                && int.TryParse(text.AsSpan(end + 1, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year))
            {
                return year;
            }
        }

        return null;
    }
}
