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
        string text = Compact(printed);
        var m = SlashPattern().Match(text);
        if (m.Success)
        {
            int first = Int(m.Groups["first"]);
            int number = Int(m.Groups["number"]);
            string? part = m.Groups["part"].Length > 0 ? m.Groups["part"].Value : null;
            string special = m.Groups["special"].Value;
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

        m = ParenPattern().Match(text);
        if (m.Success)
        {
            int number = Int(m.Groups["number"]);
            string? part = m.Groups["part"].Length > 0 ? m.Groups["part"].Value : null;
            string inner = m.Groups["inner"].Value;
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
        var builder = new System.Text.StringBuilder(printed.Length);
        foreach (char ch in printed)
        {
            if (char.IsWhiteSpace(ch) || ch is '\u200E' or '\u200F')
            {
                continue;
            }

            builder.Append(ch switch
            {
                '（' => '(',
                '）' => ')',
                '\u2013' or '\u2011' or '\u2010' or '‑' => '-',
                _ => char.ToUpperInvariant(ch),
            });
        }

        return builder.ToString();
    }

    private static int Int(Group group) =>
        int.TryParse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : -1;

    [GeneratedRegex(@"^(?:(?<special>E?S)-)?(?<first>\d{1,4})/(?<number>\d{1,4})(?<part>[A-Z]{0,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex SlashPattern();

    [GeneratedRegex(@"^(?<number>\d{1,4})(?<part>[A-Z]{0,2})\((?<inner>\d{4}|(?:E?S-)?[IVXLC]{1,7})\)$", RegexOptions.CultureInvariant)]
    private static partial Regex ParenPattern();
}
