using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Tests.Model;

/// <summary>The Security Council's numbering by year, and symbols canonicalized by it.</summary>
public sealed partial class SecurityCouncilNumberingTests
{
    public static TheoryData<int, int> Boundaries => new()
    {
        // year, first number: from the texts themselves (sc-gold-en 1946–1994, akn4un-sc 2022–2023)
        { 1946, 1 }, { 1947, 16 }, { 1952, 97 }, { 1960, 133 }, { 1990, 647 }, { 1993, 800 }, { 1994, 893 },
        { 2022, 2618 }, { 2023, 2672 },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void The_table_starts_each_year_where_the_resolutions_themselves_do(int year, int first)
    {
        Assert.Equal(first, SecurityCouncilNumbering.FirstNumberOf(year));
        Assert.Equal(year, SecurityCouncilNumbering.YearOf(first));
        if (year > SecurityCouncilNumbering.FirstYear)
        {
            Assert.Equal(year - 1, SecurityCouncilNumbering.YearOf(first - 1));
        }
    }

    [Fact]
    public void Every_Security_Council_file_of_the_corpus_has_the_year_the_table_gives_its_number()
    {
        Requires.Corpus();
        var files = Directory.EnumerateFiles(TestPaths.FullCorpusPath("sc-gold-en"))
            .Concat(Directory.EnumerateFiles(TestPaths.FullCorpusPath("akn4un-sc"), "*.xml", SearchOption.AllDirectories))
            .ToList();
        int checkedFiles = 0;
        foreach (string file in files)
        {
            string name = Path.GetFileName(file);
            string folderYear = Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(file))!);
            var m = FileName().Match(name);
            if (!m.Success)
            {
                continue;
            }

            int number = int.Parse(m.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture);
            int year = int.Parse(m.Groups["year"].Success ? m.Groups["year"].Value : folderYear, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(SecurityCouncilNumbering.YearOf(number) == year, $"{name}: {number} ({year}), table says {SecurityCouncilNumbering.YearOf(number)}");
            checkedFiles++;
        }

        Assert.True(checkedFiles > 1000, $"only {checkedFiles} files checked");
    }

    [Theory]
    [InlineData(2214, 2015)] // printed "2214 (2014)" in two versions of S/RES/2701(2023)
    [InlineData(1989, 2011)] // printed "1989 (2001)" in five versions of S/RES/2663(2022)
    [InlineData(2650, 2022)] // printed "2650 (2023)" in S/RES/2695(2023)
    [InlineData(2628, 2022)] // printed "2628 (2021)" in the Spanish S/RES/2662(2022)
    [InlineData(1325, 2000)]
    [InlineData(1, 1946)]
    [InlineData(2813, 2026)]
    public void A_number_well_inside_a_year_gets_that_year(int number, int year) =>
        Assert.Equal(year, SecurityCouncilNumbering.SafeYearOf(number));

    [Theory]
    [InlineData(2617)] // last of 2021
    [InlineData(2618)] // first of 2022
    [InlineData(2621)]
    [InlineData(2669)]
    [InlineData(2803)] // 2026 starts somewhere in 2803–2813
    [InlineData(2814)] // beyond the last number known
    [InlineData(0)]
    public void A_number_near_the_turn_of_a_year_or_outside_the_table_gets_none(int number) =>
        Assert.Null(SecurityCouncilNumbering.SafeYearOf(number));

    [Theory]
    [InlineData(2214, 2014, "S/RES/2214(2015)")]
    [InlineData(2650, 2023, "S/RES/2650(2022)")]
    [InlineData(1540, 2004, "S/RES/1540(2004)")]
    [InlineData(2619, 2021, "S/RES/2619(2021)")] // too near 2022's first number to correct: the printed year stands
    public void A_Security_Council_symbol_takes_the_year_of_its_number_when_it_is_safely_inside_one(int number, int printed, string canonical)
    {
        Assert.Equal(canonical, DocumentSymbol.SecurityCouncilResolution(number, printed).Canonical);
        Assert.True(SymbolGrammar.TryParseReference($"{number} ({printed})", new ReferenceContext(Organ.SecurityCouncil), out var read));
        Assert.Equal(canonical, read.Canonical);
        Assert.Equal(canonical, DocumentSymbol.Parse($"S/RES/{number}({printed})").Canonical);
    }

    [Theory]
    [InlineData("1325", "S/RES/1325(2000)")]
    [InlineData("2250", "S/RES/2250(2015)")]
    [InlineData("2493", "S/RES/2493(2019)")]
    public void A_number_printed_without_a_year_gets_it_from_the_table(string printed, string canonical)
    {
        Assert.True(SymbolGrammar.TryParseCouncilNumber(printed, out var symbol));
        Assert.Equal(canonical, symbol.Canonical);
    }

    [Theory]
    [InlineData("2672")] // the first of 2023: too near the turn
    [InlineData("2900")] // beyond the table
    [InlineData("12/3")]
    public void A_number_without_a_year_near_a_turn_or_outside_the_table_is_not_read(string printed) =>
        Assert.False(SymbolGrammar.TryParseCouncilNumber(printed, out _));

    [Theory]
    [InlineData("2214\u00A0(2014)", 2214, 2014)]
    [InlineData("résolution 2214 (2014)", 2214, 2014)]
    [InlineData("第2214（2014）号决议", 2214, 2014)]
    [InlineData("1325", 1325, null)]
    [InlineData("21325 (2000)", 1325, null)]
    public void The_year_printed_with_a_number_is_read_back(string text, int number, int? year) =>
        Assert.Equal(year, SecurityCouncilNumbering.PrintedYear(text, number));

    [Fact]
    public void A_citation_keeps_the_year_it_printed_while_its_target_has_the_numbers()
    {
        var source = DocumentSymbol.SecurityCouncilResolution(2701, 2023);
        var target = DocumentSymbol.SecurityCouncilResolution(2214, 2014);
        var citation = new Citation(source, target, "rappelle", Relation.Recalls, CitationSite.Operative(7), null, Language.French,
            new SourceSpan("S_RES_2701_F.xml", 0, 11, 25, 184), "2214\u00A0(2014)");
        Assert.Equal("S/RES/2214(2015)", citation.Target.Canonical);
        Assert.Equal(2014, citation.PrintedYear);
    }

    [GeneratedRegex(@"^S_RES_0*(?<number>\d{1,4})(?:_(?<year>\d{4})_EN|[ _\-(])")]
    private static partial Regex FileName();
}
