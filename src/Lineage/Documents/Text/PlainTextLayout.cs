using System.Collections.Immutable;
using Lineage.Model;

namespace Lineage.Documents.Text;

internal static class PlainTextLayout
{
    // Placeholder until the layout lands (lead, in progress).
    public static ReadResult Read(string path, DocumentFormat format, string text, ImmutableArray<int> pageStarts) =>
        ReadResult.Failed(new Diagnostic("LIN9999", DiagnosticSeverity.Error, "layout not implemented yet", path));
}
