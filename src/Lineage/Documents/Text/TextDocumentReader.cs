using Lineage.Model;

namespace Lineage.Documents.Text;

/// <summary>
/// Reads plain text (<c>.txt</c>) and Markdown (<c>.md</c>) renderings of resolutions: decodes the bytes, then lays
/// the text out with <see cref="TextDocumentFactory"/>.
/// </summary>
public sealed class TextDocumentReader : IDocumentReader
{
    /// <summary>Resolutions run to tens of pages; a text file beyond this is refused rather than loaded whole.</summary>
    public const long MaxFileBytes = DocumentLoaderOptions.DefaultMaxFileBytes;

    public string Name => "text";

    public DocumentFormat Format => DocumentFormat.PlainText;

    public bool CanRead(string path, ReadOnlySpan<byte> head)
    {
        string extension = Path.GetExtension(path).ToUpperInvariant();
        return extension is ".TXT" or ".MD" or ".TEXT" or "";
    }

    public ReadResult Read(string path, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return ReadResult.Failed(DiagnosticCatalogue.Create(DiagnosticCodes.FileNotFound, path, Messages.FileNotFound));
            }

            if (info.Length > MaxFileBytes)
            {
                return ReadResult.Failed(DiagnosticCatalogue.Create(DiagnosticCodes.TooLarge, path,
                    Messages.Format(Messages.TooLarge, ByteSize.Format(info.Length), ByteSize.Format(MaxFileBytes))));
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Failed(ReadFailure.Of(path, e));
        }

        var decoded = Encodings.TextDecoder.Decode(bytes, options.Encoding, path);
        if (!decoded.Succeeded)
        {
            return new ReadResult(null, decoded.Diagnostics);
        }

        var format = Path.GetExtension(path).Equals(".md", StringComparison.OrdinalIgnoreCase) ? DocumentFormat.Markdown : DocumentFormat.PlainText;
        var result = TextDocumentFactory.Create(path, format, decoded.Text);
        return decoded.Diagnostics.IsEmpty ? result : result with { Diagnostics = decoded.Diagnostics.AddRange(result.Diagnostics) };
    }
}
