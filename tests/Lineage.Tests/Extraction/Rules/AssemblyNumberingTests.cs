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

    // "Another body was named last" is asked only where it decides (it reads the clause's mentions): a number dated in
    // its own session, or no regular Assembly number, is decided without it; a date of another session asks it.
    public static TheoryData<string, int, int, int, bool?, bool> ContradictionRows => new()
    {
        { "A/RES/61/78", 2006, 12, 6, null, false },     // dated in its session: not asked, not contradicted
        { "S/RES/1540(2004)", 2004, 4, 28, null, false }, // the Council's: not asked
        { "A/RES/32/1", 2023, 5, 27, null, true },        // "32/1 du 27 mai 2023": contradicted by the date alone, not asked
        { "A/RES/56/4", 2012, 3, 9, true, true },         // a year of session 66 yet within a typo's worth: asked, yes
        { "A/RES/56/4", 2002, 3, 9, null, false },        // in session 56: not asked
        { "A/RES/65/4", 2012, 3, 9, false, false },       // a typo's worth away and no other body named last: asked, no
    };

    [Theory]
    [MemberData(nameof(ContradictionRows))]
    public void Whether_another_body_was_named_last_is_asked_only_where_it_decides(string symbol, int year, int month, int day, bool? answer, bool expected)
    {
        var date = new DateOnly(year, month, day);
        var parsed = DocumentSymbol.Parse(symbol);
        bool asked = false;
        bool contradicted = AssemblyNumbering.Contradicted(parsed, date, () =>
        {
            asked = true;
            return answer ?? throw new InvalidOperationException("asked where it does not decide");
        });
        Assert.Equal(expected, contradicted);
        Assert.Equal(answer is not null, asked);
        Assert.Equal(expected, AssemblyNumbering.Contradicted(parsed, date, answer ?? false));
    }

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
