namespace Lineage.Documents;

/// <summary>How <see cref="DocumentLoader"/> finds and reads files.</summary>
public sealed record DocumentLoaderOptions
{
    /// <summary>The largest resolution text is a few MB; 64 MiB is room for any real one and refuses dumps and videos.</summary>
    public const long DefaultMaxFileBytes = 64L << 20;

    public static DocumentLoaderOptions Default { get; } = new();

    /// <summary>Files larger than this are skipped without being opened (see the README: one file is one resolution).</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>Options handed to each reader (<c>--encoding</c>).</summary>
    public ReaderOptions Reader { get; init; } = ReaderOptions.Default;
}
