namespace Lineage.Model;

/// <summary>Diagnostic messages, kept in one place (composite-format strings where they take arguments).</summary>
public static class Messages
{
    public const string FileNotFound = "no such file or directory";
    public const string EmptyDocument = "the file is empty (no text)";
    public const string BinaryFile = "the file is binary, not text (NUL bytes found)";
    public const string NotAResolution = "not a UN resolution: no symbol in its heading (such as '62/42. Title') and none in its file name";
    public const string NoClauses = "not a UN resolution: no clauses found";
    public const string UnsupportedFormat = "not a format Lineage reads ({0})";
    public const string SymbolFromFileName = "the text gives no symbol; using {0} from the file name";
    public const string SymbolDisagreesWithFileName = "the text says {0} but the file name says {1}; using the text";
    public const string DateInconsistentWithSession = "{0} is dated {1}, which does not fit session {2} (it opened in September {3})";
    public const string InvalidEncoding = "the text is not valid {0} at byte {1} (line {2}), and the rest is ASCII: no other encoding reads those bytes as words; if it is not damaged, name its encoding with --encoding";
    public const string UnreadableFile = "cannot read the file: {0}";
    public const string NoRulesForLanguage = "no citation rules for language '{0}' in this extractor";
    public const string UnknownLanguage = "cannot tell the language of the text";
    public const string StoreNotLineage = "not a Lineage store ({0}); give the lineage.db that `lineage build PATH… --out DIR` writes";
    public const string StoreBusy = "another build has been writing this store for {0} minutes; try again when it is done";
    public const string StoreSchemaMismatch = "this store has schema version {0}, and this Lineage reads version {1}: build it again with `lineage build PATH… --out DIR --rebuild`, or delete {2} (and its -wal and -shm files) and build";
    public const string NotARegularFile = "not a regular file but {0}; skipped without opening it";
    public const string WriteFailed = "cannot write {0}: {1}";
    public const string SymbolNotInGraph = "{0} is neither read nor cited in the inputs ({1} documents read, {2} in the graph)";
    public const string NotInSeries = "{0} belongs to no series found (see 'lineage series')";
}
