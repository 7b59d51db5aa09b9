using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Documents.Akn;

/// <summary>
/// Reads the document symbol an undocs.org link names: <c>https://undocs.org/en/A/RES/49/75</c> → <c>A/RES/49/75</c>,
/// with the language segment (<c>en</c>, <c>fr</c>, <c>ch</c> …) stripped and the case and spacing normalized.
/// </summary>
public static partial class AknHref
{
    private static readonly string[] s_languageSegments = ["en", "fr", "es", "ru", "ar", "zh", "ch", "sp"];

    /// <summary>True for links to undocs.org (any scheme, with or without <c>www.</c>).</summary>
    public static bool IsUndocs(string href) => HostPattern().IsMatch(href);

    /// <summary>The path after <c>undocs.org/</c> with any language segment removed; null for other links.</summary>
    public static string? SymbolPath(string href)
    {
        var m = HostPattern().Match(href);
        if (!m.Success)
        {
            return null;
        }

        string path = href[m.Length..];
        int query = path.IndexOfAny(['?', '#']);
        if (query >= 0)
        {
            path = path[..query];
        }

        try
        {
            path = Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            return null;
        }

        int slash = path.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && slash < path.Length - 1)
        {
            string first = path[..slash];
            if (s_languageSegments.Any(code => string.Equals(code, first, StringComparison.OrdinalIgnoreCase)))
            {
                path = path[(slash + 1)..];
            }
        }

        return path.Trim().TrimEnd('/');
    }

    /// <summary>
    /// The symbol an undocs.org link names. Links that name parts by range (<c>A/RES/78/254a-c</c>) give the work;
    /// links that omit the <c>A/RES/</c> prefix (<c>undocs.org/75/290B</c>) are read as General Assembly resolutions.
    /// </summary>
    public static bool TryParseTarget(string href, out DocumentSymbol target)
    {
        target = default;
        string? path = SymbolPath(href);
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        var range = PartRangePattern().Match(path);
        if (range.Success && DocumentSymbol.TryParse(range.Groups["work"].Value, out target) && target.IsResolution)
        {
            return true;
        }

        if (DocumentSymbol.TryParse(path, out target))
        {
            return true;
        }

        return BareNumberPattern().IsMatch(path) && DocumentSymbol.TryParse("A/RES/" + path, out target);
    }

    /// <summary>The part letters a range href names (<c>a-c</c> → A, B, C); empty when the href names none.</summary>
    public static IReadOnlyList<string> PartRange(string href)
    {
        string? path = SymbolPath(href);
        var range = path is null ? Match.Empty : PartRangePattern().Match(path);
        if (!range.Success)
        {
            return [];
        }

        string first = range.Groups["first"].Value.ToUpperInvariant();
        string last = range.Groups["last"].Value.ToUpperInvariant();
        return [.. PartLetters.Range(first, last)];
    }

    [GeneratedRegex(@"^https?://(?:www\.)?undocs\.org/", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HostPattern();

    [GeneratedRegex(@"^(?<work>.*\d)\s*(?<first>[A-Za-z])\s*-\s*(?<last>[A-Za-z])$", RegexOptions.CultureInvariant)]
    private static partial Regex PartRangePattern();

    [GeneratedRegex(@"^\d{1,3}/\d{1,4}[A-Za-z]?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumberPattern();
}
