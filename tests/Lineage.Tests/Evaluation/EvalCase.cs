using Lineage.Documents.Akn;
using Lineage.Model;

namespace Lineage.Tests.Evaluation;

/// <summary>
/// Hand-built AKN-like documents and a scripted extractor for scoring tests. In a clause, <c>{PATH|text}</c> marks a
/// link to <c>https://undocs.org/en/PATH</c> whose text is <c>text</c>.
/// </summary>
internal sealed class EvalCase
{
    private readonly Dictionary<(string Symbol, Language Language), List<(string Target, string Printed)>> _found = [];

    public List<Document> Documents { get; } = [];

    /// <summary>A document of one or more clauses, each (site, marked text).</summary>
    public EvalCase Doc(string symbol, Language language, params (CitationSite Site, string Marked)[] clauses)
    {
        Documents.Add(Build(symbol, language, $"{symbol.Replace('/', '_')}-{language.ToCode()}.xml", clauses));
        return this;
    }

    /// <summary>A one-clause (preamble 1) document.</summary>
    public EvalCase Doc(string symbol, Language language, string marked) => Doc(symbol, language, (CitationSite.Preamble(1), marked));

    /// <summary>The scripted extractor finds <paramref name="target"/> where <paramref name="printed"/> stands in the document.</summary>
    public EvalCase Finds(string symbol, Language language, string target, string printed)
    {
        var key = (symbol, language);
        if (!_found.TryGetValue(key, out var list))
        {
            _found[key] = list = [];
        }

        list.Add((target, printed));
        return this;
    }

    public IEnumerable<Citation> Extract(Document document)
    {
        Assert.Empty(document.Links); // the evaluator must hide the markup from the extractor
        foreach (var (target, printed) in _found.GetValueOrDefault((document.Symbol.Canonical, document.Language)) ?? [])
        {
            int offset = document.Text.IndexOf(printed, StringComparison.Ordinal);
            Assert.True(offset >= 0, $"'{printed}' is not in {document.Symbol} ({document.Language})");
            var clause = document.Clauses.Last(c => c.SourceOffset(0) <= offset);
            yield return new Citation(document.Symbol, DocumentSymbol.Parse(target), string.Empty, Relation.Cites, clause.Site, null,
                document.Language, document.SpanOf(offset, printed.Length), printed);
        }
    }

    internal static Document Build(string symbol, Language language, string path, params (CitationSite Site, string Marked)[] clauses)
    {
        var text = new System.Text.StringBuilder();
        var built = new List<Clause>();
        var links = new List<MarkupLink>();
        foreach (var (site, marked) in clauses)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            int start = text.Length;
            var clauseText = new System.Text.StringBuilder();
            for (int i = 0; i < marked.Length; i++)
            {
                if (marked[i] == '{')
                {
                    int bar = marked.IndexOf('|', i);
                    int close = marked.IndexOf('}', bar);
                    string linkText = marked[(bar + 1)..close];
                    string href = "https://undocs.org/en/" + marked[(i + 1)..bar];
                    Assert.True(AknHref.TryParseTarget(href, out var target), href);
                    links.Add(new MarkupLink(href, target, built.Count, clauseText.Length, linkText.Length));
                    clauseText.Append(linkText);
                    i = close;
                }
                else
                {
                    clauseText.Append(marked[i]);
                }
            }

            string body = clauseText.ToString();
            text.Append(body);
            built.Add(new Clause(site, body, [.. Enumerable.Range(start, body.Length)]));
        }

        return new Document
        {
            Symbol = DocumentSymbol.Parse(symbol),
            Language = language,
            Path = path,
            Format = DocumentFormat.Akn,
            Text = text.ToString(),
            Clauses = [.. built],
            Links = [.. links],
        };
    }
}
