using System.Globalization;
using System.Text.RegularExpressions;

namespace Lineage.Model;

/// <summary>
/// A UN document symbol in canonical form: the path undocs.org uses, upper case, no spaces
/// (<c>A/RES/49/75E</c>, <c>A/RES/2373(XXII)</c>, <c>S/RES/1540(2004)</c>, <c>A/62/391</c>).
/// The grammar lives here once; language rules find printed references and hand them to
/// <see cref="SymbolGrammar"/>, which builds values of this type.
/// </summary>
public readonly partial record struct DocumentSymbol : IComparable<DocumentSymbol>
{
    private DocumentSymbol(
        string canonical, SymbolKind kind, Organ organ, SessionType sessionType,
        int? session, int? number, int? year, string? part)
    {
        Canonical = canonical;
        Kind = kind;
        Organ = organ;
        SessionType = sessionType;
        Session = session;
        Number = number;
        Year = year;
        Part = part;
    }

    /// <summary>The canonical text, e.g. <c>A/RES/49/75E</c>.</summary>
    public string Canonical { get; }

    public SymbolKind Kind { get; }

    public Organ Organ { get; }

    public SessionType SessionType { get; }

    /// <summary>Session number (GA, HRC; the Roman session of pre-1976 resolutions as an integer); null where the symbol has none.</summary>
    public int? Session { get; }

    /// <summary>The resolution or decision number within its session or year.</summary>
    public int? Number { get; }

    /// <summary>
    /// Year in the symbol (Security Council <c>1540 (2004)</c>, ECOSOC <c>1996/31</c>); for the Security Council the year of
    /// the number (see <see cref="SecurityCouncilNumbering"/>), which a citation may print otherwise.
    /// </summary>
    public int? Year { get; }

    /// <summary>Part letter(s) of an omnibus resolution (<c>E</c> in <c>49/75 E</c>); null for a whole work.</summary>
    public string? Part { get; }

    /// <summary>True for the default value, which names nothing.</summary>
    public bool IsEmpty => Canonical is null;

    public bool IsPart => Part is not null;

    public bool IsResolution => Kind == SymbolKind.Resolution;

    /// <summary>The whole work a part belongs to (<c>A/RES/49/75</c> for <c>A/RES/49/75E</c>); itself when not a part.</summary>
    public DocumentSymbol Work => Part is null ? this : WithPart(null);

    /// <summary>The way the UN prints the number in running text: <c>49/75 E</c>, <c>2373 (XXII)</c>, <c>1540 (2004)</c>, <c>S-10/2</c>.</summary>
    public string ShortForm
    {
        get
        {
            if (Kind == SymbolKind.Document || Number is null)
            {
                return Canonical ?? string.Empty;
            }

            string part = Part is null ? string.Empty : " " + Part;
            if (Organ == Organ.SecurityCouncil)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{Number} ({Year})");
            }

            if (Year is not null)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{Year}/{Number}{part}");
            }

            if (IsRomanSession)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{Number}{part} ({SpecialPrefix(SessionType)}{RomanNumeral.Format(Session!.Value)})");
            }

            string prefix = SessionType switch
            {
                SessionType.Special => "S-",
                SessionType.EmergencySpecial => "ES-",
                _ => string.Empty,
            };
            return string.Create(CultureInfo.InvariantCulture, $"{prefix}{Session}/{Number}{part}");
        }
    }

    /// <summary>True for pre-1976 symbols that print the session in Roman numerals (<c>2373 (XXII)</c>).</summary>
    public bool IsRomanSession => Canonical is not null && Canonical.EndsWith(')') && Organ != Organ.SecurityCouncil && Kind != SymbolKind.Document;

    public static DocumentSymbol GeneralAssemblyResolution(int session, int number, string? part = null) =>
        Numbered("A/RES/", SymbolKind.Resolution, Organ.GeneralAssembly, SessionType.Regular, session, number, part);

    public static DocumentSymbol GeneralAssemblyDecision(int session, int number) =>
        Numbered("A/DEC/", SymbolKind.Decision, Organ.GeneralAssembly, SessionType.Regular, session, number, null);

    public static DocumentSymbol SpecialSessionResolution(SessionType type, int session, int number, string? part = null) =>
        Numbered("A/RES/", SymbolKind.Resolution, Organ.GeneralAssembly, type, session, number, part);

    public static DocumentSymbol SpecialSessionDecision(SessionType type, int session, int number) =>
        Numbered("A/DEC/", SymbolKind.Decision, Organ.GeneralAssembly, type, session, number, null);

    /// <summary>A resolution numbered with a Roman session (<c>2373 (XXII)</c>), of the General Assembly or ECOSOC.</summary>
    /// <param name="organ">The General Assembly or ECOSOC.</param>
    /// <param name="number">The resolution number.</param>
    /// <param name="session">The session, as an integer.</param>
    /// <param name="part">Part letter(s), if any.</param>
    /// <param name="type">Special (<c>1874 (S-IV)</c>) and emergency special (<c>2252 (ES-V)</c>) sessions of the GA.</param>
    public static DocumentSymbol RomanSessionResolution(Organ organ, int number, int session, string? part = null, SessionType type = SessionType.Regular)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(session);
        part = NormalizePart(part);
        string prefix = organ == Organ.EconomicAndSocialCouncil ? "E/RES/" : "A/RES/";
        string special = SpecialPrefix(type);
        string canonical = string.Create(CultureInfo.InvariantCulture, $"{prefix}{number}{part}({special}{RomanNumeral.Format(session)})");
        return new DocumentSymbol(canonical, SymbolKind.Resolution, organ == Organ.EconomicAndSocialCouncil ? organ : Organ.GeneralAssembly,
            type, session, number, null, part);
    }

    /// <summary>
    /// Security Council resolution <paramref name="number"/>, with the year its number was adopted in: a year given wrong
    /// (<c>2214 (2014)</c>) is replaced by the one <see cref="SecurityCouncilNumbering"/> gives when the number is safely
    /// inside another year, so every version of a text names the resolution alike.
    /// </summary>
    public static DocumentSymbol SecurityCouncilResolution(int number, int year)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        year = SecurityCouncilNumbering.CanonicalYear(number, year);
        string canonical = string.Create(CultureInfo.InvariantCulture, $"S/RES/{number}({year})");
        return new DocumentSymbol(canonical, SymbolKind.Resolution, Organ.SecurityCouncil, SessionType.Regular, null, number, year, null);
    }

    public static DocumentSymbol EconomicAndSocialCouncilResolution(int year, int number, SymbolKind kind = SymbolKind.Resolution)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        string prefix = kind == SymbolKind.Decision ? "E/DEC/" : "E/RES/";
        string canonical = string.Create(CultureInfo.InvariantCulture, $"{prefix}{year}/{number}");
        return new DocumentSymbol(canonical, kind, Organ.EconomicAndSocialCouncil, SessionType.Regular, null, number, year, null);
    }

    public static DocumentSymbol HumanRightsCouncilResolution(int session, int number, SessionType type = SessionType.Regular, SymbolKind kind = SymbolKind.Resolution) =>
        Numbered(kind == SymbolKind.Decision ? "A/HRC/DEC/" : "A/HRC/RES/", kind, Organ.HumanRightsCouncil, type, session, number, null);

    /// <summary>Any other document symbol, as printed (spaces removed, upper case): <c>A/62/391</c>, <c>NPT/CONF.2000/28</c>.</summary>
    public static DocumentSymbol OtherDocument(string printed)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(printed);
        string canonical = RemoveSpaces(printed).ToUpperInvariant();
        if (!OtherSymbolPattern().IsMatch(canonical))
        {
            throw new FormatException($"'{printed}' is not a UN document symbol.");
        }

        return new DocumentSymbol(canonical, SymbolKind.Document, OrganOfOther(canonical), SessionType.Regular, null, null, null, null);
    }

    /// <summary>This symbol with another part letter (or none).</summary>
    public DocumentSymbol WithPart(string? part)
    {
        if (Kind != SymbolKind.Resolution || Number is null)
        {
            return this;
        }

        if (IsRomanSession)
        {
            return RomanSessionResolution(Organ, Number.Value, Session!.Value, part, SessionType);
        }

        return Organ switch
        {
            Organ.GeneralAssembly => Numbered("A/RES/", Kind, Organ, SessionType, Session!.Value, Number.Value, part),
            _ => this,
        };
    }

    /// <summary>Parses canonical (and near-canonical: spaces, lower case, as undocs.org links write them) symbols.</summary>
    public static DocumentSymbol Parse(string text) =>
        TryParse(text, out var symbol) ? symbol : throw new FormatException($"'{text}' is not a UN document symbol.");

    /// <summary>Parses canonical (and near-canonical) symbols: <c>A/RES/49/75 E</c>, <c>a/res/77/1b</c>, <c>S/RES/1540 (2004)</c>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DocumentSymbol symbol)
    {
        symbol = default;
        string compact = RemoveSpaces(text.Trim()).ToUpperInvariant();
        if (compact.Length == 0)
        {
            return false;
        }

        compact = compact.Replace('\u2013', '-').Replace('\u2011', '-').Replace('\u2010', '-');
        var m = GaPattern().Match(compact);
        if (m.Success)
        {
            bool decision = m.Groups["kind"].Value == "DEC";
            var type = SessionTypeOf(m.Groups["special"].Value);
            int session = Int(m.Groups["session"]);
            int number = Int(m.Groups["number"]);
            string? part = m.Groups["part"].Success && m.Groups["part"].Length > 0 ? m.Groups["part"].Value : null;
            if (decision)
            {
                if (part is not null)
                {
                    return false;
                }

                symbol = type == SessionType.Regular ? GeneralAssemblyDecision(session, number) : SpecialSessionDecision(type, session, number);
            }
            else
            {
                symbol = type == SessionType.Regular ? GeneralAssemblyResolution(session, number, part) : SpecialSessionResolution(type, session, number, part);
            }

            return symbol.Number > 0 && symbol.Session > 0;
        }

        m = RomanPattern().Match(compact);
        if (m.Success && RomanNumeral.TryParse(m.Groups["roman"].ValueSpan, out int roman))
        {
            var organ = m.Groups["organ"].Value == "E" ? Organ.EconomicAndSocialCouncil : Organ.GeneralAssembly;
            string? part = m.Groups["part"].Length > 0 ? m.Groups["part"].Value : null;
            int number = Int(m.Groups["number"]);
            if (number <= 0)
            {
                return false;
            }

            symbol = RomanSessionResolution(organ, number, roman, part, SessionTypeOf(m.Groups["special"].Value));
            return true;
        }

        m = SecurityCouncilPattern().Match(compact);
        if (m.Success && Int(m.Groups["number"]) > 0)
        {
            symbol = SecurityCouncilResolution(Int(m.Groups["number"]), Int(m.Groups["year"]));
            return true;
        }

        m = EcosocPattern().Match(compact);
        if (m.Success && Int(m.Groups["number"]) > 0)
        {
            symbol = EconomicAndSocialCouncilResolution(Int(m.Groups["year"]), Int(m.Groups["number"]),
                m.Groups["kind"].Value == "DEC" ? SymbolKind.Decision : SymbolKind.Resolution);
            return true;
        }

        m = HumanRightsCouncilPattern().Match(compact);
        if (m.Success && Int(m.Groups["number"]) > 0)
        {
            symbol = HumanRightsCouncilResolution(Int(m.Groups["session"]), Int(m.Groups["number"]),
                SessionTypeOf(m.Groups["special"].Value), m.Groups["kind"].Value == "DEC" ? SymbolKind.Decision : SymbolKind.Resolution);
            return true;
        }

        if (OtherSymbolPattern().IsMatch(compact))
        {
            symbol = new DocumentSymbol(compact, SymbolKind.Document, OrganOfOther(compact), SessionType.Regular, null, null, null, null);
            return true;
        }

        return false;
    }

    public bool Equals(DocumentSymbol other) => string.Equals(Canonical, other.Canonical, StringComparison.Ordinal);

    public override int GetHashCode() => Canonical is null ? 0 : StringComparer.Ordinal.GetHashCode(Canonical);

    /// <summary>Orders by organ, then chronologically where the symbol says (session or year), then by number and part; documents by text.</summary>
    public int CompareTo(DocumentSymbol other)
    {
        int c = ((int)Kind == 0 ? 1 : 0).CompareTo((int)other.Kind == 0 ? 1 : 0);
        if (c != 0)
        {
            return c;
        }

        c = Organ.CompareTo(other.Organ);
        if (c != 0 || Kind == SymbolKind.Document)
        {
            return c != 0 ? c : string.CompareOrdinal(Canonical, other.Canonical);
        }

        c = (Year ?? 0).CompareTo(other.Year ?? 0);
        if (c == 0)
        {
            c = SessionType.CompareTo(other.SessionType);
        }

        if (c == 0)
        {
            c = (Session ?? 0).CompareTo(other.Session ?? 0);
        }

        if (c == 0)
        {
            c = Kind.CompareTo(other.Kind);
        }

        if (c == 0)
        {
            c = (Number ?? 0).CompareTo(other.Number ?? 0);
        }

        return c != 0 ? c : string.CompareOrdinal(Part ?? string.Empty, other.Part ?? string.Empty);
    }

    public static bool operator <(DocumentSymbol left, DocumentSymbol right) => left.CompareTo(right) < 0;

    public static bool operator >(DocumentSymbol left, DocumentSymbol right) => left.CompareTo(right) > 0;

    public static bool operator <=(DocumentSymbol left, DocumentSymbol right) => left.CompareTo(right) <= 0;

    public static bool operator >=(DocumentSymbol left, DocumentSymbol right) => left.CompareTo(right) >= 0;

    public override string ToString() => Canonical ?? string.Empty;

    private static DocumentSymbol Numbered(string prefix, SymbolKind kind, Organ organ, SessionType type, int session, int number, string? part)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(session);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        part = NormalizePart(part);
        string special = type switch
        {
            SessionType.Special => "S-",
            SessionType.EmergencySpecial => "ES-",
            _ => string.Empty,
        };
        string canonical = string.Create(CultureInfo.InvariantCulture, $"{prefix}{special}{session}/{number}{part}");
        return new DocumentSymbol(canonical, kind, organ, type, session, number, null, part);
    }

    private static string? NormalizePart(string? part)
    {
        if (string.IsNullOrWhiteSpace(part))
        {
            return null;
        }

        string normalized = part.Trim().ToUpperInvariant();
        foreach (char ch in normalized)
        {
            if (ch is < 'A' or > 'Z')
            {
                throw new ArgumentException($"'{part}' is not a part letter (A-Z).", nameof(part));
            }
        }

        return normalized;
    }

    private static string SpecialPrefix(SessionType type) => type switch
    {
        SessionType.Special => "S-",
        SessionType.EmergencySpecial => "ES-",
        _ => string.Empty,
    };

    private static SessionType SessionTypeOf(string prefix) => prefix switch
    {
        "S" => SessionType.Special,
        "ES" => SessionType.EmergencySpecial,
        _ => SessionType.Regular,
    };

    private static Organ OrganOfOther(string canonical) =>
        canonical.StartsWith("A/HRC/", StringComparison.Ordinal) ? Organ.HumanRightsCouncil
        : canonical.StartsWith("A/", StringComparison.Ordinal) ? Organ.GeneralAssembly
        : canonical.StartsWith("S/", StringComparison.Ordinal) ? Organ.SecurityCouncil
        : canonical.StartsWith("E/", StringComparison.Ordinal) ? Organ.EconomicAndSocialCouncil
        : Organ.None;

    private static int Int(Group group) =>
        int.TryParse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : -1;

    private static string RemoveSpaces(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        foreach (char ch in text)
        {
            if (!char.IsWhiteSpace(ch) && ch != '\u200E' && ch != '\u200F')
            {
                buffer[n++] = ch;
            }
        }

        return new string(buffer[..n]);
    }

    [GeneratedRegex(@"^A/(?<kind>RES|DEC)/(?:(?<special>E?S)-)?(?<session>\d{1,3})/(?<number>\d{1,4})(?<part>[A-Z]{0,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex GaPattern();

    [GeneratedRegex(@"^(?<organ>[AE])/RES/(?<number>\d{1,4})(?<part>[A-Z]{0,2})\((?:(?<special>E?S)-)?(?<roman>[IVXLC]{1,7})\)$", RegexOptions.CultureInvariant)]
    private static partial Regex RomanPattern();

    [GeneratedRegex(@"^S/RES/(?<number>\d{1,4})\((?<year>(19|20)\d\d)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex SecurityCouncilPattern();

    [GeneratedRegex(@"^E/(?<kind>RES|DEC)/(?<year>(19|20)\d\d)/(?<number>\d{1,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex EcosocPattern();

    [GeneratedRegex(@"^A/HRC/(?<kind>RES|DEC)/(?:(?<special>S)-)?(?<session>\d{1,3})/(?<number>\d{1,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex HumanRightsCouncilPattern();

    [GeneratedRegex(@"^[A-Z][A-Z0-9\-]*(\.[A-Z0-9\-]+)*(/[A-Z0-9\-]+(\.[A-Z0-9\-]+)*(\([A-Z0-9]+\))?)+$", RegexOptions.CultureInvariant)]
    private static partial Regex OtherSymbolPattern();
}
