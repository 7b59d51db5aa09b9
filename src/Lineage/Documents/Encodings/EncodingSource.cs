namespace Lineage.Documents.Encodings;

/// <summary>How the encoding of a text was decided.</summary>
public enum EncodingSource
{
    /// <summary>A byte order mark at the start of the file (UTF-8, UTF-16 LE/BE, UTF-32, GB18030).</summary>
    ByteOrderMark = 0,

    /// <summary>The user named it (<c>--encoding</c>), or the file declared it (HTML <c>&lt;meta charset&gt;</c>).</summary>
    Named,

    /// <summary>No byte order mark, and the bytes are UTF-8 (plain ASCII included).</summary>
    Utf8,

    /// <summary>Guessed by scoring the legacy code pages (see <see cref="TextDecoder"/>).</summary>
    Detected,
}
