using System.Text.RegularExpressions;
using Lineage.Extraction.Rules;
using Lineage.Extraction.Rules.Ar;
using Lineage.Extraction.Rules.Es;
using Lineage.Extraction.Rules.Fr;
using Lineage.Extraction.Rules.Ru;
using Lineage.Model;
using Lineage.Tests.Extraction.Cases;

namespace Lineage.Tests.Extraction;

/// <summary>
/// The hand-written shortcuts of the kind-first rules (issue 11): each decides without a pattern only where the pattern
/// would decide the same, so output stays byte-identical. Checked against the patterns on every number of the real
/// sentences of the case tables.
/// </summary>
public sealed class KindFirstShortcutTests
{
    /// <summary>Heads with an organ or body between kind word and number, the shapes the rules' own comments give.</summary>
    private static readonly Dictionary<Language, string[]> s_organHeads = new()
    {
        [Language.French] = ["Rappelant la résolution du Conseil de sécurité 1540 (2004) et la résolution de la Commission de la condition de la femme 56/3"],
        [Language.Spanish] = ["Recordando las resoluciones del Consejo de Seguridad 1325 (2000) y 1820 (2008)"],
        [Language.Russian] = ["ссылаясь на резолюции Совета Безопасности 1325 (2000) и 1820 (2008)"],
        [Language.Arabic] = ["وإذ تشير إلى قرار مجلس الأمن 1540 (2004) وقرار الجمعية العامة 70/1"],
    };

    public static TheoryData<KindFirstReferenceRule, Language> Rules => new()
    {
        { new FrenchReferenceRule(), Language.French },
        { new SpanishReferenceRule(), Language.Spanish },
        { new RussianReferenceRule(), Language.Russian },
        { new ArabicReferenceRule(), Language.Arabic },
    };

