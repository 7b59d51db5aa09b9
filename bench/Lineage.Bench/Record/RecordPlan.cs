using Lineage.Model;

namespace Lineage.Bench.Record;

/// <summary>How a resolution of the record is numbered.</summary>
internal enum RecordKind
{
    /// <summary>General Assembly, session 31 and later: <c>62/42</c>.</summary>
    Assembly,

    /// <summary>General Assembly, sessions 1–30: <c>3187 (XXVIII)</c>.</summary>
    RomanAssembly,

    /// <summary>Security Council: <c>1540 (2004)</c>.</summary>
    Council,
}

/// <summary>One resolution of the synthetic record (the same in its six language versions).</summary>
internal sealed class RecordResolution
{
    public required RecordKind Kind { get; init; }

    /// <summary>Assembly session (1–80); 0 for the Council.</summary>
    public required int Session { get; init; }

    public required int Number { get; init; }

    public required int Year { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>Plenary meeting (Assembly) or Council meeting number.</summary>
    public required int Meeting { get; init; }

    /// <summary>Main Committee whose report it came from (0–5).</summary>
    public required int Committee { get; init; }

    /// <summary>Position in the whole record, by date.</summary>
    public int Order { get; set; }

    /// <summary>A part letter (<c>49/75 E</c>), given to some members of series.</summary>
    public char? Part { get; set; }

    /// <summary>Its subject (agenda item): a series' members share their series'; resolutions recall mostly their subject's.</summary>
    public int Topic { get; set; }

    /// <summary>The series it belongs to, or -1.</summary>
    public int Series { get; set; } = -1;

    /// <summary>The earlier members of its series, oldest first (recalled in one list).</summary>
    public IReadOnlyList<RecordResolution> Predecessors { get; set; } = [];

    public DocumentSymbol Symbol => Kind switch
    {
        RecordKind.Assembly => DocumentSymbol.GeneralAssemblyResolution(Session, Number, Part?.ToString()),
        RecordKind.RomanAssembly => DocumentSymbol.RomanSessionResolution(Organ.GeneralAssembly, Number, Session, Part?.ToString()),
        _ => DocumentSymbol.SecurityCouncilResolution(Number, Year),
    };

    public bool IsAssembly => Kind != RecordKind.Council;
}

/// <summary>
/// The synthetic record: every General Assembly resolution from session 1 (Roman-numbered to session 30) to session 80
/// and every Security Council resolution to 2025, numbered as the UN numbered them (Council numbers by year from
/// <see cref="SecurityCouncilNumbering"/>); yearly series that renew one another; and the documents chosen to reach the
/// size asked for (all of them at about 4 GB). The same seed and size give the same plan.
/// </summary>
internal sealed class RecordPlan
{
    /// <summary>Average bytes of one language version in the UN's record (a resolution of 5 to 50 KB of text).</summary>
    public const long TypicalFileBytes = 32 * 1024;

    /// <summary>
    /// First resolution number of Assembly sessions 1–30, and one past the last of session 30 (an approximation of the
    /// real ranges, which put <c>1514 (XV)</c>, <c>2373 (XXII)</c>, <c>2602 (XXIV)</c>, <c>3187 (XXVIII)</c> and
    /// <c>3419 (XXX)</c> in their sessions).
    /// </summary>
    private static readonly int[] RomanFirst =
    [
        1, 109, 185, 262, 378, 500, 611, 705, 807, 914, 1001, 1136, 1232, 1350, 1472, 1620, 1737, 1890, 1990, 2011,
        2137, 2229, 2392, 2454, 2620, 2749, 2880, 3034, 3209, 3362, 3542,
    ];

    private RecordPlan(List<RecordResolution> all, List<RecordResolution> documents, List<List<RecordResolution>> series, long fileBytes, int seed)
    {
        ByTopic = all.GroupBy(r => r.Topic).ToDictionary(g => g.Key, g => g.ToList());
        All = all;
        Documents = documents;
        Series = series;
        FileBytes = fileBytes;
        Seed = seed;
    }

    /// <summary>The whole record, by date.</summary>
    public IReadOnlyList<RecordResolution> All { get; }

    /// <summary>The resolutions written out (six files each), by date.</summary>
    public IReadOnlyList<RecordResolution> Documents { get; }

    public IReadOnlyList<List<RecordResolution>> Series { get; }

    /// <summary>The whole record by subject, each list by date.</summary>
    public IReadOnlyDictionary<int, List<RecordResolution>> ByTopic { get; }

    /// <summary>The average size to give one file.</summary>
    public long FileBytes { get; }

    public int Seed { get; }

