using Lineage.Graph;
using Lineage.Model;

namespace Lineage.Bench;

/// <summary>
/// A citation graph shaped like the whole UN record, for benchmarks: GA resolutions over sessions 31–80, each
/// citing earlier ones mostly from recent sessions, plus long yearly series whose members recall every earlier
/// member (as "Nuclear disarmament" does). Deterministic for a given seed.
/// </summary>
internal static class SyntheticGraph
{
    public static CitationGraph Create(int documents = 100_000, int citations = 1_000_000, int seed = 42)
    {
        var random = new Random(seed);
        const int firstSession = 31;
        const int lastSession = 80;
        int sessions = lastSession - firstSession + 1;
        int perSession = Math.Max(1, documents / sessions);
        var symbols = new List<DocumentSymbol>(documents);
        var dates = new List<DateOnly>(documents);
        for (int s = firstSession; s <= lastSession && symbols.Count < documents; s++)
        {
            for (int n = 1; n <= perSession && symbols.Count < documents; n++)
            {
                symbols.Add(DocumentSymbol.GeneralAssemblyResolution(s, n));
                dates.Add(new DateOnly(1945 + s, 12, 1).AddDays(n % 20));
            }
        }

        var builder = new CitationGraphBuilder();
        var file = "synthetic";
        var span = new SourceSpan(file, 0, 0, 1, 1);
        for (int i = 0; i < symbols.Count; i++)
        {
            builder.AddNode(symbols[i], dates[i], "Synthetic resolution " + symbols[i].ShortForm, Language.English);
        }

        int made = 0;

        // Long series: 20% of citations; each series renews once a session and recalls every earlier member.
        int seriesCitations = citations / 5;
        while (made < seriesCitations)
        {
            int start = random.Next(0, sessions / 2);
            int length = random.Next(10, sessions - start);
            int slot = random.Next(0, perSession);
            var members = Enumerable.Range(start, length).Select(k => k * perSession + slot).Where(k => k < symbols.Count).ToList();
            for (int m = 1; m < members.Count && made < seriesCitations; m++)
            {
                for (int p = 0; p < m && made < seriesCitations; p++)
                {
                    builder.AddCitation(Make(symbols[members[m]], symbols[members[p]], dates[members[p]], p, span));
                    made++;
                }
            }
        }

        // The rest: each citation goes back a geometric number of sessions (mostly recent years).
        while (made < citations)
        {
            int from = random.Next(perSession, symbols.Count);
            int back = 1 + (int)(-Math.Log(1 - random.NextDouble()) * 2.5);
            int session = Math.Max(0, (from / perSession) - back);
            int to = Math.Min(session * perSession + random.Next(perSession), from - 1);
            if (to < 0 || to == from)
            {
                continue;
            }

            builder.AddCitation(Make(symbols[from], symbols[to], dates[to], 0, span));
            made++;
        }

        builder.InferSeriesLinks = false;
        return builder.Build();
    }

    private static Citation Make(DocumentSymbol source, DocumentSymbol target, DateOnly date, int ordinal, SourceSpan span) =>
        new(source, target, "Recalling", Relation.Recalls, CitationSite.Preamble(1), date, Language.English, span, target.ShortForm)
        {
            Ordinal = ordinal,
            InList = true,
        };
}
