using System.Text;

namespace Lineage.Documents;

/// <summary>Options for reading files.</summary>
public sealed record ReaderOptions
{
    public static ReaderOptions Default { get; } = new();

    /// <summary>The encoding of text files when the user names it (<c>--encoding</c>); null to detect.</summary>
    public Encoding? Encoding { get; init; }
}
