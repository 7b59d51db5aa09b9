using System.Collections.Frozen;

namespace Lineage.Model;

/// <summary>
/// Part letters as the six languages print them, mapped to the Latin capital the canonical symbol uses:
/// Cyrillic look-alikes (<c>Р</c> U+0420 is P) and Arabic letter names in abjadi order (<c>هاء</c> is E).
/// </summary>
public static class PartLetters
{
    private static readonly FrozenDictionary<char, char> s_cyrillic = new Dictionary<char, char>
    {
        ['А'] = 'A', ['В'] = 'B', ['Е'] = 'E', ['К'] = 'K', ['М'] = 'M', ['Н'] = 'H', ['О'] = 'O',
        ['Р'] = 'P', ['С'] = 'C', ['Т'] = 'T', ['Х'] = 'X', ['У'] = 'Y', ['І'] = 'I',
    }.ToFrozenDictionary();

    /// <summary>Arabic letter names for A–Z, in the order the UN uses (abjadi).</summary>
    public static IReadOnlyList<string> ArabicNames { get; } =
    [
        "ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء", "كاف", "لام", "ميم",
        "نون", "سين", "عين", "فاء", "صاد", "قاف", "راء", "شين", "تاء", "ثاء", "خاء", "ذال", "ضاد",
    ];

    private static readonly FrozenDictionary<string, char> s_arabic = BuildArabic();

    /// <summary>Maps one printed letter (Latin, Cyrillic look-alike) to its Latin capital; false for anything else.</summary>
    public static bool TryNormalize(char printed, out char latin)
    {
        if (printed is >= 'A' and <= 'Z')
        {
            latin = printed;
            return true;
        }

        return s_cyrillic.TryGetValue(printed, out latin);
    }

    /// <summary>Maps an Arabic letter name (<c>هاء</c>, also with the article or a leading <c>و</c>) to its Latin capital.</summary>
    public static bool TryNormalizeArabic(ReadOnlySpan<char> name, out char latin)
    {
        var lookup = s_arabic.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(name, out latin))
        {
            return true;
        }

        if (name.StartsWith("ال") && lookup.TryGetValue(name[2..], out latin))
        {
            return true;
        }

        latin = '\0';
        return false;
    }

    /// <summary>Converts a whole printed part (<c>E</c>, <c>Р</c>, <c>هاء</c>) to Latin; null when it is not a part letter.</summary>
    public static string? Normalize(ReadOnlySpan<char> printed)
    {
        printed = printed.Trim();
        if (printed.Length == 1 && TryNormalize(printed[0], out char latin))
        {
            return latin.ToString();
        }

        if (printed.Length == 2 && TryNormalize(printed[0], out char a) && TryNormalize(printed[1], out char b))
        {
            return string.Concat(a.ToString(), b.ToString());
        }

        return TryNormalizeArabic(printed, out latin) ? latin.ToString() : null;
    }

    /// <summary>The letters from <paramref name="first"/> to <paramref name="last"/> inclusive (<c>A to D</c>).</summary>
    public static IEnumerable<string> Range(string first, string last)
    {
        if (first.Length != 1 || last.Length != 1 || first[0] > last[0])
        {
            return [first, last];
        }

        return Enumerable.Range(first[0], last[0] - first[0] + 1).Select(c => ((char)c).ToString());
    }

    private static FrozenDictionary<string, char> BuildArabic()
    {
        var map = new Dictionary<string, char>(StringComparer.Ordinal);
        for (int i = 0; i < ArabicNames.Count; i++)
        {
            map[ArabicNames[i]] = (char)('A' + i);
        }

        // Frequent spelling variants: alif with hamza, final ya written as alif maqsura.
        map["الف"] = 'A';
        map["أَلِف"] = 'A';
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
