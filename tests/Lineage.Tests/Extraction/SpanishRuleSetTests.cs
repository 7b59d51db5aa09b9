using Lineage.Model;
using static Lineage.Tests.Extraction.LanguageRuleTests;

namespace Lineage.Tests.Extraction;

/// <summary>Spanish verbs, dates, footnote leads and meeting line (issue 3); references are in the case table.</summary>
public sealed class SpanishRuleSetTests
{
    [Theory]
    [InlineData("Recordando su resolución", "Recordando", Relation.Recalls)]
    [InlineData("Recordando también sus resoluciones", "Recordando también", Relation.Recalls)]
    [InlineData("Recordando además su resolución", "Recordando además", Relation.Recalls)]
    [InlineData("Recuerda su resolución", "Recuerda", Relation.Recalls)]
    [InlineData("Recuerda también", "Recuerda también", Relation.Recalls)]
    [InlineData("Reafirmando su resolución", "Reafirmando", Relation.Reaffirms)]
    [InlineData("Reafirmando también", "Reafirmando también", Relation.Reaffirms)]
    [InlineData("Reafirma", "Reafirma", Relation.Reaffirms)]
    [InlineData("Tomando nota de la resolución", "Tomando nota", Relation.TakesNote)]
    [InlineData("Toma nota también", "Toma nota también", Relation.TakesNote)]
    [InlineData("Acogiendo con beneplácito la resolución", "Acogiendo con beneplácito", Relation.Welcomes)]
    [InlineData("Acoge con beneplácito también", "Acoge con beneplácito también", Relation.Welcomes)]
    [InlineData("Observando con preocupación", "Observando", Relation.Notes)]
    [InlineData("Teniendo presente su resolución", "Teniendo presente", Relation.BearsInMind)]
    [InlineData("Reconociendo también", "Reconociendo también", Relation.Recognizes)]
    [InlineData("Destacando", "Destacando", Relation.Emphasizes)]
    [InlineData("Decide", "Decide", Relation.Decides)]
    [InlineData("Solicita al Secretario General", "Solicita", Relation.Requests)]
    [InlineData("Insta a los Estados", "Insta", Relation.Urges)]
    [InlineData("Guiada por los propósitos", "Guiada por", Relation.Guided)]
    public void Preambular_and_operative_verbs_and_their_also_forms_share_a_relation(string text, string verb, Relation relation)
    {
        Assert.Equal((verb, relation), VerbAt(Language.Spanish, text));
    }

    [Theory]
    [InlineData("de 15 de diciembre de 1994", "1994-12-15")]
    [InlineData("de 1 de julio de 2004", "2004-07-01")]
    [InlineData("de\u00A022\u00A0de noviembre de 1967", "1967-11-22")]
    [InlineData("de 3 de abril 2023", "2023-04-03")]
    [InlineData("de 30 de febrero de 2000", null)]
    public void Dates_read_as_Spanish_writes_them(string text, string? expected)
    {
        Assert.Equal(expected, DateIn(Language.Spanish, text));
    }

    [Fact]
    public void Footnotes_open_with_vease_and_the_meeting_line_is_a_sesion()
    {
        var profile = Profile(Language.Spanish);
        Assert.Contains(profile.FootnoteLeads, lead => lead.Text == "Véase" && lead.Relation == Relation.Refers);
        Assert.Contains(profile.FootnoteLeads, lead => lead.Text == "Véanse");
        Assert.Equal("52ª sesión plenaria", profile.Meeting!.Match("52ª sesión plenaria\n15 de diciembre de 2023").Value);
    }

    [Fact]
    public void An_organ_after_a_list_names_every_item_still_without_one()
    {
        var cited = Cite(Language.Spanish, "Recordando las resoluciones 34/24, 40/20 y 46/17 del Consejo de Derechos Humanos,");
        Assert.Equal(["A/HRC/RES/34/24", "A/HRC/RES/40/20", "A/HRC/RES/46/17"], cited.Select(c => c.Target.Canonical));
    }
}
