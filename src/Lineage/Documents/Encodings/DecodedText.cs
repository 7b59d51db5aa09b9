using System.Collections.Immutable;
using System.Text;
using Lineage.Model;

namespace Lineage.Documents.Encodings;

/// <summary>
/// A file's bytes as text: the text (without byte order mark), the encoding used, how it was chosen, whether that was
/// certain, and the diagnostics (an error when the bytes are not text; a warning when unsure or when bytes were invalid).
/// </summary>
public sealed record DecodedText(
    string Text,
    Encoding? Encoding,
    EncodingSource Source,
    bool Confident,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>False when the bytes could not be read as text; <see cref="Diagnostics"/> holds the error.</summary>
    public bool Succeeded => Encoding is not null;

    /// <summary>The encoding's name as users type it, or null.</summary>
    public string? EncodingName => Encoding is null ? null : TextDecoder.DisplayName(Encoding);
}
