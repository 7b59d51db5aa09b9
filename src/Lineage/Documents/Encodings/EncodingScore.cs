using System.Text;

namespace Lineage.Documents.Encodings;

/// <summary>
/// How plausible a text is when its bytes are decoded with <see cref="Encoding"/>: the share of its non-ASCII characters
/// that look like real words of one script (−1 … 1; higher is better).
/// </summary>
public readonly record struct EncodingScore(Encoding Encoding, double Score, int NonAsciiCharacters)
{
    /// <summary>The encoding's name as users type it (<c>windows-1251</c>, <c>gb18030</c>).</summary>
    public string Name => TextDecoder.DisplayName(Encoding);
}
