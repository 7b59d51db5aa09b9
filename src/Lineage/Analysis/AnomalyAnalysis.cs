using System.Collections.Immutable;
using System.Globalization;
using Lineage.Graph;
using Lineage.Model;

namespace Lineage.Analysis;

/// <summary>
/// Where the record contradicts itself, each finding with its evidence: a citation of a document adopted later than
/// the citing one; citations giving different dates for one document; a date outside the General Assembly session
/// the symbol names (session N opens in September of 1945 + N and ends before the next one, <c>UN-SYMBOLS.md</c>);
/// documents citing one another in a loop; a cited symbol that cannot exist (a session beyond
/// <see cref="SymbolGrammar.LatestPlausibleSession"/>, a Roman session beyond XXX, a part letter on a resolution the
/// corpus holds whole); and a document whose language versions cite different sets. Only citations read are
/// examined, not edges inferred from a list's order. Linear in nodes, edges and mentions.
/// </summary>
public static class AnomalyAnalysis
{
    /// <summary>The last General Assembly session numbered in Roman numerals (sessions I–XXX, to 1975).</summary>
    public const int LastRomanSession = 30;

    public static ImmutableArray<Anomaly> Compute(CitationGraph graph, CheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= CheckOptions.Default;
        var filter = EdgeFilter.Of(options.Relations.Remove(Relation.PartOf), includeInferred: false);
        var found = new List<Anomaly>();
        var kinds = options.Kinds;
        var cited = graph.Edges.Where(e => filter.Accepts(EdgeFilter.Code(e))).ToList();
        if (kinds.Contains(AnomalyKind.ForwardCitation))
        {
            found.AddRange(cited.Select(ForwardCitation).OfType<Anomaly>());
        }

        var inEdges = cited.ToLookup(e => e.Target);
        if (kinds.Contains(AnomalyKind.DateConflict) || kinds.Contains(AnomalyKind.SessionDate) || kinds.Contains(AnomalyKind.ImpossibleSymbol)
            || kinds.Contains(AnomalyKind.CouncilYear))
        {
            foreach (var node in graph.Nodes)
            {
                var mentions = inEdges[node].SelectMany(e => e.Mentions).ToList();
                if (kinds.Contains(AnomalyKind.DateConflict) && DateConflict(node, mentions) is { } conflict)
                {
                    found.Add(conflict);
                }

                if (kinds.Contains(AnomalyKind.SessionDate))
                {
                    found.AddRange(SessionDates(node, mentions));
                }

                if (kinds.Contains(AnomalyKind.CouncilYear))
                {
                    found.AddRange(CouncilYears(node, mentions));
                }

                if (kinds.Contains(AnomalyKind.ImpossibleSymbol) && ImpossibleSymbol(graph, node, mentions) is { } impossible)
                {
                    found.Add(impossible);
                }
            }
        }

        if (kinds.Contains(AnomalyKind.Cycle))
        {
            found.AddRange(Cycles(graph, filter));
        }

        if (kinds.Contains(AnomalyKind.LanguageMismatch))
        {
            found.AddRange(cited.GroupBy(e => e.Source).Select(LanguageMismatch).OfType<Anomaly>());
        }

        return [.. found.OrderBy(a => a.Kind).ThenBy(a => a.Document).ThenBy(a => a.Message, StringComparer.Ordinal)];
    }

    private static Anomaly? ForwardCitation(CitationEdge edge)
    {
        var (source, target) = (edge.Source, edge.Target);
        string? why = null;
        if (source.Date is { } citing && target.Date is { } citedDate)
        {
            if (citedDate > citing)
            {
                why = Invariant($"adopted {Day(citedDate)} ({DateOrigin(target)}), after the citing document ({Day(citing)}, {DateOrigin(source)})");
            }
        }
        else if (Chronology.SessionYear(source.Symbol) is { } sourceYear && Chronology.SessionYear(target.Symbol) is { } targetYear && targetYear > sourceYear)
        {
            why = Invariant($"of session {target.Symbol.Session}, after the citing document's session {source.Symbol.Session}");
        }

        if (why is null)
        {
            return null;
        }

        return new Anomaly(AnomalyKind.ForwardCitation, source.Symbol, $"{source.Symbol} cites {target.Symbol}, {why}", [.. edge.Mentions.Select(Where)])
        {
            Other = target.Symbol,
        };
    }

