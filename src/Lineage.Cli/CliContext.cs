namespace Lineage.Cli;

/// <summary>What every command writes to: standard output and error, and whether output goes to a terminal.</summary>
public sealed record CliContext(TextWriter Output, TextWriter Error, bool OutputRedirected)
{
    /// <summary>
    /// Standard output as bytes, when <see cref="Output"/> is the process's own (null in tests, which read
    /// <see cref="Output"/>): <c>extract --format jsonl</c> writes its UTF-8 lines here as they are made, not decoded to
    /// text and encoded again.
    /// </summary>
    public Stream? OutputBytes { get; init; }
}
