using Lineage.Graph;
using Lineage.Model;

namespace Lineage.Tests.Analysis;

/// <summary>Small citation graphs for exact answers: documents with dates and titles, citations written as printed symbols.</summary>
internal sealed class GraphFixture
{
    private readonly CitationGraphBuilder _builder = new();
    private readonly Dictionary<(DocumentSymbol, Language), List<Citation>> _documents = [];
    private readonly Dictionary<(DocumentSymbol, Language), (DateOnly? Date, string? Title)> _identity = [];

    /// <summary>"62/42", "49/75 E", "A/RES/62/42", "1540 (2004)" → canonical symbol.</summary>
    public static DocumentSymbol S(string printed) =>
        DocumentSymbol.TryParse(printed, out var symbol) && symbol.Kind != SymbolKind.Document ? symbol
        : SymbolGrammar.TryParseReference(printed, new ReferenceContext(Organ.GeneralAssembly), out symbol) ? symbol
        : DocumentSymbol.Parse(printed);

    public static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A document read from the corpus (in one language version).</summary>
    public GraphFixture Document(string symbol, string? date = null, string? title = null, Language language = Language.English)
    {
        var key = (S(symbol), language);
        _documents.TryAdd(key, []);
        _identity[key] = (date is null ? null : D(date), title);
        return this;
    }

    /// <summary>A document known only from what cites it, with a date.</summary>
    public GraphFixture Cited(string symbol, string? date = null, string? title = null)
    {
        _builder.AddNode(S(symbol), date is null ? null : D(date), title, Language.English);
        return this;
    }

    /// <summary>
    /// Citations from <paramref name="source"/> (a document of this fixture) of each target in one clause, in order;
    /// a target may carry its date after '@' ("49/75 E@1994-12-15"). Several targets make a list.
    /// </summary>
    public GraphFixture Cites(string source, params string[] targets) =>
        Cites(source, Relation.Recalls, Language.English, 1, targets);

    public GraphFixture Cites(string source, Relation relation, Language language, int clause, params string[] targets)
    {
        var key = (S(source), language);
        if (!_documents.TryGetValue(key, out var list))
        {
            Document(source, language: language);
            list = _documents[key];
        }

        for (int i = 0; i < targets.Length; i++)
        {
            string[] parts = targets[i].Split('@');
            var target = S(parts[0]);
            DateOnly? date = parts.Length > 1 ? D(parts[1]) : null;
            string file = $"{key.Item1.Canonical.Replace('/', '_')}.{language.ToCode()}.txt";
            list.Add(new Citation(key.Item1, target, relation == Relation.Recalls ? "Recalling" : relation.ToToken(), relation,
                CitationSite.Preamble(clause), date, language, new SourceSpan(file, i * 10, 8, clause, (i * 10) + 1), parts[0])
            {
                Ordinal = i,
                InList = targets.Length > 1,
            });
        }

        return this;
    }

    public CitationGraph Build(bool inferSeries = true)
    {
        foreach (var ((symbol, language), citations) in _documents)
        {
            var (date, title) = _identity.GetValueOrDefault((symbol, language));
            string file = $"{symbol.Canonical.Replace('/', '_')}.{language.ToCode()}.txt";
            _builder.Add(new Document
            {
                Symbol = symbol,
                Language = language,
                Date = date,
                Title = title,
                Path = file,
                Format = DocumentFormat.PlainText,
                Text = string.Empty,
            }, citations);
        }

        _builder.InferSeriesLinks = inferSeries;
        return _builder.Build();
    }
}
