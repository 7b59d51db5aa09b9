using Lineage.Model;

namespace Lineage.Documents.Akn;

/// <summary>
/// Normalizes the verb the AKN4UN markup gives a clause (<c>&lt;container name="Recalling also"&gt;</c>, the italic
/// opening words of an operative paragraph) to a <see cref="Relation"/>, for citations taken from links.
/// A small table by verb stem in the six languages; the text rule sets keep their own, fuller vocabulary.
/// </summary>
internal static class MarkupVerbs
{
    // Ordered: longer and more specific stems first ("taking note" before "noting", "تحيط علما" before "تلاحظ").
    private static readonly (string Stem, Relation Relation)[] s_stems =
    [
        // English
        ("taking note", Relation.TakesNote), ("takes note", Relation.TakesNote), ("take note", Relation.TakesNote),
        ("recall", Relation.Recalls), ("reaffirm", Relation.Reaffirms), ("bearing in mind", Relation.BearsInMind),
        ("bears in mind", Relation.BearsInMind), ("mindful", Relation.BearsInMind), ("noting", Relation.Notes), ("notes", Relation.Notes),
        ("welcom", Relation.Welcomes), ("recogni", Relation.Recognizes), ("acknowledg", Relation.Acknowledges),
        ("emphasi", Relation.Emphasizes), ("stress", Relation.Emphasizes), ("underlin", Relation.Emphasizes), ("underscor", Relation.Emphasizes),
        ("endors", Relation.Endorses), ("decid", Relation.Decides), ("request", Relation.Requests), ("calls upon", Relation.CallsUpon),
        ("calling upon", Relation.CallsUpon), ("urg", Relation.Urges), ("express", Relation.Expresses), ("guided", Relation.Guided),
        ("having considered", Relation.Considers), ("having examined", Relation.Considers), ("consider", Relation.Considers),
        ("acting under", Relation.Pursuant), ("pursuant", Relation.Pursuant),

        // French
        ("prenant note", Relation.TakesNote), ("prend note", Relation.TakesNote), ("prenant acte", Relation.TakesNote), ("prend acte", Relation.TakesNote),
        ("rappel", Relation.Recalls), ("réaffirm", Relation.Reaffirms), ("ayant à l’esprit", Relation.BearsInMind), ("ayant à l'esprit", Relation.BearsInMind),
        ("gardant à l’esprit", Relation.BearsInMind), ("conscient", Relation.BearsInMind), ("not", Relation.Notes), ("constat", Relation.Notes),
        ("se félicit", Relation.Welcomes), ("salu", Relation.Welcomes), ("accueill", Relation.Welcomes), ("reconn", Relation.Recognizes),
        ("soulign", Relation.Emphasizes), ("insist", Relation.Emphasizes), ("fait sien", Relation.Endorses), ("approuv", Relation.Endorses),
        ("décid", Relation.Decides), ("pri", Relation.Requests), ("demand", Relation.CallsUpon), ("exhort", Relation.Urges), ("engag", Relation.Urges),
        ("exprim", Relation.Expresses), ("guidé", Relation.Guided), ("ayant examiné", Relation.Considers), ("considér", Relation.Considers),
        ("agissant en vertu", Relation.Pursuant),

        // Spanish
        ("tomando nota", Relation.TakesNote), ("toma nota", Relation.TakesNote), ("record", Relation.Recalls), ("reafirm", Relation.Reaffirms),
        ("teniendo presente", Relation.BearsInMind), ("consciente", Relation.BearsInMind), ("observ", Relation.Notes), ("señal", Relation.Notes),
        ("haciendo notar", Relation.Notes), ("acogi", Relation.Welcomes), ("acoge", Relation.Welcomes), ("celebr", Relation.Welcomes),
        ("reconoc", Relation.Recognizes), ("destac", Relation.Emphasizes), ("subray", Relation.Emphasizes), ("poniendo de relieve", Relation.Emphasizes),
        ("recalc", Relation.Emphasizes), ("resalt", Relation.Emphasizes), ("hace suy", Relation.Endorses), ("hace suya", Relation.Endorses),
        ("solicit", Relation.Requests), ("pide", Relation.Requests), ("exhort", Relation.CallsUpon), ("insta", Relation.Urges),
        ("expres", Relation.Expresses), ("guiad", Relation.Guided), ("habiendo examinado", Relation.Considers), ("habiendo considerado", Relation.Considers),
        ("actuando en virtud", Relation.Pursuant),

        // Russian
        ("принимая к сведению", Relation.TakesNote), ("принимает к сведению", Relation.TakesNote), ("ссылаясь", Relation.Recalls),
        ("напомина", Relation.Recalls), ("ссылается", Relation.Recalls), ("вновь подтвержда", Relation.Reaffirms), ("подтвержда", Relation.Reaffirms),
        ("принимая во внимание", Relation.BearsInMind), ("учитывая", Relation.BearsInMind), ("памятуя", Relation.BearsInMind),
        ("отмеча", Relation.Notes), ("приветству", Relation.Welcomes), ("признава", Relation.Recognizes), ("призна", Relation.Recognizes),
        ("подчеркива", Relation.Emphasizes), ("одобря", Relation.Endorses), ("постановля", Relation.Decides), ("просит", Relation.Requests),
        ("настоятельно призыва", Relation.Urges), ("призыва", Relation.CallsUpon), ("выража", Relation.Expresses), ("руководствуясь", Relation.Guided),
        ("рассмотрев", Relation.Considers), ("изучив", Relation.Considers), ("действуя на основании", Relation.Pursuant),

        // Arabic (after the leading وإذ / إذ / وقد / و)
        ("تحيط علما", Relation.TakesNote), ("يحيط علما", Relation.TakesNote), ("تشير", Relation.Recalls), ("يشير", Relation.Recalls),
        ("تؤكد من جديد", Relation.Reaffirms), ("يؤكد من جديد", Relation.Reaffirms), ("تعيد", Relation.Reaffirms), ("يعيد", Relation.Reaffirms),
        ("تؤكد مجددا", Relation.Reaffirms), ("تضع في اعتبارها", Relation.BearsInMind), ("يضع في اعتباره", Relation.BearsInMind),
        ("تلاحظ", Relation.Notes), ("يلاحظ", Relation.Notes), ("ترحب", Relation.Welcomes), ("يرحب", Relation.Welcomes),
        ("تسلم", Relation.Recognizes), ("تسلّم", Relation.Recognizes), ("يسلم", Relation.Recognizes), ("تقر", Relation.Acknowledges), ("يقر", Relation.Acknowledges),
        ("تشدد", Relation.Emphasizes), ("يشدد", Relation.Emphasizes), ("تؤكد", Relation.Emphasizes), ("يؤكد", Relation.Emphasizes),
        ("تؤيد", Relation.Endorses), ("تقرر", Relation.Decides), ("يقرر", Relation.Decides), ("تطلب", Relation.Requests), ("يطلب", Relation.Requests),
        ("تهيب", Relation.CallsUpon), ("يهيب", Relation.CallsUpon), ("تحث", Relation.Urges), ("يحث", Relation.Urges),
        ("تعرب", Relation.Expresses), ("يعرب", Relation.Expresses), ("تسترشد", Relation.Guided), ("يسترشد", Relation.Guided),
        ("نظرت", Relation.Considers), ("نظر", Relation.Considers), ("درست", Relation.Considers),

        // Chinese
        ("表示注意到", Relation.TakesNote), ("注意到", Relation.Notes), ("回顾", Relation.Recalls), ("重申", Relation.Reaffirms),
        ("铭记", Relation.BearsInMind), ("考虑到", Relation.BearsInMind), ("欢迎", Relation.Welcomes), ("欣见", Relation.Welcomes),
        ("认识到", Relation.Recognizes), ("确认", Relation.Recognizes), ("承认", Relation.Acknowledges), ("强调", Relation.Emphasizes),
        ("着重指出", Relation.Emphasizes), ("重点指出", Relation.Emphasizes), ("核可", Relation.Endorses), ("赞同", Relation.Endorses),
        ("决定", Relation.Decides), ("请", Relation.Requests), ("吁请", Relation.CallsUpon), ("促请", Relation.CallsUpon), ("敦促", Relation.Urges),
        ("表示", Relation.Expresses), ("遵循", Relation.Guided), ("审议了", Relation.Considers), ("审查了", Relation.Considers),
    ];

