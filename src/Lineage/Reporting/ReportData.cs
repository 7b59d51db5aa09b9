using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Lineage.Analysis;
using Lineage.Export;
using Lineage.Graph;
using Lineage.Model;

namespace Lineage.Reporting;

/// <summary>
/// The data a report page draws, as JSON: documents (with search keys, series, what they cite and what cites them),
/// works holding parts, links with their evidence, the chain. Deterministic (no timestamps, fixed order); every
/// character HTML gives a meaning to is escaped, so the JSON can stand inside a <c>&lt;script&gt;</c> element.
/// </summary>
internal static class ReportData
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // All scripts pass as they are (Chinese, Arabic, Cyrillic); < > & ' " + ` stay escaped for the <script> element.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    public static void Write(ReportNeighbourhood report, Stream output)
    {
        using var json = new Utf8JsonWriter(output, WriterOptions);
        json.WriteStartObject();
        json.WriteString("root", report.Root.Symbol.ToString());
        json.WriteString("rootLabel", report.Root.Symbol.ShortForm);
        json.WriteString("title", report.Root.Title);
        json.WriteStartArray("relations");
        foreach (var relation in report.Options.Relations.Select(r => r.ToToken()).Order(StringComparer.Ordinal))
        {
            json.WriteStringValue(relation);
        }

        json.WriteEndArray();
        WriteSymbols(json, "chain", report.Chain);
        json.WriteStartArray("notes");
        foreach (string note in report.Notes)
        {
            json.WriteStringValue(note);
        }

        json.WriteEndArray();

        // Works that hold a part shown: the compound node the part is drawn inside.
        var works = report.Nodes.Where(n => n.Node.Symbol.IsPart).Select(n => n.Node.Symbol.Work).Distinct().Order().ToList();
        json.WriteStartArray("works");
        foreach (var work in works)
        {
            json.WriteStartObject();
            json.WriteString("id", WorkId(work));
            json.WriteString("symbol", work.ToString());
            json.WriteString("label", work.ShortForm);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        var workSet = works.ToHashSet();

        // Documents named in lists (cites, cited by, series) are numbers into one table: [symbol, printed form].
        var table = new SymbolTable();
        var seriesIndex = new Dictionary<Series, int>(ReferenceEqualityComparer.Instance);
        foreach (var node in report.Nodes)
        {
            if (node.Series is { } s && !seriesIndex.ContainsKey(s))
            {
                seriesIndex[s] = seriesIndex.Count;
            }
        }

        json.WriteStartArray("nodes");
        foreach (var node in report.Nodes)
        {
            WriteNode(json, node, table, workSet, node.Series is { } series ? seriesIndex[series] : null);
        }

        json.WriteEndArray();
        json.WriteStartArray("series");
        foreach (var series in seriesIndex.OrderBy(p => p.Value).Select(p => p.Key))
        {
            json.WriteStartObject();
            json.WriteString("name", series.Name);
            json.WriteStartArray("members");
            foreach (var member in series.Members)
            {
                json.WriteStartArray();
                json.WriteNumberValue(table.Of(member.Node));
                if (member.Year is { } memberYear)
                {
                    json.WriteNumberValue(memberYear);
                }
                else
                {
                    json.WriteNullValue();
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartArray("missingYears");
            foreach (int missing in series.MissingYears)
            {
                json.WriteNumberValue(missing);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("edges");
        int id = 0;
        foreach (var edge in report.Edges)
        {
            WriteEdge(json, edge, ++id);
        }

        json.WriteEndArray();
        json.WriteStartArray("symbols");
        foreach (var symbol in table.Symbols)
        {
            json.WriteStartArray();
            json.WriteStringValue(symbol.ToString());
            json.WriteStringValue(symbol.ShortForm);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    internal static string WorkId(DocumentSymbol work) => "work:" + work;

    private static void WriteNode(Utf8JsonWriter json, ReportNode report, SymbolTable table, HashSet<DocumentSymbol> works, int? series)
    {
        var node = report.Node;
        var symbol = node.Symbol;
        json.WriteStartObject();
        json.WriteString("id", symbol.ToString());
        json.WriteString("label", symbol.ShortForm);
        if (symbol.IsPart || works.Contains(symbol))
        {
            json.WriteString("parent", WorkId(symbol.Work));
        }

        json.WriteString("role", report.Role.ToString().ToLowerInvariant());
        json.WriteNumber("distance", report.Distance);
        json.WriteString("kind", ExportSchema.KindToken(node.Kind));
        json.WriteString("title", node.Title);
        json.WriteStartObject("titles");
        foreach (var (language, title) in node.Titles)
        {
            json.WriteString(language.ToCode(), title);
        }

        json.WriteEndObject();
        json.WriteString("date", node.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteBoolean("dateFromDocument", node.DateFromDocument);
        if (Chronology.YearOf(node) is { } year)
        {
            json.WriteNumber("year", year);
        }
        else
        {
            json.WriteNull("year");
        }

        if (symbol.Session is { } session)
        {
            json.WriteNumber("session", session);
        }
        else
        {
            json.WriteNull("session");
        }

        json.WriteBoolean("inCorpus", node.InCorpus);
        WriteStrings(json, "languages", node.Languages.Select(l => l.ToCode()));
        WriteStrings(json, "files", node.Files);
        WriteStrings(json, "subjects", node.Subjects);
        WriteStrings(json, "keys", SearchKeys(symbol));
        if (series is { } index)
        {
            json.WriteNumber("series", index);
        }
        else
        {
            json.WriteNull("series");
        }

        WriteLinks(json, "cites", report.Cites, e => e.Target, table);
        json.WriteNumber("moreCites", report.MoreCites);
        WriteLinks(json, "citedBy", report.CitedBy, e => e.Source, table);
        json.WriteNumber("moreCitedBy", report.MoreCitedBy);
        json.WriteEndObject();
    }

    /// <summary>Each link as [document (a number into "symbols"), relation, flags: 1 inferred, 2 read from the markup].</summary>
    private static void WriteLinks(Utf8JsonWriter json, string name, IEnumerable<CitationEdge> edges, Func<CitationEdge, DocumentNode> other, SymbolTable table)
    {
        json.WriteStartArray(name);
        foreach (var edge in edges)
        {
            json.WriteStartArray();
            json.WriteNumberValue(table.Of(other(edge)));
            json.WriteStringValue(edge.Relation.ToToken());
            json.WriteNumberValue((edge.Inferred ? 1 : 0) | (edge.Method == CitationMethod.Markup ? 2 : 0));
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    private static void WriteEdge(Utf8JsonWriter json, ReportEdge edge, int id)
    {
        json.WriteStartObject();
        json.WriteString("id", "e" + id.ToString(CultureInfo.InvariantCulture));
        json.WriteString("source", edge.Cited.Symbol.ToString());
        json.WriteString("target", edge.Citing.Symbol.ToString());
        json.WriteString("kind", edge.Kind.ToString().ToLowerInvariant());
        json.WriteBoolean("inferred", edge.Inferred);
        WriteStrings(json, "relations", edge.Edges.Select(e => e.Relation.ToToken()).Distinct());
        WriteStrings(json, "inferredFrom", edge.Edges.Where(e => e.Inferred && e.InferredFrom is not null).Select(e => e.InferredFrom!.Value.ToString()).Distinct());
        json.WriteStartArray("evidence");
        foreach (var evidence in edge.Evidence)
        {
            WriteEvidence(json, evidence);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter json, ReportEvidence evidence)
    {
        var c = evidence.Citation;
        json.WriteStartObject();
        json.WriteString("source", c.Source.ToString());
        json.WriteString("target", c.Target.ToString());
        json.WriteString("verb", c.Verb);
        json.WriteString("relation", c.Relation.ToToken());
        json.WriteString("site", c.Site.KindToken);
        WriteNumber(json, "paragraph", c.Site.Number);
        json.WriteString("anchor", c.Anchor?.ToString());
        json.WriteString("date", c.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("language", c.Language.ToCode());
        json.WriteString("method", c.Method == CitationMethod.Markup ? "markup" : "text");
        json.WriteString("file", c.Span.File);
        WriteNumber(json, "page", c.Span.Page);
        json.WriteNumber("line", c.Span.Line);
        json.WriteNumber("column", c.Span.Column);
        json.WriteString("text", c.Text);
        if (evidence.Sentence is { } sentence)
        {
            json.WriteString("sentence", sentence.Sentence);
            json.WriteNumber("start", sentence.Start);
            json.WriteNumber("length", sentence.Length);
        }

        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteSymbols(Utf8JsonWriter json, string name, IEnumerable<DocumentNode> nodes) =>
        WriteStrings(json, name, nodes.Select(n => n.Symbol.ToString()));

    /// <summary>Numbers the documents lists name, in order of first mention.</summary>
    private sealed class SymbolTable
    {
        private readonly Dictionary<DocumentSymbol, int> _index = [];

        public List<DocumentSymbol> Symbols { get; } = [];

        public int Of(DocumentNode node)
        {
            if (!_index.TryGetValue(node.Symbol, out int index))
            {
                index = _index[node.Symbol] = Symbols.Count;
                Symbols.Add(node.Symbol);
            }

            return index;
        }
    }

    /// <summary>
    /// What a reader may type for a symbol, in the page's normal form (upper case, no spaces): the canonical symbol,
    /// the printed form (<c>62/42</c>, <c>49/75E</c>, <c>1540(2004)</c>), and the canonical one without its organ prefix.
    /// </summary>
    internal static IEnumerable<string> SearchKeys(DocumentSymbol symbol)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal) { Normal(symbol.ToString()), Normal(symbol.ShortForm) };
        string canonical = symbol.ToString();
        foreach (string prefix in (string[])["A/RES/", "S/RES/", "E/RES/", "A/HRC/RES/", "A/DEC/", "E/DEC/"])
        {
            if (canonical.StartsWith(prefix, StringComparison.Ordinal))
            {
                keys.Add(Normal(canonical[prefix.Length..]));
            }
        }

        return keys;
    }

    /// <summary>The page's normal form of typed text: upper case, white space removed (report.js does the same).</summary>
    internal static string Normal(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
}
