using System.Globalization;
using Lineage.Extraction;
using Lineage.Model;
using Lineage.Tests.Extraction.Cases;

namespace Lineage.Tests.Extraction;

/// <summary>Helpers shared by the French, Spanish, Russian and Arabic rule tests.</summary>
internal static class LanguageRuleTests
{
    public static readonly CitationExtractor Extractor = new ExtractorBuilder().UseAllLanguages().Build();

    public static LanguageProfile Profile(Language language) => Extractor.Profile(language)!;

    /// <summary>The verb form the table finds at the start of <paramref name="text"/>, as (written text, relation).</summary>
    public static (string Text, Relation Relation)? VerbAt(Language language, string text) =>
        Profile(language).Verbs.At(text, 0) is { } form ? (form.Text, form.Relation) : null;

    /// <summary>The single date <paramref name="text"/> holds, as yyyy-MM-dd, or null.</summary>
    public static string? DateIn(Language language, string text) =>
        Profile(language).Dates!.FindAll(text).Select(d => d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).SingleOrDefault();

    /// <summary>Resolution and decision targets found in one preambular clause of a document with the given symbol.</summary>
    public static IReadOnlyList<Citation> Cite(Language language, string text, string source = "A/RES/78/1")
    {
        var row = new CitationCase("test", source, CitationSite.Preamble(1), text) { Language = language };
        return [.. Extractor.Extract(CitationCaseTests.DocumentOf(row)).Citations.Where(c => c.Target.Kind != SymbolKind.Document)];
    }
}
