using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Extraction.Rules.Zh;

/// <summary>
/// "第 49/75 E 号决议", "第 52/492 号决定", "S-10/2 号决议", "第1540(2004)号决议", and lists with one head at the end
/// ("第 50/70 P 号、…、第 61/78 号决议": the kind word 决议 comes once, after the last item). The date stands
/// before the number ("1994 年 12 月 15 日第 49/75 E 号"), the subject before the date ("关于核裁军的"), an organ
/// name before either ("安全理事会第 1540(2004)号决议").
/// </summary>
public sealed partial class ChineseReferenceRule : ICitationRule
{
    public string Name => "zh-reference";

    public IEnumerable<CitationMatch> Match(ClauseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string text = context.Text;
        var tokens = Reference().Matches(text);
        if (tokens.Count == 0)
        {
            return [];
        }

        // Kind: explicit after the number, or shared with the next item of the same list.
        var kinds = new SymbolKind?[tokens.Count];
        for (int i = tokens.Count - 1; i >= 0; i--)
        {
            var kind = tokens[i].Groups["kind"].Value;
            kinds[i] = kind switch
            {
                "决议" => SymbolKind.Resolution,
                "决定" => SymbolKind.Decision,
                _ => i + 1 < tokens.Count && ListGap(text, tokens[i], tokens[i + 1]) ? kinds[i + 1] : null,
            };
        }

        var result = new List<CitationMatch>();
        string? subject = null;
        int previousEnd = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            string before = text[previousEnd..token.Index];
            var head = Head().Match(before);
            if (head.Groups["subject"].Success)
            {
                subject = head.Groups["subject"].Value;
            }
            else if (i == 0 || !ListGap(text, tokens[i - 1], token))
            {
                subject = null;
            }

            DateOnly? date = null;
            if (head.Groups["y"].Success && ChineseRuleSet.Dates.TryRead(head, out var parsed))
            {
                date = parsed;
            }

            var organ = head.Groups["organ"].Value switch
            {
                "安全理事会" or "安理会" => Organ.SecurityCouncil,
                "经济及社会理事会" or "经社理事会" => Organ.EconomicAndSocialCouncil,
                "人权理事会" => Organ.HumanRightsCouncil,
                "大会" => Organ.GeneralAssembly,
                _ => Organ.None,
            };
            VerbForm? local = head.Groups["local"].Success ? new VerbForm(head.Groups["local"].Value, Relation.Pursuant) : null;
            var reference = new ReferenceContext(context.HostOrgan, organ, kinds[i] ?? SymbolKind.Resolution);
            foreach (var symbol in ReferenceReader.Read(token, reference))
            {
                result.Add(new CitationMatch(token.Index, token.Length, symbol)
                {
                    Date = date,
                    Subject = subject,
                    LocalVerb = local,
                    LocalVerbStart = local is null ? 0 : previousEnd + head.Groups["local"].Index,
                    Rule = Name,
                });
            }

            previousEnd = token.Index + token.Length;
        }

        return result;
    }

    /// <summary>True when only list punctuation, a date and "第" stand between two items.</summary>
    private static bool ListGap(string text, Match left, Match right)
    {
        int start = left.Index + left.Length;
        return right.Index - start <= 40 && Gap().IsMatch(text.AsSpan(start, right.Index - start));
    }

    [GeneratedRegex(@"第?\s*" + "(?:" + NumberPattern + @")\s*号\s*(?<kind>决议|决定)?", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    private const string NumberPattern =
        @"(?<![0-9A-Za-z/.\-])(?:(?<special>E?S\s?-\s?\d{1,2}/\d{1,4})|(?<slash>\d{1,4}/\d{1,4})(?![\d/])(?:\s?(?<parts>[A-Z](?:\s*[和、至到\-]\s*[A-Z])*(?![A-Za-z/])))?|(?<num>\d{1,4})(?:\s?(?<parts>[A-Z](?:\s*[和、至到\-]\s*[A-Z])*(?![A-Za-z/])))?\s*[(（]\s*(?<paren>(?:19|20)\d\d|(?:E?S\s?[-‑]\s?)?[IVXLC]{1,7})\s*[)）])";

    /// <summary>What may stand right before an item: organ, subject ("关于…的"), local verb ("按照"), date, "第".</summary>
    [GeneratedRegex(@"(?:(?<local>按照|根据|依照|依据|遵照|执行)\s*)?(?:其\s*)?(?:(?<organ>安全理事会|安理会|经济及社会理事会|经社理事会|人权理事会|大会)\s*)?(?:(?<subject>关于[^，。；、,;]{1,60}?的)\s*)?(?:" + ChineseRuleSet.DatePattern + @"\s*)?(?:的\s*)?第?\s*$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex Head();

    [GeneratedRegex(@"^[\s、，,和及与以或]*(?:" + ChineseRuleSet.DatePattern + @")?[\s的]*第?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Gap();
}
