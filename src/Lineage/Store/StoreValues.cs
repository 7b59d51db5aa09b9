using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Lineage.Model;
using Microsoft.Data.Sqlite;

namespace Lineage.Store;

/// <summary>How values are written to and read from the store's columns (one place, so both directions agree).</summary>
internal static class StoreValues
{
    /// <summary>The citation columns <see cref="ReadCitation(SqliteDataReader, SymbolCache, int, bool)"/> reads, with the evidence columns after them.</summary>
    public const string CitationColumns = $"SELECT {Columns}, {EvidenceColumns} FROM citation_rows c JOIN documents d ON d.id = c.document_id LEFT JOIN sentences s ON s.id = c.sentence_id";

    /// <summary>The citation columns without the evidence (for building graphs: no sentence is read).</summary>
    public const string CitationColumnsWithoutEvidence = $"SELECT {Columns} FROM citation_rows c JOIN documents d ON d.id = c.document_id";

    /// <summary>The columns <see cref="ReadCitation(SqliteDataReader, SymbolCache, int, bool)"/> reads, over <c>citation_rows c</c> joined to its document <c>d</c> (which gives the file and the language a row leaves NULL).</summary>
    internal const string Columns = """
        c.source, c.target, c.verb, c.relation, c.site, c.paragraph, c.anchor_site, c.anchor_paragraph, c.date, c.subject,
        ifnull(c.language, d.language), c.method, c.ordinal, c.in_list, ifnull(c.file, d.path), c.offset, c.length, c.line, c.column, c.page, c.text
        """;

    private const string EvidenceColumns = "s.text, c.sentence_start, c.sentence_length";

    /// <summary>A date as <c>yyyy-MM-dd</c>, written digit by digit (a citation row's date is written for each row of a build).</summary>
    public static string? IsoDate(DateOnly? date) => date is { } day
        ? string.Create(10, day, static (text, day) =>
        {
            Digits(text[..4], day.Year);
            text[4] = '-';
            Digits(text.Slice(5, 2), day.Month);
            text[7] = '-';
            Digits(text.Slice(8, 2), day.Day);
        })
        : null;

    public static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>UTC, ISO 8601 with seven decimals (so two writes of the same instant compare equal as text).</summary>
    /// <remarks>
    /// Written digit by digit, as <c>ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'")</c> writes it (a test holds them
    /// equal): a rerun over the whole record formats the walked modification time of each of its 122,070 files to
    /// compare it with the one stored, and the general formatter parsed the pattern anew every time.
    /// </remarks>
    public static string Timestamp(DateTime utc) => string.Create(28, utc.ToUniversalTime(), static (text, time) =>
    {
        Digits(text[..4], time.Year);
        text[4] = '-';
        Digits(text.Slice(5, 2), time.Month);
        text[7] = '-';
        Digits(text.Slice(8, 2), time.Day);
        text[10] = 'T';
        Digits(text.Slice(11, 2), time.Hour);
        text[13] = ':';
        Digits(text.Slice(14, 2), time.Minute);
        text[16] = ':';
        Digits(text.Slice(17, 2), time.Second);
        text[19] = '.';
        Digits(text.Slice(20, 7), (int)(time.Ticks % TimeSpan.TicksPerSecond));
        text[27] = 'Z';
    });

