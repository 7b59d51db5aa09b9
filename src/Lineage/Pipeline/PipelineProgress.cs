namespace Lineage.Pipeline;

/// <summary>Where a pipeline run stands: files done of total, bytes read, citations found so far.</summary>
public readonly record struct PipelineProgress(int FilesDone, int FilesTotal, long BytesRead, long BytesTotal, int Citations, string? CurrentFile);
