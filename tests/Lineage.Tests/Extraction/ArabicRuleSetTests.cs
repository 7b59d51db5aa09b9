using Lineage.Extraction.Rules.Ar;
using Lineage.Model;
using Lineage.Tests.Extraction.Cases;
using static Lineage.Tests.Extraction.LanguageRuleTests;

namespace Lineage.Tests.Extraction;

/// <summary>Arabic verbs, dates (Arabic-Indic digits too), part-letter names and footnote leads (issue 3).</summary>
public sealed class ArabicRuleSetTests
{
    [Theory]
    [InlineData("وإذ تشير إلى قرارها", "وإذ تشير", Relation.Recalls)]
    [InlineData("وإذ تشير أيضا إلى قرارها", "وإذ تشير أيضا", Relation.Recalls)]
    [InlineData("وإذ تشير كذلك إلى قرارها", "وإذ تشير كذلك", Relation.Recalls)]
    [InlineData("إذ تشير إلى قراراتها", "إذ تشير", Relation.Recalls)]
    [InlineData("تشير إلى قرارها", "تشير", Relation.Recalls)]
    [InlineData("وإذ يشير إلى قراراته", "وإذ يشير", Relation.Recalls)]
    [InlineData("وإذ تؤكد من جديد قرارها", "وإذ تؤكد من جديد", Relation.Reaffirms)]
    [InlineData("وإذ تعيد تأكيد", "وإذ تعيد تأكيد", Relation.Reaffirms)]
    [InlineData("وإذ تعيد أيضا تأكيد", "وإذ تعيد أيضا تأكيد", Relation.Reaffirms)]
    [InlineData("وإذ تحيط علما بقرار", "وإذ تحيط علما", Relation.TakesNote)]
    [InlineData("تحيط علما بتقرير", "تحيط علما", Relation.TakesNote)]
    [InlineData("وإذ ترحب", "وإذ ترحب", Relation.Welcomes)]
    [InlineData("وإذ تضع في اعتبارها", "وإذ تضع في اعتبارها", Relation.BearsInMind)]
    [InlineData("وإذ يضع في اعتباره", "وإذ يضع في اعتباره", Relation.BearsInMind)]
    [InlineData("وإذ تلاحظ", "وإذ تلاحظ", Relation.Notes)]
    [InlineData("وإذ تسلم", "وإذ تسلم", Relation.Recognizes)]
    [InlineData("وإذ تشدد", "وإذ تشدد", Relation.Emphasizes)]
    [InlineData("تقرر", "تقرر", Relation.Decides)]
    [InlineData("تطلب إلى الأمين العام", "تطلب", Relation.Requests)]
    [InlineData("تحث الدول", "تحث", Relation.Urges)]
    [InlineData("إذ تسترشد", "إذ تسترشد", Relation.Guided)]
    public void Preambular_and_operative_verbs_feminine_and_masculine_share_a_relation(string text, string verb, Relation relation)
    {
        Assert.Equal((verb, relation), VerbAt(Language.Arabic, text));
    }

    [Theory]
    [InlineData("المؤرخ 15 كانون الأول/ديسمبر 1994", "1994-12-15")]
    [InlineData("المؤرخ ١٥ كانون الأول/ديسمبر ١٩٩٤", "1994-12-15")]
    [InlineData("المؤرخ 6 تموز/ يوليه 2017", "2017-07-06")]
    [InlineData("المؤرخ 17 آب/أغسطس 1993", "1993-08-17")]
    [InlineData("المؤرخ 15 ديسمبر 1994", "1994-12-15")]
    [InlineData("المؤرخ 30 شباط/فبراير 2000", null)]
    public void Dates_read_as_Arabic_writes_them(string text, string? expected)
    {
        Assert.Equal(expected, DateIn(Language.Arabic, text));
    }

    [Theory]
    [InlineData("هاء", "E")]
    [InlineData("عين", "P")]
    [InlineData("ألف وباء", "A,B")]
    [InlineData("ألف و باء", "A,B")]
    [InlineData("ألف إلى دال", "A,B,C,D")]
    [InlineData("ألف ألف", "AA")]
    [InlineData("سين، عين", "O,P")]
    public void Part_letters_named_in_words_read_in_abjadi_order(string printed, string expected)
    {
        Assert.Equal(expected, string.Join(",", ArabicReferenceRule.NamedParts(printed)));
    }

    [Fact]
    public void Arabic_indic_digits_read_like_ascii_ones()
    {
        Assert.Equal("1994", ArabicRuleSet.NormalizeDigits("١٩٩٤"));
        Assert.Equal("49/75", ArabicRuleSet.NormalizeDigits("۴۹/۷۵"));

        // Every Arabic row, its digits written Arabic-Indic, yields the same targets.
        foreach (var row in CitationCaseTable.Of(Language.Arabic))
        {
            string indic = string.Concat(row.Text.Select(ch => ch is >= '0' and <= '9' ? (char)('\u0660' + (ch - '0')) : ch));
            var found = Cite(Language.Arabic, indic, row.Source).Select(c => c.Target.Canonical);
            var ascii = Cite(Language.Arabic, row.Text, row.Source).Select(c => c.Target.Canonical);
            Assert.Equal(ascii, found);
        }
    }

    [Fact]
    public void Footnotes_open_with_unzur()
    {
        var profile = Profile(Language.Arabic);
        Assert.Contains(profile.FootnoteLeads, lead => lead.Text == "انظر" && lead.Relation == Relation.Refers);
        Assert.Contains(profile.FootnoteLeads, lead => lead.Text == "انظر أيضا");
    }

    [Fact]
    public void Another_bodys_number_is_not_reversed_into_the_assemblys()
    {
        // "القرار 3/2023" is the FAO Conference's resolution 3/2023, not ECOSOC 2023/3; "21/038" an order number.
        Assert.Empty(Cite(Language.Arabic, "وإذ ترحب بالقرار 3/2023 المؤرخ 7 تموز/يوليه 2023"));
        Assert.Empty(Cite(Language.Arabic, "وفقا للأمر رقم 21/038 المؤرخ 5 تموز/يوليه 2021"));
    }
}
