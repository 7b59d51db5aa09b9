namespace Lineage.Model;

/// <summary>Stable diagnostic codes. Never reuse or renumber one; messages live in <see cref="Messages"/>.</summary>
public static class DiagnosticCodes
{
    public const string FileNotFound = "LIN0001";
    public const string EmptyDocument = "LIN0002";
    public const string BinaryFile = "LIN0003";
    public const string NotAResolution = "LIN0004";
    public const string UnsupportedFormat = "LIN0005";
    public const string SymbolFromFileName = "LIN0006";
    public const string SymbolDisagreesWithFileName = "LIN0007";
    public const string DateInconsistentWithSession = "LIN0008";
    public const string InvalidEncoding = "LIN0009";
    public const string UnreadableFile = "LIN0010";
    public const string NoRulesForLanguage = "LIN0011";
    public const string UnknownLanguage = "LIN0012";
    public const string StoreNotLineage = "LIN0050";
    public const string StoreSchemaMismatch = "LIN0051";
    public const string StoreBusy = "LIN0052";

    /// <summary>A named pipe, socket or device among the inputs: skipped without opening it (opening a FIFO waits forever).</summary>
    public const string NotARegularFile = "LIN0013";

    /// <summary>An output file could not be written (full disk, permissions, a file where the folder should be); the old outputs are kept.</summary>
    public const string WriteFailed = "LIN0014";

    /// <summary>The document a command asks about (<c>chain SYMBOL</c>) is neither read nor cited in the inputs (exit status 5).</summary>
    public const string SymbolNotInGraph = "LIN0015";

    /// <summary><c>timeline SYMBOL --series</c> of a resolution that belongs to no series found (exit status 5).</summary>
    public const string NotInSeries = "LIN0016";
}
