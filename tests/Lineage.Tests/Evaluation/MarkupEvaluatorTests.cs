using System.Text.Json;
using Lineage.Evaluation;
using Lineage.Extraction;
using Lineage.Model;

namespace Lineage.Tests.Evaluation;

/// <summary>Scoring logic of <see cref="MarkupEvaluator"/> on small hand-built cases with exact expected figures.</summary>
public class MarkupEvaluatorTests
{
    private static readonly Language[] s_six = [Language.Arabic, Language.Chinese, Language.English, Language.Spanish, Language.French, Language.Russian];

    private static EvaluationReport Evaluate(EvalCase c, EvaluationOptions? options = null) =>
        new MarkupEvaluator(c.Extract, options).Evaluate(c.Documents);

    private static LanguageEvaluation Lang(EvaluationReport report, Language language) => report.Languages.Single(l => l.Language == language);

    [Fact]
    public void Text_and_markup_that_agree_score_one()
    {
        var c = new EvalCase()
            .Doc("A/RES/78/1", Language.English, "Recalling its resolutions {A/RES/61/78|61/78} and {A/RES/62/42|62/42},")
            .Finds("A/RES/78/1", Language.English, "A/RES/61/78", "61/78")
            .Finds("A/RES/78/1", Language.English, "A/RES/62/42", "62/42");
        var report = Evaluate(c);
        Assert.Equal(new Score(2, 0, 0), report.Total);
        Assert.Equal(1.0, report.Total.Precision);
        Assert.Equal(1.0, report.Total.Recall);
        Assert.Empty(report.Disagreements);
        Assert.True(report.MeetsBars);
    }

    [Fact]
    public void A_miss_and_an_extra_give_half_precision_and_half_recall_with_snippets()
    {
        var c = new EvalCase()
            .Doc("A/RES/78/1", Language.English, "Recalling its resolutions {A/RES/61/78|61/78} and {A/RES/62/42|62/42}, and resolution 63/1,")
            .Finds("A/RES/78/1", Language.English, "A/RES/61/78", "61/78")
            .Finds("A/RES/78/1", Language.English, "A/RES/63/1", "63/1");
        var report = Evaluate(c);
        var en = Lang(report, Language.English);
        Assert.Equal(new Score(1, 1, 1), en.Overall);
        Assert.Equal(0.5, en.Overall.Precision);
        Assert.Equal(0.5, en.Overall.Recall);

        var missed = Assert.Single(report.Disagreements, d => d.Category == DisagreementCategory.Missed);
        Assert.Equal("A/RES/62/42", missed.Target.Canonical);
        Assert.Equal(CitationSite.Preamble(1), missed.Site);
        Assert.Contains("and ⟦62/42⟧, and", missed.Snippet, StringComparison.Ordinal);
        Assert.Contains("https://undocs.org/en/A/RES/62/42", missed.Note, StringComparison.Ordinal);
        var extra = Assert.Single(report.Disagreements, d => d.Category == DisagreementCategory.FoundWithoutLink);
        Assert.Equal("A/RES/63/1", extra.Target.Canonical);
        Assert.Contains("resolution ⟦63/1⟧,", extra.Snippet, StringComparison.Ordinal);
        Assert.False(report.MeetsBars);
        Assert.Contains("en: precision 50.00% is below 99.00%", report.Failures);
        Assert.Contains("en: recall 50.00% is below 99.00%", report.Failures);
    }

    [Fact]
    public void Target_linked_in_four_of_six_versions_counts_as_linked_in_all()
    {
        var c = new EvalCase();
        foreach (var language in s_six)
        {
            bool linked = language is not (Language.French or Language.Russian);
            c.Doc("A/RES/78/1", language, linked ? "recalling {A/RES/61/78|61/78}," : "recalling 61/78,");
            if (language != Language.Russian)
            {
                c.Finds("A/RES/78/1", language, "A/RES/61/78", "61/78");
            }
        }

        var report = Evaluate(c);
        foreach (var language in s_six.Where(l => l != Language.Russian))
        {
            Assert.Equal(new Score(1, 0, 0), Lang(report, language).Overall);
        }

        // Russian has no link and Lineage did not find it: still a miss, because four versions link it.
        Assert.Equal(new Score(0, 0, 1), Lang(report, Language.Russian).Overall);
        var missed = Assert.Single(report.Disagreements, d => d.Category == DisagreementCategory.Missed);
        Assert.Equal(Language.Russian, missed.Language);
        Assert.Contains("not linked here; linked in ar, zh, en, es (4 of 6 versions)", missed.Note, StringComparison.Ordinal);
        Assert.Contains("⟦61/78⟧", missed.Snippet, StringComparison.Ordinal);
        var defect = Assert.Single(report.Disagreements, d => d.Category == DisagreementCategory.MarkupDefect);
        Assert.Equal((Language.French, MarkupDefectKind.LinkMissingInThisLanguage), (defect.Language, defect.Defect));
        Assert.Equal(new Score(5, 0, 1), report.Total);
    }

