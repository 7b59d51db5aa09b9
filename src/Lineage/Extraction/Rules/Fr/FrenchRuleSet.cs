using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Extraction.Rules.Fr;

/// <summary>
/// French: "Rappelant également", "Prend note" … verbs, "15 décembre 1994" and "1er décembre" dates, "ses résolutions
/// 50/70 P du 12 décembre 1995, … et 61/78" references.
/// </summary>
public sealed class FrenchRuleSet : IRuleSet
{
    /// <summary>"15 décembre 1994", "1er décembre 1999" (groups d, m, y).</summary>
    public const string DatePattern =
        @"(?<d>\d{1,2})(?:\s?(?:er|re))?\s+(?<m>janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)\s+(?<y>\d{4})";

    public static RegexDateReader Dates { get; } = new(DatePattern, new Dictionary<string, int>
    {
        ["janvier"] = 1, ["février"] = 2, ["fevrier"] = 2, ["mars"] = 3, ["avril"] = 4, ["mai"] = 5, ["juin"] = 6,
        ["juillet"] = 7, ["août"] = 8, ["aout"] = 8, ["septembre"] = 9, ["octobre"] = 10, ["novembre"] = 11,
        ["décembre"] = 12, ["decembre"] = 12,
    });

    public string Name => "fr";

    public Language Language => Language.French;

    public void Setup(ExtractorBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.SetProfile(new LanguageProfile(Language)
        {
            Verbs = new VerbTable(Verbs(), [", et ", "; et ", " et ", ", ", "; "], ignoreCase: true),
            Dates = Dates,
            FootnoteLeads =
            [
                new VerbForm("Voir aussi", Relation.Refers), new VerbForm("Voir également", Relation.Refers),
                new VerbForm("Voir notamment", Relation.Refers), new VerbForm("Voir", Relation.Refers),
            ],
            Meeting = new Regex(@"\d+\s?(?:e|re|ème)\s+séance(?:\s+plénière)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase),
        });
        var rules = builder.Rules(Language);
        rules.Add(new DocumentSymbolRule());
        rules.Add(new FrenchReferenceRule());
    }

    /// <summary>Preambular (participle) and operative (present) forms of the verbs that cite, with their relations.</summary>
    internal static IEnumerable<VerbForm> Verbs()
    {
        // The Assembly is feminine (Consciente), the Council masculine (Conscient): both forms are listed.
        (string[] Forms, Relation Relation)[] verbs =
        [
            (["Rappelant", "Rappelle", "Rappelant avec satisfaction"], Relation.Recalls),
            (["Réaffirmant", "Réaffirme", "Réitérant", "Réitère", "Affirmant", "Affirme", "Confirmant", "Confirme"], Relation.Reaffirms),
            (["Ayant à l’esprit", "Ayant à l'esprit", "Gardant à l’esprit", "Gardant à l'esprit", "Garde à l’esprit", "Garde à l'esprit",
              "Consciente", "Conscient", "Tenant compte", "Tient compte"], Relation.BearsInMind),
            (["Notant", "Note", "Constatant", "Constate", "Observant", "Observe"], Relation.Notes),
            (["Prenant note", "Prend note", "Prenant acte", "Prend acte"], Relation.TakesNote),
            (["Se félicitant", "Se félicite", "Saluant", "Salue", "Accueillant avec satisfaction", "Accueille avec satisfaction",
              "Accueillant favorablement", "Accueille favorablement"], Relation.Welcomes),
            (["Reconnaissant", "Reconnaît", "Reconnait", "Sachant", "Sait"], Relation.Recognizes),
            (["Prenant acte", "Admettant", "Admet"], Relation.Acknowledges),
            (["Soulignant", "Souligne", "Insistant", "Insiste", "Mettant l’accent", "Mettant l'accent", "Met l’accent", "Met l'accent",
              "Appelant l’attention", "Appelant l'attention"], Relation.Emphasizes),
            (["Approuvant", "Approuve", "Faisant sienne", "Faisant siennes", "Fait sienne", "Fait siennes", "Faisant sien", "Fait sien",
              "Entérinant", "Entérine", "Souscrivant", "Souscrit"], Relation.Endorses),
            (["Décidant", "Décide"], Relation.Decides),
            (["Priant", "Prie", "Invitant", "Invite"], Relation.Requests),
            (["Demandant", "Demande", "Exigeant", "Exige", "Lançant un appel", "Lance un appel"], Relation.CallsUpon),
            (["Exhortant", "Exhorte", "Priant instamment", "Prie instamment", "Engageant vivement", "Engage vivement"], Relation.Urges),
            (["Exprimant", "Exprime", "Se déclarant", "Se déclare"], Relation.Expresses),
            (["Considérant", "Considère", "Estimant", "Estime", "Ayant examiné", "Ayant étudié"], Relation.Considers),
            (["Guidée par", "Guidé par", "S’inspirant", "S'inspirant", "S’inspire", "S'inspire"], Relation.Guided),
            (["Encourageant", "Encourage", "Condamnant", "Condamne", "Déplorant", "Déplore"], Relation.Cites),
        ];
        string[] modifiers = ["également", "en outre", "aussi", "de nouveau", "à nouveau", "en particulier", "à cet égard", "de plus", "par ailleurs"];
        return VerbForms.Expand(verbs, form => WithModifiers(form, modifiers), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>"Rappelant", "Rappelant également", "Prenant également note", "Se félicitant en outre".</summary>
    internal static IEnumerable<string> WithModifiers(string form, IEnumerable<string> modifiers)
    {
        yield return form;
        int space = form.StartsWith("Se ", StringComparison.Ordinal) ? form.IndexOf(' ', 3) : form.IndexOf(' ', StringComparison.Ordinal);
        foreach (string modifier in modifiers)
        {
            yield return form + " " + modifier;
            if (space > 0)
            {
                yield return form[..space] + " " + modifier + form[space..];
            }
        }
    }
}
