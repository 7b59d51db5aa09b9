using System.Collections.Immutable;
using System.Globalization;
using Lineage.Analysis;
using Lineage.Graph;
using Lineage.Model;

namespace Lineage.Reporting;

/// <summary>
/// The neighbourhood of a resolution that <c>lineage report</c> draws: its chain (every branch), its ancestors and
/// descendants to <see cref="ReportOptions.Depth"/> (by default the chain and the first ring of descendants), the
/// followed links among them and, for each, the mentions behind it from an <see cref="IEvidenceSource"/>.
/// </summary>
public static class NeighbourhoodAnalysis
{
    /// <summary>The neighbourhood of <paramref name="symbol"/>, or null when the graph has no such document.</summary>
    public static ReportNeighbourhood? Compute(CitationGraph graph, DocumentSymbol symbol, IEvidenceSource evidence, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(evidence);
        options ??= ReportOptions.Default;
        if (graph.Find(symbol) is not { } root)
        {
            return null;
        }

        var chain = LineageChainAnalysis.Compute(graph, symbol, new ChainOptions
        {
            Relations = options.Relations,
            IncludeInferred = options.IncludeInferred,
            PartsAsWorks = options.PartsAsWorks,
        })!;
        var traversal = new TraversalOptions
        {
            Relations = options.Relations,
            IncludeInferred = options.IncludeInferred,
            PartsAsWorks = options.PartsAsWorks,
        };
        int ancestorDepth = options.Depth ?? 0;
        int descendantDepth = options.Depth ?? 1;
        var ancestors = ancestorDepth > 0 ? AncestorsAnalysis.Compute(graph, symbol, traversal with { MaxDepth = ancestorDepth }) : null;
        var descendants = descendantDepth > 0 ? DescendantsAnalysis.Compute(graph, symbol, traversal with { MaxDepth = descendantDepth }) : null;

        // Who is shown and why: the chain first, then the rings (a document keeps the first role it gets).
        var roles = new Dictionary<DocumentNode, (NeighbourhoodRole Role, int Distance)> { [root] = (NeighbourhoodRole.Root, 0) };
        var chainDistance = Distances(chain, root);
        foreach (var node in chain.Nodes)
        {
            roles.TryAdd(node, (NeighbourhoodRole.Chain, chainDistance.GetValueOrDefault(node)));
        }

        var links = new Dictionary<(DocumentNode Cited, DocumentNode Citing), ReportEdgeKind>();
        foreach (var link in chain.Links)
        {
            links[(link.Cited, link.Citing)] = ReportEdgeKind.Chain;
        }

        AddRing(ancestors, NeighbourhoodRole.Ancestor, roles, links, upstream: true);
        AddRing(descendants, NeighbourhoodRole.Descendant, roles, links, upstream: false);

        // Every followed edge between two documents shown; part_of is drawn as a part inside its work instead.
        var grouped = new Dictionary<(DocumentNode Cited, DocumentNode Citing), List<CitationEdge>>();
        foreach (var citing in roles.Keys)
        {
            foreach (var edge in graph.Cites(citing))
            {
                // With --parts-as-works a citation of a part links to its work when only the work is shown.
                var target = roles.ContainsKey(edge.Target) ? edge.Target
                    : options.PartsAsWorks && edge.Target.Symbol.IsPart && graph.Find(edge.Target.Symbol.Work) is { } work && roles.ContainsKey(work) ? work
                    : null;
                if (target is null || target.Equals(citing) || !Followed(edge, options))
                {
                    continue;
                }

                var key = (target, citing);
                if (!grouped.TryGetValue(key, out var list))
                {
                    grouped[key] = list = [];
                }

                list.Add(edge);
            }
        }

        var edges = ImmutableArray.CreateBuilder<ReportEdge>(grouped.Count);
        foreach (var ((cited, citing), list) in grouped.OrderBy(p => p.Key.Cited, Chronology.Order).ThenBy(p => p.Key.Citing, Chronology.Order))
        {
            list.Sort(CitationGraph.EdgeOrder.Instance);
            var kind = links.GetValueOrDefault((cited, citing), ReportEdgeKind.Other);
            edges.Add(new ReportEdge(cited, citing, [.. list], kind, Evidence(graph, list, evidence)));
        }

        var series = SeriesAnalysis.Compute(graph, new SeriesOptions { Relations = options.Relations, PartsAsWorks = options.PartsAsWorks, IncludeInferred = options.IncludeInferred });
        var nodes = roles.OrderBy(p => p.Key, Chronology.Order).Select(p => Describe(graph, p.Key, p.Value.Role, p.Value.Distance, series, options)).ToImmutableArray();
        var longest = chain.Paths.IsDefaultOrEmpty ? [root] : chain.Paths[0];

        var notes = ImmutableArray.CreateBuilder<string>();
        if (chain.Cut)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"The chain is cut {chain.DepthReached} steps back: older documents are left out."));
        }

        if (descendants is { Cut: true })
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"Descendants are shown to {descendantDepth} step{(descendantDepth == 1 ? string.Empty : "s")} (--depth); there are more."));
        }

        if (ancestors is { Cut: true })
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"Ancestors beyond the chain are shown to {ancestorDepth} steps (--depth); there are more."));
        }

        return new ReportNeighbourhood(root, nodes, edges.ToImmutable(), longest, chain, options) { Notes = notes.ToImmutable() };
    }

    private static bool Followed(CitationEdge edge, ReportOptions options) =>
        edge.Relation != Relation.PartOf && options.Relations.Contains(edge.Relation) && (options.IncludeInferred || !edge.Inferred);

    /// <summary>Steps from each chain document to the root along the chain's links (the fewest).</summary>
    private static Dictionary<DocumentNode, int> Distances(ChainResult chain, DocumentNode root)
    {
        var distance = new Dictionary<DocumentNode, int> { [root] = 0 };
        var queue = new Queue<DocumentNode>([root]);
        var parents = chain.Links.ToLookup(l => l.Citing, l => l.Cited);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var parent in parents[node])
            {
                if (distance.TryAdd(parent, distance[node] + 1))
                {
                    queue.Enqueue(parent);
                }
            }
        }

        return distance;
    }

    private static void AddRing(AncestryResult? ring, NeighbourhoodRole role, Dictionary<DocumentNode, (NeighbourhoodRole, int)> roles, Dictionary<(DocumentNode, DocumentNode), ReportEdgeKind> links, bool upstream)
    {
        if (ring is null)
        {
            return;
        }

        foreach (var entry in ring.Entries)
        {
            if (entry.Previous is not { } previous)
            {
                continue; // the resolution itself
            }

            roles.TryAdd(entry.Node, (role, entry.Distance));
            links.TryAdd(upstream ? (entry.Node, previous.Node) : (previous.Node, entry.Node), ReportEdgeKind.Ring);
        }
    }

    private static ImmutableArray<ReportEvidence> Evidence(CitationGraph graph, List<CitationEdge> edges, IEvidenceSource source)
    {
        var evidence = ImmutableArray.CreateBuilder<ReportEvidence>();
        foreach (var edge in edges)
        {
            if (!edge.Inferred)
            {
                evidence.AddRange(source.For(edge));
            }
        }

        if (evidence.Count > 0)
        {
            return evidence.ToImmutable();
        }

        // An inferred link has no mention of its own: show the list that gave the order (the listing document's mentions of the citing one).
        foreach (var edge in edges.Where(e => e.Inferred && e.InferredFrom is not null))
        {
            if (graph.Find(edge.InferredFrom!.Value) is not { } lister)
            {
                continue;
            }

            foreach (var listing in graph.Cites(lister).Where(e => e.Target.Equals(edge.Source) && !e.Inferred))
            {
                evidence.AddRange(source.For(listing));
            }
        }

        return evidence.ToImmutable();
    }

    private static ReportNode Describe(CitationGraph graph, DocumentNode node, NeighbourhoodRole role, int distance, SeriesResult series, ReportOptions options)
    {
        var cites = graph.Cites(node).Where(e => e.Relation != Relation.PartOf).OrderBy(e => e.Target, Chronology.Order).ThenBy(e => e, CitationGraph.EdgeOrder.Instance).ToList();
        var citedBy = graph.CitedBy(node).Where(e => e.Relation != Relation.PartOf).OrderBy(e => e.Source, Chronology.Order).ThenBy(e => e, CitationGraph.EdgeOrder.Instance).ToList();
        return new ReportNode(node, role, distance)
        {
            Series = series.Containing(node.Symbol),
            Cites = [.. cites.Take(options.MaxListed)],
            CitedBy = [.. citedBy.Take(options.MaxListed)],
            MoreCites = Math.Max(0, cites.Count - options.MaxListed),
            MoreCitedBy = Math.Max(0, citedBy.Count - options.MaxListed),
        };
    }
}
