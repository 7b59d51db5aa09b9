using Lineage.Model;

namespace Lineage.Tests.Extraction.Cases;

/// <summary>Short constructors for table rows (<c>using static</c> in each language's table).</summary>
internal static class CaseRows
{
    public static CitationSite Preamble(int number) => CitationSite.Preamble(number);

    public static CitationSite Operative(int number) => CitationSite.Operative(number);

    public static CitationSite Footnote(int number) => CitationSite.Footnote(number);

    public static ExpectedCitation Cite(string target, string? date, string? verb = null, Relation? relation = null) =>
        new(target, date, verb, relation);
}
