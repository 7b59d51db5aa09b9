using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Lineage.Documents.Encodings;
using Lineage.Documents.Text;
using Lineage.Model;

namespace Lineage.Documents.Html;

/// <summary>
/// Reads a UN web page of a resolution (<c>html</c>): the <c>un.org/documents/ga/res/…</c> pages (<c>ares51-45.htm</c>)
/// and UN ODS HTML. The bytes are decoded (<c>--encoding</c>, else a byte order mark, else the page's
/// <c>&lt;meta charset&gt;</c>, else <see cref="TextDecoder"/> detection), parsed with AngleSharp, reduced to their
/// visible text by <see cref="HtmlTextExtractor"/>, and laid out by <see cref="TextDocumentFactory"/>.
/// </summary>
public sealed partial class HtmlDocumentReader : IDocumentReader
{
    public string Name => "html";

    public DocumentFormat Format => DocumentFormat.Html;

    /// <summary>Takes <c>.htm</c>/<c>.html</c>/<c>.xhtml</c> files and files that start like HTML.</summary>
    public bool CanRead(string path, ReadOnlySpan<byte> head)
    {
        string extension = Path.GetExtension(path);
        return extension.Equals(".htm", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".html", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".xhtml", StringComparison.OrdinalIgnoreCase)
            || LooksLikeHtml(head);
    }

    public ReadResult Read(string path, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Failed(ReadFailure.Of(path, e));
        }

        var decoded = Decode(bytes, options.Encoding, path);
        if (!decoded.Succeeded)
        {
            return new ReadResult(null, decoded.Diagnostics);
        }

        string text = HtmlTextExtractor.Extract(decoded.Text);
        if (!text.Any(char.IsLetter))
        {
            return new ReadResult(null, decoded.Diagnostics.Add(
                DiagnosticCatalogue.Create(DiagnosticCodes.HtmlNoText, path, Messages.HtmlNoText)));
        }

        var result = TextDocumentFactory.Create(path, DocumentFormat.Html, text);
        return decoded.Diagnostics.IsEmpty ? result : result with { Diagnostics = decoded.Diagnostics.AddRange(result.Diagnostics) };
    }

    /// <summary>
    /// Decodes an HTML file: the named encoding, else a byte order mark, else the charset the page declares in its first
    /// 4 KB, else detection.
    /// </summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, Encoding? forced, string path)
    {
        if (forced is null && !HasByteOrderMark(bytes))
        {
            string head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
            var m = MetaCharset().Match(head);
            if (m.Success && TextDecoder.TryGetEncoding(m.Groups["charset"].Value, out var declared))
            {
                return TextDecoder.Decode(bytes, declared, path);
            }
        }

        return TextDecoder.Decode(bytes, forced, path);
    }

    private static bool HasByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    private static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        int skip = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        string start = Encoding.Latin1.GetString(head[skip..Math.Min(head.Length, 1024)]).TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (start.StartsWith('<') && start.Contains("<html", StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*(?<charset>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
