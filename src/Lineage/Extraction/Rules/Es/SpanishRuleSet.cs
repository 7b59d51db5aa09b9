using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Extraction.Rules.Es;

/// <summary>
/// Spanish: "Recordando también", "Toma nota" … verbs, "15 de diciembre de 1994" dates, "sus resoluciones 50/70 P, de
/// 12 de diciembre de 1995, … y 61/78" references.
/// </summary>
public sealed class SpanishRuleSet : IRuleSet
{
    /// <summary>"15 de diciembre de 1994", "1 de julio de 2004" (groups d, m, y).</summary>
    public const string DatePattern =
        @"(?<d>\d{1,2})(?:\s?º)?\s+de\s+(?<m>enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\s+(?:(?:de|del)\s+)?(?<y>\d{4})";

    public static RegexDateReader Dates { get; } = new(DatePattern, new Dictionary<string, int>
    {
        ["enero"] = 1, ["febrero"] = 2, ["marzo"] = 3, ["abril"] = 4, ["mayo"] = 5, ["junio"] = 6, ["julio"] = 7,
        ["agosto"] = 8, ["septiembre"] = 9, ["setiembre"] = 9, ["octubre"] = 10, ["noviembre"] = 11, ["diciembre"] = 12,
    });

    public string Name => "es";

    public Language Language => Language.Spanish;

    public void Setup(ExtractorBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.SetProfile(new LanguageProfile(Language)
        {
            Verbs = new VerbTable(Verbs(), [", y ", "; y ", " y ", ", ", "; "], ignoreCase: true),
            Dates = Dates,
            FootnoteLeads =
            [
                new VerbForm("Véase también", Relation.Refers), new VerbForm("Véanse también", Relation.Refers),
                new VerbForm("Véase", Relation.Refers), new VerbForm("Véanse", Relation.Refers),
            ],
            Meeting = new Regex(@"\d+[ªa]?\s+sesión(?:\s+plenaria)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase),
        });
        var rules = builder.Rules(Language);
        rules.Add(new DocumentSymbolRule());
        rules.Add(new SpanishReferenceRule());
    }

    /// <summary>Preambular (gerund) and operative (present) forms of the verbs that cite, with their relations.</summary>
    internal static IEnumerable<VerbForm> Verbs()
    {
        (string[] Forms, Relation Relation)[] verbs =
        [
            (["Recordando", "Recuerda", "Rememorando"], Relation.Recalls),
            (["Reafirmando", "Reafirma", "Reiterando", "Reitera", "Afirmando", "Afirma", "Ratificando", "Ratifica"], Relation.Reaffirms),
            (["Teniendo presente", "Teniendo presentes", "Tiene presente", "Tiene presentes", "Consciente", "Conscientes", "Conocedora", "Conocedor"], Relation.BearsInMind),
            (["Observando", "Observa", "Haciendo notar", "Hace notar", "Señalando", "Señala", "Constatando", "Constata"], Relation.Notes),
            (["Tomando nota", "Toma nota"], Relation.TakesNote),
            (["Acogiendo con beneplácito", "Acoge con beneplácito", "Acogiendo con satisfacción", "Acoge con satisfacción",
              "Acogiendo favorablemente", "Acoge favorablemente", "Celebrando", "Celebra", "Encomiando", "Encomia"], Relation.Welcomes),
            (["Reconociendo", "Reconoce"], Relation.Recognizes),
            (["Admitiendo", "Admite"], Relation.Acknowledges),
            (["Destacando", "Destaca", "Subrayando", "Subraya", "Poniendo de relieve", "Pone de relieve", "Recalcando", "Recalca",
              "Resaltando", "Resalta", "Haciendo hincapié", "Hace hincapié", "Insistiendo", "Insiste"], Relation.Emphasizes),
            (["Aprobando", "Aprueba", "Haciendo suyo", "Haciendo suya", "Haciendo suyos", "Haciendo suyas", "Hace suyo", "Hace suya",
              "Hace suyos", "Hace suyas", "Respaldando", "Respalda", "Refrendando", "Refrenda"], Relation.Endorses),
            (["Decidiendo", "Decide"], Relation.Decides),
            (["Solicitando", "Solicita", "Pidiendo", "Pide", "Invitando", "Invita"], Relation.Requests),
            (["Exhortando", "Exhorta", "Exigiendo", "Exige", "Haciendo un llamamiento", "Hace un llamamiento"], Relation.CallsUpon),
            (["Instando", "Insta"], Relation.Urges),
            (["Expresando", "Expresa", "Manifestando", "Manifiesta"], Relation.Expresses),
            (["Considerando", "Considera", "Teniendo en cuenta", "Tiene en cuenta", "Habiendo examinado", "Habiendo considerado", "Estimando", "Estima"], Relation.Considers),
            (["Guiada por", "Guiado por", "Inspirándose", "Se inspira", "Orientándose"], Relation.Guided),
            (["Alentando", "Alienta", "Condenando", "Condena", "Deplorando", "Deplora"], Relation.Cites),
        ];
        string[] modifiers = ["también", "además", "asimismo", "una vez más", "nuevamente", "en particular", "a este respecto", "igualmente"];
        return VerbForms.Expand(verbs, form => VerbForms.Trailing(form, modifiers), StringComparer.OrdinalIgnoreCase);
    }
}
