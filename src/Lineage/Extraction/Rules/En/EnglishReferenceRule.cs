using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Extraction.Rules.En;

/// <summary>
/// "its resolution 49/75 E of 15 December 1994 on …", "its resolutions 50/70 P of 12 December 1995, … and 79/50 of
/// 2 December 2024 on nuclear disarmament", "Security Council resolutions 82 (1950) and 83 (1950)", "decision
/// 52/492", "resolutions 53/77 A and B", "3419 A to D (XXX)". The kind word stands before a list and is shared by
/// its items; dates follow ("of 15 December 1994"); a subject ("on nuclear disarmament") follows the last item
/// and covers the group.
/// </summary>
public sealed partial class EnglishReferenceRule : ICitationRule
{
    public string Name => "en-reference";

    public IEnumerable<CitationMatch> Match(ClauseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string text = context.Text;
        var tokens = Reference().Matches(text);
        if (tokens.Count == 0)
        {
            return [];
        }

        var result = new List<CitationMatch>();
        var group = new List<int>();
        SymbolKind? kind = null;
        var organ = Organ.None;
        VerbForm? local = null;
        int localStart = 0;
        int previousEnd = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            string before = text[previousEnd..token.Index];
            var head = KindWord().Match(before);
            if (head.Success)
            {
                kind = head.Groups["kind"].Value.StartsWith("decision", StringComparison.OrdinalIgnoreCase) ? SymbolKind.Decision : SymbolKind.Resolution;
                organ = OrganOf(head.Groups["organ"].Value, context.HostOrgan);
                local = head.Groups["local"].Success ? new VerbForm(head.Groups["local"].Value, Relation.Pursuant) : null;
                localStart = previousEnd + head.Groups["local"].Index;
                group.Clear();
            }
            else if (i == 0 || !ListGap().IsMatch(before))
            {
                kind = null;
                organ = Organ.None;
                local = null;
                group.Clear();
            }

            // Without a kind word, only shapes that cannot be anything else are taken: n/n and S-n/n.
            if (kind is null && token.Groups["paren"].Success)
            {
                previousEnd = token.Index + token.Length;
                continue;
            }

            string after = text[(token.Index + token.Length)..(i + 1 < tokens.Count ? tokens[i + 1].Index : text.Length)];
            DateOnly? date = null;
            var dated = DateAfter().Match(after);
            if (dated.Success && EnglishRuleSet.Dates.TryRead(dated, out var parsed))
            {
                date = parsed;
            }

            var reference = new ReferenceContext(context.HostOrgan, organ, kind ?? SymbolKind.Resolution);
            int first = result.Count;
            foreach (var symbol in ReferenceReader.Read(token, reference))
            {
                result.Add(new CitationMatch(token.Index, token.Length, symbol)
                {
                    Date = date,
                    LocalVerb = local,
                    LocalVerbStart = localStart,
                    Rule = Name,
                });
            }

            for (int k = first; k < result.Count; k++)
            {
                group.Add(k);
            }

            // "… and 79/50 of 2 December 2024 on nuclear disarmament": the subject covers the group.
            var subject = SubjectAfter().Match(after);
            if (subject.Success)
            {
                string value = subject.Groups["subject"].Value.Trim();
                foreach (int k in group)
                {
                    result[k] = result[k] with { Subject = result[k].Subject ?? value };
                }

                group.Clear();
            }

            previousEnd = token.Index + token.Length;
        }

        return result;
    }

    private static Organ OrganOf(string named, Organ host) => named.ToUpperInvariant() switch
    {
        "SECURITY COUNCIL" => Organ.SecurityCouncil,
        "GENERAL ASSEMBLY" or "ASSEMBLY" => Organ.GeneralAssembly,
        "ECONOMIC AND SOCIAL COUNCIL" => Organ.EconomicAndSocialCouncil,
        "HUMAN RIGHTS COUNCIL" => Organ.HumanRightsCouncil,
        "COUNCIL" => host is Organ.GeneralAssembly ? Organ.SecurityCouncil : host,
        _ => Organ.None,
    };

    [GeneratedRegex(@"(?<![0-9A-Za-z/.\-])(?:(?<special>E?S\s?-\s?\d{1,2}/\d{1,4})|(?<slash>\d{1,4}/\d{1,4})(?![\d/])(?:\s?(?<parts>[A-Z](?:(?:\s*,\s*|\s+and\s+|\s+to\s+|\s*[-–]\s*)[A-Z])*(?![A-Za-z/])))?|(?<num>\d{1,4})(?:\s?(?<parts>[A-Z](?:(?:\s*,\s*|\s+and\s+|\s+to\s+|\s*[-–]\s*)[A-Z])*(?![A-Za-z/])))?\s*\(\s*(?<paren>(?:19|20)\d\d|[IVXLC]{1,7})\s*\))", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    /// <summary>The kind word before a reference, with the organ named before it and a "pursuant to" before that.</summary>
    [GeneratedRegex(@"(?:(?<local>pursuant to|in accordance with|as requested in|in implementation of|in follow-up to|as called for in|as set out in|in the light of)\s+)?(?:the\s+)?(?:(?<organ>Security Council|General Assembly|Economic and Social Council|Human Rights Council|Council|Assembly)(?:,?\s+in\s+its)?\s+)?(?:its\s+)?(?:own\s+)?(?<kind>resolutions?|decisions?)\s*(?:,\s*)?(?:(?:entitled|on)\s+""[^""]*""\s*,?\s*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KindWord();

    /// <summary>Between two items of one list: the previous item's date and subject, a comma, "and".</summary>
    [GeneratedRegex(@"^(?:\s*,?\s*(?:of|dated)\s+" + EnglishRuleSet.DatePattern + @")?(?:\s+on\s+(?!\d)[^,;.()]{1,150}?)?\s*[,;]?\s*(?:(?:and|as well as|or)\s+)?(?:its\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ListGap();

    [GeneratedRegex(@"^\s*,?\s*(?:of|dated|adopted on)\s+(?:the\s+)?" + EnglishRuleSet.DatePattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateAfter();

    [GeneratedRegex(@"^(?:\s*,?\s*(?:of|dated)\s+" + EnglishRuleSet.DatePattern + @")?\s+(?<subject>on\s+(?!\d)[^,;()]{2,150}?)\s*(?=[,;.]|$|\s+and\s+(?:its\s+)?(?:resolutions?|decisions?)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SubjectAfter();
}
