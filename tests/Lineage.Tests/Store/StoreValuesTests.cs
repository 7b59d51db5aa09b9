using System.Globalization;
using Lineage.Export;
using Lineage.Graph;
using Lineage.Model;
using Lineage.Store;

namespace Lineage.Tests.Store;

/// <summary>How the store writes values: the fast paths give what the general formatters give.</summary>
public sealed class StoreValuesTests
{
    public static TheoryData<DateTime> Instants => new()
    {
        new DateTime(2026, 12, 7, 16, 4, 59, DateTimeKind.Utc).AddTicks(1_234_567),
        new DateTime(1946, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        new DateTime(9999, 12, 31, 23, 59, 59, DateTimeKind.Utc).AddTicks(9_999_999),
        new DateTime(1, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        new DateTime(2024, 2, 29, 12, 30, 5, DateTimeKind.Utc).AddTicks(7),
        new DateTime(2025, 6, 30, 22, 15, 0, DateTimeKind.Local).AddTicks(500),
    };

    [Theory]
    [MemberData(nameof(Instants))]
    public void A_timestamp_is_written_as_the_iso_pattern_writes_it(DateTime instant)
    {
        string expected = instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

        Assert.Equal(expected, StoreValues.Timestamp(instant));
        Assert.Equal(instant.ToUniversalTime(), StoreValues.ParseTimestamp(StoreValues.Timestamp(instant)));
    }

    [Theory]
    [MemberData(nameof(Instants))]
    public void A_stored_timestamp_reads_back_as_the_ticks_written(DateTime instant)
    {
        byte[] stored = System.Text.Encoding.UTF8.GetBytes(StoreValues.Timestamp(instant));

        Assert.Equal(instant.ToUniversalTime().Ticks, KnownFiles.ParseTicks(stored));
    }

    public static TheoryData<string> NotTimestamps => new()
    {
        "",
        "2026-12-07T16:04:59.1234567",
        "2026-12-07 16:04:59.1234567Z",
        "2026-12-07T16:04:59.123456Z",
        "2026-13-07T16:04:59.1234567Z",
        "2026-02-30T16:04:59.1234567Z",
        "2026-12-07T24:04:59.1234567Z",
        "2026-12-07T16:60:59.1234567Z",
        "2026-12-07T16:04:5x.1234567Z",
        "0000-12-07T16:04:59.1234567Z",
        "2026-12-07T16:04:59.12345-7Z",
    };

    [Theory]
    [MemberData(nameof(NotTimestamps))]
    public void Another_stored_time_reads_as_no_ticks(string text) =>
        Assert.Equal(-1, KnownFiles.ParseTicks(System.Text.Encoding.UTF8.GetBytes(text)));

    public static TheoryData<DateOnly> Days => new()
    {
        new DateOnly(1946, 1, 24),
        new DateOnly(2026, 12, 7),
        new DateOnly(1, 1, 1),
        new DateOnly(9999, 12, 31),
        new DateOnly(812, 10, 9),
    };

    [Theory]
    [MemberData(nameof(Days))]
    public void A_date_is_written_as_the_iso_pattern_writes_it(DateOnly day)
    {
        Assert.Equal(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StoreValues.IsoDate(day));
        Assert.Equal(day, StoreValues.ParseDate(StoreValues.IsoDate(day)));
    }

    [Fact]
    public void No_date_is_null() => Assert.Null(StoreValues.IsoDate(null));

    public static TheoryData<Language[], string?> LanguageSets => new()
    {
        { [], null },
        { [Language.Unknown], null },
        { [Language.English], "en" },
        { [Language.Spanish, Language.Arabic, Language.Chinese], "ar;es;zh" },
        { [Language.Unknown, Language.Russian, Language.French], "fr;ru" },
        { [Language.Arabic, Language.Chinese, Language.English, Language.French, Language.Russian, Language.Spanish], "ar;en;es;fr;ru;zh" },
    };

    [Theory]
    [MemberData(nameof(LanguageSets))]
    public void An_edges_languages_are_its_sorted_codes_whichever_edge_asks_first(Language[] languages, string? expected)
    {
        var a = new DocumentNode { Symbol = DocumentSymbol.Parse("A/RES/62/42") };
        var b = new DocumentNode { Symbol = DocumentSymbol.Parse("A/RES/61/78") };

        // Twice: the second answer comes from the lists kept by set.
        for (int i = 0; i < 2; i++)
        {
            var edge = new CitationEdge(a, b, Relation.Recalls) { Languages = [.. languages] };
            object? column = ExportSchema.EdgeValues(edge)[^1];
            Assert.Equal(expected, StoreWriter.Column(column) as string);
        }
    }
}
