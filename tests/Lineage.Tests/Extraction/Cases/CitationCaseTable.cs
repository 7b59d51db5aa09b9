using System.Collections.Frozen;
using Lineage.Model;

namespace Lineage.Tests.Extraction.Cases;

/// <summary>
/// Every language's table of real sentences, one list for the shared theory (<see cref="CitationCaseTests"/>). A
/// language adds its rows in its own file (<c>FrenchCases.Rows</c>) and one line here.
/// </summary>
internal static class CitationCaseTable
{
    private static readonly (Language Language, IReadOnlyList<CitationCase> Rows)[] s_tables =
    [
        (Language.Arabic, ArabicCases.Rows),
        (Language.French, FrenchCases.Rows),
        (Language.Russian, RussianCases.Rows),
        (Language.Spanish, SpanishCases.Rows),
        (Language.Chinese, ChineseCases.Rows),
        (Language.English, EnglishCases.Rows),
        (Language.English, SecurityCouncilGoldCases.Rows),
    ];

    /// <summary>Every row, numbered within its language across that language's tables (<c>en-47</c> follows <c>en-46</c>).</summary>
    public static IReadOnlyList<CitationCase> All { get; } =
    [
        .. s_tables.SelectMany(table => table.Rows.Select((row, i) => row with
        {
            Language = table.Language,
            Id = $"{table.Language.ToCode()}-{RowsBefore(table.Rows) + i + 1:00}",
        })),
    ];

    /// <summary>How many rows of the same language the tables before <paramref name="rows"/> hold.</summary>
    private static int RowsBefore(IReadOnlyList<CitationCase> rows)
    {
        int index = Array.FindIndex(s_tables, t => ReferenceEquals(t.Rows, rows));
        return s_tables.Take(index).Where(t => t.Language == s_tables[index].Language).Sum(t => t.Rows.Count);
    }

    public static FrozenDictionary<string, CitationCase> ById { get; } = All.ToFrozenDictionary(c => c.Id);

    /// <summary>Row ids as theory data (strings, so each row is its own test case).</summary>
    public static TheoryData<string> Ids => [.. All.Select(c => c.Id)];

    /// <summary>Row ids of one language.</summary>
    public static IEnumerable<CitationCase> Of(Language language) => All.Where(c => c.Language == language);
}