    private static readonly string[] s_leading =
    [
        "وإذ ", "إذ ", "وقد ", "وإدراكا ", "also ", "further ", "again ", "once again ", "strongly ", "re-", "encore ", "également ",
        "además ", "también ", "又", "还", "并", "再次", "特别", "也", "仍",
    ];

    /// <summary>The relation a markup verb names; <see cref="Relation.Cites"/> when the table does not know it.</summary>
    public static Relation Normalize(string? verb, Language language)
    {
        if (string.IsNullOrWhiteSpace(verb))
        {
            return Relation.Cites;
        }

        string text = verb.Trim().ToLowerInvariant();
        for (bool stripped = true; stripped;)
        {
            stripped = false;
            foreach (string prefix in s_leading)
            {
                if (text.StartsWith(prefix, StringComparison.Ordinal) && text.Length > prefix.Length)
                {
                    text = text[prefix.Length..].TrimStart();
                    stripped = true;
                }
            }
        }

        if (language == Language.Arabic && text.StartsWith('و') && text.Length > 1 && text[1] is 'ت' or 'ي')
        {
            text = text[1..];
        }

        foreach (var (stem, relation) in s_stems)
        {
            if (text.StartsWith(stem, StringComparison.Ordinal))
            {
                return relation;
            }
        }

        return Relation.Cites;
    }
}
