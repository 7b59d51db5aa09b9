using System.Collections.Immutable;

namespace Lineage.Documents;

/// <summary>How many files of one format were read and skipped, and the reasons for skipping, each with its count.</summary>
public sealed record FormatCount(string Format, int Read, int Skipped, ImmutableSortedDictionary<string, int> Reasons);
