namespace Lineage.Documents;

/// <summary>
/// A path discovery lists (<see cref="DocumentLoader.List"/>): a file still to inspect, or <paramref name="File"/>, one
/// already known (a path that does not exist, with its diagnostic).
/// </summary>
/// <param name="Path">The path as given or as the walk found it.</param>
/// <param name="File">The file already known, or null when it is to be inspected.</param>
/// <param name="Metadata">What the folder walk read of the file (null for a file named directly, or a link).</param>
internal readonly record struct ListedFile(string Path, SourceFile? File, FileMetadata? Metadata);

/// <summary>A file's size and modification time (UTC) as a directory listing gives them.</summary>
internal readonly record struct FileMetadata(long Length, DateTime ModifiedUtc);
