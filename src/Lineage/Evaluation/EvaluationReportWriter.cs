using System.Globalization;
using System.Text;
using System.Text.Json;
using Lineage.Model;

namespace Lineage.Evaluation;

/// <summary>Writes an <see cref="EvaluationReport"/> as Markdown, as JSON, or as a short summary. Deterministic output.</summary>
public static class EvaluationReportWriter
{
    private static readonly SiteKind[] s_sites = [SiteKind.Preamble, SiteKind.Operative, SiteKind.Footnote, SiteKind.Heading];

    /// <summary>A few lines: per-language precision and recall, agreement, and the bars missed.</summary>
    public static void WriteSummary(EvaluationReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Invariant($"{report.Documents} documents; (citing document, cited resolution) pairs, markup defects set aside\n"));
        foreach (var language in report.Languages)
        {
            var s = language.Overall;
            writer.Write(Invariant($"{language.Language.ToCode()}: precision {Percent(s.Precision)} recall {Percent(s.Recall)} (TP {s.TruePositives}, FP {s.FalsePositives}, FN {s.FalseNegatives}, set aside {language.SetAside}, {language.Documents} documents)\n"));
        }

        var t = report.Total;
        writer.Write(Invariant($"all: precision {Percent(t.Precision)} recall {Percent(t.Recall)} (TP {t.TruePositives}, FP {t.FalsePositives}, FN {t.FalseNegatives})\n"));
        var a = report.Agreement;
        writer.Write(Invariant($"cross-language agreement: {Percent(a.Rate)} ({a.Agreeing} of {a.Resolutions} resolutions; markup itself {Percent(a.MarkupRate)})\n"));
        foreach (string failure in report.Failures)
        {
            writer.Write($"below the bar: {failure}\n");
        }
    }

    /// <summary>The full report: tables per language and site, agreement, and every disagreement with its snippet.</summary>
    public static void WriteMarkdown(EvaluationReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var o = report.Options;
        writer.Write("# Lineage evaluation against AKN4UN markup\n\n");
        writer.Write("Source of the markup: United Nations (AKN4UN, unofficial copies).\n\n");
        writer.Write(Invariant($"{report.Documents} documents. Level: (citing document, cited resolution), resolution targets only, self-citations excluded. "));
        writer.Write(Invariant($"A target the markup links in at least {o.MinimumLinkedLanguages} language versions of a resolution counts as linked in all. "));
        writer.Write(Invariant($"Bars: precision ≥ {Percent(o.MinimumPrecision)}, recall ≥ {Percent(o.MinimumRecall)} per language, agreement ≥ {Percent(o.MinimumAgreement)}.\n\n"));
        writer.Write(report.MeetsBars ? "**Result: meets the bars.**\n\n" : "**Result: below the bars:** " + string.Join("; ", report.Failures) + ".\n\n");

        writer.Write("## Precision and recall per language\n\n");
        writer.Write("| language | documents | TP | FP | FN | set aside | precision | recall |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var language in report.Languages)
        {
            var s = language.Overall;
            writer.Write(Invariant($"| {language.Language.ToCode()} | {language.Documents} | {s.TruePositives} | {s.FalsePositives} | {s.FalseNegatives} | {language.SetAside} | {Percent(s.Precision)} | {Percent(s.Recall)} |\n"));
        }

        var t = report.Total;
        writer.Write(Invariant($"| all | {report.Documents} | {t.TruePositives} | {t.FalsePositives} | {t.FalseNegatives} | {report.Languages.Sum(l => l.SetAside)} | {Percent(t.Precision)} | {Percent(t.Recall)} |\n\n"));

        writer.Write("## Per site\n\nAt the level of (citing document, cited resolution, site kind).\n\n");
        writer.Write("| language | site | TP | FP | FN | precision | recall |\n|---|---|---:|---:|---:|---:|---:|\n");
        foreach (var language in report.Languages)
        {
            foreach (var site in s_sites)
            {
                if (language.Sites.TryGetValue(site, out var s))
                {
                    writer.Write(Invariant($"| {language.Language.ToCode()} | {SiteToken(site)} | {s.TruePositives} | {s.FalsePositives} | {s.FalseNegatives} | {Percent(s.Precision)} | {Percent(s.Recall)} |\n"));
                }
            }
        }

        var a = report.Agreement;
        writer.Write("\n## Cross-language agreement\n\n");
        writer.Write(Invariant($"{a.Agreeing} of {a.Resolutions} resolutions with two or more language versions yield the same cited resolutions in every version, part letters included (a version whose text does not print a target's number is not expected to yield it): **{Percent(a.Rate)}** (the markup's own links, read through their defects: {Percent(a.MarkupRate)}).\n\n"));
        foreach (var resolution in a.Disagreeing)
        {
            writer.Write(Invariant($"- {resolution.Resolution} ({string.Join(", ", resolution.Languages.Select(l => l.ToCode()))}): "));
            writer.Write(string.Join("; ", resolution.Differences.Select(d => $"{d.Target} found in {(d.FoundIn.IsEmpty ? "none" : string.Join(", ", d.FoundIn.Select(l => l.ToCode())))}")));
            writer.Write('\n');
        }

        WriteCategory(writer, report, DisagreementCategory.Missed, "Lineage missed",
            "The markup links the target in this version (or in at least four versions); Lineage did not find it in the text. Counted against recall.");
        WriteCategory(writer, report, DisagreementCategory.FoundWithoutLink, "Lineage found, markup has no link",
            "Lineage found the target in the text; no version links it. Counted against precision.");
        WriteCategory(writer, report, DisagreementCategory.MarkupDefect, "Markup defect",
            "Text and raw markup differ because of a known markup defect; read through or set aside, not counted.");

        if (!report.Diagnostics.IsEmpty)
        {
            writer.Write("\n## Diagnostics\n\n");
            foreach (var group in report.Diagnostics.GroupBy(d => (d.Code, d.Severity)).OrderBy(g => g.Key.Code, StringComparer.Ordinal))
            {
                writer.Write(Invariant($"- {group.Key.Code} ({group.Key.Severity.ToString().ToLowerInvariant()}): {group.Count()}, e.g. {Escape(group.First().ToString())}\n"));
            }
        }
    }

    /// <summary>The full report as JSON (UTF-8, indented, no BOM).</summary>
    public static void WriteJson(EvaluationReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("documents", report.Documents);
        json.WriteBoolean("meetsBars", report.MeetsBars);
        json.WriteStartArray("failures");
        foreach (string failure in report.Failures)
        {
            json.WriteStringValue(failure);
        }

        json.WriteEndArray();
        json.WriteStartObject("options");
        json.WriteNumber("minimumLinkedLanguages", report.Options.MinimumLinkedLanguages);
        json.WriteNumber("minimumPrecision", report.Options.MinimumPrecision);
        json.WriteNumber("minimumRecall", report.Options.MinimumRecall);
        json.WriteNumber("minimumAgreement", report.Options.MinimumAgreement);
        json.WriteEndObject();
        json.WriteStartArray("languages");
        foreach (var language in report.Languages)
        {
            json.WriteStartObject();
            json.WriteString("language", language.Language.ToCode());
            json.WriteNumber("documents", language.Documents);
            json.WriteNumber("setAside", language.SetAside);
            WriteScore(json, "overall", language.Overall);
            json.WriteStartObject("sites");
            foreach (var site in s_sites)
            {
                if (language.Sites.TryGetValue(site, out var s))
                {
                    WriteScore(json, SiteToken(site), s);
                }
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteScore(json, "total", report.Total);
        var a = report.Agreement;
        json.WriteStartObject("agreement");
        json.WriteNumber("resolutions", a.Resolutions);
        json.WriteNumber("agreeing", a.Agreeing);
        json.WriteNumber("rate", Math.Round(a.Rate, 6));
        json.WriteNumber("markupAgreeing", a.MarkupAgreeing);
        json.WriteNumber("markupRate", Math.Round(a.MarkupRate, 6));
        json.WriteStartArray("disagreeing");
        foreach (var resolution in a.Disagreeing)
        {
            json.WriteStartObject();
            json.WriteString("resolution", resolution.Resolution.ToString());
            json.WriteStartArray("languages");
            foreach (var language in resolution.Languages)
            {
                json.WriteStringValue(language.ToCode());
            }

            json.WriteEndArray();
            json.WriteStartArray("differences");
            foreach (var (target, foundIn) in resolution.Differences)
            {
                json.WriteStartObject();
                json.WriteString("target", target.ToString());
                json.WriteStartArray("foundIn");
                foreach (var language in foundIn)
                {
                    json.WriteStringValue(language.ToCode());
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartArray("disagreements");
        foreach (var d in report.Disagreements)
        {
            json.WriteStartObject();
            json.WriteString("category", CategoryToken(d.Category));
            if (d.Defect is { } defect)
            {
                json.WriteString("defect", DefectToken(defect));
            }

            json.WriteString("language", d.Language.ToCode());
            json.WriteString("source", d.Source.ToString());
            json.WriteString("target", d.Target.ToString());
            if (d.Site is { } site)
            {
                json.WriteString("site", site.ToString());
            }

            json.WriteString("file", d.File);
            json.WriteString("snippet", d.Snippet);
            json.WriteString("note", d.Note);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Stable token of a category: <c>missed</c>, <c>found_without_link</c>, <c>markup_defect</c>.</summary>
    public static string CategoryToken(DisagreementCategory category) => category switch
    {
        DisagreementCategory.Missed => "missed",
        DisagreementCategory.FoundWithoutLink => "found_without_link",
        _ => "markup_defect",
    };

    /// <summary>Stable token of a defect kind (<c>part_letter_outside_link</c> …).</summary>
    public static string DefectToken(MarkupDefectKind defect) => defect switch
    {
        MarkupDefectKind.PartLetterOutsideLink => "part_letter_outside_link",
        MarkupDefectKind.PartLetterMissingFromHref => "part_letter_missing_from_href",
        MarkupDefectKind.LinkMissingInThisLanguage => "link_missing_in_this_language",
        MarkupDefectKind.LinkedInOtherLanguagesOnly => "linked_in_other_languages_only",
        MarkupDefectKind.NotPrintedInThisVersion => "not_printed_in_this_version",
        MarkupDefectKind.TargetCannotExist => "target_cannot_exist",
        MarkupDefectKind.OtherBodysSymbol => "other_bodys_symbol",
        MarkupDefectKind.NumberPrintedBackToFront => "number_printed_back_to_front",
        MarkupDefectKind.DateOutsideSession => "date_outside_session",
        _ => "href_disagrees_with_text",
    };

    private static void WriteCategory(TextWriter writer, EvaluationReport report, DisagreementCategory category, string title, string explanation)
    {
        var items = report.Disagreements.Where(d => d.Category == category).ToList();
        writer.Write(Invariant($"\n## {title} ({items.Count})\n\n{explanation}\n"));
        foreach (var byLanguage in items.GroupBy(d => d.Language))
        {
            writer.Write(Invariant($"\n### {byLanguage.Key.ToCode()} ({byLanguage.Count()})\n\n"));
            if (category == DisagreementCategory.MarkupDefect)
            {
                writer.Write(string.Join(", ", byLanguage.GroupBy(d => d.Defect).OrderBy(g => g.Key)
                    .Select(g => Invariant($"{DefectToken(g.Key!.Value)}: {g.Count()}"))) + "\n\n");
            }

            foreach (var d in byLanguage)
            {
                string defect = d.Defect is { } k ? $"`{DefectToken(k)}` " : string.Empty;
                string site = d.Site is { } s ? $" at {s}" : string.Empty;
                writer.Write($"- {defect}{d.Source} → **{d.Target}**{site} — {Escape(d.Note)} ({Path.GetFileName(d.File)})");
                writer.Write(d.Snippet.Length > 0 ? $"\n  > {Escape(d.Snippet)}\n" : "\n");
            }
        }
    }

    private static void WriteScore(Utf8JsonWriter json, string name, Score score)
    {
        json.WriteStartObject(name);
        json.WriteNumber("truePositives", score.TruePositives);
        json.WriteNumber("falsePositives", score.FalsePositives);
        json.WriteNumber("falseNegatives", score.FalseNegatives);
        json.WriteNumber("precision", Math.Round(score.Precision, 6));
        json.WriteNumber("recall", Math.Round(score.Recall, 6));
        json.WriteEndObject();
    }

    private static string SiteToken(SiteKind site) => site switch
    {
        SiteKind.Preamble => "preamble",
        SiteKind.Operative => "operative",
        SiteKind.Footnote => "footnote",
        _ => "heading",
    };

    private static string Percent(double value) => (value * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char ch in text)
        {
            if (ch is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#')
            {
                builder.Append('\\');
            }

            builder.Append(ch is '\n' or '\r' ? ' ' : ch);
        }

        return builder.ToString();
    }
}