    [Fact]
    public void Four_of_six_rule_does_not_apply_to_a_version_that_does_not_print_the_number()
    {
        // S/RES/2640 (2022): the Chinese text leaves out "resolution 2272 (2016)" that five versions link.
        var c = new EvalCase();
        foreach (var language in s_six)
        {
            c.Doc("S/RES/2640(2022)", language, language == Language.Chinese ? "敦促部队和警察派遣国继续采取适当行动；" : "under resolution {S/RES/2272(2016)|2272 (2016)},");
            if (language != Language.Chinese)
            {
                c.Finds("S/RES/2640(2022)", language, "S/RES/2272(2016)", "2272 (2016)");
            }
        }

        var report = Evaluate(c);
        Assert.Equal(new Score(5, 0, 0), report.Total);
        Assert.Equal(new Score(0, 0, 0), Lang(report, Language.Chinese).Overall);
        var defect = Assert.Single(report.Disagreements);
        Assert.Equal((Language.Chinese, MarkupDefectKind.NotPrintedInThisVersion), (defect.Language, defect.Defect!.Value));
        Assert.Equal(1.0, report.Agreement.Rate); // the Chinese version does not print 2272 (2016), so need not yield it
    }

    [Fact]
    public void Target_linked_in_three_versions_is_set_aside_where_Lineage_finds_it_unlinked()
    {
        var c = new EvalCase();
        foreach (var language in s_six)
        {
            bool linked = language is Language.Arabic or Language.Chinese or Language.English;
            c.Doc("A/RES/78/1", language, linked ? "recalling {A/RES/61/78|61/78}," : "recalling 61/78,")
                .Finds("A/RES/78/1", language, "A/RES/61/78", "61/78");
        }

        var report = Evaluate(c);
        Assert.Equal(new Score(3, 0, 0), report.Total);
        foreach (var language in new[] { Language.Spanish, Language.French, Language.Russian })
        {
            var result = Lang(report, language);
            Assert.Equal(new Score(0, 0, 0), result.Overall);
            Assert.Equal(1, result.SetAside);
        }

        Assert.Equal(3, report.Disagreements.Count(d => d.Defect == MarkupDefectKind.LinkedInOtherLanguagesOnly));
        Assert.Equal(3, report.Options.MinimumLinkedLanguages - 1);
    }

    [Fact]
    public void Part_letter_outside_the_link_is_read_as_the_part()
    {
        var right = new EvalCase()
            .Doc("A/RES/78/1", Language.English, "Recalling its resolution {A/RES/49/75|49/75} E of 15 December 1994,")
            .Finds("A/RES/78/1", Language.English, "A/RES/49/75E", "49/75 E");
        var report = Evaluate(right);
        Assert.Equal(new Score(1, 0, 0), report.Total);
        var defect = Assert.Single(report.Disagreements);
        Assert.Equal((DisagreementCategory.MarkupDefect, MarkupDefectKind.PartLetterOutsideLink), (defect.Category, defect.Defect));
        Assert.Contains("⟦49/75 E⟧", defect.Snippet, StringComparison.Ordinal);

        var wrong = new EvalCase()
            .Doc("A/RES/78/1", Language.English, "Recalling its resolution {A/RES/49/75|49/75} E of 15 December 1994,")
            .Finds("A/RES/78/1", Language.English, "A/RES/49/75", "49/75");
        var missedPart = Evaluate(wrong);
        Assert.Equal(new Score(0, 1, 1), missedPart.Total);
        Assert.Contains(missedPart.Disagreements, d => d.Category == DisagreementCategory.Missed && d.Target.Canonical == "A/RES/49/75E");
        Assert.Contains(missedPart.Disagreements, d => d.Category == DisagreementCategory.FoundWithoutLink && d.Target.Canonical == "A/RES/49/75");
    }

