using System.Globalization;
using Lineage.Model;

namespace Lineage.Documents;

/// <summary>
/// Stable codes and messages of the file readers (PDF, encodings, HTML) and the document loader: <c>LIN0100</c>–<c>LIN0199</c>.
/// Codes never change meaning; tests assert them.
/// </summary>
public static class ReaderMessages
{
    /// <summary>The file is not a PDF Lineage can parse (damaged, truncated beyond repair, or not a PDF at all).</summary>
    public const string PdfDamaged = "LIN0101";

    /// <summary>The PDF is encrypted with a password Lineage does not have.</summary>
    public const string PdfEncrypted = "LIN0102";

    /// <summary>The PDF has no text layer at all (a scan): nothing to read without OCR.</summary>
    public const string PdfNoText = "LIN0103";

    /// <summary>One page of the PDF has no text layer (warning; the other pages are read).</summary>
    public const string PdfPageNoText = "LIN0104";

    /// <summary>The PDF lacks its end-of-file marker: it was probably cut short (warning).</summary>
    public const string PdfTruncated = "LIN0105";

    /// <summary>One page of the PDF could not be read (warning; the other pages are read).</summary>
    public const string PdfPageFailed = "LIN0106";

    /// <summary>The bytes are not text in any encoding Lineage reads (binary data, random bytes).</summary>
    public const string NotText = "LIN0120";

    /// <summary>The encoding was guessed without certainty (warning naming the guess).</summary>
    public const string EncodingUnsure = "LIN0121";

    /// <summary>The encoding was detected (info naming it).</summary>
    public const string EncodingDetected = "LIN0122";

    /// <summary>Byte sequences invalid in the encoding were replaced with U+FFFD (warning).</summary>
    public const string InvalidBytes = "LIN0123";

    /// <summary>The file starts with a byte order mark of another encoding than the one named (warning).</summary>
    public const string BomConflict = "LIN0124";

    /// <summary>The HTML page has no visible text.</summary>
    public const string HtmlNoText = "LIN0140";

    /// <summary>The file is empty (0 bytes).</summary>
    public const string EmptyFile = "LIN0150";

    /// <summary>The file is larger than the size limit for one document.</summary>
    public const string TooLarge = "LIN0151";

    /// <summary>No reader takes this file.</summary>
    public const string UnknownFormat = "LIN0152";

    /// <summary>The file or folder could not be opened (missing, permissions, I/O error).</summary>
    public const string CannotOpen = "LIN0153";

    /// <summary>The symbol in the text differs from the one in the file name (warning).</summary>
    public const string SymbolMismatch = "LIN0154";

    /// <summary>The language of the text differs from the one in the file name (warning).</summary>
    public const string LanguageMismatch = "LIN0155";

    /// <summary>A reader failed unexpectedly on this file (a bug in Lineage, reported instead of crashing).</summary>
    public const string ReaderFailed = "LIN0156";

    internal static Diagnostic Error(string code, string file, string message) => new(code, DiagnosticSeverity.Error, message, file);

    internal static Diagnostic Warning(string code, string file, string message) => new(code, DiagnosticSeverity.Warning, message, file);

    internal static Diagnostic Info(string code, string file, string message) => new(code, DiagnosticSeverity.Info, message, file);

    internal static string Format(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);

    /// <summary>Bytes as people read them: <c>812 B</c>, <c>3.4 MB</c>.</summary>
    internal static string Size(long bytes) => bytes switch
    {
        < 1024 => Format($"{bytes} B"),
        < 1024 * 1024 => Format($"{bytes / 1024.0:0.#} KB"),
        _ => Format($"{bytes / (1024.0 * 1024.0):0.#} MB"),
    };
}
