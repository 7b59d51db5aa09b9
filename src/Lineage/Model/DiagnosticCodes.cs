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
}
