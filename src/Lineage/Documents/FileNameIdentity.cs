using System.Globalization;
using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Documents;

/// <summary>
/// The identity a file name gives, the fallback when a document's own text does not: UN download names
/// (<c>A_RES_73_8-EN.pdf</c>, <c>A_RES_79_50.zh.txt</c>, <c>S_RES_2618 (2022)-2201005E.xml</c>,
/// <c>S_RES_0001_1946_EN_GOLD.txt</c>, <c>S_RES_2719(2023)-EN.pdf</c>, <c>A_RES_ES-10_21-EN.pdf</c>, <c>E_RES_2023_7-EN.pdf</c>,
/// <c>A_HRC_RES_55_1-EN.pdf</c>, <c>A_RES_2758(XXVI)-EN.pdf</c>) and old un.org page names (<c>ares51-45.htm</c>,
/// <c>a49r075.htm</c>). Job-number names (<c>N2323443.pdf</c>, <c>2323443E.pdf</c>) give no symbol; the text must. The language comes from a code
/// (<c>-EN</c>, <c>.zh</c>, <c>_EN_</c>) or from the letter after a job number (<c>-2323443R</c>: Russian).
/// </summary>
public static partial class FileNameIdentity
{
    /// <summary>Reads the symbol (and language, when the name gives one) from the file name of <paramref name="path"/>.</summary>
    /// <returns>True when the name gives a symbol; <paramref name="language"/> may be set either way.</returns>
    public static bool TryParse(string path, out DocumentSymbol symbol, out Language? language)
    {
        ArgumentNullException.ThrowIfNull(path);
        string name = Path.GetFileName(path);
        symbol = default;
        language = LanguageOf(name);

        var m = GaName().Match(name);
        if (m.Success)
        {
            string special = m.Groups["special"].Value;
            string printed = (special.Length > 0 ? special.ToUpperInvariant() + "-" : string.Empty)
                + m.Groups["session"].Value + "/" + Number(m.Groups["number"].Value) + m.Groups["part"].Value.ToUpperInvariant();
            return SymbolGrammar.TryParseReference(printed, new ReferenceContext(Organ.GeneralAssembly, Organ.GeneralAssembly), out symbol);
        }

        m = RomanName().Match(name);
        if (m.Success)
        {
            var organ = m.Groups["organ"].Value.Equals("E", StringComparison.OrdinalIgnoreCase) ? Organ.EconomicAndSocialCouncil : Organ.GeneralAssembly;
            string printed = $"{Number(m.Groups["number"].Value)}{m.Groups["part"].Value.ToUpperInvariant()} ({m.Groups["roman"].Value.ToUpperInvariant()})";
            return SymbolGrammar.TryParseReference(printed, new ReferenceContext(organ, organ), out symbol);
        }

        m = ScName().Match(name);
        if (m.Success)
        {
            int number = Int(m.Groups["number"].Value);
            int year = Int(m.Groups["year"].Value);
            if (number > 0)
            {
                symbol = DocumentSymbol.SecurityCouncilResolution(number, year);
                return true;
            }

            return false;
        }

        m = EcosocName().Match(name);
        if (m.Success)
        {
            int number = Int(m.Groups["number"].Value);
            if (number > 0)
            {
                symbol = DocumentSymbol.EconomicAndSocialCouncilResolution(Int(m.Groups["year"].Value), number,
                    m.Groups["kind"].Value.Equals("DEC", StringComparison.OrdinalIgnoreCase) ? SymbolKind.Decision : SymbolKind.Resolution);
                return true;
            }

            return false;
        }

        m = HrcName().Match(name);
        if (m.Success)
        {
            int session = Int(m.Groups["session"].Value);
            int number = Int(m.Groups["number"].Value);
            if (session > 0 && number > 0)
            {
                var type = m.Groups["special"].Success ? SessionType.Special : SessionType.Regular;
                var kind = m.Groups["kind"].Value.Equals("DEC", StringComparison.OrdinalIgnoreCase) ? SymbolKind.Decision : SymbolKind.Resolution;
                symbol = DocumentSymbol.HumanRightsCouncilResolution(session, number, type, kind);
                return true;
            }

            return false;
        }

        m = UnOrgName().Match(name);
        if (m.Success)
        {
            int session = Int(m.Groups["session"].Value);
            int number = Int(m.Groups["number"].Value);
            if (session > 0 && number > 0)
            {
                string part = m.Groups["part"].Value.ToUpperInvariant();
                symbol = DocumentSymbol.GeneralAssemblyResolution(session, number, part.Length == 0 ? null : part);
                return true;
            }
        }

        return false;
    }

