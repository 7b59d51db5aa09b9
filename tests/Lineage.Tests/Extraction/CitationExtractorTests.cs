using Lineage.Extraction;
using Lineage.Model;

namespace Lineage.Tests.Extraction;

/// <summary>How the extractor runs a caller's rules (issue 11: anchors first, declared by the rule).</summary>
public sealed class CitationExtractorTests
{
    [Theory]
    [InlineData(true, "Recalling its earlier work on the question,", 0)]
    [InlineData(true, "Recalling its resolution 77/1,", 1)]
    [InlineData(false, "Recalling its earlier work on the question,", 1)]
    [InlineData(false, "Recalling its resolution 77/1,", 1)]
    public void A_rule_that_needs_an_anchor_is_not_run_on_a_clause_without_a_number(bool needsAnchor, string text, int calls)
    {
        var rule = new CountingRule(needsAnchor);
        var builder = new ExtractorBuilder();
        builder.Rules(Language.English).Add(rule);
        var clause = new Clause(CitationSite.Preamble(1), text, [.. Enumerable.Range(0, text.Length)]);
        var document = new Document
        {
            Symbol = DocumentSymbol.Parse("A/RES/78/1"),
            Language = Language.English,
            Path = "test.txt",
            Format = DocumentFormat.PlainText,
            Text = text,
            Clauses = [clause],
            Date = new DateOnly(2023, 10, 1),
            Meeting = "1st plenary meeting",
        };

        builder.Build().Extract(document);

        Assert.Equal(calls, rule.Calls);
    }

    private sealed class CountingRule(bool needsAnchor) : ICitationRule
    {
        public int Calls { get; private set; }

        public string Name => "counting";

        public bool NeedsAnchor => needsAnchor;

        public IEnumerable<CitationMatch> Match(ClauseContext context)
        {
            Calls++;
            return [];
        }
    }
}