    /// <summary>Writes <paramref name="value"/> into all of <paramref name="text"/>, zero-padded on the left.</summary>
    private static void Digits(Span<char> text, int value)
    {
        for (int i = text.Length - 1; i >= 0; i--)
        {
            text[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    public static DateTime ParseTimestamp(string text) =>
        DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    public static Language ParseLanguage(string code) => code switch
    {
        "ar" => Language.Arabic,
        "zh" => Language.Chinese,
        "en" => Language.English,
        "fr" => Language.French,
        "ru" => Language.Russian,
        "es" => Language.Spanish,
        _ => LanguageCodes.TryParse(code, out var language) ? language : Language.Unknown,
    };

    public static object Db(object? value) => value ?? DBNull.Value;

    public static SiteKind ParseSiteKind(string token) => token switch
    {
        "preamble" => SiteKind.Preamble,
        "operative" => SiteKind.Operative,
        "footnote" => SiteKind.Footnote,
        _ => SiteKind.Heading,
    };

    /// <summary>"preamble 3", "operative 2", "footnote 1", "heading" back to a site (the edges' <c>site</c> column).</summary>
    public static CitationSite ParseSite(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return default;
        }

        int space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0
            ? new CitationSite(ParseSiteKind(text), null)
            : new CitationSite(ParseSiteKind(text[..space]), int.Parse(text.AsSpan(space + 1), NumberStyles.Integer, CultureInfo.InvariantCulture));
    }

    // Tokens by value, looked through in turn: built in no time (a rebuild is a short process, and making frozen
    // dictionaries of these cost it some 50 ms), and about as quick on 21 short tokens.
    private static readonly string[] s_relations = [.. Enum.GetValues<Relation>().Select(r => r.ToToken())];

    public static Relation ParseRelation(string token)
    {
        for (int i = 0; i < s_relations.Length; i++)
        {
            if (string.Equals(s_relations[i], token, StringComparison.Ordinal))
            {
                return (Relation)i;
            }
        }

        return RelationTokens.TryParse(token, out var relation) ? relation : Relation.Cites;
    }

    public static CitationMethod ParseMethod(string token) => token == "markup" ? CitationMethod.Markup : CitationMethod.Text;

    /// <summary>A list column (<c>en;zh</c>) as the export writes it, or null when empty.</summary>
    public static string? List(IEnumerable<string> items)
    {
        string joined = string.Join(Export.ExportSchema.ListSeparator, items);
        return joined.Length == 0 ? null : joined;
    }

    public static ImmutableSortedSet<Language> ParseLanguages(string? text) => text is null
        ? []
        : [.. text.Split(Export.ExportSchema.ListSeparator).Select(ParseLanguage).Where(l => l != Language.Unknown)];

    /// <summary>Diagnostics as a JSON array (<c>[{"code":"LIN0007","severity":"warning","message":"…","line":1,"column":1}]</c>), or null when none.</summary>
    public static string? Diagnostics(ImmutableArray<Diagnostic> diagnostics)
    {
        if (diagnostics.IsDefaultOrEmpty)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var d in diagnostics)
            {
                writer.WriteStartObject();
                writer.WriteString("code", d.Code);
                writer.WriteString("severity", d.Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "info" });
                writer.WriteString("message", d.Message);
                writer.WriteString("file", d.File);
                if (d.Span is { } span)
                {
                    writer.WriteNumber("offset", span.Offset);
                    writer.WriteNumber("length", span.Length);
                    writer.WriteNumber("line", span.Line);
                    writer.WriteNumber("column", span.Column);
                    if (span.Page is int page)
                    {
                        writer.WriteNumber("page", page);
                    }
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static ImmutableArray<Diagnostic> ParseDiagnostics(string? json, string path)
    {
        if (json is null)
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        var list = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var severity = item.GetProperty("severity").GetString() switch
            {
                "error" => DiagnosticSeverity.Error,
                "warning" => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Info,
            };
            string file = item.TryGetProperty("file", out var f) ? f.GetString() ?? path : path;
            SourceSpan? span = item.TryGetProperty("line", out var line)
                ? new SourceSpan(file, item.GetProperty("offset").GetInt32(), item.GetProperty("length").GetInt32(), line.GetInt32(), item.GetProperty("column").GetInt32(),
                    item.TryGetProperty("page", out var page) ? page.GetInt32() : null)
                : null;
            list.Add(new Diagnostic(item.GetProperty("code").GetString()!, severity, item.GetProperty("message").GetString()!, file, span));
        }

        return list.ToImmutable();
    }

    /// <summary>
    /// One row of <see cref="CitationColumns"/> (or, without <paramref name="evidence"/>, of
    /// <see cref="CitationColumnsWithoutEvidence"/>), from column <paramref name="first"/> on, as a citation.
    /// </summary>
    public static StoredCitation ReadCitation(SqliteDataReader reader, SymbolCache cache, int first = 0, bool evidence = true) =>
        ReadCitation(new ReaderRow(reader, first), cache, evidence);

    /// <summary>The same, from a statement stepped to a row (<see cref="Columns"/> from column <paramref name="first"/> on).</summary>
    public static Citation ReadCitation(RawStatement statement, SymbolCache cache, int first = 0) =>
        ReadCitation(new RawRow(statement, first), cache, evidence: false).Citation;

    private static StoredCitation ReadCitation<TRow>(TRow row, SymbolCache cache, bool evidence)
        where TRow : struct, IRow
    {
        int? Int(int i) => row.IsNull(i) ? null : row.Number(i);
        string? Text(int i) => row.IsNull(i) ? null : row.String(i);
        var site = new CitationSite((SiteKind)row.Number(4), Int(5));
        CitationSite? anchor = Int(6) is { } anchorKind ? new CitationSite((SiteKind)anchorKind, Int(7)) : null;
        var span = new SourceSpan(cache.Share(row.String(14)), row.Number(15), row.Number(16), row.Number(17), row.Number(18), Int(19));
        var citation = new Citation(cache.Get(row.String(0)), cache.Get(row.String(1)), cache.Share(row.String(2)), (Relation)row.Number(3),
            site, ParseDate(Text(8)), ParseLanguage(row.String(10)), span, row.String(20))
        {
            Subject = Text(9) is { } subject ? cache.Share(subject) : null,
            Method = (CitationMethod)row.Number(11),
            Anchor = anchor,
            Ordinal = row.Number(12),
            InList = row.Number(13) != 0,
        };
        CitationEvidence? found = evidence && Text(21) is { } sentence ? new CitationEvidence(sentence, row.Number(22), row.Number(23)) : null;
        return new StoredCitation(citation, found);
    }

    /// <summary>The columns of one row, whichever way it is read (a struct per reader, so the read is compiled for each).</summary>
    private interface IRow
    {
        bool IsNull(int i);

        int Number(int i);

        string String(int i);
    }

    private readonly struct ReaderRow(SqliteDataReader reader, int first) : IRow
    {
        public bool IsNull(int i) => reader.IsDBNull(first + i);

        public int Number(int i) => reader.GetInt32(first + i);

        public string String(int i) => reader.GetString(first + i);
    }

    private readonly struct RawRow(RawStatement statement, int first) : IRow
    {
        public bool IsNull(int i) => statement.IsNull(first + i);

        public int Number(int i) => (int)statement.Int64(first + i);

        public string String(int i) => statement.Text(first + i) ?? throw new InvalidOperationException($"Column {first + i} is NULL.");
    }
}
