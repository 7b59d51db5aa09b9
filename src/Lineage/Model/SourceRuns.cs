namespace Lineage.Model;

/// <summary>
/// A clause's map to its source as runs: pairs (clean-text index, source offset) in increasing index, the first at
/// index 0 (none for empty text), each run's characters consecutive in the source up to the next run.
/// </summary>
internal readonly record struct SourceRuns(int[] Pairs);
