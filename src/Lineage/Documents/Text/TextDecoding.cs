using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Lineage.Model;

namespace Lineage.Documents.Text;

/// <summary>
/// Bytes to text for <see cref="TextDocumentReader"/>: a named encoding if the user gave one; else a BOM
/// (UTF-8, UTF-16 LE/BE); else strict UTF-8. NUL bytes without a UTF-16 BOM mean a binary file.
/// </summary>
internal static class TextDecoding
{
    public static (string? Text, ImmutableArray<Diagnostic> Diagnostics) Decode(byte[] bytes, Encoding? forced, string path)
    {
        if (bytes.Length == 0)
        {
            return (null, [new Diagnostic(DiagnosticCodes.EmptyDocument, DiagnosticSeverity.Error, Messages.EmptyDocument, path)]);
        }

        if (forced is not null)
        {
            return (forced.GetString(bytes), []);
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Strict(new UTF8Encoding(false, true), bytes, 3, path);
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Strict(new UnicodeEncoding(false, false, true), bytes, 2, path);
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Strict(new UnicodeEncoding(true, false, true), bytes, 2, path);
        }

        if (bytes.AsSpan().Contains((byte)0))
        {
            return (null, [new Diagnostic(DiagnosticCodes.BinaryFile, DiagnosticSeverity.Error, Messages.BinaryFile, path)]);
        }

        return Strict(new UTF8Encoding(false, true), bytes, 0, path);
    }

    private static (string? Text, ImmutableArray<Diagnostic> Diagnostics) Strict(Encoding encoding, byte[] bytes, int skip, string path)
    {
        try
        {
            return (encoding.GetString(bytes, skip, bytes.Length - skip), []);
        }
        catch (DecoderFallbackException e)
        {
            return (null, [new Diagnostic(DiagnosticCodes.InvalidEncoding, DiagnosticSeverity.Error,
                string.Format(CultureInfo.InvariantCulture, Messages.InvalidEncoding, encoding.WebName, skip + e.Index), path)]);
        }
    }
}