    private static Anomaly? DateConflict(DocumentNode node, List<Citation> mentions)
    {
        var byDate = mentions.Where(m => m.Date is not null).GroupBy(m => m.Date!.Value).ToDictionary(g => g.Key, g => g.ToList());
        var dates = byDate.Keys.ToHashSet();
        if (node.DateFromDocument && node.Date is { } own)
        {
            dates.Add(own);
        }

        if (dates.Count < 2)
        {
            return null;
        }

        var evidence = new List<string>();
        foreach (var date in dates.Order())
        {
            var sayers = new List<string>();
            if (node.DateFromDocument && node.Date == date)
            {
                sayers.Add("the document itself (" + string.Join(", ", node.Files) + ")");
            }

            if (byDate.TryGetValue(date, out var list))
            {
                sayers.AddRange(list.Select(Where));
            }

            evidence.Add(Day(date) + ": " + string.Join("; ", sayers));
        }

        return new Anomaly(AnomalyKind.DateConflict, node.Symbol,
            $"{node.Symbol} is given {dates.Count} different dates: {string.Join(", ", dates.Order().Select(Day))}", [.. evidence]);
    }

    private static IEnumerable<Anomaly> SessionDates(DocumentNode node, List<Citation> mentions)
    {
        if (Chronology.SessionWindow(node.Symbol) is not { } window)
        {
            yield break;
        }

        bool Outside(DateOnly d) => d < window.First || d > window.Last;
        string range = $"session {node.Symbol.Session} ran from {Day(window.First)} to {Day(window.Last)} at the latest";
        if (node.DateFromDocument && node.Date is { } own && Outside(own))
        {
            yield return new Anomaly(AnomalyKind.SessionDate, node.Symbol,
                $"{node.Symbol} is dated {Day(own)} by its own text, but {range}", [.. node.Files.Select(f => "read from " + f)]);
        }

        foreach (var group in mentions.Where(m => m.Date is { } d && Outside(d)).GroupBy(m => m.Date!.Value).OrderBy(g => g.Key))
        {
            yield return new Anomaly(AnomalyKind.SessionDate, node.Symbol,
                $"{node.Symbol} is cited as of {Day(group.Key)}, but {range}", [.. group.Select(Where)]);
        }
    }

    /// <summary>Mentions of a Security Council resolution that print another year than its number's (<c>2214 (2014)</c>).</summary>
    private static IEnumerable<Anomaly> CouncilYears(DocumentNode node, List<Citation> mentions)
    {
        if (node.Symbol.Organ != Organ.SecurityCouncil || node.Symbol.Year is not { } year)
        {
            yield break;
        }

        foreach (var group in mentions.Where(m => m.PrintedYear is { } printed && printed != year).GroupBy(m => m.PrintedYear!.Value).OrderBy(g => g.Key))
        {
            yield return new Anomaly(AnomalyKind.CouncilYear, node.Symbol,
                Invariant($"{node.Symbol} is cited as {node.Symbol.Number} ({group.Key}), but resolution {node.Symbol.Number} was adopted in {year}"),
                [.. group.Select(Where)]);
        }
    }

    private static Anomaly? ImpossibleSymbol(CitationGraph graph, DocumentNode node, List<Citation> mentions)
    {
        var symbol = node.Symbol;
        string? why = null;
        if (symbol.Organ == Organ.GeneralAssembly && symbol.Kind != SymbolKind.Document && symbol.Session is { } session)
        {
            if (symbol.IsRomanSession && session > LastRomanSession)
            {
                why = Invariant($"the General Assembly numbered sessions in Roman numerals only up to XXX; this names session {session}");
            }
            else if (!symbol.IsRomanSession && symbol.SessionType == SessionType.Regular && session > SymbolGrammar.LatestPlausibleSession)
            {
                why = Invariant($"session {session} is beyond the latest plausible session ({SymbolGrammar.LatestPlausibleSession})");
            }
        }

        if (why is null && symbol.IsPart && !node.InCorpus && graph.Find(symbol.Work) is { InCorpus: true } work)
        {
            why = $"the corpus holds {work.Symbol} as one whole resolution ({string.Join(", ", work.Files)}), so it has no part {symbol.Part}";
        }

        return why is null ? null : new Anomaly(AnomalyKind.ImpossibleSymbol, symbol, $"{symbol} cannot exist: {why}", [.. mentions.Select(Where)]);
    }

    private static IEnumerable<Anomaly> Cycles(CitationGraph graph, EdgeFilter filter)
    {
        var index = GraphIndex.For(graph, partsAsWorks: false);
        foreach (var component in StrongComponents(index, filter).Where(c => c.Count > 1))
        {
            var members = component.Select(i => index.Nodes[i]).OrderBy(n => n.Symbol).ToList();
            var loop = OneCycle(index, filter, component);
            var evidence = loop.Select(e => $"{e.Source.Symbol} {e.Relation.ToToken()} {e.Target.Symbol}: " +
                string.Join("; ", e.Mentions.Select(Where).DefaultIfEmpty("(no mention)"))).ToImmutableArray();
            yield return new Anomaly(AnomalyKind.Cycle, members[0].Symbol,
                $"{members.Count} documents cite one another in a loop: {string.Join(" → ", loop.Select(e => e.Source.Symbol.ShortForm).Append(loop[0].Source.Symbol.ShortForm))}",
                evidence);
        }
    }

