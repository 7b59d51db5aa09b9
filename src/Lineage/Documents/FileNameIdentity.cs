using System.Globalization;
using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Documents;

/// <summary>
/// The identity a file name gives, the fallback when a document's own text does not: UN download names
/// (<c>A_RES_73_8-EN.pdf</c>, <c>A_RES_79_50.zh.txt</c>, <c>S_RES_2618 (2022)-2201005E.xml</c>,
/// <c>S_RES_0001_1946_EN_GOLD.txt</c>, <c>A_RES_ES-10_21-EN.pdf</c>) and old un.org page names (<c>ares51-45.htm</c>,
/// <c>a49r075.htm</c>). Job-number names (<c>N0746628.pdf</c>) give no symbol. The language comes from a code
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

        m = ScName().Match(name);
        if (m.Success)
        {
            int number = int.Parse(m.Groups["number"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            int year = int.Parse(m.Groups["year"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            if (number > 0)
            {
                symbol = DocumentSymbol.SecurityCouncilResolution(number, year);
                return true;
            }

            return false;
        }

        m = UnOrgName().Match(name);
        if (m.Success)
        {
            int session = int.Parse(m.Groups["session"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            int number = int.Parse(m.Groups["number"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            if (session > 0 && number > 0)
            {
                string part = m.Groups["part"].Value.ToUpperInvariant();
                symbol = DocumentSymbol.GeneralAssemblyResolution(session, number, part.Length == 0 ? null : part);
                return true;
            }
        }

        return false;
    }

    private static string Number(string digits) => digits.TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0";

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

    [GeneratedRegex(@"^S_RES_(?<number>\d{1,4})[_ ]\(?(?<year>(?:19|20)\d\d)\)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ScName();

    /// <summary>un.org: <c>ares51-45.htm</c>, <c>ares51-45e.htm</c> (part E), <c>a49r075.htm</c>.</summary>
    [GeneratedRegex(@"^a(?:res(?<session>\d{1,3})-(?<number>\d{1,4})|(?<session>\d{2})r(?<number>\d{3}))(?<part>[a-z])?\.", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UnOrgName();

    [GeneratedRegex(@"[._\-\s](?<lang>ar|zh|en|fr|ru|es)(?=[._\-\s]|$)(?!-\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LanguageCode();

    /// <summary>A seven-digit job number and the language letter after it: <c>-2323443R.xml</c>.</summary>
    [GeneratedRegex(@"[-_]\d{7}(?<letter>[ACEFRS])\.\w+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex JobLanguage();
}
