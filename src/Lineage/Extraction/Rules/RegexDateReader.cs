using System.Globalization;
using System.Text.RegularExpressions;

namespace Lineage.Extraction.Rules;

/// <summary>
/// A date reader from one pattern with groups <c>y</c>, <c>m</c> (digits, or a month name looked up in
/// <see cref="Months"/>) and <c>d</c>. Language rule sets build one each.
/// </summary>
public sealed class RegexDateReader : IDateReader
{
    private readonly Regex _regex;
    private readonly IReadOnlyDictionary<string, int> _months;

    /// <summary>The same month names, looked up in any case without lower-casing each match.</summary>
    private readonly Dictionary<string, int> _monthsAnyCase;
    private readonly Func<string, string>? _normalizeDigits;

    /// <param name="pattern">The date pattern with groups y, m, d.</param>
    /// <param name="months">Month names (lower case) to numbers; empty when months are digits.</param>
    /// <param name="normalizeDigits">Maps other digits (Arabic-Indic) to ASCII before parsing, if needed.</param>
    public RegexDateReader(string pattern, IReadOnlyDictionary<string, int>? months = null, Func<string, string>? normalizeDigits = null)
    {
        Pattern = pattern;
        // Interpreted: it reads only headings and closing lines (a few short clauses a document), where a compiled matcher
        // (Reflection.Emit, then the JIT at every start, never ReadyToRun) cost more than all its matches.
        _regex = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        _months = months ?? new Dictionary<string, int>();
        _monthsAnyCase = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, number) in _months)
        {
            _monthsAnyCase.TryAdd(name, number);
        }
        _normalizeDigits = normalizeDigits;
    }

    public string Pattern { get; }

    public IReadOnlyDictionary<string, int> Months => _months;

    public bool TryRead(Match match, out DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(match);
        return TryRead(match.Groups["d"].Value, match.Groups["m"].Value, match.Groups["y"].Value, out date);
    }

    /// <summary>The date of a day, month and year as the pattern's groups <c>d</c>, <c>m</c>, <c>y</c> would hold them.</summary>
    internal bool TryRead(string dayText, string monthText, string yearText, out DateOnly date)
    {
        date = default;
        string y = Digits(yearText);
        string m = monthText.Trim();
        string d = Digits(dayText);
        if (!int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            || !int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out int day))
        {
            return false;
        }

        if (!int.TryParse(Digits(m), NumberStyles.None, CultureInfo.InvariantCulture, out int month)
            && !_monthsAnyCase.TryGetValue(m, out month))
        {
            return false;
        }

        if (year is < 1945 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    public IEnumerable<(int Start, int Length, DateOnly Date)> FindAll(string text)
    {
        foreach (Match m in _regex.Matches(text))
        {
            if (TryRead(m, out var date))
            {
                yield return (m.Index, m.Length, date);
            }
        }
    }

    private string Digits(string text) => _normalizeDigits is null ? text.Trim() : _normalizeDigits(text).Trim();
}