    /// <summary>Tarjan's strongly connected components, iterative.</summary>
    private static List<List<int>> StrongComponents(GraphIndex index, EdgeFilter filter)
    {
        int n = index.Count;
        var order = new int[n];
        var low = new int[n];
        var onStack = new bool[n];
        var stack = new Stack<int>();
        var call = new Stack<(int Node, int Slot)>();
        var components = new List<List<int>>();
        int counter = 0;
        for (int root = 0; root < n; root++)
        {
            if (order[root] != 0)
            {
                continue;
            }

            call.Push((root, index.OutStart[root]));
            order[root] = low[root] = ++counter;
            stack.Push(root);
            onStack[root] = true;
            while (call.Count > 0)
            {
                var (u, slot) = call.Pop();
                bool descended = false;
                for (; slot < index.OutStart[u + 1]; slot++)
                {
                    if (!filter.Accepts(index.OutCode[slot]))
                    {
                        continue;
                    }

                    int v = index.OutTarget[slot];
                    if (order[v] == 0)
                    {
                        call.Push((u, slot + 1));
                        call.Push((v, index.OutStart[v]));
                        order[v] = low[v] = ++counter;
                        stack.Push(v);
                        onStack[v] = true;
                        descended = true;
                        break;
                    }

                    if (onStack[v])
                    {
                        low[u] = Math.Min(low[u], order[v]);
                    }
                }

                if (descended)
                {
                    continue;
                }

                if (low[u] == order[u])
                {
                    var component = new List<int>();
                    int w;
                    do
                    {
                        w = stack.Pop();
                        onStack[w] = false;
                        component.Add(w);
                    }
                    while (w != u);
                    components.Add(component);
                }

                if (call.Count > 0)
                {
                    int parent = call.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[u]);
                }
            }
        }

        return components;
    }

    /// <summary>A shortest loop through the component's first member (by symbol), as edges.</summary>
    private static List<CitationEdge> OneCycle(GraphIndex index, EdgeFilter filter, List<int> component)
    {
        var inside = component.ToHashSet();
        int start = component.Min();
        var via = new Dictionary<int, (int From, int Slot)> { [start] = (-1, -1) };
        var queue = new Queue<int>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            int u = queue.Dequeue();
            for (int s = index.OutStart[u]; s < index.OutStart[u + 1]; s++)
            {
                int v = index.OutTarget[s];
                if (!filter.Accepts(index.OutCode[s]) || !inside.Contains(v))
                {
                    continue;
                }

                if (v == start)
                {
                    var loop = new List<CitationEdge> { index.OutEdge[s] };
                    for (int w = u; w != start; w = via[w].From)
                    {
                        loop.Add(index.OutEdge[via[w].Slot]);
                    }

                    loop.Reverse();
                    return loop;
                }

                if (via.TryAdd(v, (u, s)))
                {
                    queue.Enqueue(v);
                }
            }
        }

        return [];
    }

    private static Anomaly? LanguageMismatch(IGrouping<DocumentNode, CitationEdge> edges)
    {
        var source = edges.Key;
        if (source.Languages.Count < 2)
        {
            return null;
        }

        var byTarget = edges.GroupBy(e => e.Target.Symbol)
            .Select(g => (Target: g.Key, Languages: g.SelectMany(e => e.Languages).Where(l => l != Language.Unknown).ToImmutableSortedSet()))
            .ToList();
        var all = byTarget.SelectMany(t => t.Languages).ToImmutableSortedSet();
        if (all.Count < 2)
        {
            return null;
        }

        var missing = byTarget.Where(t => t.Languages.Count < all.Count).OrderBy(t => t.Target).ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        string Codes(IEnumerable<Language> languages) => string.Join(", ", languages.Select(l => l.ToCode()));
        return new Anomaly(AnomalyKind.LanguageMismatch, source.Symbol,
            $"{source.Symbol}: its {Codes(all)} versions cite different sets ({missing.Count} document(s) not cited in every version)",
            [.. missing.Select(t => $"{t.Target}: cited in {Codes(t.Languages)}; not in {Codes(all.Except(t.Languages))}")]);
    }

    private static string Where(Citation c)
    {
        string text = string.Join(' ', c.Text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        string date = c.Date is { } d ? " of " + Day(d) : string.Empty;
        return $"{c.Source} ({c.Language.ToCode()}) at {c.Span}: \"{text}\"{date}";
    }

    private static string DateOrigin(DocumentNode node) => node.DateFromDocument ? "by its own text" : "as cited";

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
