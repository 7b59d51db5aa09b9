using System.Collections.Frozen;

namespace Lineage.Model;

/// <summary>
/// The catalogue behind <see cref="DiagnosticCodes"/>: each code's one severity and the short label a summary counts it
/// under (<c>pdf: 2 skipped (1 encrypted, 1 no text layer)</c>). Diagnostics are made here, so a code never comes out
/// with another severity.
/// </summary>
public static class DiagnosticCatalogue
{
    private static readonly FrozenDictionary<string, (DiagnosticSeverity Severity, string Label)> s_entries = new Dictionary<string, (DiagnosticSeverity, string)>
    {
        [DiagnosticCodes.FileNotFound] = (DiagnosticSeverity.Error, "not found"),
        [DiagnosticCodes.EmptyDocument] = (DiagnosticSeverity.Error, "empty"),
        [DiagnosticCodes.BinaryFile] = (DiagnosticSeverity.Error, "not text"),
        [DiagnosticCodes.NotAResolution] = (DiagnosticSeverity.Error, "not a UN resolution"),
        [DiagnosticCodes.UnsupportedFormat] = (DiagnosticSeverity.Error, "unsupported format"),
        [DiagnosticCodes.SymbolFromFileName] = (DiagnosticSeverity.Warning, "symbol from file name"),
        [DiagnosticCodes.SymbolDisagreesWithFileName] = (DiagnosticSeverity.Warning, "symbol differs from file name"),
        [DiagnosticCodes.DateInconsistentWithSession] = (DiagnosticSeverity.Warning, "date does not fit session"),
        [DiagnosticCodes.InvalidEncoding] = (DiagnosticSeverity.Error, "invalid encoding"),
        [DiagnosticCodes.UnreadableFile] = (DiagnosticSeverity.Error, "unreadable"),
        [DiagnosticCodes.NoRulesForLanguage] = (DiagnosticSeverity.Error, "no rules for language"),
        [DiagnosticCodes.NotARegularFile] = (DiagnosticSeverity.Error, "not a regular file"),
        [DiagnosticCodes.WriteFailed] = (DiagnosticSeverity.Error, "write failed"),
        [DiagnosticCodes.SymbolNotInGraph] = (DiagnosticSeverity.Error, "not in the graph"),
        [DiagnosticCodes.NotInSeries] = (DiagnosticSeverity.Error, "in no series"),
        [DiagnosticCodes.StoreNotLineage] = (DiagnosticSeverity.Error, "not a Lineage store"),
        [DiagnosticCodes.StoreSchemaMismatch] = (DiagnosticSeverity.Error, "store schema differs"),
        [DiagnosticCodes.StoreBusy] = (DiagnosticSeverity.Error, "store busy"),
        [DiagnosticCodes.PdfDamaged] = (DiagnosticSeverity.Error, "damaged PDF"),
        [DiagnosticCodes.PdfEncrypted] = (DiagnosticSeverity.Error, "encrypted"),
        [DiagnosticCodes.PdfNoText] = (DiagnosticSeverity.Error, "no text layer"),
        [DiagnosticCodes.PdfPageNoText] = (DiagnosticSeverity.Warning, "page without text layer"),
        [DiagnosticCodes.PdfTruncated] = (DiagnosticSeverity.Warning, "truncated PDF"),
        [DiagnosticCodes.PdfPageFailed] = (DiagnosticSeverity.Warning, "unreadable page"),
        [DiagnosticCodes.EncodingUnsure] = (DiagnosticSeverity.Warning, "encoding uncertain"),
        [DiagnosticCodes.EncodingDetected] = (DiagnosticSeverity.Info, "encoding detected"),
        [DiagnosticCodes.InvalidBytes] = (DiagnosticSeverity.Warning, "invalid bytes replaced"),
        [DiagnosticCodes.BomConflict] = (DiagnosticSeverity.Warning, "byte order mark conflict"),
        [DiagnosticCodes.HtmlNoText] = (DiagnosticSeverity.Error, "no visible text"),
        [DiagnosticCodes.TooLarge] = (DiagnosticSeverity.Error, "too large"),
        [DiagnosticCodes.LanguageMismatch] = (DiagnosticSeverity.Warning, "language differs from file name"),
        [DiagnosticCodes.ReaderFailed] = (DiagnosticSeverity.Error, "reader failure"),
        [DiagnosticCodes.XmlDtd] = (DiagnosticSeverity.Error, "XML with a DTD"),
        [DiagnosticCodes.XmlMalformed] = (DiagnosticSeverity.Error, "malformed XML"),
        [DiagnosticCodes.NotAkn] = (DiagnosticSeverity.Error, "not AKN"),
        [DiagnosticCodes.NoLanguage] = (DiagnosticSeverity.Warning, "no language"),
        [DiagnosticCodes.NoDate] = (DiagnosticSeverity.Warning, "no date"),
        [DiagnosticCodes.UnreadableHref] = (DiagnosticSeverity.Info, "unreadable link"),
        [DiagnosticCodes.MetadataIgnored] = (DiagnosticSeverity.Warning, "metadata ignored"),
        [DiagnosticCodes.DuplicateDocument] = (DiagnosticSeverity.Info, "duplicate"),
        [DiagnosticCodes.ExtractorFailed] = (DiagnosticSeverity.Error, "extractor failure"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>True when <paramref name="code"/> is in the catalogue.</summary>
    public static bool Contains(string code) => s_entries.ContainsKey(code);

    /// <summary>The one severity of <paramref name="code"/>.</summary>
    public static DiagnosticSeverity SeverityOf(string code) => Entry(code).Severity;

    /// <summary>The short reason a summary counts <paramref name="code"/> under (<c>LIN0102</c> → <c>encrypted</c>); an unknown code is its own label.</summary>
    public static string Label(string code) => s_entries.TryGetValue(code, out var entry) ? entry.Label : code;

    /// <summary>A diagnostic of <paramref name="code"/>, with the code's severity.</summary>
    public static Diagnostic Create(string code, string file, string message, SourceSpan? span = null) =>
        new(code, Entry(code).Severity, message, file, span);

    private static (DiagnosticSeverity Severity, string Label) Entry(string code) =>
        s_entries.TryGetValue(code, out var entry) ? entry : throw new ArgumentException($"{code} is not in the diagnostic catalogue", nameof(code));
}
