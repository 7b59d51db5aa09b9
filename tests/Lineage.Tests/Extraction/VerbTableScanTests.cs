using Lineage.Extraction;
using Lineage.Model;
using Lineage.Tests.Extraction.Cases;

namespace Lineage.Tests.Extraction;

/// <summary>
/// <see cref="VerbTable.FindAll(string, int)"/> searches every connector in one vectorized pass and reads a verb by
/// folding the clause once (issue 11): it must find exactly what one search per connector and a lookup without case
/// found, on the real sentences of every language, upper-cased too, and on connector runs that overlap.
/// </summary>
public sealed class VerbTableScanTests
{
    private static readonly CitationExtractor s_extractor = new ExtractorBuilder().UseAllLanguages().Build();

    public static TheoryData<Language> Languages => new()
    {
        Language.Arabic, Language.Chinese, Language.English, Language.French, Language.Russian, Language.Spanish,
    };

    private static readonly string[] s_overlaps =
    [
        "Rappelant et et Réaffirmant, , Notant ; et  Prenant note",
        "Recalling and and Reaffirming, , noting; AND Welcoming ,and Recalling",
        "Recordando y y Reafirmando, , observando; Y Acogiendo",
        "ссылаясь и и подтверждая, , отмечая; И приветствуя а также Ссылаясь",
        "回顾并并重申，，注意到；以及欢迎",
        "إذ تشير، و، وإذ تؤكد؛ و إذ ترحب",
        "Rappelant1, Rappelant回顾, S’inspirant de, S'inspirantes, Rappelant\u0345, RAPPELANT ÉGALEMENT, Prenant-note, Notantes et Notant",
        "Recordandoo, Recordando回顾, Recordando2, y Acogiendo\u0345 con beneplácito, y Recordando\u00A0además",
        "ссылаясьь, Ссылаясь回顾, подтверждая1 и а также отмечая, и Ссылаясь\u0345 на",
    ];

    private static IEnumerable<string> Texts(Language language) =>
        CitationCaseTable.All.Where(c => c.Language == language).Select(c => c.Text)
            .SelectMany(t => new[] { t, t.ToUpperInvariant(), t.ToLowerInvariant() })
            .Concat(s_overlaps);

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_one_pass_finds_what_one_search_per_connector_found(Language language)
    {
        var table = s_extractor.Profile(language)!.Verbs;
        int verbs = 0;
        foreach (string text in Texts(language))
        {
            foreach (int limit in new[] { int.MaxValue, text.Length / 2, text.Length / 3 })
            {
                var expected = OnePerConnector(table, text, limit);
                var found = table.FindAll(text, limit);
                verbs += found.Count;
                Assert.True(expected.SequenceEqual(found), $"{language} limit {limit} of '{text}': [{string.Join(", ", expected.Select(v => v.Position))}] expected, [{string.Join(", ", found.Select(v => v.Position))}] found");
            }
        }

        Assert.InRange(verbs, 20, int.MaxValue);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_verb_is_the_longest_form_the_text_starts_with_compared_without_case(Language language)
    {
        var table = s_extractor.Profile(language)!.Verbs;
        var comparison = table.IgnoresCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var forms = table.Forms.Where(f => f.Text.Length > 0).ToList();
        int read = 0;
        foreach (string text in Texts(language))
        {
            for (int at = 0; at < text.Length; at++)
            {
                if (!char.IsLetter(text[at]) || (at > 0 && char.IsLetter(text[at - 1]) && !IsCjk(text[at])))
                {
                    continue;
                }

                var expected = forms.FirstOrDefault(f =>
                {
                    int end = at + f.Text.Length;
                    return end <= text.Length && text.AsSpan(at, f.Text.Length).Equals(f.Text, comparison)
                        && (end == text.Length || !char.IsLetter(text[end - 1]) || !char.IsLetterOrDigit(text[end]) || IsCjk(text[end]));
                });
                var found = table.At(text, at);
                read += found is null ? 0 : 1;
                Assert.True(expected?.Text == found?.Text, $"{language} at {at} of '{text}': '{expected?.Text}' expected, '{found?.Text}' found");
            }
        }

        Assert.InRange(read, 10, int.MaxValue);
    }

    private static bool IsCjk(char ch) => ch is >= '\u3000' and <= '\u9FFF';

    /// <summary>The former search: each connector on its own, each next search from the verb after the last.</summary>
    private static List<(int Position, VerbForm Form)> OnePerConnector(VerbTable table, string text, int limit)
    {
        var found = new List<(int, VerbForm)>();
        int last = Math.Min(limit, text.Length);
        int start = VerbTable.SkipNumbering(text);
        if (start <= last && table.At(text, start) is { } first)
        {
            found.Add((start, first));
        }

        var comparison = table.IgnoresCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (string connector in table.Connectors)
        {
            int at = start;
            while (at < last && (at = text.IndexOf(connector, at, last - at, comparison)) >= 0)
            {
                int verbAt = at + connector.Length;
                while (verbAt < text.Length && text[verbAt] == ' ')
                {
                    verbAt++;
                }

                if (verbAt <= last && !found.Exists(f => f.Item1 == verbAt) && table.At(text, verbAt) is { } form)
                {
                    found.Add((verbAt, form));
                }

                at = verbAt;
            }
        }

        found.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return found;
    }
}
