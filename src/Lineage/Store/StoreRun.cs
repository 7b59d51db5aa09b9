namespace Lineage.Store;

/// <summary>One <c>lineage build</c> into the store: when, with which versions, and what it did.</summary>
public sealed record StoreRun
{
    public DateTime StartedUtc { get; init; }

    public DateTime FinishedUtc { get; init; }

    public required string LineageVersion { get; init; }

    public required string RuleSetVersion { get; init; }

    /// <summary>The extraction settings (languages, encoding) the rows were read with.</summary>
    public required string Settings { get; init; }

    public int Files { get; init; }

    public int Unchanged { get; init; }

    public int New { get; init; }

    public int Changed { get; init; }

    public int Removed { get; init; }

    public int Failed { get; init; }

    public int Documents { get; init; }

    public int Citations { get; init; }

    public int Nodes { get; init; }

    public int Edges { get; init; }

    public int InferredEdges { get; init; }

    /// <summary>Why every file was read again (a new Lineage or rule-set version, other settings), or null.</summary>
    public string? Reason { get; init; }
}
