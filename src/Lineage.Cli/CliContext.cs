namespace Lineage.Cli;

/// <summary>What every command writes to: standard output and error, and whether output goes to a terminal.</summary>
public sealed record CliContext(TextWriter Output, TextWriter Error, bool OutputRedirected);