    /// <summary>Heads the walk must leave to the pattern or read exactly: own words, articles after organ and adoption words, "pursuant to" phrases, glued words.</summary>
    private static readonly Dictionary<Language, string[]> s_edgeHeads = new()
    {
        [Language.French] =
        [
            "Rappelant sa résolution 61/78 et ses résolutions 62/45, conformément à sa résolution 63/1, comme suite à la résolution 64/2",
            "le Conseil des droits de l’homme, dans sa résolution 54/15, et par sa résolution 55/1, ainsi que de sa résolution 56/1",
            "la Commission de la population a adopté la résolution 2012/1 et en application de l’résolution 60/1",
            "Visa résolution 61/1, irrésolution 61/2, conformément ausa résolution 61/3, (résolution 61/4), RÉSOLUTION 61/5, leurs décisions 61/6",
            "Rappelant sa  \n résolution 61/7 et sa décision n° 61/8 et la résolution du Conseil de sécurité 1540 (2004)",
        ],
        [Language.Spanish] =
        [
            "Recordando su resolución 61/78 y sus resoluciones 62/45, de conformidad con lo dispuesto en la resolución 63/1",
            "el Consejo de Derechos Humanos, en su resolución 54/15, y por su resolución 55/1, así como de su resolución 56/1",
            "la Comisión de Población aprobó la resolución 2012/1, en virtud de la resolución 60/1, conforme a su resolución 60/2",
            "Visus resolución 61/1, irresolución 61/2, (resolución 61/4), RESOLUCIÓN 61/5, las decisiones 61/6, su decisión núm. 61/7",
        ],
        [Language.Russian] =
        [
            "ссылаясь на свою резолюцию 61/78 и свои резолюции 62/45, в соответствии с ее резолюцией 63/1, во исполнение резолюции 64/2",
            "Совет по правам человека в своей резолюции 54/15, принятой Комиссией по народонаселению и развитию резолюции 2012/1",
            "Комиссия приняла свою резолюцию 2013/1, утвердила решение 2013/2, РЕЗОЛЮЦИЮ 61/5, решениях 61/6, резолюции № 61/7",
        ],
        [Language.Arabic] =
        [
            "وإذ تشير إلى قرارها 61/78، وقراراتها 62/1 و 62/2، وبقرارها\u200F 63/1، عملا بالقرار 64/1، عملاً بقرارها 64/2، استنادا  إلى القرار 64/3",
            "وفقا لمقررها 52/492، والمقرر 53/1، إعمالا لقراري 54/1، فالقرارين 55/1، قرارهـــــا 56/1، قرارَيها 56/2، قراره 56/3، قراريهما 56/4",
            "اللجنة قرارها 57/1، مجلس الأمن، في قراره 1540 (2004)، اعتمدت لجنة السكان القرار 2012/1، قرار الجمعية 58/1، المقرر رقم 59/1",
            "إعمالاًقرارها 60/1، تنفيذاًً قرارها 60/2، بالقرارات61/1، مقرراتها 61/2، وبموجب القرار 61/3، بموجب القرار 61/4، سقرار 61/5، القرارِ 61/6",
        ],
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_head_shortcut_agrees_with_the_head_pattern_on_every_number_of_the_real_sentences(KindFirstReferenceRule rule, Language language)
    {
        int heads = 0;
        int organs = 0;
        int walked = 0;
        var texts = CitationCaseTable.All.Where(c => c.Language == language).Select(c => (c.Id, c.Text))
            .Concat(s_organHeads[language].Select(t => ("extra", t))).Concat(s_edgeHeads[language].Select(t => ("edge", t)));
        foreach (var (id, text) in texts)
        {
            foreach (Match token in rule.Numbers(text))
            {
                // The window as the walk over a clause gives it, and one cut just before the number's words.
                foreach (int start in new[] { Math.Max(0, token.Index - 160), Math.Max(0, token.Index - 14) })
                {
                    var fast = rule.HeadBefore(text, start, token.Index);
                    var full = rule.FullHeadBefore(text, start, token.Index);
                    Assert.True(full == fast, $"{id} at {token.Index} from {start}: pattern {full}, shortcut {fast}");
                    if (rule.WalkHeadBefore(text, start, token.Index, out var walk))
                    {
                        walked++;
                        Assert.True(full == walk, $"{id} at {token.Index} from {start}: pattern {full}, walk {walk}");
                    }

                    if (full.Success && start != token.Index - 14)
                    {
                        heads++;
                        organs += full.Organ.Success || full.Foreign.Success ? 1 : 0;
                    }
                }
            }
        }

        // The walk reads most heads where the language has its words.
        Assert.InRange(walked, 20, int.MaxValue);
        // The tables hold heads of both shapes: with an organ or body before the number or after the kind word, and without.
        Assert.InRange(heads, 20, int.MaxValue);
        Assert.InRange(organs, 2, heads - 10);
    }

    /// <summary>Dates after items: suffixes, leads, a date and more after it, impossible dates, cut windows.</summary>
    private static readonly Dictionary<Language, string[]> s_afterDates = new()
    {
        [Language.French] =
        [
            "ses résolutions 61/78 du 1er décembre 2006, 62/1 du 1 er janvier 2000 du Conseil de sécurité, 63/1 en date du 12 mai 2001 sur la paix, 64/1 du 31 février 2001; 65/1 du 12 Décembre 1999 et 66/1 du 2 maison 2000",
            "sa résolution 67/1 du 3 mars 20011 et 68/1 du 123 mars 2001, 69/1 du 3 mars 2001 (A/69/1) et 70/1, du 4 avril 2002, intitulée « X », 71/1 DU 5 MAI 2003.",
            "ses résolutions 61/78 du 6 décembre 2006 et 62/1 du 7 mai 2007, et 63/1 ainsi que 64/1 du 8 juin 2008 de même que 65/1 Et 66/1 du 1er juin 2010 ; ou 67/1 du 9 mai 2009 et les résolutions ultérieures du Conseil de sécurité",
            "ses résolutions 61/1 du Conseil de sécurité, 62/1 de l’Assemblée générale en date du 12 mai 2001, 63/1 de l'Assemblée Générale du 3 mars 2002 et 64/1 du Conseil économique et social, en date du 4 avril 2003, et 65/1 du Conseil de sécurité sur la paix, 66/1 des Conseil de sécurité et 67/1 du conseil de sécurité; 68/1 du Conseil des droits de l’homme, 69/1 duConseil de sécurité, 70/1 de la Assemblée générale, 71/1 du Conseil de sécurité, de l’Assemblée générale, 72/1 du Conseil de ſécurité",
            "sa résolution 68/1 du 3 mars 2001 et sa résolution 69/1 du 4 mars 2001 et la 70/1 du 5 mars 2001 et\u00A0 71/1 du 6 mars 2001 e\u0301t 72/1",
        ],
        [Language.Spanish] =
        [
            "sus resoluciones 61/78, de 6 de diciembre de 2006, 62/1, de 1º de enero del 2000, 63/1 de fecha 3 de mayo de 2001 relativa a la paz, 64/1, de 6 y 7 de mayo de 2001",
            "su resolución 65/1, de 31 de febrero de 2001 y 66/1, de 2 de setiembre 2002, del Consejo de Seguridad, 67/1, DE 3 DE MAYO DE 2003; 68/1, de 4 mayo de 2004",
            "sus resoluciones 61/1 del Consejo de Seguridad, 62/1 de la Asamblea General, de 12 de mayo de 2001, 63/1 de las Asamblea General y 64/1 del Consejo Económico y Social, de 4 de abril de 2003, relativa a la paz, 65/1 del consejo de seguridad; 66/1 de la  Asamblea General titulada “X”, 67/1 delConsejo de Seguridad, 68/1 de la Asamblea General, y 69/1 del Consejo de Derechos Humanos y 70/1 del Consejo de Seguridad de 3 de mayo de 2003 y 71/1 de los Consejo de Seguridad",
            "sus resoluciones 61/78, de 6 de diciembre de 2006, y 62/1, de 7 de mayo de 2007 y 63/1 así como 64/1, de 8 de junio de 2008, o 65/1 Y 66/1, de 9 de mayo de 2009 y su resolución 67/1, de 1 de junio de 2010, e 68/1",
        ],
        [Language.Russian] =
        [
            "свои резолюции 61/78 от 6 декабря 2006 года, 62/1 от 1 января 2000 г., 63/1 от 3 мая 2001 годах, 64/1 от 31 февраля 2001 года о мире",
            "свою резолюцию 65/1 от 2 марта 2002 года Совета Безопасности и 66/1 ОТ 3 АПРЕЛЯ 2003 ГОДА; 67/1 от 4 мая 2004",
            "свои резолюции 61/78 от 6 декабря 2006 года и 62/1 от 7 мая 2007 года, а также 63/1 и 64/1 от 8 июня 2008 г. или 65/1 И 66/1 от 9 мая 2009 года и свою резолюцию 67/1 от 1 июня 2010 года, и 68/1",
        ],
        [Language.Arabic] =
        [
            "وإذ تشير إلى قرارها 61/78 المؤرخ 6 كانون الأول/ديسمبر 2006",
            "قراراتها 62/1، المؤرخ 1 أيار/مايو 2001، و 62/2 ،، بشأن السلام، و 62/3 \u200F، لمجلس الأمن، و 62/4 في 2001، و 62/5 , الصادر عن اللجنة، و 62/6 (أ)",
        ],
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_date_walk_after_an_item_agrees_with_the_after_pattern_on_every_number_of_the_real_sentences(KindFirstReferenceRule rule, Language language)
    {
        int walked = 0;
        int dated = 0;
        var texts = CitationCaseTable.All.Where(c => c.Language == language).Select(c => (c.Id, c.Text)).Concat(s_afterDates[language].Select(t => ("dates", t)));
        foreach (var (id, text) in texts)
        {
            var numbers = rule.Numbers(text).ToList();
            for (int i = 0; i < numbers.Count; i++)
            {
                int start = numbers[i].Index + numbers[i].Length;
                int next = i + 1 < numbers.Count ? numbers[i + 1].Index : text.Length;
                // The window the rule gives, and windows cut inside what follows.
                foreach (int end in new[] { Math.Min(next, start + 400), Math.Min(next, start + 12), Math.Min(next, start + 20) })
                {
                    var full = rule.FullAfter(text, start, end);
                    var fast = rule.AfterItem(text, start, end);
                    Assert.True(full == fast, $"{id} after {start} to {end}: pattern {full}, walk {fast}");
                    if (rule.WalkAfter(text, start, end, out var walk))
                    {
                        walked++;
                        Assert.True(full == walk, $"{id} after {start} to {end}: pattern {full}, walk {walk}");
                    }

                    dated += full.Dated ? 1 : 0;
                }
            }
        }

        Assert.InRange(dated, 10, int.MaxValue);
        Assert.InRange(walked, language == Language.Arabic ? 0 : 10, int.MaxValue);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Every_list_word_and_mark_of_the_vocabulary_is_one_the_list_gap_pattern_accepts(KindFirstReferenceRule rule, Language language)
    {
        Assert.NotEqual(Language.Unknown, language);
        Assert.NotEmpty(rule.Words.ListWords);
        foreach (string word in rule.Words.ListWords)
        {
            Assert.True(rule.ListGapAccepts($" {word} "), word);
            foreach (char mark in rule.Words.ListMarks)
            {
                Assert.True(rule.ListGapAccepts($"{mark} {word} "), $"{mark} {word}");
                Assert.True(rule.ListGapAccepts($" {mark} "), mark.ToString());
            }
        }
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_gap_the_vocabulary_rules_out_is_one_the_list_gap_pattern_refuses_in_every_real_sentence(KindFirstReferenceRule rule, Language language)
    {
        int ruledOut = 0;
        int accepted = 0;
        foreach (var (id, text) in CitationCaseTable.All.Where(c => c.Language == language).Select(c => (c.Id, c.Text)))
        {
            var numbers = rule.Numbers(text).ToList();
            for (int i = 0; i < numbers.Count; i++)
            {
                // Every gap from the end of one number to the start of each later one, as the walk may ask.
                int start = numbers[i].Index + numbers[i].Length;
                for (int k = i + 1; k < numbers.Count; k++)
                {
                    string gap = text[start..numbers[k].Index];
                    bool matches = rule.ListGapAccepts(gap);
                    accepted += matches ? 1 : 0;
                    if (rule.Words.RulesOutListGap(gap))
                    {
                        ruledOut++;
                        Assert.False(matches, $"{id}: the pattern takes \"{gap}\", the vocabulary rules it out");
                    }
                }
            }
        }

        if (!rule.Words.GapLeads.IsEmpty)
        {
            Assert.InRange(ruledOut, 3, int.MaxValue);
            Assert.InRange(accepted, 5, int.MaxValue);
        }
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void No_gap_that_opens_with_a_lead_or_a_list_word_is_ruled_out(KindFirstReferenceRule rule, Language language)
    {
        Assert.NotEqual(Language.Unknown, language);
        foreach (string lead in rule.Words.GapLeads)
        {
            Assert.False(rule.Words.RulesOutListGap($" {lead}x"), lead);
            Assert.False(rule.Words.RulesOutListGap($", {lead.ToUpperInvariant()}x"), lead);
        }

        foreach (string word in rule.Words.ListWords)
        {
            Assert.False(rule.Words.RulesOutListGap($" {word} "), word);
        }
    }

    [Theory]
    [InlineData(" observateurs militaires et officiers d’état-major, ", true)]
    [InlineData(" du 27 juillet 2015 sur le Programme d’action d’Addis-Abeba (Programme d’action), ", true)]
    [InlineData(", sect. C, par. 3 ; ", true)]
    [InlineData(" Décide que, pour ", true)]
    [InlineData(" du 12 décembre 1995, et ", false)]
    [InlineData(" du 24 décembre 2021 et selon le barème des quotes-parts pour ", false)]
    [InlineData(" sur « Transformer notre monde (2030) », et ", false)]
    [InlineData(", et ", false)]
    [InlineData(" , ", false)]
    [InlineData(" \u212Aonsacrée au ", false)]
    public void The_French_vocabulary_rules_out_gaps_by_their_first_word_and_stops(string gap, bool ruledOut) =>
        Assert.Equal(ruledOut, new FrenchReferenceRule().Words.RulesOutListGap(gap));

    [Theory]
    [InlineData(", ", true)]
    [InlineData("", true)]
    [InlineData(" et ", true)]
    [InlineData(", et ", true)]
    [InlineData("; ainsi que ", true)]
    [InlineData(",  et  ", true)]
    [InlineData(" et", false)]
    [InlineData(", , ", false)]
    [InlineData(" Et ", false)]
    [InlineData(" etc. ", false)]
    [InlineData(" du 12 décembre 1995, ", false)]
    [InlineData(" et sa résolution ", false)]
    public void A_plain_list_gap_is_spaces_one_mark_and_one_list_word(string gap, bool plain) =>
        Assert.Equal(plain, KindFirstReferenceRule.IsPlainListGap(gap, new(["et", "ainsi que"], ",;")));

    [Theory]
    [InlineData("Rappelant sa résolution 61/78", "Rappelant sa résolution ")]
    [InlineData("décembre 1995, et 61/78", " et ")]
    [InlineData("résolution 1540 (2004) et 61/78", " et ")]
    [InlineData("la résolution du Conseil des droits de l’homme 5/1", "la résolution du Conseil des droits de l’homme ")]
    [InlineData("résolution n° 61/78", "résolution n° ")]
    [InlineData("резолюции № 61/78", "резолюции № ")]
    [InlineData("وإذ تشير إلى قرارهـــا 61/78", "وإذ تشير إلى قرارهـــا ")]
    [InlineData("1995 61/78", " ")]
    public void The_head_tail_is_the_run_of_letters_spaces_and_head_signs_before_a_number(string text, string tail)
    {
        int end = Regex.Match(text, @"[0-9]+/[0-9]+$").Index;
        Assert.Equal(tail, KindFirstReferenceRule.HeadTail(text, 0, end).ToString());
    }

    [Theory]
    [InlineData("61/78 du 6 décembre 2006", true)]
    [InlineData("61/78, intitulée", true)]
    [InlineData("61/78, 62/45", false)]
    [InlineData("1540 (2004);", false)]
    [InlineData("61/78", false)]
    [InlineData("61/78 ، المؤرخ", true)]
    public void Nothing_can_follow_an_item_but_a_word(string text, bool can)
    {
        int start = Regex.Match(text, @"^[0-9]+(?:/[0-9]+| \([0-9]+\))").Length;
        Assert.Equal(can, KindFirstReferenceRule.CanFollow(text, start, text.Length));
    }

    [Theory]
    [InlineData("Official Records of the Economic and Social Council, 2015, Supplement No. 7 (E/2015/27), chap. I, sect. C, resolution ", Organ.EconomicAndSocialCouncil)]
    [InlineData("Official Records of the General Assembly, Seventy-first Session, Supplement No. 53A (A/71/53/Add.1), chap. II, resolution ", Organ.HumanRightsCouncil)]
    [InlineData("Documents officiels de l’Assemblée générale, Supplément no 53A, chap. II, résolution ", Organ.HumanRightsCouncil)]
    [InlineData("Recalling the report of the Secretary-General (A/78/150) and its resolution ", null)]
    [InlineData("Recalling its resolution ", null)]
    public void A_report_before_a_number_names_its_body(string text, Organ? organ) =>
        Assert.Equal(organ, AssemblyNumbering.ReportBefore(text, text.Length));
}