    [Fact]
    public void Href_that_disagrees_with_the_printed_number_is_set_aside()
    {
        // A/RES/78/5 (Arabic): the link text prints 77/274, the href says 74/274.
        var c = new EvalCase()
            .Doc("A/RES/78/5", Language.English, "pursuant to its resolution {A/RES/74/274|77/274} of 24 February 2023,")
            .Finds("A/RES/78/5", Language.English, "A/RES/77/274", "77/274");
        var report = Evaluate(c);
        Assert.Equal(new Score(0, 0, 0), report.Total);
        Assert.Equal(2, Lang(report, Language.English).SetAside);
        Assert.Equal(2, report.Disagreements.Count(d => d.Defect == MarkupDefectKind.HrefDisagreesWithText));
        Assert.Equal(["A/RES/74/274", "A/RES/77/274"], report.Disagreements.Select(d => d.Target.Canonical).Order());
    }

    [Fact]
    public void Href_split_inside_a_number_is_compared_over_the_whole_number()
    {
        // A/RES/78/203: the link covers "77/" of "77/212" and its href names 76/163.
        var c = new EvalCase()
            .Doc("A/RES/78/203", Language.English, "the most recent of which was resolution {A/RES/76/163|77/}212 of 15 December 2022,")
            .Finds("A/RES/78/203", Language.English, "A/RES/77/212", "77/212");
        var report = Evaluate(c);
        Assert.Equal(new Score(0, 0, 0), report.Total);
        Assert.Equal(2, report.Disagreements.Count(d => d.Defect == MarkupDefectKind.HrefDisagreesWithText));
    }

    [Fact]
    public void Link_to_another_kind_of_document_does_not_excuse_a_wrong_reading()
    {
        // A/RES/78/169: "United Nations Environment Assembly resolution 5/5" links UNEP/EA.5/Res.5; reading A/RES/5/5 is wrong.
        var c = new EvalCase()
            .Doc("A/RES/78/169", Language.English, "United Nations Environment Assembly resolution {UNEP/EA.5/Res.5|5/5}, can contribute")
            .Finds("A/RES/78/169", Language.English, "A/RES/5/5", "5/5");
        var report = Evaluate(c);
        Assert.Equal(new Score(0, 1, 0), report.Total);
        Assert.Equal(DisagreementCategory.FoundWithoutLink, Assert.Single(report.Disagreements).Category);
    }

    [Fact]
    public void Unreadable_resolution_href_is_set_aside_where_the_text_prints_the_number()
    {
        // "A/RES/2286 (2016)" names a Security Council resolution with the General Assembly's prefix.
        var c = new EvalCase()
            .Doc("A/RES/78/1", Language.Russian, "резолюцию {A/RES/2286 (2016)|2286\u00A0(2016)} Совета Безопасности")
            .Finds("A/RES/78/1", Language.Russian, "S/RES/2286(2016)", "2286\u00A0(2016)");
        var report = Evaluate(c);
        Assert.Equal(new Score(0, 0, 0), report.Total);
        Assert.Equal(MarkupDefectKind.HrefDisagreesWithText, Assert.Single(report.Disagreements).Defect);
    }