    public static RecordPlan Create(long totalBytes, int seed)
    {
        var rng = new Random(seed);
        var all = Enumerate(rng);
        int wanted = (int)Math.Clamp(totalBytes / (TypicalFileBytes * RecordLanguage.All.Length), 12, all.Count);
        var chosen = new HashSet<RecordResolution>();
        var series = new List<List<RecordResolution>>();

        var bySlot = all.GroupBy(r => (r.Kind == RecordKind.Council ? r.Year : r.Session, r.Kind == RecordKind.Council))
            .ToDictionary(g => g.Key, g => g.ToList());
        var used = new HashSet<RecordResolution>();

        // Series 0 is the longest: sessions 31 to 80, with part letters in its first twenty years (like nuclear disarmament, 49/75 E → 80/24).
        int seriesCount = Math.Max(2, wanted / 28);
        for (int k = 0; k < seriesCount && chosen.Count < wanted * 0.9; k++)
        {
            bool council = k > 0 && rng.NextDouble() < 0.15;
            int first, last;
            if (k == 0)
            {
                (first, last) = (31, 80);
            }
            else if (council)
            {
                first = rng.Next(1946, 2021);
                last = Math.Min(2025, first + 2 + rng.Next(28));
            }
            else
            {
                first = rng.Next(1, 78);
                last = Math.Min(80, first + 2 + rng.Next(rng.NextDouble() < 0.3 ? 48 : 20));
            }

            var members = new List<RecordResolution>();
            for (int slot = first; slot <= last; slot++)
            {
                var candidates = bySlot[(slot, council)];
                RecordResolution? pick = null;
                for (int tries = 0; tries < 20 && pick is null; tries++)
                {
                    var c = candidates[rng.Next(candidates.Count)];
                    pick = used.Contains(c) ? null : c;
                }

                if (pick is null)
                {
                    continue;
                }

                used.Add(pick);
                pick.Series = series.Count;
                pick.Topic = series.Count;
                if (!council && ((k == 0 && slot <= 50) || (k > 0 && pick.Kind == RecordKind.Assembly && slot <= 60 && rng.NextDouble() < 0.2)))
                {
                    pick.Part = (char)('A' + rng.Next(26));
                }

                pick.Predecessors = members.ToArray();
                members.Add(pick);
                chosen.Add(pick);
            }

            series.Add(members);
        }

        // Subjects: the resolutions outside series take one of the series' subjects at random.
        foreach (var r in all.Where(r => r.Series < 0))
        {
            r.Topic = rng.Next(Math.Max(1, series.Count));
        }

        // The rest: drawn from the whole record.
        var order = all.Where(r => !chosen.Contains(r)).OrderBy(_ => rng.Next()).ToList();
        foreach (var r in order)
        {
            if (chosen.Count >= wanted)
            {
                break;
            }

            chosen.Add(r);
        }

        var documents = all.Where(chosen.Contains).ToList();
        long fileBytes = totalBytes / (documents.Count * (long)RecordLanguage.All.Length);
        return new RecordPlan(all, documents, series, fileBytes, seed);
    }

    private static List<RecordResolution> Enumerate(Random rng)
    {
        var all = new List<RecordResolution>(21_000);
        for (int session = 1; session <= 80; session++)
        {
            int year = 1945 + session;
            int first = session <= 30 ? RomanFirst[session - 1] : 1;
            int count = session <= 30 ? RomanFirst[session] - first : session switch
            {
                <= 45 => 330,
                <= 60 => 260,
                <= 79 => 280,
                _ => 55,
            };
            for (int i = 0; i < count; i++)
            {
                var date = new DateOnly(year, 9, 20).AddDays(i * 92 / count);
                all.Add(new RecordResolution
                {
                    Kind = session <= 30 ? RecordKind.RomanAssembly : RecordKind.Assembly,
                    Session = session,
                    Number = first + i,
                    Year = year,
                    Date = date,
                    Meeting = 40 + (i * 60 / count) + rng.Next(3),
                    Committee = rng.Next(6),
                });
            }
        }

        for (int year = SecurityCouncilNumbering.FirstYear; year <= 2025; year++)
        {
            int first = SecurityCouncilNumbering.FirstNumberOf(year);
            int next = SecurityCouncilNumbering.FirstNumberOf(year + 1);
            for (int number = first; number < next; number++)
            {
                if (SecurityCouncilNumbering.YearOf(number) != year)
                {
                    continue;
                }

                all.Add(new RecordResolution
                {
                    Kind = RecordKind.Council,
                    Session = 0,
                    Number = number,
                    Year = year,
                    Date = new DateOnly(year, 1, 8).AddDays((number - first) * 350 / Math.Max(1, next - first)),
                    Meeting = 10 + (number * 33 / 10),
                    Committee = 0,
                });
            }
        }

        all.Sort((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.Number.CompareTo(b.Number));
        for (int i = 0; i < all.Count; i++)
        {
            all[i].Order = i;
        }

        return all;
    }
}
