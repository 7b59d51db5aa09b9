using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Bench.Record;

/// <summary>A citation the generator wrote: which document cites which, and in what words (<see cref="Way"/>).</summary>
internal sealed record PlantedCitation(string Source, string Target, string Way, Language Language);

/// <summary>One generated file: its path under the corpus folder, its text and the citations written into it.</summary>
internal sealed record GeneratedFile(string RelativePath, string Text, IReadOnlyList<PlantedCitation> Planted);

/// <summary>
/// Writes the synthetic record: each resolution of a <see cref="RecordPlan"/> in the six languages, as text laid out
/// as it comes out of the UN's PDFs (job numbers, running headers, page counters, lines broken at about 90 characters —
/// 40 in Chinese — also inside citations, footnote markers glued to words or on a line of their own, footnote blocks
/// under a rule at the foot of the page). Resolutions of sessions 1–30 are Markdown with a YAML header, as no file name
/// or heading line the text reader knows can carry a Roman-numbered symbol. Sentences come from
/// <see cref="RecordSentences"/>; the citations are the plan's (series lists, single recalls, the corpus's own citing
/// clauses with their links renumbered, footnotes). Everything is a function of the plan's seed: the same arguments give
/// the same bytes.
/// </summary>
internal sealed partial class RecordGenerator
{
    private readonly RecordPlan _plan;
    private readonly IReadOnlyDictionary<Language, LanguageSentences> _sentences;

    public RecordGenerator(RecordPlan plan, IReadOnlyDictionary<Language, LanguageSentences> sentences)
    {
        _plan = plan;
        _sentences = sentences;
    }

    /// <summary>Writes every file under <paramref name="directory"/>; returns the bytes written and the number of files.</summary>
    public (long Bytes, int Files, long Planted) WriteAll(string directory, int threads = 2)
    {
        long bytes = 0;
        long planted = 0;
        int files = 0;
        var utf8 = new UTF8Encoding(false);
        Parallel.For(0, _plan.Documents.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            foreach (var language in RecordLanguage.All)
            {
                var file = Render(i, language, 0);
                string path = Path.Combine(directory, file.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                byte[] content = utf8.GetBytes(file.Text);
                File.WriteAllBytes(path, content);
                Interlocked.Add(ref bytes, content.Length);
                Interlocked.Add(ref planted, file.Planted.Count);
                Interlocked.Increment(ref files);
            }
        });
        return (bytes, files, planted);
    }

