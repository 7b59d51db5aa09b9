using System.Collections.Immutable;
using System.Net;
using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Bench.Record;

/// <summary>
/// A clause of the real record that cites General Assembly resolutions by links (<c>its resolutions 59/209 of
/// 20 December 2004 and 65/286 of …</c>): its text cut at each link, so the generator can put other symbols in and
/// renumber the year printed beside each.
/// </summary>
/// <param name="Pieces">The text around the links: one more piece than links.</param>
internal sealed record CitingTemplate(ImmutableArray<string> Pieces)
{
    public int Links => Pieces.Length - 1;
}

/// <summary>The sentences of one language taken from ../shared/corpus: clauses that cite nothing, clauses that cite by link, footnotes, titles.</summary>
internal sealed class LanguageSentences
{
    public List<string> GaPreamble { get; } = [];

    public List<string> GaOperative { get; } = [];

    public List<string> ScPreamble { get; } = [];

    public List<string> ScOperative { get; } = [];

    public List<CitingTemplate> Citing { get; } = [];

    public List<string> Footnotes { get; } = [];

    public List<string> GaTitles { get; } = [];

    public List<string> ScTitles { get; } = [];
}

/// <summary>
/// Reads the sentence pools from the AKN4UN files of ../shared/corpus (and the English PDF text): preambular and
/// operative clauses with no symbol in them, clauses whose only citations are General Assembly links, footnote texts
/// and titles, per language. Files are read in sorted order, so the pools (and all that is generated from them) are
/// the same from run to run.
/// </summary>
internal static partial class RecordSentences
{
    private static readonly (string Folder, Language Language)[] Folders =
    [
        ("Arabic", Language.Arabic), ("Chinese", Language.Chinese), ("English", Language.English),
        ("French", Language.French), ("Russian", Language.Russian), ("Spanish", Language.Spanish),
    ];

    public static IReadOnlyDictionary<Language, LanguageSentences> Load(string corpus)
    {
        var pools = Folders.ToDictionary(f => f.Language, _ => new LanguageSentences());
        foreach (var (folder, language) in Folders)
        {
            var pool = pools[language];
            foreach (string dir in new[] { Path.Combine(corpus, "akn4un-ga", "78", folder) })
            {
                foreach (string file in Files(dir))
                {
                    Read(File.ReadAllText(file), pool, assembly: true);
                }
            }

            foreach (string year in new[] { "2022", "2023" })
            {
                foreach (string file in Files(Path.Combine(corpus, "akn4un-sc", year, folder)))
                {
                    Read(File.ReadAllText(file), pool, assembly: false);
                }
            }
        }

        // English PDF text: the paragraphs of ga-80 (one line each) that cite nothing.
        foreach (string file in Files(Path.Combine(corpus, "ga-80-en-pdftext"), "*.md"))
        {
            foreach (string line in File.ReadLines(file))
            {
                string t = line.Trim();
                if (t.Length >= 60 && char.IsUpper(t[0]) && !t.StartsWith("[^", StringComparison.Ordinal) && Plain(t) && t.EndsWith(',') )
                {
                    pools[Language.English].GaPreamble.Add(t);
                }
            }
        }

        foreach (var (language, pool) in pools)
        {
            if (pool.GaPreamble.Count == 0 || pool.GaOperative.Count == 0 || pool.ScPreamble.Count == 0 || pool.ScOperative.Count == 0
                || pool.Citing.Count == 0 || pool.Footnotes.Count == 0 || pool.GaTitles.Count == 0)
            {
                throw new InvalidDataException($"the corpus at {corpus} lacks sentences in {language}: preamble {pool.GaPreamble.Count}/{pool.ScPreamble.Count}, operative {pool.GaOperative.Count}/{pool.ScOperative.Count}, citing {pool.Citing.Count}, footnotes {pool.Footnotes.Count}, titles {pool.GaTitles.Count}/{pool.ScTitles.Count}");
            }
        }

        return pools;
    }

    private static IEnumerable<string> Files(string dir, string pattern = "*.xml") =>
        Directory.Exists(dir) ? Directory.GetFiles(dir, pattern).Order(StringComparer.Ordinal) : [];

    private static void Read(string xml, LanguageSentences pool, bool assembly)
    {
        foreach (Match m in FootnotePattern().Matches(xml))
        {
            string note = Clean(m.Groups["body"].Value);
            if (note.Length is >= 8 and <= 300 && !m.Groups["body"].Value.Contains("<a ", StringComparison.Ordinal) && Plain(note))
            {
                pool.Footnotes.Add(note);
            }
        }

        string body = FootnotePattern().Replace(xml, string.Empty);
        var title = TitlePattern().Match(body);
        if (title.Success)
        {
            string t = Clean(title.Groups["t"].Value);
            if (t.Length is > 5 and < 200 && Plain(t))
            {
                (assembly ? pool.GaTitles : pool.ScTitles).Add(t);
            }
        }

        foreach (Match m in ContainerPattern().Matches(body))
        {
            string raw = m.Groups["p"].Value;
            if (raw.Contains("<a ", StringComparison.Ordinal))
            {
                if (assembly && TryTemplate(raw) is { } template)
                {
                    pool.Citing.Add(template);
                }

                continue;
            }

            string text = Clean(raw);
            if (text.Length is >= 40 and <= 1200 && Plain(text))
            {
                (assembly ? pool.GaPreamble : pool.ScPreamble).Add(text);
            }
        }

        foreach (Match m in ParagraphPattern().Matches(body))
        {
            string raw = m.Groups["p"].Value;
            string text = Clean(raw);
            if (!raw.Contains("<a ", StringComparison.Ordinal) && text.Length is >= 30 and <= 1500 && Plain(text))
            {
                (assembly ? pool.GaOperative : pool.ScOperative).Add(text);
            }
        }
    }

