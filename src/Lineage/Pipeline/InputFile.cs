namespace Lineage.Pipeline;

/// <summary>A file to read and its size in bytes.</summary>
public readonly record struct InputFile(string Path, long Length);
