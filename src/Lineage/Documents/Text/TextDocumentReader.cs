using System.Buffers;
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
        int length;
        try
        {
            // A handle, not a stream (and no FileInfo before it): a missing file fails to open (FileNotFound), and the
            // length is the open file's.
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
            long size = RandomAccess.GetLength(handle);
            if (size > MaxFileBytes)
            {
                return ReadResult.Failed(DiagnosticCatalogue.Create(DiagnosticCodes.TooLarge, path,
                    Messages.Format(Messages.TooLarge, ByteSize.Format(size), ByteSize.Format(MaxFileBytes))));
            }

            // The bytes are needed only until decoded: a pooled buffer, not a new array per file.
            length = (int)size;
            bytes = ArrayPool<byte>.Shared.Rent(length);
            bool whole;
            try
            {
                whole = DocumentLoader.ReadAtLeast(handle, bytes.AsSpan(0, length)) == length;
            }
            catch
            {
                ArrayPool<byte>.Shared.Return(bytes);
                throw;
            }

            if (!whole)
            {
                // The file shrank while it was read.
                ArrayPool<byte>.Shared.Return(bytes);
                return ReadResult.Failed(ReadFailure.Of(path, new EndOfStreamException()));
            }
        }
        catch (UnauthorizedAccessException) when (Directory.Exists(path))
        {
            // A folder is no file to read (opening one is refused).
            return ReadResult.Failed(DiagnosticCatalogue.Create(DiagnosticCodes.FileNotFound, path, Messages.FileNotFound));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Failed(ReadFailure.Of(path, e));
        }

        try
        {
            return Read(path, bytes.AsSpan(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>
    /// Reads the file at <paramref name="path"/> from its <paramref name="bytes"/>, read already (whole, and no larger than
    /// <see cref="MaxFileBytes"/>): what <see cref="Read(string, ReaderOptions)"/> does once it has them.
    /// </summary>
    internal static ReadResult Read(string path, ReadOnlySpan<byte> bytes, ReaderOptions options)
    {
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
