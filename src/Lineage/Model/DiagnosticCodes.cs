namespace Lineage.Model;

/// <summary>
/// Every diagnostic code Lineage emits, in one catalogue: one code per kind of failure, whichever reader or command
/// meets it. Codes are stable: never reuse or renumber one. Each code's message is in <see cref="Messages"/> under the
/// same name, its severity is fixed (<see cref="DiagnosticCatalogue"/>), and no other file spells a <c>LIN</c> code.
/// </summary>
/// <remarks>
/// Retired codes (merged into the one code of their failure; never to be given another meaning): LIN0012 (never
/// emitted), LIN0120 → <see cref="BinaryFile"/>, LIN0150 → <see cref="EmptyDocument"/>, LIN0152 →
/// <see cref="UnsupportedFormat"/>, LIN0153 → <see cref="UnreadableFile"/>, LIN0154 → <see cref="SymbolDisagreesWithFileName"/>,
/// LIN0301 → <see cref="UnreadableFile"/>, LIN0305 → <see cref="NotAResolution"/>, LIN0306 → <see cref="SymbolFromFileName"/>,
/// LIN0403 → <see cref="FileNotFound"/>.
/// </remarks>
public static class DiagnosticCodes
{
    // Any input (LIN00xx).

    /// <summary>A path given does not exist (file, folder or store).</summary>
    public const string FileNotFound = "LIN0001";

    /// <summary>The file is empty: 0 bytes, or nothing but white space once decoded.</summary>
    public const string EmptyDocument = "LIN0002";

    /// <summary>The bytes are not text: NUL or control bytes, or no encoding Lineage reads gives plausible text.</summary>
    public const string BinaryFile = "LIN0003";

    /// <summary>The document is not a UN resolution Lineage can identify: no symbol anywhere, or no clauses.</summary>
    public const string NotAResolution = "LIN0004";

    /// <summary>No reader takes this file (by its extension and first bytes).</summary>
    public const string UnsupportedFormat = "LIN0005";

    /// <summary>The document gives no symbol; the one in its file name is used (warning).</summary>
    public const string SymbolFromFileName = "LIN0006";

    /// <summary>The symbol in the document differs from the one in its file name; the document's is used (warning).</summary>
    public const string SymbolDisagreesWithFileName = "LIN0007";

    /// <summary>A cited General Assembly resolution's date does not fit its session (warning).</summary>
    public const string DateInconsistentWithSession = "LIN0008";

    /// <summary>Invalid UTF-8 in otherwise ASCII text: damaged, and no code page reads the stray bytes as words.</summary>
    public const string InvalidEncoding = "LIN0009";

    /// <summary>The file exists but cannot be opened or read (permissions, an I/O error).</summary>
    public const string UnreadableFile = "LIN0010";

    /// <summary>The extractor has no rules for the document's language.</summary>
    public const string NoRulesForLanguage = "LIN0011";

    /// <summary>A named pipe, socket or device among the inputs: skipped without opening it (opening a FIFO waits forever).</summary>
    public const string NotARegularFile = "LIN0013";

    /// <summary>An output file could not be written (full disk, permissions, a file where the folder should be); the old outputs are kept.</summary>
    public const string WriteFailed = "LIN0014";

    /// <summary>The document a command asks about (<c>chain SYMBOL</c>) is neither read nor cited in the inputs (exit status 5).</summary>
    public const string SymbolNotInGraph = "LIN0015";

    /// <summary><c>timeline SYMBOL --series</c> of a resolution that belongs to no series found (exit status 5).</summary>
    public const string NotInSeries = "LIN0016";

    // The store (LIN005x).

    /// <summary>The file given as a store is not a Lineage store.</summary>
    public const string StoreNotLineage = "LIN0050";

    /// <summary>The store was written by another schema version.</summary>
    public const string StoreSchemaMismatch = "LIN0051";

    /// <summary>Another build is writing the store.</summary>
    public const string StoreBusy = "LIN0052";

    // PDF (LIN010x).

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

    // Encodings (LIN012x).

    /// <summary>The encoding was guessed without certainty (warning naming the guess).</summary>
    public const string EncodingUnsure = "LIN0121";

    /// <summary>The encoding was detected (info naming it).</summary>
    public const string EncodingDetected = "LIN0122";

    /// <summary>Byte sequences invalid in the encoding were replaced with U+FFFD (warning).</summary>
    public const string InvalidBytes = "LIN0123";

    /// <summary>The file starts with a byte order mark of another encoding than the one named (warning).</summary>
    public const string BomConflict = "LIN0124";

    // HTML and the loader (LIN014x, LIN015x).

    /// <summary>The HTML page has no visible text.</summary>
    public const string HtmlNoText = "LIN0140";

    /// <summary>The file is larger than the size limit for one document.</summary>
    public const string TooLarge = "LIN0151";

    /// <summary>The language of the text differs from the one in the file name (warning).</summary>
    public const string LanguageMismatch = "LIN0155";

    /// <summary>A reader failed unexpectedly on this file (a bug in Lineage, reported instead of crashing).</summary>
    public const string ReaderFailed = "LIN0156";

    // AKN4UN XML (LIN030x, LIN031x).

    /// <summary>The XML has a document type declaration; Lineage processes no DTD or external entity.</summary>
    public const string XmlDtd = "LIN0302";

    /// <summary>The XML is not well-formed.</summary>
    public const string XmlMalformed = "LIN0303";

    /// <summary>The XML is not an Akoma Ntoso document.</summary>
    public const string NotAkn = "LIN0304";

    /// <summary>No language in the AKN metadata, the folder name or the file name (warning).</summary>
    public const string NoLanguage = "LIN0307";

    /// <summary>No adoption date in the AKN metadata (warning).</summary>
    public const string NoDate = "LIN0308";

    /// <summary>An AKN link names no UN document symbol Lineage can read; the link is ignored (info).</summary>
    public const string UnreadableHref = "LIN0310";

    /// <summary>A corpus metadata file beside the AKN files could not be used (warning).</summary>
    public const string MetadataIgnored = "LIN0311";

    // Evaluation (LIN040x).

    /// <summary>The same document in the same language was given twice to <c>eval</c>; the later copy is left out (info).</summary>
    public const string DuplicateDocument = "LIN0401";

    /// <summary>The extractor threw on a document during <c>eval</c> (a bug in Lineage, reported instead of crashing).</summary>
    public const string ExtractorFailed = "LIN0402";
}