    /// <summary>A clause whose links are all Assembly resolutions printed plainly (<c>59/209</c>), and which has no other symbol.</summary>
    private static CitingTemplate? TryTemplate(string raw)
    {
        var links = LinkPattern().Matches(raw);
        if (links.Count is 0 or > 6)
        {
            return null;
        }

        var pieces = ImmutableArray.CreateBuilder<string>(links.Count + 1);
        int last = 0;
        foreach (Match link in links)
        {
            if (!GaHref().IsMatch(link.Groups["href"].Value) || !PlainGaNumber().IsMatch(link.Groups["text"].Value))
            {
                return null;
            }

            pieces.Add(Clean(raw[last..link.Index], trim: false));
            last = link.Index + link.Length;
            if (PartOutsideLink().IsMatch(raw.AsSpan(last)))
            {
                // "<a>46/58</a> L": the part letter is outside the link (a defect of the AKN4UN files); the citation
                // would not be the one planted.
                return null;
            }
        }

        pieces.Add(Clean(raw[last..], trim: false));
        pieces[0] = pieces[0].TrimStart();
        pieces[^1] = pieces[^1].TrimEnd();
        // A clause naming another body may link its resolution to the Assembly's (a defect of the markup): left out.
        return pieces.All(Plain) && !pieces.Any(p => OtherBody().IsMatch(p)) && pieces.Sum(p => p.Length) < 900 ? new CitingTemplate(pieces.ToImmutable()) : null;
    }

    /// <summary>No symbol, no bracketed year, no slash between digits: nothing the extractor could take for a citation.</summary>
    private static bool Plain(string text) => !SymbolLike().IsMatch(text) && !(ResolutionWord().IsMatch(text) && LongNumber().IsMatch(text));

    private static string Clean(string xml, bool trim = true)
    {
        string text = WebUtility.HtmlDecode(TagPattern().Replace(xml, string.Empty));
        text = SpacePattern().Replace(text, " ");
        return trim ? text.Trim() : text;
    }

    [GeneratedRegex(@"<authorialNote\b[^>]*>(?<body>.*?)</authorialNote>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex FootnotePattern();

    [GeneratedRegex(@"<docTitle refersTo=""#resolutionTitle"">(?<t>.*?)</docTitle>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"<container name=""[^""]*""[^>]*>\s*<p[^>]*>(?<p>.*?)</p>\s*</container>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ContainerPattern();

    [GeneratedRegex(@"<paragraph\b[^>]*>\s*<num>[^<]*</num>\s*<content[^>]*>\s*<p[^>]*>(?<p>.*?)</p>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ParagraphPattern();

    [GeneratedRegex(@"<a href=""(?<href>[^""]*)""[^>]*>(?<text>[^<]*)</a>", RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"/A/RES/\d{2}/\d{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex GaHref();

    [GeneratedRegex(@"^\d{2}/\d{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainGaNumber();

    [GeneratedRegex(@"\d\s*/\s*\d|[A-Z]/[A-Z0-9]|\(\s*(?:19|20)\d\d\s*\)|\(\s*[IVXL]+\s*\)|\(د\s*-|第\s*\d", RegexOptions.CultureInvariant)]
    private static partial Regex SymbolLike();

    [GeneratedRegex(@"^\s*(?:[A-ZА-Я](?![A-Za-zА-Яа-я])|(?:ألف|باء|جيم|دال|هاء|واو|زاي|حاء|طاء|ياء|كاف|لام|ميم|نون|سين|عين|فاء|صاد|قاف|راء|شين|تاء|ثاء|خاء|ذال|ضاد)(?![\p{L}]))", RegexOptions.CultureInvariant)]
    private static partial Regex PartOutsideLink();

    /// <summary>"resolution" in the six languages: a sentence that names one and has a number may cite it bare ("resolution 1325").</summary>
    [GeneratedRegex(@"(?i:resolution|résolution|resolución|резолюци|قرار|决议|號決議)", RegexOptions.CultureInvariant)]
    private static partial Regex ResolutionWord();

    [GeneratedRegex(@"(?<!\d)\d{2,4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex LongNumber();

    [GeneratedRegex(@"Commission|Council|Conseil|Consejo|Comisión|Комисси|Совет|لجنة|مجلس|委员会|理事会", RegexOptions.CultureInvariant)]
    private static partial Regex OtherBody();

    [GeneratedRegex(@"<[^>]+>", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SpacePattern();
}