    /// <summary>
    /// The text of document <paramref name="index"/> (in <see cref="RecordPlan.Documents"/>) in
    /// <paramref name="language"/>. Revision 0 is the corpus as written; another revision changes the filler sentences
    /// (not the citations), as an edited file would.
    /// </summary>
    public GeneratedFile Render(int index, Language language, int revision)
    {
        var r = _plan.Documents[index];
        var pool = _sentences[language];
        int li = RecordLanguage.Index(language);
        var docRng = new Random(Mix(_plan.Seed, r.Order, 97));
        var rng = new Random(Mix(_plan.Seed, r.Order, li + (revision * 11) + 1));
        bool zh = language == Language.Chinese;
        // Drawn in every language, so the citations below are the same in the six.
        bool spaced = docRng.NextDouble() < 0.5 && zh;
        bool doubleSpaced = docRng.NextDouble() < 0.5 && zh;
        string source = r.Symbol.Canonical;
        var planted = new List<PlantedCitation>();

        // Citations, the same in the six languages (docRng): the series list, single recalls, corpus clauses, footnotes.
        var citing = new List<string>();
        if (r.Predecessors.Count > 0)
        {
            citing.Add(RecordLanguage.Recalling(language, r.IsAssembly, r.Predecessors, 0, spaced));
            planted.AddRange(r.Predecessors.Select(p => new PlantedCitation(source, p.Symbol.Canonical, "series list", language)));
        }

        int singles = r.Order == 0 ? 0 : 1 + docRng.Next(3);
        for (int k = 0; k < singles; k++)
        {
            var target = Earlier(r, docRng, _ => true);
            if (target is null)
            {
                continue;
            }

            citing.Add(RecordLanguage.Recalling(language, r.IsAssembly, [target], 1 + docRng.Next(3), spaced));
            bool other = target.IsAssembly != r.IsAssembly;
            planted.Add(new PlantedCitation(source, target.Symbol.Canonical, other ? "other organ" : "recalling", language));
        }

        var templateTargets = new List<RecordResolution>();
        if (r.Kind == RecordKind.Assembly && r.Session >= 33 && docRng.NextDouble() < 0.6)
        {
            for (int k = 0; k < 6; k++)
            {
                if (Earlier(r, docRng, t => t.Kind == RecordKind.Assembly) is { } t)
                {
                    templateTargets.Add(t);
                }
            }
        }

        // Which of the language's corpus clauses: fixed per language, so an edited revision keeps its citations.
        int templateIndex = new Random(Mix(_plan.Seed, r.Order, 1000 + li)).Next(pool.Citing.Count);
        if (templateTargets.Count > 0)
        {
            // The first template of the language's pool, from a random start, that has no more links than targets.
            for (int k = 0; k < pool.Citing.Count; k++)
            {
                var template = pool.Citing[(templateIndex + k) % pool.Citing.Count];
                if (template.Links <= templateTargets.Count)
                {
                    citing.Add(Fill(template, templateTargets, language));
                    planted.AddRange(templateTargets.Take(template.Links).Select(t => new PlantedCitation(source, t.Symbol.Canonical, "corpus clause", language)));
                    break;
                }
            }
        }

        int footnoteCount = docRng.Next(4);
        var footnotes = new List<string>();
        for (int k = 0; k < footnoteCount; k++)
        {
            if (docRng.NextDouble() < 0.5 && Earlier(r, docRng, t => t.IsAssembly) is { } t)
            {
                footnotes.Add(RecordLanguage.SeeResolution(language, t));
                planted.Add(new PlantedCitation(source, t.Symbol.Canonical, "footnote", language));
            }
            else
            {
                footnotes.Add(Shift(pool.Footnotes[rng.Next(pool.Footnotes.Count)], r.Year));
            }
        }

        // Filler from the corpus (rng: differs by language and revision) until the file reaches its size.
        long goal = (long)(_plan.FileBytes * (0.4 + (1.2 * docRng.NextDouble())));
        var preamble = new List<Clause>();
        var operative = new List<Clause>();
        long size = 600 + citing.Sum(c => (long)Encoding.UTF8.GetByteCount(c));
        var prePool = r.IsAssembly ? pool.GaPreamble : pool.ScPreamble;
        var opPool = r.IsAssembly ? pool.GaOperative : pool.ScOperative;
        while (size < goal || operative.Count == 0)
        {
            bool pre = preamble.Count < 2 || rng.NextDouble() < 0.35;
            string text = Shift(pre ? prePool[rng.Next(prePool.Count)] : opPool[rng.Next(opPool.Count)], r.Year);
            (pre ? preamble : operative).Add(new Clause(text, true));
            size += Encoding.UTF8.GetByteCount(text) + (text.Length / 40) + 4;
        }

        // The citing clauses go into the preamble: the series list first, the others among the filler.
        int at = 0;
        foreach (string c in citing)
        {
            preamble.Insert(Math.Min(at, preamble.Count), new Clause(c, false));
            at += 1 + rng.Next(3);
        }

        // Footnote markers go on filler clauses, numbered in reading order.
        var clauses = preamble.Select(c => (c, true)).Concat(operative.Select(c => (c, false))).ToList();
        var carriers = Enumerable.Range(0, clauses.Count).Where(i => clauses[i].c.Filler).OrderBy(_ => rng.Next()).Take(footnotes.Count).Order().ToList();
        for (int k = 0; k < carriers.Count; k++)
        {
            var (c, pre) = clauses[carriers[k]];
            clauses[carriers[k]] = (c with { Marker = k + 1 }, pre);
        }

        var title = r.IsAssembly ? pool.GaTitles[(r.Series >= 0 ? r.Series : r.Order) % pool.GaTitles.Count] : string.Empty; // the Council prints no title in its heading
        var page = new PageWriter(language, r, doubleSpaced, docRng);
        page.Heading(RecordLanguage.Heading(language, r, title, spaced), RecordLanguage.Formula(language, r.IsAssembly));
        int number = 0;
        foreach (var (c, pre) in clauses)
        {
            string text = pre ? c.Text : RecordLanguage.OperativeNumber(language, ++number) + c.Text;
            page.Paragraph(text, c.Marker, c.Marker > 0 ? footnotes[c.Marker - 1] : null, rng);
        }

        page.Closing(RecordLanguage.Closing(language, r));
        string body = page.Finish();
        string code = RecordLanguage.Code(language);
        string relative;
        if (r.Kind == RecordKind.RomanAssembly)
        {
            // Markdown with a YAML header, as ../shared/corpus/ga-80-en-pdftext: the symbol comes from the header.
            string part = r.Part?.ToString() ?? string.Empty;
            relative = Path.Combine("A", r.Session.ToString("D2", CultureInfo.InvariantCulture),
                Inv($"A_RES_{r.Number}{part}({RomanNumeral.Format(r.Session)})-{code.ToUpperInvariant()}.md"));
            body = Inv($"---\nsymbol: {source}\ndate: \"{r.Date:yyyy-MM-dd}\"\nlanguage: {code.ToUpperInvariant()}\n---\n\n") + body;
        }
        else if (r.Kind == RecordKind.Assembly)
        {
            string part = r.Part?.ToString() ?? string.Empty;
            string name = docRng.NextDouble() < 0.5 ? Inv($"A_RES_{r.Session}_{r.Number}{part}-{code.ToUpperInvariant()}.txt") : Inv($"A_RES_{r.Session}_{r.Number}{part}.{code}.txt");
            relative = Path.Combine("A", r.Session.ToString("D2", CultureInfo.InvariantCulture), name);
        }
        else
        {
            relative = Path.Combine("S", r.Year.ToString(CultureInfo.InvariantCulture), Inv($"S_RES_{r.Number:D4}_{r.Year}_{code.ToUpperInvariant()}.txt"));
        }

        return new GeneratedFile(relative, body, planted);
    }

