using System.Globalization;
using System.Text.RegularExpressions;

namespace Lineage.Model;

/// <summary>
/// The printed forms of UN resolution and decision numbers, read once for all languages:
/// <c>61/78</c>, <c>49/75 E</c>, <c>2373 (XXII)</c>, <c>2602 C (XXIV)</c>, <c>S-10/2</c>, <c>ES-10/19</c>,
/// <c>1540 (2004)</c>, <c>1996/31</c>, <c>33/11</c>. The organ comes from <see cref="ReferenceContext"/> as
/// <c>UN-SYMBOLS.md</c> describes. Part letters must already be Latin (see <see cref="PartLetters"/>).
/// </summary>
public static partial class SymbolGrammar
{
    /// <summary>Highest regular GA session a symbol may name; later ones are flagged as impossible by analysis.</summary>
    public const int LatestPlausibleSession = 90;

    /// <summary>Reads a printed number (<c>49/75 E</c>, <c>2373 (XXII)</c> …) in its context.</summary>
    /// <param name="printed">The number as printed, spaces allowed, part letter(s) Latin.</param>
    /// <param name="context">Organ and kind the surrounding words give.</param>
    /// <param name="symbol">The canonical symbol.</param>
    public static bool TryParseReference(ReadOnlySpan<char> printed, ReferenceContext context, out DocumentSymbol symbol)
    {
        symbol = default;
        Span<char> buffer = printed.Length <= CompactOnStack ? stackalloc char[printed.Length] : new char[printed.Length];
        var text = buffer[..Compact(printed, buffer)];
        if (!System.Text.Ascii.IsValid(text))
        {
            return TryParseCompacted(text.ToString(), context, out symbol);
        }

        if (TryReadSlash(text, out string special, out int first, out int number, out string? part))
        {
            return FromSlash(special, first, number, part, context, out symbol);
        }

        return TryReadParen(text, out number, out part, out string? inner) && FromParen(number, part, inner, context, out symbol);
    }

    /// <summary>
    /// <see cref="TryParseReference"/> by the patterns on the compacted text: for text outside ASCII (whose digits the
    /// patterns' <c>\d</c> takes and <see cref="Int"/> refuses), and for tests, which compare it with the hand reading.
    /// </summary>
    internal static bool TryParseCompacted(string text, ReferenceContext context, out DocumentSymbol symbol)
    {
        symbol = default;
        var m = SlashPattern().Match(text);
        if (m.Success)
        {
            return FromSlash(m.Groups["special"].Value, Int(m.Groups["first"]), Int(m.Groups["number"]), m.Groups["part"].Length > 0 ? m.Groups["part"].Value : null, context, out symbol);
        }

        m = ParenPattern().Match(text);
        return m.Success && FromParen(Int(m.Groups["number"]), m.Groups["part"].Length > 0 ? m.Groups["part"].Value : null, m.Groups["inner"].Value, context, out symbol);
    }

    /// <summary>The text <see cref="TryParseReference"/> reads: <paramref name="printed"/> compacted (for tests).</summary>
    internal static string CompactForTests(ReadOnlySpan<char> printed)
    {
        var buffer = new char[printed.Length];
        return new string(buffer, 0, Compact(printed, buffer));
    }

    /// <summary>The longest printed number compacted on the stack (a number with parts and a session is some 30 characters).</summary>
    private const int CompactOnStack = 128;

    /// <summary>
    /// <see cref="SlashPattern"/> read by hand on compacted ASCII text (<c>ES-10/19</c>, <c>49/75E</c>): the pattern matches
    /// one way only, so the first reading that fits is its reading. A slash number is most of what the rules read; the
    /// pattern, its match and the groups looked up by name cost about half of reading one.
    /// </summary>
    private static bool TryReadSlash(ReadOnlySpan<char> text, out string special, out int first, out int number, out string? part)
    {
        special = string.Empty;
        number = 0;
        part = null;
        int at = 0;
        if (text.StartsWith("ES-"))
        {
            special = "ES";
            at = 3;
        }
        else if (text.StartsWith("S-"))
        {
            special = "S";
            at = 2;
        }

        if (!TryDigits(text, ref at, 1, 4, out first) || at == text.Length || text[at] != '/')
        {
            return false;
        }

        at++;
        return TryDigits(text, ref at, 1, 4, out number) && TryPart(text[at..], out part);
    }

