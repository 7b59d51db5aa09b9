using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Extraction.Rules;

/// <summary>Turns a match of <see cref="SymbolPatterns.Number"/> into symbols, expanding part lists and ranges.</summary>
public static partial class ReferenceReader
{
    /// <summary>The symbols a printed number names (several for <c>53/77 A and B</c>); empty when it names none.</summary>
    public static IReadOnlyList<DocumentSymbol> Read(Match match, ReferenceContext context, Func<string, IReadOnlyList<string>>? parts = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        parts ??= LatinParts;
        string printed;
        if (match.Groups["special"].Success)
        {
            printed = match.Groups["special"].Value;
        }
        else if (match.Groups["slash"].Success)
        {
            printed = match.Groups["slash"].Value;
        }
        else if (match.Groups["num"].Success)
        {
            printed = match.Groups["num"].Value + "(" + match.Groups["paren"].Value + ")";
        }
        else
        {
            return [];
        }

        var letters = match.Groups["parts"].Success ? parts(match.Groups["parts"].Value) : [];
        if (letters.Count == 0)
        {
            return SymbolGrammar.TryParseReference(printed, context, out var symbol) ? [symbol] : [];
        }

        var result = new List<DocumentSymbol>(letters.Count);
        foreach (string letter in letters)
        {
            string withPart = match.Groups["num"].Success
                ? match.Groups["num"].Value + letter + "(" + match.Groups["paren"].Value + ")"
                : printed + letter;
            if (SymbolGrammar.TryParseReference(withPart, context, out var symbol))
            {
                result.Add(symbol);
            }
        }

        return result;
    }

    /// <summary>Latin (and Cyrillic look-alike) part letters with "and", ",", "to", "-" and their translations.</summary>
    public static IReadOnlyList<string> LatinParts(string printed)
    {
        var letters = new List<string>();
        bool range = false;
        int last = -1;
        foreach (Match m in PartToken().Matches(printed))
        {
            if (m.Groups["letter"].Success)
            {
                if (m.Value.Length == 2)
                {
                    if (PartLetters.TryNormalize(m.Value[0], out char a) && PartLetters.TryNormalize(m.Value[1], out char b))
                    {
                        letters.Add(string.Concat(a.ToString(), b.ToString()));
                        range = false;
                    }

                    continue;
                }

                if (!PartLetters.TryNormalize(m.Value[0], out char latin))
                {
                    continue;
                }

                if (range && last >= 0 && latin > letters[^1][0])
                {
                    for (char c = (char)(letters[^1][0] + 1); c < latin; c++)
                    {
                        letters.Add(c.ToString());
                    }
                }

                letters.Add(latin.ToString());
                last = letters.Count - 1;
                range = false;
            }
            else
            {
                range = true;
            }
        }

        return letters;
    }

    [GeneratedRegex(@"(?<letter>(?<![A-Za-zА-Яа-я])[A-ZА-Я]{1,2}(?![A-Za-zА-Яа-я]))|(?<range>\bto\b|\bà\b|\ba\b|\bдо\b|至|到|[-–])", RegexOptions.CultureInvariant)]
    private static partial Regex PartToken();
}
