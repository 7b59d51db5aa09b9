using Lineage.Model;
using static Lineage.Tests.Extraction.LanguageRuleTests;

namespace Lineage.Tests.Extraction;

/// <summary>French verbs, dates, footnote leads and meeting line (issue 3); references are in the case table.</summary>
public sealed class FrenchRuleSetTests
{
    [Theory]
    [InlineData("Rappelant ses résolutions", "Rappelant", Relation.Recalls)]
    [InlineData("Rappelant également sa résolution", "Rappelant également", Relation.Recalls)]
    [InlineData("Rappelant en outre la résolution", "Rappelant en outre", Relation.Recalls)]
    [InlineData("Rappelle sa résolution", "Rappelle", Relation.Recalls)]
    [InlineData("Rappelle également sa résolution", "Rappelle également", Relation.Recalls)]
    [InlineData("Réaffirmant sa résolution", "Réaffirmant", Relation.Reaffirms)]
    [InlineData("Réaffirmant également", "Réaffirmant également", Relation.Reaffirms)]
    [InlineData("Réaffirme sa résolution", "Réaffirme", Relation.Reaffirms)]
    [InlineData("Prenant note de la résolution", "Prenant note", Relation.TakesNote)]
    [InlineData("Prenant note également", "Prenant note également", Relation.TakesNote)]
    [InlineData("Prenant également note", "Prenant également note", Relation.TakesNote)]
    [InlineData("Prend note du rapport", "Prend note", Relation.TakesNote)]
    [InlineData("Prenant acte du rapport", "Prenant acte", Relation.TakesNote)]
    [InlineData("Se félicitant de l’adoption", "Se félicitant", Relation.Welcomes)]
    [InlineData("Se félicitant également", "Se félicitant également", Relation.Welcomes)]
    [InlineData("Saluant", "Saluant", Relation.Welcomes)]
    [InlineData("Notant avec satisfaction", "Notant", Relation.Notes)]
    [InlineData("Ayant à l’esprit sa résolution", "Ayant à l’esprit", Relation.BearsInMind)]
    [InlineData("Consciente", "Consciente", Relation.BearsInMind)]
    [InlineData("Conscient", "Conscient", Relation.BearsInMind)]
    [InlineData("Soulignant", "Soulignant", Relation.Emphasizes)]
    [InlineData("Décide", "Décide", Relation.Decides)]
    [InlineData("Prie le Secrétaire général", "Prie", Relation.Requests)]
    [InlineData("Exhorte les États", "Exhorte", Relation.Urges)]
    [InlineData("Guidée par la Charte", "Guidée par", Relation.Guided)]
    public void Preambular_and_operative_verbs_and_their_also_forms_share_a_relation(string text, string verb, Relation relation)
    {
        Assert.Equal((verb, relation), VerbAt(Language.French, text));
    }

    [Theory]
    [InlineData("du 15 décembre 1994", "1994-12-15")]
    [InlineData("du 1er décembre 1999", "1999-12-01")]
    [InlineData("du 1er\u00A0septembre 2023", "2023-09-01")]
    [InlineData("en date du 22 juillet 2022", "2022-07-22")]
    [InlineData("du 3 août 2005", "2005-08-03")]
    [InlineData("du 31 février 2000", null)]
    [InlineData("du 15 décembre", null)]
    public void Dates_read_as_French_writes_them(string text, string? expected)
    {
        Assert.Equal(expected, DateIn(Language.French, text));
    }

    [Fact]
    public void Footnotes_open_with_voir_and_the_meeting_line_is_a_seance()
    {
        var profile = Profile(Language.French);
        Assert.Contains(profile.FootnoteLeads, lead => lead.Text == "Voir" && lead.Relation == Relation.Refers);
        Assert.Contains(profile.FootnoteLeads, lead => lead.Text == "Voir également");
        Assert.Equal("52e séance plénière", profile.Meeting!.Match("52e séance plénière\n15 décembre 2023").Value);
    }

    [Fact]
    public void A_council_resolution_is_told_from_an_assembly_one_by_its_date()
    {
        // Same printed shape, 45/30: dated in the Council's 45th session year, not the Assembly's (1990–91).
        var council = Cite(Language.French, "Prenant note des résolutions 45/30 du 13 octobre 2020, 51/10 du 6 octobre 2022");
        Assert.Equal(["A/HRC/RES/45/30", "A/HRC/RES/51/10"], council.Select(c => c.Target.Canonical));
        var assembly = Cite(Language.French, "Rappelant sa résolution 45/30 du 29 novembre 1990");
        Assert.Equal("A/RES/45/30", Assert.Single(assembly).Target.Canonical);
    }

    [Fact]
    public void A_financial_period_or_another_bodys_document_number_is_not_a_resolution()
    {
        Assert.Empty(Cite(Language.French, "Notant que l’exercice 2023/24 a commencé, et le document CL 144/9 de la FAO,"));
    }
}
