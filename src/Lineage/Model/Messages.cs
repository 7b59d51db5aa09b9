using System.Globalization;

namespace Lineage.Model;

/// <summary>
/// Every diagnostic message Lineage writes, beside its code in <see cref="DiagnosticCodes"/> (composite-format strings
/// where they take arguments; <see cref="Format"/> fills them). Messages are lower case, say what is wrong and, where
/// there is one, what to do; they never name the file (the diagnostic carries it).
/// </summary>
public static class Messages
{
    public const string FileNotFound = "no such file or directory";
    public const string FileNotFoundStore = "no such store (write one with `lineage build PATH… --out DIR`, which writes DIR/lineage.db)";
    public const string EmptyDocument = "the file is empty (no text)";
    public const string BinaryFileControlBytes = "{0} control bytes in the first {1}: binary data, not text";
    public const string BinaryFileNul = "contains NUL bytes: binary data, not text";
    public const string BinaryFileNoEncoding = "not UTF-8, and no supported code page gives plausible text (best: {0}, score {1:0.00}): binary or damaged data, or an encoding Lineage does not read";
    public const string NotAResolution = "not a UN resolution: no symbol in its heading (such as '62/42. Title') and none in its file name";
    public const string NotAResolutionAkn = "not a UN resolution: no document symbol in the FRBR metadata, the docNumber or the file name";
    public const string NotAResolutionNoClauses = "not a UN resolution: no clauses found";
    public const string UnsupportedFormat = "not a format Lineage reads ({0}; it reads .pdf, .html, .xml (AKN4UN), .txt, .md)";
    public const string SymbolFromFileName = "the document gives no symbol; using {0} from the file name";
    public const string SymbolDisagreesWithFileName = "the text says {0} but the file name says {1}; using the text";
    public const string DateInconsistentWithSession = "{0} is dated {1}, which does not fit session {2} (it opened in September {3})";
    public const string InvalidEncoding = "the text is not valid {0} at byte {1} (line {2}), and the rest is ASCII: no other encoding reads those bytes as words; if it is not damaged, name its encoding with --encoding";
    public const string UnreadableFile = "cannot read the file: {0}";
    public const string NoRulesForLanguage = "no citation rules for language '{0}' in this extractor";
    public const string NotARegularFile = "not a regular file but {0}; skipped without opening it";
    public const string WriteFailed = "cannot write {0}: {1}";
    public const string SymbolNotInGraph = "{0} is neither read nor cited in the inputs ({1} documents read, {2} in the graph)";
    public const string NotInSeries = "{0} belongs to no series found (see 'lineage series')";

    public const string StoreNotLineage = "not a Lineage store ({0}); give the lineage.db that `lineage build PATH… --out DIR` writes";
    public const string StoreBusy = "another build has been writing this store for {0} minutes; try again when it is done";
    public const string StoreSchemaMismatch = "this store has schema version {0}, and this Lineage reads version {1}: build it again with `lineage build PATH… --out DIR --rebuild`, or delete {2} (and its -wal and -shm files) and build";

    public const string PdfDamagedEmpty = "not a PDF: the file is empty";
    public const string PdfDamagedNoHeader = "not a PDF: no %PDF- header in its first 1024 bytes";
    public const string PdfDamaged = "damaged PDF: {0}";
    public const string PdfDamagedNoPage = "damaged PDF: no page could be read";
    public const string PdfEncrypted = "the PDF is encrypted and needs a password to open; Lineage cannot read it (save an unencrypted copy)";
    public const string PdfNoText = "the PDF has no text layer ({0} page(s) of images, a scan?): run OCR on it first";
    public const string PdfPageNoText = "page {0} has no text layer (an image?); its text is missing";
    public const string PdfTruncated = "the PDF has no %%EOF marker at its end: it was probably cut short, and text may be missing";
    public const string PdfPageFailed = "page {0} could not be read and is left out: {1}";

    public const string EncodingUnsureNamed = "the text does not read as {0} (named with --encoding; score {1:0.00}){2}";
    public const string EncodingUnsureReadsAs = "; it reads as {0}";
    public const string EncodingUnsureUtf16 = "no byte order mark, but every other byte is NUL: read as {0}; if the text looks wrong, name the encoding with --encoding";
    public const string EncodingUnsure = "encoding uncertain: read as {0} (score {1:0.00}{2}); if the text looks wrong, name the encoding with --encoding";
    public const string EncodingUnsureNextBest = "; next best {0}, {1:0.00}";
    public const string EncodingDetected = "not UTF-8; read as {0} (detected); name another with --encoding if the text looks wrong";
    public const string InvalidBytes = "{0} byte sequence(s) invalid in {1}, first at byte {2}{3}, replaced with U+FFFD; if the text looks wrong, name its encoding with --encoding";
    public const string InvalidBytesLine = " (line {0})";
    public const string InvalidBytesWhileReading = "{0} byte sequence(s) invalid in {1} were replaced with U+FFFD; if the text looks wrong, name its encoding with --encoding";
    public const string BomConflict = "the file starts with a {0} byte order mark but was named {1} (--encoding); reading it as {1}";

    public const string HtmlNoText = "the HTML page has no visible text";
    public const string TooLarge = "{0} is more than any resolution (limit {1}); not read";
    public const string LanguageMismatch = "the text is in {0} but the file name says {1}; using the text";
    public const string ReaderFailed = "the {0} reader failed ({1}: {2}); please report this";

    public const string XmlDtd = "the XML has a document type declaration (DTD); AKN4UN files have none, and Lineage does not process DTDs or external entities";
    public const string XmlMalformed = "malformed XML: {0}";
    public const string NotAkn = "not an Akoma Ntoso document (root element <{0}>, expected <akomaNtoso>)";
    public const string NotAknNoDocument = "not an Akoma Ntoso document (<akomaNtoso> holds no document)";
    public const string NoLanguage = "no language in FRBRlanguage, the folder name or the file name";
    public const string NoDate = "no adoption date in the metadata";
    public const string UnreadableHref = "link {0} names no UN document symbol Lineage can read; link ignored";
    public const string MetadataIgnored = "{0}: ignored ({1})";

    public const string DuplicateDocument = "another {0} version of {1} was read first; this one is not evaluated";
    public const string ExtractorFailed = "the extractor failed on this document ({0}: {1}); please report this";

    /// <summary>Fills a message's arguments, culture-invariant (dates, numbers).</summary>
    public static string Format(string message, params object?[] args) => string.Format(CultureInfo.InvariantCulture, message, args);
}
