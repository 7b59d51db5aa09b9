using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Extraction.Rules.Zh;

/// <summary>
/// Early General Assembly resolutions written in Chinese numerals with the session as a parenthesized numeral:
/// "第一㈠号决议" is 1 (I), "第一九四(三)号决议" 194 (III).
/// </summary>
public sealed partial class ChineseNumeralReferenceRule : ICitationRule
{
    public string Name => "zh-numeral-reference";

    /// <inheritdoc/>
    public bool NeedsAnchor => true;

    public IEnumerable<CitationMatch> Match(ClauseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (Match m in Reference().Matches(context.Text))
        {
            int number = ChineseNumber(m.Groups["number"].Value);
            int session = m.Groups["circled"].Success ? m.Groups["circled"].Value[0] - '㈠' + 1 : ChineseNumber(m.Groups["session"].Value);
            if (number <= 0 || session is <= 0 or > 30)
            {
                continue;
            }

            var symbol = DocumentSymbol.RomanSessionResolution(Organ.GeneralAssembly, number, session);
            DateOnly? date = null;
            var dated = DateBefore().Match(context.Text, 0, m.Index);
            if (dated.Success && ChineseRuleSet.Dates.TryRead(dated, out var parsed))
            {
                date = parsed;
            }

            yield return new CitationMatch(m.Index, m.Length, symbol) { Date = date, Rule = Name };
        }
    }

    /// <summary>一九四 (digit by digit) or 一百九十四 (with units) to 194; 0 when it is neither.</summary>
    internal static int ChineseNumber(string text)
    {
        const string digits = "〇一二三四五六七八九";
        if (!text.Contains('十', StringComparison.Ordinal) && !text.Contains('百', StringComparison.Ordinal) && !text.Contains('千', StringComparison.Ordinal))
        {
            int value = 0;
            foreach (char ch in text)
            {
                int d = ch == '零' ? 0 : digits.IndexOf(ch, StringComparison.Ordinal);
                if (d < 0)
                {
                    return 0;
                }

                value = (value * 10) + d;
            }

            return value;
        }

        int total = 0, current = 0;
        foreach (char ch in text)
        {
            int d = ch == '零' ? 0 : digits.IndexOf(ch, StringComparison.Ordinal);
            if (d >= 0)
            {
                current = d;
                continue;
            }

            int unit = ch switch
            {
                '十' => 10,
                '百' => 100,
                '千' => 1000,
                _ => 0,
            };
            if (unit == 0)
            {
                return 0;
            }

            total += (current == 0 ? 1 : current) * unit;
            current = 0;
        }

        return total + current;
    }

    [GeneratedRegex(@"第\s*(?<number>[〇零一二三四五六七八九十百千]{1,8})\s*(?:(?<circled>[㈠-㈩])|[(（](?<session>[一二三四五六七八九十]{1,3})[)）])\s*号\s*决议", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    [GeneratedRegex(ChineseRuleSet.DatePattern + @"\s*(?:通过的)?\s*$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex DateBefore();
}