    /// <summary>
    /// <see cref="ParenPattern"/> read by hand on compacted ASCII text (<c>1540(2004)</c>, <c>3419A(XXX)</c>,
    /// <c>2252(ES-V)</c>): one way to match, as for <see cref="TryReadSlash"/>.
    /// </summary>
    private static bool TryReadParen(ReadOnlySpan<char> text, out int number, out string? part, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? inner)
    {
        part = null;
        inner = null;
        int at = 0;
        if (!TryDigits(text, ref at, 1, 4, out number))
        {
            return false;
        }

        int open = text[at..].IndexOf('(');
        if (open < 0 || text[^1] != ')' || !TryPart(text.Slice(at, open), out part))
        {
            return false;
        }

        var session = text[(at + open + 1)..^1];
        if (!IsSession(session))
        {
            return false;
        }

        inner = session.ToString();
        return true;
    }

    /// <summary>What <see cref="ParenPattern"/> takes between the brackets: <c>\d{4}|(?:E?S-)?[IVXLC]{1,7}</c>.</summary>
    private static bool IsSession(ReadOnlySpan<char> session)
    {
        if (session.Length == 4 && !session.ContainsAnyExceptInRange('0', '9'))
        {
            return true;
        }

        var roman = session.StartsWith("ES-") ? session[3..] : session.StartsWith("S-") ? session[2..] : session;
        return roman.Length is >= 1 and <= 7 && !roman.ContainsAnyExcept(s_romanLetters);
    }

    private static readonly System.Buffers.SearchValues<char> s_romanLetters = System.Buffers.SearchValues.Create("IVXLC");

    /// <summary>One to two capitals, or none (the patterns' <c>[A-Z]{0,2}</c>): null for none.</summary>
    private static bool TryPart(ReadOnlySpan<char> letters, out string? part)
    {
        part = null;
        if (letters.Length > 2 || letters.ContainsAnyExceptInRange('A', 'Z'))
        {
            return false;
        }

        part = letters.Length switch
        {
            0 => null,
            1 => s_partLetters[letters[0] - 'A'],
            _ => letters.ToString(),
        };
        return true;
    }

    /// <summary>The one-letter parts, made once.</summary>
    private static readonly string[] s_partLetters = [.. Enumerable.Range('A', 26).Select(c => ((char)c).ToString())];

    /// <summary>A run of <paramref name="min"/> to <paramref name="max"/> ASCII digits at <paramref name="at"/>, moved past; false if the run is shorter or longer.</summary>
    private static bool TryDigits(ReadOnlySpan<char> text, ref int at, int min, int max, out int value)
    {
        value = 0;
        int start = at;
        while (at < text.Length && char.IsAsciiDigit(text[at]))
        {
            value = (value * 10) + (text[at] - '0');
            at++;
        }

        return at - start >= min && at - start <= max;
    }

    /// <summary>A number printed with a slash: its organ from the context.</summary>
    private static bool FromSlash(string special, int first, int number, string? part, ReferenceContext context, out DocumentSymbol symbol)
    {
        symbol = default;
        if (number <= 0 || first <= 0)
        {
            return false;
        }

        var organ = context.EffectiveOrgan;
        if (special.Length > 0)
        {
            var type = special == "ES" ? SessionType.EmergencySpecial : SessionType.Special;
            if (organ == Organ.HumanRightsCouncil && context.NamedOrgan == Organ.HumanRightsCouncil)
            {
                symbol = DocumentSymbol.HumanRightsCouncilResolution(first, number, type, context.Kind);
                return true;
            }

            symbol = context.Kind == SymbolKind.Decision
                ? DocumentSymbol.SpecialSessionDecision(type, first, number)
                : DocumentSymbol.SpecialSessionResolution(type, first, number, part);
            return true;
        }

        // A year before the slash (1996/31) is ECOSOC's numbering; so is an ECOSOC text's "its resolution".
        if (first >= 1946 || organ == Organ.EconomicAndSocialCouncil)
        {
            if (first < 1946)
            {
                return false;
            }

            symbol = DocumentSymbol.EconomicAndSocialCouncilResolution(first, number, context.Kind);
            return true;
        }

        if (organ == Organ.HumanRightsCouncil && context.NamedOrgan != Organ.GeneralAssembly)
        {
            symbol = DocumentSymbol.HumanRightsCouncilResolution(first, number, SessionType.Regular, context.Kind);
            return true;
        }

        if (first < 31 && part is null && (context.NamedOrgan != Organ.GeneralAssembly || context.Kind == SymbolKind.Resolution))
        {
            // GA sessions 1-30 numbered resolutions with a Roman session; "12/34" before 1976 is not a GA symbol.
            // Modern GA symbols start at session 31. So even with the Assembly named nearby ("Official Records of
            // the General Assembly, Sixty-ninth Session, Supplement No. 25 (A/69/25), annex, resolution 1/1": the
            // UN Environment Assembly's), a resolution 1/1 is another body's.
            return false;
        }

        symbol = context.Kind == SymbolKind.Decision
            ? DocumentSymbol.GeneralAssemblyDecision(first, number)
            : DocumentSymbol.GeneralAssemblyResolution(first, number, part);
        return true;
    }

