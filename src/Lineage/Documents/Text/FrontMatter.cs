using System.Globalization;
using Lineage.Model;

namespace Lineage.Documents.Text;

/// <summary>The YAML header of a Markdown rendering (<c>symbol:</c>, <c>date:</c>, <c>title:</c>, <c>language:</c>), read as flat key: value lines.</summary>
internal sealed record FrontMatter(DocumentSymbol? Symbol, DateOnly? Date, string? Title, Language? Language, int BodyStartLine)
{
    public static FrontMatter None { get; } = new(null, null, null, null, 0);

    public static FrontMatter Read(string text, List<(int Start, int End)> lines)
    {
        if (lines.Count < 2 || text[lines[0].Start..lines[0].End].Trim() != "---")
        {
            return None;
        }

        DocumentSymbol? symbol = null;
        DateOnly? date = null;
        string? title = null;
        Language? language = null;
        for (int i = 1; i < lines.Count; i++)
        {
            string line = text[lines[i].Start..lines[i].End];
            if (line.Trim() == "---")
            {
                return new FrontMatter(symbol, date, title, language, i + 1);
            }

            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            string key = line[..colon].Trim().ToUpperInvariant();
            string value = line[(colon + 1)..].Trim().Trim('"', '\'');
            switch (key)
            {
                case "SYMBOL" when DocumentSymbol.TryParse(value, out var s):
                    symbol = s;
                    break;
                case "DATE" when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d):
                    date = d;
                    break;
                case "TITLE":
                    title = value.TrimEnd(':', ' ');
                    break;
                case "LANGUAGE" when LanguageCodes.TryParse(value, out var l):
                    language = l;
                    break;
            }
        }

        return None;
    }
}
