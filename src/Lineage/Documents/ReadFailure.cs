using Lineage.Model;

namespace Lineage.Documents;

/// <summary>The one diagnostic every reader gives for a file it cannot open: missing (<c>LIN0001</c>) or unreadable (<c>LIN0010</c>).</summary>
internal static class ReadFailure
{
    public static Diagnostic Of(string path, Exception exception) => exception is FileNotFoundException or DirectoryNotFoundException
        ? DiagnosticCatalogue.Create(DiagnosticCodes.FileNotFound, path, Messages.FileNotFound)
        : DiagnosticCatalogue.Create(DiagnosticCodes.UnreadableFile, path, Messages.Format(Messages.UnreadableFile, exception.Message));
}
