using System.Text.RegularExpressions;

namespace Lineage.Extraction.Rules;

/// <summary>
/// A cheap test that a pattern cannot match: the text of a named group that every match of the pattern must contain
/// (at the top level, not optional, no top-level alternation), as a pattern of its own. Where it finds nothing in a
/// window, the whole pattern cannot match there either, so the costly pattern is not run (issue 11). When the group is
/// not provably required, there is no filter and the pattern always runs.
/// </summary>
internal static class RequiredGroup
{
    /// <summary>
    /// The named group <paramref name="name"/> of <paramref name="pattern"/> as a left-to-right pattern with the same case
    /// options, or null when it is not certainly part of every match.
    /// </summary>
    public static Regex? Filter(Regex pattern, string name)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (Text(pattern.ToString(), name) is not { } group)
        {
            return null;
        }

        // Compiled: it runs before every number's head, and it is small (a kind word's few spellings), unlike the heads.
        var options = pattern.Options & (RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace);
        return new Regex(group, options | RegexOptions.Compiled);
    }

    /// <summary>The group's text, or null when it is not at the top level of a pattern without top-level alternation, or may repeat zero times.</summary>
    internal static string? Text(string pattern, string name)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        string open = $"(?<{name}>";
        int depth = 0;
        int groupStart = -1;
        int groupEnd = -1;
        for (int i = 0; i < pattern.Length; i++)
        {
            char ch = pattern[i];
            switch (ch)
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    // A character class: up to its closing bracket, escapes skipped (a ']' first in the class is refused).
                    int k = i + 1;
                    if (k < pattern.Length && pattern[k] == '^')
                    {
                        k++;
                    }

                    if (k < pattern.Length && pattern[k] == ']')
                    {
                        return null;
                    }

                    while (k < pattern.Length && pattern[k] != ']')
                    {
                        k += pattern[k] == '\\' ? 2 : 1;
                    }

                    i = k;
                    break;
                case '(':
                    if (depth == 0 && string.CompareOrdinal(pattern, i, open, 0, open.Length) == 0)
                    {
                        if (groupStart >= 0)
                        {
                            return null;
                        }

                        groupStart = i + open.Length;
                    }
                    else if (depth == 0 && IsOptionSwitch(pattern, i))
                    {
                        // "(?i)" at the top level changes the options of what follows.
                        return null;
                    }

                    depth++;
                    break;
                case ')':
                    depth--;
                    if (depth == 0 && groupStart >= 0 && groupEnd < 0)
                    {
                        groupEnd = i;
                        if (i + 1 < pattern.Length && pattern[i + 1] is '?' or '*' or '{')
                        {
                            return null;
                        }
                    }

                    break;
                case '|' when depth == 0:
                    return null;
            }
        }

        if (groupStart < 0 || groupEnd < 0 || depth != 0)
        {
            return null;
        }

        string text = pattern[groupStart..groupEnd];
        return text.Contains("\\k", StringComparison.Ordinal) || text.Contains("(?(", StringComparison.Ordinal) ? null : text;
    }

    private static bool IsOptionSwitch(string pattern, int at)
    {
        if (at + 2 >= pattern.Length || pattern[at + 1] != '?')
        {
            return false;
        }

        int i = at + 2;
        while (i < pattern.Length && (char.IsAsciiLetter(pattern[i]) || pattern[i] == '-'))
        {
            i++;
        }

        return i > at + 2 && i < pattern.Length && pattern[i] == ')';
    }
}
