using System.Globalization;
using System.Text.RegularExpressions;
using Lineage.Graph;
using Lineage.Model;

namespace Lineage.Analysis;

/// <summary>
/// Names a family from its members: the title most of them carry (English first, ties to the later member), else
/// the subject the citing texts name them by ("on nuclear disarmament", "关于核裁军的"), else its first member.
/// </summary>
internal static partial class SeriesNaming
{
    public static string Name(IReadOnlyList<DocumentNode> members)
    {
        var english = members.Select((m, i) => (Title: m.Titles.GetValueOrDefault(Language.English), i));
        var any = members.Select((m, i) => (Title: m.Title, i));
        var subjects = members.SelectMany((m, i) => m.Subjects.Select(s => (Title: (string?)Subject(s), i)));
        return MostFrequent(english) ?? MostFrequent(any) ?? MostFrequent(subjects) ?? "Series of " + members[0].Symbol.ShortForm;
    }

    /// <summary>A title without the symbol printed before it ("62/42. 核裁军" → "核裁军") and without a final full stop.</summary>
    public static string? CleanTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        string text = Spaces().Replace(LeadingSymbol().Replace(title.Trim(), string.Empty), " ").Trim().TrimEnd('.', '。', ':', ' ');
        return text.Length == 0 ? null : text;
    }

    private static string? MostFrequent(IEnumerable<(string? Title, int Index)> titles) =>
        titles
            .Select(t => (Title: CleanTitle(t.Title), t.Index))
            .Where(t => t.Title is not null)
            .GroupBy(t => t.Title!, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Max(t => t.Index))
            .Select(g => g.OrderByDescending(t => t.Index).First().Title)
            .FirstOrDefault();

    /// <summary>"on nuclear disarmament" → "Nuclear disarmament"; "关于核裁军的" → "核裁军".</summary>
    private static string? Subject(string subject)
    {
        string text = subject.Trim();
        foreach (string prefix in (string[])["on the ", "on ", "relating to ", "concerning ", "entitled ", "关于"])
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                text = text[prefix.Length..];
                break;
            }
        }

        text = text.Trim().Trim('"', '“', '”', '《', '》').TrimEnd('的').Trim();
        return text.Length == 0 ? null : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
    }

    [GeneratedRegex(@"^(?:resolution\s+)?(?:[A-Z]{1,2}-)?\d+/\d+(?:\s*[A-Z]{1,2})?\s*[.:]?\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadingSymbol();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