    // \d matches digits of any script ("A_RES_6٢_42"), which int.Parse refuses: read each digit's value.
    private static int Int(string digits)
    {
        int value = 0;
        foreach (char c in digits)
        {
            value = (value * 10) + CharUnicodeInfo.GetDecimalDigitValue(c);
        }

        return value;
    }

    private static string Number(string digits) => digits.TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0";

    /// <summary>The language the file name of <paramref name="path"/> gives, if any (what <see cref="TryParse"/> gives as <c>language</c>, without reading the symbol).</summary>
    internal static Language? LanguageOfPath(string path) => LanguageOf(Path.GetFileName(path));

    private static Language? LanguageOf(string name)
    {
        // The last code wins: "A_RES_ES-10_21-AR.pdf" is Arabic (ES- is the emergency special session).
        var code = LanguageCode().Matches(name).LastOrDefault();
        if (code is not null && LanguageCodes.TryParse(code.Groups["lang"].Value, out var language))
        {
            return language;
        }

        var job = JobLanguage().Match(name);
        if (job.Success)
        {
            return job.Groups["letter"].Value.ToUpperInvariant() switch
            {
                "A" => Language.Arabic,
                "C" => Language.Chinese,
                "E" => Language.English,
                "F" => Language.French,
                "R" => Language.Russian,
                "S" => Language.Spanish,
                _ => null,
            };
        }

        return null;
    }

    [GeneratedRegex(@"^A_RES_(?:(?<special>E?S)-?)?(?<session>\d{1,3})_(?<number>\d{1,4})(?:_?(?<part>[A-Z]))?(?=[._\-\s]|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GaName();

    /// <summary><c>S_RES_2719(2023)-EN.pdf</c>, <c>S_RES_2719 (2023).zh.txt</c>, <c>S_RES_2719_(2023)</c>, <c>S_RES_0001_1946_EN_GOLD.txt</c>.</summary>
    [GeneratedRegex(@"^S_RES_(?<number>\d{1,4})(?:[_ ]?\((?<year>(?:19|20)\d\d)\)|[_ ](?<year>(?:19|20)\d\d)(?!\d))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ScName();

    /// <summary>ECOSOC: <c>E_RES_2023_7-EN.pdf</c>, <c>E_DEC_2023_201.pdf</c>.</summary>
    [GeneratedRegex(@"^E_(?<kind>RES|DEC)_(?<year>(?:19|20)\d\d)_(?<number>\d{1,4})(?=[._\-\s]|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EcosocName();

    /// <summary>Human Rights Council: <c>A_HRC_RES_55_1-EN.pdf</c>, <c>A_HRC_RES_S-30_1.pdf</c>, <c>A_HRC_DEC_52_101.pdf</c>.</summary>
    [GeneratedRegex(@"^A_HRC_(?<kind>RES|DEC)_(?<special>S-?)?(?<session>\d{1,2})_(?<number>\d{1,3})(?=[._\-\s]|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HrcName();

    /// <summary>Before session 31: <c>A_RES_2758(XXVI)-EN.pdf</c>, <c>A_RES_377_A(V).pdf</c>, <c>E_RES_1503(XLVIII).pdf</c>.</summary>
    [GeneratedRegex(@"^(?<organ>A|E)_RES_(?<number>\d{1,4})[_ ]?(?<part>[A-Z])?[_ ]?\((?<roman>[IVXL]{1,7})\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RomanName();

    /// <summary>un.org: <c>ares51-45.htm</c>, <c>ares51-45e.htm</c> (part E), <c>a49r075.htm</c>.</summary>
    [GeneratedRegex(@"^a(?:res(?<session>\d{1,3})-(?<number>\d{1,4})|(?<session>\d{2})r(?<number>\d{3}))(?<part>[a-z])?\.", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UnOrgName();

    [GeneratedRegex(@"[._\-\s](?<lang>ar|zh|en|fr|ru|es)(?=[._\-\s]|$)(?!-\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LanguageCode();

    /// <summary>A seven-digit job number and the language letter after it: <c>-2323443R.xml</c>.</summary>
    [GeneratedRegex(@"(?:^|[-_ ])[N]?\d{7}(?<letter>[ACEFRS])\.\w+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex JobLanguage();
}
