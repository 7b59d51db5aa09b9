using Lineage.Export;
using Lineage.Graph;

namespace Lineage.Tests.Export;

/// <summary>Checks that what a consumer loaded is the graph: same counts, and every node and edge property equal.</summary>
internal static class ExportAssert
{
    /// <summary>
    /// Compares <paramref name="loaded"/> with <paramref name="graph"/>. Nodes are matched by their <c>symbol</c>
    /// attribute, edges by (source symbol, target symbol, relation, method); every property of
    /// <see cref="ExportSchema"/> must be equal, and absent exactly where the graph does not know it.
    /// </summary>
    public static void SameGraph(CitationGraph graph, LoadedGraph loaded, string consumer)
    {
        Assert.True(graph.NodeCount == loaded.Nodes.Count, $"{consumer}: {loaded.Nodes.Count} nodes, the graph has {graph.NodeCount}");
        Assert.True(graph.EdgeCount == loaded.Edges.Count, $"{consumer}: {loaded.Edges.Count} edges, the graph has {graph.EdgeCount}");

        var bySymbol = loaded.Nodes.ToDictionary(n => n.Attributes.GetValueOrDefault("symbol") ?? n.Id, StringComparer.Ordinal);
        var symbolOfId = loaded.Nodes.ToDictionary(n => n.Id, n => n.Attributes.GetValueOrDefault("symbol") ?? n.Id, StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            Assert.True(bySymbol.TryGetValue(node.Symbol.Canonical, out var actual), $"{consumer}: node {node.Symbol} is missing");
            Compare(consumer, $"node {node.Symbol}", ExportSchema.NodeProperties, ExportSchema.NodeValues(node), actual!.Attributes);
        }

        var byKey = loaded.Edges.ToLookup(e => (
            symbolOfId[e.Source],
            symbolOfId[e.Target],
            e.Attributes.GetValueOrDefault("relation"),
            e.Attributes.GetValueOrDefault("method")));
        foreach (var edge in graph.Edges)
        {
            object?[] values = ExportSchema.EdgeValues(edge);
            var key = (edge.Source.Symbol.Canonical, edge.Target.Symbol.Canonical, (string?)values[0], (string?)values[4]);
            var matches = byKey[key].ToList();
            Assert.True(matches.Count == 1, $"{consumer}: {matches.Count} edges for {edge}");
            Compare(consumer, $"edge {edge}", ExportSchema.EdgeProperties, values, matches[0].Attributes);
        }
    }

    private static void Compare(string consumer, string what, IReadOnlyList<ExportProperty> properties, object?[] values, IReadOnlyDictionary<string, string> actual)
    {
        for (int i = 0; i < properties.Count; i++)
        {
            string? expected = ExportSchema.Format(values[i]) is { Length: > 0 } text ? text : null;
            string? got = actual.GetValueOrDefault(properties[i].Name);
            Assert.True(expected == got, $"{consumer}: {what} {properties[i].Name} is '{got ?? "(absent)"}', expected '{expected ?? "(absent)"}'");
        }
    }
}
