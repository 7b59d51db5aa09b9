using Lineage.Model;
using static Lineage.Tests.Extraction.LanguageRuleTests;

namespace Lineage.Tests.Extraction;

/// <summary>Russian verbs, dates, footnote leads and meeting line (issue 3); references are in the case table.</summary>
public sealed class RussianRuleSetTests
{
    [Theory]
    [InlineData("ссылаясь на свою резолюцию", "ссылаясь", Relation.Recalls)]
    [InlineData("ссылаясь также на свою резолюцию", "ссылаясь также", Relation.Recalls)]
    [InlineData("ссылаясь далее на", "ссылаясь далее", Relation.Recalls)]
    [InlineData("напоминая о", "напоминая", Relation.Recalls)]
    [InlineData("напоминая также", "напоминая также", Relation.Recalls)]
    [InlineData("ссылается на свою резолюцию", "ссылается", Relation.Recalls)]
    [InlineData("Ссылаясь на свои резолюции", "ссылаясь", Relation.Recalls)] // case-insensitive: the form as listed
    [InlineData("подтверждая свою резолюцию", "подтверждая", Relation.Reaffirms)]
    [InlineData("подтверждая также", "подтверждая также", Relation.Reaffirms)]
    [InlineData("вновь подтверждая", "вновь подтверждая", Relation.Reaffirms)]
    [InlineData("принимая к сведению резолюцию", "принимая к сведению", Relation.TakesNote)]
    [InlineData("принимает к сведению", "принимает к сведению", Relation.TakesNote)]
    [InlineData("приветствуя", "приветствуя", Relation.Welcomes)]
    [InlineData("с удовлетворением отмечая", "с удовлетворением отмечая", Relation.Notes)]
    [InlineData("памятуя о", "памятуя", Relation.BearsInMind)]
    [InlineData("признавая также", "признавая также", Relation.Recognizes)]
    [InlineData("подчеркивая", "подчеркивая", Relation.Emphasizes)]
    [InlineData("постановляет", "постановляет", Relation.Decides)]
    [InlineData("просит Генерального секретаря", "просит", Relation.Requests)]
    [InlineData("настоятельно призывает", "настоятельно призывает", Relation.Urges)]
    [InlineData("руководствуясь", "руководствуясь", Relation.Guided)]
    public void Preambular_and_operative_verbs_and_their_also_forms_share_a_relation(string text, string verb, Relation relation)
    {
        Assert.Equal((verb, relation), VerbAt(Language.Russian, text));
    }

    [Theory]
    [InlineData("от 15 декабря 1994 года", "1994-12-15")]
    [InlineData("от 1 июля 2004 г.", "2004-07-01")]
    [InlineData("от 12\u00A0октября 2023\u00A0года", "2023-10-12")]
    [InlineData("от 30 февраля 2000 года", null)]
    public void Dates_read_as_Russian_writes_them(string text, string? expected)
    {
        Assert.Equal(expected, DateIn(Language.Russian, text));
    }

    [Fact]
    public void Footnotes_open_with_sm_and_the_meeting_line_is_a_zasedanie()
    {
        var profile = Profile(Language.Russian);
        Assert.Contains(profile.FootnoteLeads, lead => lead.Text == "См." && lead.Relation == Relation.Refers);
        Assert.Equal("52-е пленарное заседание", profile.Meeting!.Match("52-е пленарное заседание\n15 декабря 2023 года").Value);
    }

    [Fact]
    public void A_cyrillic_look_alike_part_letter_reads_as_latin()
    {
        // UN-SYMBOLS.md: "50/70 Р" with U+0420 in the Russian text of 79/50 is 50/70 P.
        var cited = Cite(Language.Russian, "ссылаясь на свои резолюции 49/75 Е от 15 декабря 1994 года, 50/70 Р от 12 декабря 1995 года");
        Assert.Equal(["A/RES/49/75E", "A/RES/50/70P"], cited.Select(c => c.Target.Canonical));
    }

    [Fact]
    public void The_organ_in_the_genitive_between_kind_word_and_number_is_read()
    {
        var cited = Cite(Language.Russian, "ссылаясь на резолюции Совета Безопасности 1325 (2000) и 2250 (2015)");
        Assert.Equal(["S/RES/1325(2000)", "S/RES/2250(2015)"], cited.Select(c => c.Target.Canonical));
        var council = Cite(Language.Russian, "ссылаясь на резолюцию Совета по правам человека 51/32");
        Assert.Equal("A/HRC/RES/51/32", Assert.Single(council).Target.Canonical);
    }
}
