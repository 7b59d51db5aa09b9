using Lineage.Extraction;
using Lineage.Model;

namespace Lineage.Tests.Extraction.Cases;

/// <summary>
/// Properties on noisy text: the rows of every table, damaged as PDFs and keyboards damage text (line breaks and
/// page-header fragments inside a citation, non-breaking and missing spaces, dropped or doubled characters, stray
/// marks, truncation, other digits), never make the extractor throw, and every citation it reports points at text that
/// is in the document. Seeded, so a failure repeats.
/// </summary>
public sealed class NoisyTextTests
{
    private const int MutationsPerRow = 40;

    private static readonly CitationExtractor s_extractor = new ExtractorBuilder().UseAllLanguages().Build();

    private static readonly string[] s_noise =
    [
        "\n", "\n\n", " ", "\u00A0", "\u200F", "\u200E", "\u0640", "-", "‑", "(", ")", "/", ",", "،", ".", "؛", "«", "»", "“",
        "18-18418 (E)", "*1818418*", "2/5", "A/RES/73/8", "1", "12", "١٢", "٤٩/٧٥", "XV", "Р", "А", "ألف", "و", "de", "et", "и",
        "résolution ", "resolución ", "резолюции ", "قرار ", "S-", "ES‑", "دإ-", "(د-", "\uFFFD",
    ];

    public static TheoryData<string> Ids => CitationCaseTable.Ids;

    [Theory]
    [MemberData(nameof(Ids))]
    public void Damaged_rows_never_throw_and_citations_point_into_the_text(string id)
    {
        var row = CitationCaseTable.ById[id];
        var random = new Random(id.Aggregate(0x5EED, (seed, ch) => ((seed * 31) + ch) % 1_000_003));
        for (int i = 0; i < MutationsPerRow; i++)
        {
            string damaged = Damage(row.Text, random);
            var document = CitationCaseTests.DocumentOf(row with { Text = damaged, Host = null, HostSite = null });
            var result = s_extractor.Extract(document);
            foreach (var citation in result.Citations)
            {
                Assert.InRange(citation.Span.Offset, 0, document.Text.Length);
                Assert.InRange(citation.Span.Offset + citation.Span.Length, citation.Span.Offset, document.Text.Length);
                Assert.Equal(document.Text.Substring(citation.Span.Offset, citation.Span.Length), citation.Text);
                Assert.False(citation.Target.IsEmpty, $"{id}: empty target from '{damaged}'");
            }
        }
    }

    [Theory]
    [InlineData(Language.French)]
    [InlineData(Language.Spanish)]
    [InlineData(Language.Russian)]
    [InlineData(Language.Arabic)]
    [InlineData(Language.Chinese)]
    [InlineData(Language.English)]
    public void Random_text_in_any_script_never_throws(Language language)
    {
        var random = new Random(0x5EED + (int)language);
        for (int i = 0; i < 300; i++)
        {
            var builder = new System.Text.StringBuilder();
            int length = random.Next(0, 400);
            while (builder.Length < length)
            {
                builder.Append(random.Next(4) switch
                {
                    0 => s_noise[random.Next(s_noise.Length)],
                    1 => random.Next(0, 10000).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    2 => (char)random.Next(0x20, 0x700),
                    _ => "/",
                });
            }

            var row = new CitationCase("noise", "A/RES/78/1", CitationSite.Operative(1), builder.ToString()) { Language = language };
            var result = s_extractor.Extract(CitationCaseTests.DocumentOf(row));
            Assert.All(result.Citations, c => Assert.False(c.Target.IsEmpty));
        }
    }

    private static string Damage(string text, Random random)
    {
        var chars = new System.Text.StringBuilder(text);
        int edits = random.Next(1, 6);
        for (int e = 0; e < edits && chars.Length > 0; e++)
        {
            int at = random.Next(chars.Length);
            switch (random.Next(6))
            {
                case 0:
                    chars.Insert(at, s_noise[random.Next(s_noise.Length)]);
                    break;
                case 1:
                    chars.Remove(at, Math.Min(chars.Length - at, random.Next(1, 4)));
                    break;
                case 2:
                    chars.Insert(at, chars[at]);
                    break;
                case 3:
                    if (chars[at] == ' ')
                    {
                        chars.Remove(at, 1);
                    }
                    else
                    {
                        chars[at] = '\u00A0';
                    }

                    break;
                case 4:
                    chars.Length = at;
                    break;
                default:
                    if (char.IsAsciiDigit(chars[at]))
                    {
                        chars[at] = random.Next(2) == 0 ? (char)('\u0660' + (chars[at] - '0')) : (char)('0' + random.Next(10));
                    }

                    break;
            }
        }

        return chars.ToString();
    }
}
