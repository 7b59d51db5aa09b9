using System.Collections.Immutable;
using System.Text;
using Lineage.Model;

namespace Lineage.Documents.Encodings;

/// <summary>
/// What <see cref="TextDecoder.Detect"/> decided about a file's first bytes: the encoding (null when the bytes are not
/// text), how it was decided, whether it is certain, how many bytes of byte order mark to skip, what the user should be
/// told, and the scores of the legacy candidates when they were tried.
/// </summary>
public sealed record EncodingDetection(
    Encoding? Encoding,
    EncodingSource Source,
    bool Confident,
    int PreambleLength,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<EncodingScore> Scores)
{
    public bool Succeeded => Encoding is not null;
}