    /// <summary>A number printed with a bracket: a Council year or a Roman session.</summary>
    private static bool FromParen(int number, string? part, string inner, ReferenceContext context, out DocumentSymbol symbol)
    {
        symbol = default;
        if (number <= 0)
        {
            return false;
        }

        if (int.TryParse(inner, NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            if (year is < 1946 or > 2100 || part is not null)
            {
                return false;
            }

            symbol = DocumentSymbol.SecurityCouncilResolution(number, year);
            return true;
        }

        var type = SessionType.Regular;
        if (inner.StartsWith("ES-", StringComparison.Ordinal) || inner.StartsWith("S-", StringComparison.Ordinal))
        {
            type = inner[0] == 'E' ? SessionType.EmergencySpecial : SessionType.Special;
            inner = inner[(inner.IndexOf('-', StringComparison.Ordinal) + 1)..];
            if (!RomanNumeral.TryParse(inner, out int specialSession))
            {
                return false;
            }

            symbol = DocumentSymbol.RomanSessionResolution(Organ.GeneralAssembly, number, specialSession, part, type);
            return true;
        }

        if (RomanNumeral.TryParse(inner, out int session))
        {
            // The GA used Roman sessions I-XXX only; ECOSOC numbered by Roman session too, to about LXIII.
            var organ = context.NamedOrgan == Organ.EconomicAndSocialCouncil || session > 30
                || (context.HostOrgan == Organ.EconomicAndSocialCouncil && context.NamedOrgan == Organ.None)
                ? Organ.EconomicAndSocialCouncil
                : Organ.GeneralAssembly;
            symbol = DocumentSymbol.RomanSessionResolution(organ, number, session, part);
            return true;
        }

        return false;
    }

    /// <summary>
    /// A Security Council resolution printed by its number alone (<c>resolutions 1325 and 2250</c>, as some language
    /// versions cite): its year from <see cref="SecurityCouncilNumbering"/>, when the number is safely inside one.
    /// </summary>
    public static bool TryParseCouncilNumber(ReadOnlySpan<char> printed, out DocumentSymbol symbol)
    {
        symbol = default;
        if (!int.TryParse(Compact(printed), NumberStyles.None, CultureInfo.InvariantCulture, out int number)
            || SecurityCouncilNumbering.SafeYearOf(number) is not { } year)
        {
            return false;
        }

        symbol = DocumentSymbol.SecurityCouncilResolution(number, year);
        return true;
    }

    private static string Compact(ReadOnlySpan<char> printed)
    {
        var buffer = printed.Length <= CompactOnStack ? stackalloc char[printed.Length] : new char[printed.Length];
        return new string(buffer[..Compact(printed, buffer)]);
    }

    /// <summary>Writes <paramref name="printed"/> without spaces and direction marks, brackets and dashes made ASCII, in capitals, to <paramref name="buffer"/>: its length.</summary>
    private static int Compact(ReadOnlySpan<char> printed, Span<char> buffer)
    {
        int length = 0;
        foreach (char ch in printed)
        {
            if (char.IsWhiteSpace(ch) || ch is '\u200E' or '\u200F')
            {
                continue;
            }

            buffer[length++] = ch switch
            {
                '（' => '(',
                '）' => ')',
                '\u2013' or '\u2011' or '\u2010' or '‑' => '-',
                _ => char.ToUpperInvariant(ch),
            };
        }

        return length;
    }

    private static int Int(Group group) =>
        int.TryParse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : -1;

    [GeneratedRegex(@"^(?:(?<special>E?S)-)?(?<first>\d{1,4})/(?<number>\d{1,4})(?<part>[A-Z]{0,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex SlashPattern();

    [GeneratedRegex(@"^(?<number>\d{1,4})(?<part>[A-Z]{0,2})\((?<inner>\d{4}|(?:E?S-)?[IVXLC]{1,7})\)$", RegexOptions.CultureInvariant)]
    private static partial Regex ParenPattern();
}