    /// <summary>Seeds for <see cref="Random"/> from several integers (not <see cref="HashCode"/>, which differs between processes).</summary>
    internal static int Mix(int a, int b, int c)
    {
        unchecked
        {
            uint h = 2166136261;
            foreach (int v in new[] { a, b, c })
            {
                h = (h ^ (uint)v) * 16777619;
                h ^= h >> 15;
                h *= 2246822519;
            }

            return (int)(h & 0x7FFFFFFF);
        }
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A resolution adopted before <paramref name="r"/>, the recent ones more often, that <paramref name="accept"/>s:
    /// three times in four one of the same subject, else any.
    /// </summary>
    private RecordResolution? Earlier(RecordResolution r, Random rng, Func<RecordResolution, bool> accept)
    {
        var topic = _plan.ByTopic[r.Topic];
        int below = topic.BinarySearch(r, Comparer<RecordResolution>.Create((a, b) => a.Order.CompareTo(b.Order)));
        below = below < 0 ? ~below : below;
        for (int tries = 0; tries < 30 && r.Order > 0; tries++)
        {
            double x = rng.NextDouble();
            bool local = rng.NextDouble() < 0.75 && below > 0;
            var t = local ? topic[Math.Max(0, below - 1 - (int)(x * x * below))] : _plan.All[Math.Max(0, r.Order - 1 - (int)(x * x * r.Order))];
            if (t.Date < r.Date && accept(t))
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>A corpus clause with the plan's symbols in its links and the date printed beside each link renumbered (before it in Chinese).</summary>
    private static string Fill(CitingTemplate template, List<RecordResolution> targets, Language language)
    {
        var pieces = template.Pieces.ToArray();
        var pattern = RecordLanguage.DatePattern(language);
        for (int i = 0; i < template.Links; i++)
        {
            string date = RecordLanguage.Date(language, targets[i].Date, spaced: false);
            if (language == Language.Chinese)
            {
                // 2021年2月11日第75/259号决议: the date comes before the number (the last date before it, also when a
                // subject stands between them).
                var m = pattern.Matches(pieces[i]).LastOrDefault();
                if (m is not null)
                {
                    pieces[i] = pieces[i][..m.Index] + date + pieces[i][(m.Index + m.Length)..];
                }
            }
            else
            {
                var m = pattern.Match(pieces[i + 1]);
                if (m.Success && m.Index <= 40)
                {
                    pieces[i + 1] = pieces[i + 1][..m.Index] + date + pieces[i + 1][(m.Index + m.Length)..];
                }
            }
        }

        var text = new StringBuilder(pieces[0]);
        for (int i = 0; i < template.Links; i++)
        {
            text.Append(RecordLanguage.Symbol(language, targets[i])).Append(pieces[i + 1]);
        }

        return text.ToString();
    }

    /// <summary>A corpus sentence of 2023 moved to <paramref name="year"/>: the years in it (1946–2030) shift by as much.</summary>
    private static string Shift(string text, int year)
    {
        int delta = year - 2023;
        return delta == 0 || !text.AsSpan().ContainsAny(Digits) ? text : YearPattern().Replace(text, m =>
        {
            int y = int.Parse(m.ValueSpan, CultureInfo.InvariantCulture);
            return y is < 1946 or > 2030 ? m.Value : Math.Max(1946, y + delta).ToString(CultureInfo.InvariantCulture);
        });
    }

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d\d(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    private sealed record Clause(string Text, bool Filler, int Marker = 0);
}
