using Lineage.Documents.Text;
using Lineage.Extraction;
using Lineage.Extraction.Rules;
using Lineage.Model;

namespace Lineage.Tests.Extraction.Rules;

// Issue 11: one organ-and-numbering module. Every language's rules and the evaluation ask the same question the same
// way: can the Human Rights Council have adopted N/M by a given year (three regular sessions a year since June 2006, at
// most 80 resolutions a session)? A text with no date is reasoned about as of a date passed in, never the clock.
public sealed class AssemblyNumberingTests
{
    public static TheoryData<int, int, int, bool> CouncilRows => new()
    {
        { 54, 18, 2023, true },   // A/RES/78/253: "resolutions … 54/18 … of 12 October 2023"
        { 55, 2, 2023, false },   // session 55 met in 2024: a text of 2023 cannot cite 55/2 as the Council's
        { 55, 2, 2024, true },
        { 5, 1, 2007, true },     // "Human Rights Council resolutions 5/1 and 5/2 of 18 June 2007"
        { 1, 1, 2006, true },
        { 4, 4, 2006, false },    // session 4 met in 2007
        { 50, 81, 2023, false },  // more resolutions than any session adopted
        { 35, 201, 2023, false }, // A/RES/78/80 (ar) links "A/HRC/RES/35/201"
        { 0, 1, 2023, false },
    };

    [Theory]
    [MemberData(nameof(CouncilRows))]
    public void The_Council_can_have_adopted_a_number_only_by_its_sessions_and_their_size(int session, int number, int year, bool expected) =>
        Assert.Equal(expected, AssemblyNumbering.CouncilCanHaveGiven(session, number, year));

    [Fact]
    public void The_default_as_of_date_is_fixed_not_the_clock()
    {
        Assert.Equal(new DateOnly(SecurityCouncilNumbering.LastYear, 12, 31), AssemblyNumbering.DefaultAsOf);
        Assert.Equal(AssemblyNumbering.DefaultAsOf, new ExtractorBuilder().UseAllLanguages().Build().AsOf);
    }

    // An undated text (no "Resolution adopted … on" line): the latest Assembly session it can cite is the one sitting on
    // the as-of date. Session 84 sits in 2029-2030: by the default date (2026) "sa résolution 84/1" is no Assembly
    // resolution yet; as of 2031 it is.
    [Theory]
    [InlineData(2026, false)]
    [InlineData(2031, true)]
    public void An_undated_text_is_read_as_of_the_date_passed_in(int year, bool cites)
    {
        var extractor = new ExtractorBuilder().UseAllLanguages().AsOf(new DateOnly(year, 12, 31)).Build();
        var read = TextDocumentFactory.Create(
            "A_RES_85_10.fr.txt", DocumentFormat.PlainText,
            "85/10. Titre\n\nL’Assemblée générale,\n\nRappelant sa résolution 84/1 et sa résolution 78/1,\n\n1. Décide de poursuivre l’examen de la question.\n");
        Assert.True(read.Succeeded);
        Assert.Null(read.Document!.Date);

        var targets = extractor.Extract(read.Document).Citations.Select(c => c.Target.Canonical).ToList();
        Assert.Contains("A/RES/78/1", targets);
        Assert.Equal(cites, targets.Contains("A/RES/84/1"));
    }
}
