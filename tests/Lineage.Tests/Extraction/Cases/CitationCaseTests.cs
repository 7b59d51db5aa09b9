using System.Globalization;
using Lineage.Documents;
using Lineage.Documents.Akn;
using Lineage.Documents.Text;
using Lineage.Extraction;
using Lineage.Model;

namespace Lineage.Tests.Extraction.Cases;

/// <summary>
/// The shared theory over every language's table of real sentences: each row yields exactly the resolutions and
/// decisions it lists, with their dates, verbs and relations; and each row's text is verbatim in its source file.
/// </summary>
public sealed partial class CitationCaseTests
{
    private static readonly CitationExtractor s_extractor = new ExtractorBuilder().UseAllLanguages().Build();

    public static TheoryData<string> Ids => CitationCaseTable.Ids;

    // Issue 3: every citation in all six languages.
    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_row_yields_exactly_its_citations(string id)
    {
        var row = CitationCaseTable.ById[id];
        var result = s_extractor.Extract(DocumentOf(row));
        var found = result.Citations
            .Where(c => c.Site == row.Site && c.Target.Kind != SymbolKind.Document)
            .ToList();

        var expectedTargets = row.Expected.Select(e => e.Target).ToList();
        var foundTargets = found.Select(c => c.Target.Canonical).ToList();
        Assert.True(expectedTargets.SequenceEqual(foundTargets),
            $"{row}\n  text: {row.Text}\n  expected: {string.Join(", ", expectedTargets)}\n  found:    {string.Join(", ", foundTargets)}");

        for (int i = 0; i < found.Count; i++)
        {
            var expected = row.Expected[i];
            var citation = found[i];
            string where = $"{row} — {expected.Target}";
            Assert.True(expected.Date == citation.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                $"{where}: date {citation.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none"}, expected {expected.Date ?? "none"}");
            if (expected.Verb is not null)
            {
                Assert.True(expected.Verb == citation.Verb, $"{where}: verb '{citation.Verb}', expected '{expected.Verb}'");
            }

            if (expected.Relation is { } relation)
            {
                Assert.True(relation == citation.Relation, $"{where}: relation {citation.Relation}, expected {relation}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_row_is_verbatim_in_its_source_file(string id)
    {
        var row = CitationCaseTable.ById[id];
        string path = TestPaths.CorpusPath(row.File.Split('/'));

        // AKN4UN XML, or text taken from a PDF (sc-gold-en), whose line breaks the reader joins: compare its text with
        // runs of white space as one space.
        bool akn = path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);
        IDocumentReader reader = akn ? new AknDocumentReader() : new TextDocumentReader();
        Func<string, string> normalize = akn ? text => text : text => Spaces().Replace(text, " ");
        var read = reader.Read(path, ReaderOptions.Default);
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        var document = read.Document!;
        Assert.Equal(row.Language, document.Language);
        Assert.Contains(document.Clauses, c => c.Site == row.Site && normalize(c.Text).StartsWith(normalize(row.Text), StringComparison.Ordinal));
        if (row.Host is not null)
        {
            Assert.Contains(document.Clauses, c => c.Site == row.HostSite && normalize(c.Text).StartsWith(normalize(row.Host), StringComparison.Ordinal)
                && c.FootnoteMarkers.Contains(row.Site.Number!.Value));
        }
    }

    [Fact]
    public void Every_language_table_has_rows_and_unique_texts()
    {
        foreach (var language in new[] { Language.Arabic, Language.Chinese, Language.English, Language.French, Language.Russian, Language.Spanish })
        {
            var rows = CitationCaseTable.Of(language).ToList();
            Assert.True(rows.Count >= 12, $"{language.ToCode()}: {rows.Count} rows");
            Assert.Equal(rows.Count, rows.Select(r => r.Text).Distinct(StringComparer.Ordinal).Count());
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex Spaces();

    /// <summary>The row as a document: its clause (after its footnote's host clause, when it has one).</summary>
    internal static Document DocumentOf(CitationCase row)
    {
        var clauses = new List<Clause>();
        var text = new System.Text.StringBuilder();
        if (row.Host is not null && row.HostSite is { } hostSite)
        {
            clauses.Add(ClauseAt(text, hostSite, row.Host, [row.Site.Number!.Value]));
            text.Append('\n');
        }

        clauses.Add(ClauseAt(text, row.Site, row.Text, []));
        return new Document
        {
            Symbol = DocumentSymbol.Parse(row.Source),
            Language = row.Language,
            Path = row.File,
            Format = DocumentFormat.Akn,
            Text = text.ToString(),
            Clauses = [.. clauses],
        };
    }

    private static Clause ClauseAt(System.Text.StringBuilder text, CitationSite site, string clauseText, int[] markers)
    {
        int start = text.Length;
        text.Append(clauseText);
        return new Clause(site, clauseText, [.. Enumerable.Range(start, clauseText.Length)], [.. markers]);
    }
}