    [Fact]
    public void Href_naming_a_resolution_where_the_text_names_a_decision_is_set_aside()
    {
        var c = new EvalCase()
            .Doc("A/RES/78/292", Language.English, "as well as its decision {A/RES/78/542C|78/542} C of 24 April 2024,")
            .Finds("A/RES/78/292", Language.English, "A/DEC/78/542", "78/542 C");
        var report = Evaluate(c);
        Assert.Equal(new Score(0, 0, 0), report.Total);
        var defect = Assert.Single(report.Disagreements);
        Assert.Equal((MarkupDefectKind.HrefDisagreesWithText, "A/RES/78/542C"), (defect.Defect!.Value, defect.Target.Canonical));
        Assert.Contains("Lineage reads A/DEC/78/542 here", defect.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Href_outvoted_by_the_other_versions_is_set_aside()
    {
        // Arabic links "دإ-10/2" to A/RES/10/2; five versions link A/RES/S-10/2.
        var c = new EvalCase();
        foreach (var language in s_six)
        {
            string marked = language == Language.Arabic ? "القرار دإ-{A/RES/10/2|10/2}." : "Resolution {A/RES/S-10/2|S-10/2}.";
            string printed = language == Language.Arabic ? "10/2" : "S-10/2";
            c.Doc("A/RES/78/15", language, (CitationSite.Footnote(1), marked)).Finds("A/RES/78/15", language, "A/RES/S-10/2", printed);
        }

        var report = Evaluate(c);
        Assert.Equal(new Score(6, 0, 0), report.Total);
        // A/RES/10/2 cannot exist (session 10 numbered its resolutions "N (X)"), which says why the href is wrong.
        var defect = Assert.Single(report.Disagreements, d => d.Defect == MarkupDefectKind.TargetCannotExist);
        Assert.Equal((Language.Arabic, "A/RES/10/2"), (defect.Language, defect.Target.Canonical));
        Assert.Equal(1.0, report.Agreement.Rate);
    }

    [Fact]
    public void Self_citations_and_other_documents_are_not_counted()
    {
        var c = new EvalCase()
            .Doc("A/RES/78/1", Language.English, "the present resolution {A/RES/78/1|78/1} and the report {A/78/251|A/78/251},")
            .Finds("A/RES/78/1", Language.English, "A/RES/78/1", "78/1")
            .Finds("A/RES/78/1", Language.English, "A/78/251", "A/78/251");
        var report = Evaluate(c);
        Assert.Equal(new Score(0, 0, 0), report.Total);
        Assert.Empty(report.Disagreements);
    }

    [Fact]
    public void Sites_are_scored_apart()
    {
        // Linked in the preamble; Lineage reads it in operative paragraph 1 only.
        var c = new EvalCase()
            .Doc("A/RES/78/1", Language.English,
                (CitationSite.Preamble(1), "Recalling its resolution {A/RES/61/78|61/78},"),
                (CitationSite.Operative(1), "Requests the report called for in 61/78 (b);"))
            .Finds("A/RES/78/1", Language.English, "A/RES/61/78", "61/78 (b)");
        var en = Lang(Evaluate(c), Language.English);
        Assert.Equal(new Score(1, 0, 0), en.Overall);
        Assert.Equal(new Score(0, 0, 1), en.Sites[SiteKind.Preamble]);
        Assert.Equal(new Score(0, 1, 0), en.Sites[SiteKind.Operative]);
        Assert.False(en.Sites.ContainsKey(SiteKind.Footnote));
    }

    [Fact]
    public void Agreement_is_the_share_of_resolutions_whose_versions_yield_the_same_targets()
    {
        var c = new EvalCase()
            .Doc("A/RES/78/1", Language.English, "recalling {A/RES/61/78|61/78},").Finds("A/RES/78/1", Language.English, "A/RES/61/78", "61/78")
            .Doc("A/RES/78/1", Language.French, "rappelant {A/RES/61/78|61/78},").Finds("A/RES/78/1", Language.French, "A/RES/61/78", "61/78")
            .Doc("A/RES/78/2", Language.English, "recalling {A/RES/49/75|49/75} E,").Finds("A/RES/78/2", Language.English, "A/RES/49/75E", "49/75 E")
            .Doc("A/RES/78/2", Language.French, "rappelant {A/RES/49/75|49/75 E},").Finds("A/RES/78/2", Language.French, "A/RES/49/75", "49/75")
            .Doc("A/RES/78/3", Language.English, "recalling 61/78,");
        var report = Evaluate(c);
        var agreement = report.Agreement;
        Assert.Equal(2, agreement.Resolutions); // 78/3 has one version only
        Assert.Equal(1, agreement.Agreeing);
        Assert.Equal(0.5, agreement.Rate);
        Assert.Equal(2, agreement.MarkupAgreeing); // the markup, read through its defects, names 49/75 E in both
        var resolution = Assert.Single(agreement.Disagreeing);
        Assert.Equal("A/RES/78/2", resolution.Resolution.Canonical);
        Assert.Equal([("A/RES/49/75", "fr"), ("A/RES/49/75E", "en")],
            resolution.Differences.Select(d => (d.Target.Canonical, string.Join(",", d.FoundIn.Select(l => l.ToCode())))));
        Assert.Contains("cross-language agreement 50.00% is below 99.00%", report.Failures);
    }

    [Fact]
    public void Bars_are_configurable()
    {
        var c = new EvalCase()
            .Doc("A/RES/78/1", Language.English, "{A/RES/61/78|61/78} and {A/RES/62/42|62/42}")
            .Finds("A/RES/78/1", Language.English, "A/RES/61/78", "61/78");
        Assert.False(Evaluate(c).MeetsBars);
        var lenient = Evaluate(c, new EvaluationOptions { MinimumRecall = 0.5 });
        Assert.True(lenient.MeetsBars, string.Join("; ", lenient.Failures));
    }

    [Fact]
    public void Duplicate_versions_are_evaluated_once_and_reported()
    {
        var c = new EvalCase().Doc("A/RES/78/1", Language.English, "{A/RES/61/78|61/78}").Finds("A/RES/78/1", Language.English, "A/RES/61/78", "61/78");
        c.Documents.Add(c.Documents[0] with { Path = "zz-copy.xml" });
        var report = Evaluate(c);
        Assert.Equal(1, report.Documents);
        Assert.Equal(new Score(1, 0, 0), report.Total);
        Assert.Equal("zz-copy.xml", Assert.Single(report.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateDocument).File);
    }

    [Fact]
    public void Unscored_languages_still_vote_for_the_four_of_six_rule()
    {
        var c = new EvalCase();
        foreach (var language in s_six)
        {
            c.Doc("A/RES/78/1", language, language == Language.English ? "recalling 61/78," : "{A/RES/61/78|61/78}");
        }

        var report = Evaluate(c.Finds("A/RES/78/1", Language.English, "A/RES/61/78", "61/78"),
            new EvaluationOptions { Languages = [Language.English] });
        Assert.Equal(1, report.Documents);
        Assert.Equal(new Score(1, 0, 0), Assert.Single(report.Languages).Overall);
        Assert.Equal(0, report.Agreement.Resolutions);
    }

    [Fact]
    public void Extractor_failure_becomes_a_diagnostic()
    {
        var c = new EvalCase().Doc("A/RES/78/1", Language.English, "{A/RES/61/78|61/78}");
        var report = new MarkupEvaluator(_ => throw new InvalidOperationException("boom")).Evaluate(c.Documents);
        Assert.Equal(new Score(0, 0, 1), report.Total);
        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.ExtractorFailed && d.Message.Contains("boom", StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_list_the_three_categories_in_Markdown_and_JSON()
    {
        var c = new EvalCase()
            .Doc("A/RES/78/1", Language.English, "Recalling {A/RES/61/78|61/78}, {A/RES/62/42|62/42} and {A/RES/49/75|49/75} E, and 63/1 *x*,")
            .Finds("A/RES/78/1", Language.English, "A/RES/61/78", "61/78")
            .Finds("A/RES/78/1", Language.English, "A/RES/49/75E", "49/75 E")
            .Finds("A/RES/78/1", Language.English, "A/RES/63/1", "63/1");
        var report = Evaluate(c);

        var markdown = new StringWriter();
        EvaluationReportWriter.WriteMarkdown(report, markdown);
        string md = markdown.ToString();
        Assert.Contains("| en | 1 | 2 | 1 | 1 | 0 | 66.67% | 66.67% |", md, StringComparison.Ordinal);
        Assert.Contains("## Lineage missed (1)", md, StringComparison.Ordinal);
        Assert.Contains("## Lineage found, markup has no link (1)", md, StringComparison.Ordinal);
        Assert.Contains("## Markup defect (1)", md, StringComparison.Ordinal);
        Assert.Contains("`part_letter_outside_link` A/RES/78/1 → **A/RES/49/75E**", md, StringComparison.Ordinal);
        Assert.Contains("⟦63/1⟧ \\*x\\*", md, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", md, StringComparison.Ordinal);

        using var stream = new MemoryStream();
        EvaluationReportWriter.WriteJson(report, stream);
        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;
        Assert.False(root.GetProperty("meetsBars").GetBoolean());
        var en = root.GetProperty("languages")[0];
        Assert.Equal("en", en.GetProperty("language").GetString());
        Assert.Equal(0.666667, en.GetProperty("overall").GetProperty("precision").GetDouble());
        Assert.Equal(3, root.GetProperty("disagreements").GetArrayLength());
        Assert.Equal("missed", root.GetProperty("disagreements")[0].GetProperty("category").GetString());

        var summary = new StringWriter();
        EvaluationReportWriter.WriteSummary(report, summary);
        Assert.StartsWith("1 documents;", summary.ToString(), StringComparison.Ordinal);
        Assert.Contains("en: precision 66.67% recall 66.67% (TP 2, FP 1, FN 1, set aside 0, 1 documents)", summary.ToString(), StringComparison.Ordinal);
    }
    [Theory]
    [InlineData("A/RES/78/155", "UNEP/CBD/COP/10/27, annex, decision {A/RES/10/1|10/1}.", "session/number from session 31")]
    [InlineData("A/RES/78/147", "its resolution {A/RES/79/8|79/8} of 19 May 2023", "session 79 opened after session 78, that of A/RES/78/147")]
    [InlineData("A/RES/78/113", "and {A/RES/98/67|98/67} of 14 December 2012", "beyond the latest plausible session")]
    [InlineData("A/RES/78/185", "Welcomes Assembly/AU/Decl. {A/RES/8(XXXII)|8 (XXXII)}", "Roman numerals only up to XXX")]
    public void A_link_to_a_symbol_that_cannot_exist_is_set_aside_with_the_reason(string source, string marked, string reason)
    {
        var c = new EvalCase().Doc(source, Language.English, marked);
        var report = Evaluate(c);
        Assert.Equal(new Score(0, 0, 0), report.Total);
        Assert.Equal(1, Lang(report, Language.English).SetAside);
        var defect = Assert.Single(report.Disagreements);
        Assert.Equal((DisagreementCategory.MarkupDefect, MarkupDefectKind.TargetCannotExist), (defect.Category, defect.Defect!.Value));
        Assert.Contains(reason, defect.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_that_cannot_exist_does_not_count_towards_four_of_six()
    {
        // A/RES/78/147: four versions link ESCAP's resolution 79/8 of May 2023 as the Assembly's; two find it anyway.
        var c = new EvalCase();
        foreach (var language in s_six)
        {
            bool linked = language is Language.Arabic or Language.English or Language.Spanish or Language.Russian;
            c.Doc("A/RES/78/147", language, linked ? "resolution {A/RES/79/8|79/8} of 19 May 2023" : "resolution 79/8 of 19 May 2023");
        }

        c.Finds("A/RES/78/147", Language.Chinese, "A/RES/79/8", "79/8");
        var report = Evaluate(c);
        Assert.Equal(new Score(0, 1, 0), Lang(report, Language.Chinese).Overall);
        Assert.Equal(new Score(0, 0, 0), Lang(report, Language.French).Overall);
        Assert.Equal(4, report.Disagreements.Count(d => d.Defect == MarkupDefectKind.TargetCannotExist));
    }

    [Theory]
    [InlineData("the International Maritime Organization, document LC {A/RES/32/15|32/15} and Corr. 1, annex 5", "\"LC\"")]
    [InlineData("notes decision A{A/RES/32/4|-32/4}.4 of the Assembly of the Commission", "\"A-\"")]
    [InlineData("takes note of resolutions EC{A/RES/55/1|-55/1} of the Executive Council", "\"EC-\"")]
    [InlineData("FAO, document CL 144/9 (C {E/RES/2013/20|2013/20}), annex D", "\"C\"")]
    public void A_number_inside_another_bodys_symbol_is_set_aside(string marked, string prefix)
    {
        var c = new EvalCase().Doc("A/RES/78/69", Language.English, marked);
        var report = Evaluate(c);
        Assert.Equal(new Score(0, 0, 0), report.Total);
        var defect = Assert.Single(report.Disagreements);
        Assert.Equal(MarkupDefectKind.OtherBodysSymbol, defect.Defect);
        Assert.Contains(prefix, defect.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("resolution ES-{A/RES/ES-10/15|10/15} of 1 June 2023")]
    [InlineData("its resolutions 49/75 E and {A/RES/50/70|50/70} P")]
    public void The_assemblys_own_prefixes_and_part_letters_are_no_other_bodys_symbol(string marked)
    {
        var c = new EvalCase().Doc("A/RES/78/1", Language.English, marked);
        var report = Evaluate(c);
        Assert.DoesNotContain(report.Disagreements, d => d.Defect == MarkupDefectKind.OtherBodysSymbol);
        Assert.Equal(0, report.Total.TruePositives + report.Total.FalsePositives);
        Assert.Equal(1, report.Total.FalseNegatives);
    }

    [Fact]
    public void A_number_printed_back_to_front_counts_as_the_target_the_other_versions_link()
    {
        // A/RES/78/19: the Arabic text prints "40/77 المؤرخ 7 كانون الأول/ديسمبر 2022" and links A/RES/40/77; the others link 77/40.
        var c = new EvalCase();
        foreach (var language in s_six)
        {
            c.Doc("A/RES/78/19", language, language == Language.Arabic ? "القرار {A/RES/40/77|40/77} المؤرخ 7 كانون الأول/ديسمبر 2022" : "resolution {A/RES/77/40|77/40} of 7 December 2022");
            c.Finds("A/RES/78/19", language, "A/RES/77/40", language == Language.Arabic ? "40/77" : "77/40");
        }

        var report = Evaluate(c, new EvaluationOptions { Dates = l => s_all.Profile(l)?.Dates });
        Assert.Equal(new Score(1, 0, 0), Lang(report, Language.Arabic).Overall);
        Assert.All(report.Disagreements, d => Assert.Equal(Language.Arabic, d.Language));
        var defect = Assert.Single(report.Disagreements, d => d.Defect == MarkupDefectKind.NumberPrintedBackToFront);
        Assert.Equal("A/RES/40/77", defect.Target.Canonical);
        Assert.Contains("prints 40/77 for 77/40", defect.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("recalling its resolution {A/RES/23(I)|23}{A/RES/23(I)| }{A/RES/23(I)|(}{A/RES/23(I)|I}{A/RES/23(I)|)} of 10 February 1946", "A/RES/23(I)", "23 (I)")]
    [InlineData("recalling its resolution {A/RES/973(X)|973}{A/RES/973(X)| }{A/RES/973(X)|(}{A/RES/973(X)|X}{A/RES/973(X)|)} of 15 December 1955", "A/RES/973(X)", "973 (X)")]
    [InlineData("resolutions {A/RES/1874(S-IV)|1874 (}{A/RES/1874(S-IV)|S-IV)}, of 27 June 1963", "A/RES/1874(S-IV)", "1874 (S-IV)")]
    [InlineData("resolutions {A/RES/1874(S-IV)|1874 }{A/RES/1874(S-IV)|(}{A/RES/1874(S-IV)|S-IV)}, of 27 June 1963", "A/RES/1874(S-IV)", "1874 (S-IV)")]
    public void A_roman_session_after_a_split_link_is_no_part_letter(string marked, string target, string printed)
    {
        var c = new EvalCase().Doc("A/RES/78/236", Language.English, marked).Finds("A/RES/78/236", Language.English, target, printed);
        var report = Evaluate(c);
        Assert.Equal(new Score(1, 0, 0), report.Total);
        Assert.Empty(report.Disagreements);
    }

    [Theory]
    [InlineData("第{A/RES/364(IV)|364 B}{A/RES/364(IV)| }{A/RES/364(IV)|(IV)}号", "364 B (IV)")]
    [InlineData("resolutions {A/RES/364(IV)|364 }{A/RES/364(IV)|B}{A/RES/364(IV)| (IV)} of 1 December 1949", "364 B (IV)")]
    [InlineData("第{A/RES/3211(XXIX)|3211 }{A/RES/3211(XXIX)|B}{A/RES/3211(XXIX)|(XXIX)}号决议", "3211 B(XXIX)")]
    public void A_part_letter_the_split_link_lacks_is_read_from_the_text(string marked, string printed)
    {
        string target = printed.StartsWith("364", StringComparison.Ordinal) ? "A/RES/364B(IV)" : "A/RES/3211B(XXIX)";
        var c = new EvalCase().Doc("A/RES/78/236", Language.English, marked).Finds("A/RES/78/236", Language.English, target, printed);
        var report = Evaluate(c);
        Assert.Equal(new Score(1, 0, 0), report.Total);
        var defect = Assert.Single(report.Disagreements);
        Assert.Equal((DisagreementCategory.MarkupDefect, MarkupDefectKind.PartLetterMissingFromHref), (defect.Category, defect.Defect!.Value));
        Assert.Equal(target, defect.Target.Canonical);
    }
    private static readonly CitationExtractor s_all = new ExtractorBuilder().UseAllLanguages().Build();

    [Theory]
    [InlineData("ar", "وأن الدول الأعضاء قررت، في قرار اللجنة {A/RES/66/1|66/1} المؤرخ 17 آذار/مارس 2023، أن تعقد", "2023-03-17")]
    [InlineData("en", "and that Member States decided, in Commission resolution {A/RES/66/1|66/1} of 17 March 2023,", "2023-03-17")]
    [InlineData("zh", "会员国在麻委会2023年3月17日第{A/RES/66/1|66/1}号决议中决定", "2023-03-17")]
    public void A_link_printed_with_a_date_outside_its_session_is_another_bodys(string code, string marked, string date)
    {
        var language = LanguageCodes.Parse(code);
        var c = new EvalCase().Doc("A/RES/78/131", language, marked);
        var report = Evaluate(c, new EvaluationOptions { Dates = l => s_all.Profile(l)?.Dates });
        Assert.Equal(new Score(0, 0, 0), report.Total);
        var defect = Assert.Single(report.Disagreements);
        Assert.Equal(MarkupDefectKind.DateOutsideSession, defect.Defect);
        Assert.Contains($"date {date}, more than a year outside session 66", defect.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es", "la Comisión Económica para América Latina y el Caribe aprobó la resolución {A/RES/574(XXVII)|574 (XXVII)}, de 16 de mayo de 1998,")]
    [InlineData("ru", "Экономической комиссией для Латинской Америки и Карибского бассейна резолюции {A/RES/574(XXVII)|574 (XXVII)} от 16 мая 1998 года")]
    public void A_link_to_a_roman_session_printed_with_a_date_decades_later_is_another_bodys(string code, string marked)
    {
        // A/RES/78/83: ECLAC's resolution 574 (XXVII) of 16 May 1998 linked as the Assembly's (its session XXVII sat in 1972–73).
        var language = LanguageCodes.Parse(code);
        var c = new EvalCase().Doc("A/RES/78/83", language, marked);
        var report = Evaluate(c, new EvaluationOptions { Dates = l => s_all.Profile(l)?.Dates });
        Assert.Equal(new Score(0, 0, 0), report.Total);
        var defect = Assert.Single(report.Disagreements);
        Assert.Equal(MarkupDefectKind.DateOutsideSession, defect.Defect);
        Assert.Contains("date 1998-05-16, more than a year outside session 27", defect.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar", "وإذ تشير أيضاً إلى قراراتها 54/47 المؤرخ 1 كانون الأول/ديسمبر 1999 و {A/RES/56/16|56/16} المؤرخ 29 تشرين الثاني/نوفمبر 2001")]
    [InlineData("en", "Recalling its resolutions 54/47 of 1 December 1999, {A/RES/56/16|56/16} of 29 November 2001")]
    [InlineData("zh", "回顾其1999年12月1日第54/47号、2001年11月29日第{A/RES/56/16|56/16}号")]
    [InlineData("en", "Recalling also General Assembly resolution {A/RES/56/16|56/16} of 29 November 2002")]
    [InlineData("zh", "回顾其第{A/RES/56/16|56/16}号、2005年12月17日第60/208号")]
    public void The_date_of_the_item_before_or_a_date_in_the_session_keeps_the_link(string code, string marked)
    {
        var language = LanguageCodes.Parse(code);
        var c = new EvalCase().Doc("A/RES/78/13", language, marked).Finds("A/RES/78/13", language, "A/RES/56/16", "56/16");
        var report = Evaluate(c, new EvaluationOptions { Dates = l => s_all.Profile(l)?.Dates });
        Assert.Equal(new Score(1, 0, 0), report.Total);
        Assert.Empty(report.Disagreements);
    }

    [Fact]
    public void An_href_to_a_human_rights_council_number_it_never_reached_is_set_aside()
    {
        // A/RES/78/245: "قرارات الجمعية العامة 36/117 ألف" linked as A/HRC/RES/36/117.
        var c = new EvalCase().Doc("A/RES/78/245", Language.Arabic, "وفقا لقرارات الجمعية العامة {A/HRC/RES/36/117|36/117} ألف المؤرخ 10 كانون الأول/ديسمبر 1981")
            .Finds("A/RES/78/245", Language.Arabic, "A/RES/36/117A", "36/117");
        var report = Evaluate(c);
        Assert.Equal(new Score(0, 1, 0), report.Total);
        Assert.Contains(report.Disagreements, d => d.Defect == MarkupDefectKind.TargetCannotExist && d.Target.Canonical == "A/HRC/RES/36/117");
    }
    [Fact]
    public void An_href_that_drops_the_special_session_mark_the_text_prints_is_set_aside()
    {
        // A/RES/78/73: "قرار مجلس حقوق الإنسان دإ-21/1" linked as A/HRC/RES/21/1; the text names special session 21.
        var c = new EvalCase().Doc("A/RES/78/73", Language.Arabic, "التي أنشئت عملا بقرار مجلس حقوق الإنسان دإ{A/HRC/RES/21/1|-21/1}، وإذ تشدد")
            .Finds("A/RES/78/73", Language.Arabic, "A/HRC/RES/S-21/1", "دإ-21/1");
        var report = Evaluate(c);
        Assert.Equal(new Score(0, 0, 0), report.Total);
        Assert.All(report.Disagreements, d => Assert.Equal(MarkupDefectKind.HrefDisagreesWithText, d.Defect));
        Assert.Contains(report.Disagreements, d => d.Target.Canonical == "A/HRC/RES/21/1");
    }
}
