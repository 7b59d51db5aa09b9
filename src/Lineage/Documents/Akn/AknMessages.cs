namespace Lineage.Documents.Akn;

/// <summary>Stable diagnostic codes and messages of the AKN4UN reader (<c>LIN03xx</c>).</summary>
internal static class AknMessages
{
    public const string ReadFailedCode = "LIN0301";
    public const string DtdCode = "LIN0302";
    public const string MalformedCode = "LIN0303";
    public const string NotAknCode = "LIN0304";
    public const string NoSymbolCode = "LIN0305";
    public const string SymbolFromFileNameCode = "LIN0306";
    public const string NoLanguageCode = "LIN0307";
    public const string NoDateCode = "LIN0308";
    public const string UnreadableHrefCode = "LIN0310";
    public const string MetadataCode = "LIN0311";

    public static string ReadFailed(string reason) => $"cannot read the file: {reason}";

    public const string Dtd =
        "the XML has a document type declaration (DTD); AKN4UN files have none, and Lineage does not process DTDs or external entities";

    public static string Malformed(string reason) => $"malformed XML: {reason}";

    public static string NotAkn(string root) => $"not an Akoma Ntoso document (root element <{root}>, expected <akomaNtoso>)";

    public const string NoSymbol = "no document symbol in the FRBR metadata, the docNumber or the file name";

    public static string SymbolFromFileName(string symbol) => $"the metadata gives no symbol; took {symbol} from the file name";

    public const string NoLanguage = "no language in FRBRlanguage, the folder name or the file name";

    public const string NoDate = "no adoption date in the metadata";

    public static string UnreadableHref(string href) => $"link {href} names no UN document symbol Lineage can read; link ignored";

    public static string Metadata(string file, string reason) => $"{file}: ignored ({reason})";
}
