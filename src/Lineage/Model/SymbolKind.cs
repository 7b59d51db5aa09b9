namespace Lineage.Model;

/// <summary>What a symbol names.</summary>
public enum SymbolKind
{
    /// <summary>Any other UN document: reports, letters, conference documents (<c>A/62/391</c>, <c>CD/1674</c>).</summary>
    Document = 0,
    Resolution,
    Decision,
}
