using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Extraction.Rules;

/// <summary>
/// Other UN documents cited by symbol, in any language: <c>A/62/391</c>, <c>S/2006/718</c>, <c>CD/1674</c>,
/// <c>NPT/CONF.2000/28</c>, <c>A/C.1/57/L.43</c>, also line-broken (<c>NPT/CONF. 1995/32</c>). Symbols that are
/// resolutions (<c>A/RES/62/42</c>) come out as resolutions.
/// </summary>
public sealed partial class DocumentSymbolRule : ICitationRule
{
    public string Name => "document-symbol";

    /// <inheritdoc/>
    public bool NeedsAnchor => true;

    public IEnumerable<CitationMatch> Match(ClauseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Every symbol holds a slash: a clause without one (one vectorized search) is not scanned from each capital.
        if (!context.Text.Contains('/', StringComparison.Ordinal))
        {
            yield break;
        }

        foreach (Match m in Symbol().Matches(context.Text))
        {
            if (!m.Value.Any(char.IsAsciiDigit) || !DocumentSymbol.TryParse(m.Value, out var symbol))
            {
                continue;
            }

            yield return new CitationMatch(m.Index, m.Length, symbol) { Rule = Name };
        }
    }

    [GeneratedRegex(@"(?<![\w/.])(?:[A-Z]{1,8}(?:\.\d{1,3})?)(?:/(?:[A-Z][A-Za-z]{0,9}(?:\.\s?\d{1,4}[A-Z]?|\.[A-Z]{1,4}\b)*|\d{1,5}(?:\.\d{1,3})?(?![\d]))){1,6}(?![\w/])", RegexOptions.CultureInvariant)]
    private static partial Regex Symbol();
}
