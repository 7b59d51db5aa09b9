using Lineage.Extraction.Rules;
using Lineage.Extraction.Rules.Es;
using Lineage.Extraction.Rules.Fr;
using Lineage.Extraction.Rules.Ru;
using Lineage.Model;

namespace Lineage.Tests.Extraction;

/// <summary>
/// The organ names of the French, Spanish and Russian vocabularies (issue 11: the words as data, one reading in
/// <see cref="KindFirstReferenceRule"/>): names as the rules capture them in the corpus, each read as its organ, and
/// other councils and bodies read as none.
/// </summary>
public sealed class OrganNameTests
{
    public static TheoryData<string, string, Organ> Rows => new()
    {
        { "fr", "Conseil de sécurité", Organ.SecurityCouncil },
        { "fr", "Assemblée générale", Organ.GeneralAssembly },
        { "fr", "Conseil économique et social", Organ.EconomicAndSocialCouncil },
        { "fr", "Conseil des droits de l’homme", Organ.HumanRightsCouncil },
        { "fr", "CONSEIL DE SÉCURITÉ", Organ.SecurityCouncil },
        { "fr", "Conseil", Organ.None },
        { "es", "Consejo de Seguridad", Organ.SecurityCouncil },
        { "es", "Asamblea General", Organ.GeneralAssembly },
        { "es", "Consejo Económico y Social", Organ.EconomicAndSocialCouncil },
        { "es", "Consejo de Derechos Humanos", Organ.HumanRightsCouncil },
        { "es", "Consejo", Organ.None },
        { "ru", "Совета Безопасности", Organ.SecurityCouncil },
        { "ru", "Генеральной Ассамблеи", Organ.GeneralAssembly },
        { "ru", "Экономического и Социального Совета", Organ.EconomicAndSocialCouncil },
        { "ru", "ЭКОСОС", Organ.EconomicAndSocialCouncil },
        { "ru", "Совета по правам человека", Organ.HumanRightsCouncil },
        { "ru", "ЭКОСОС и", Organ.None },
        { "ru", "Совета", Organ.None },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_captured_name_is_read_as_the_organ_of_the_first_vocabulary_entry_it_fits(string language, string named, Organ expected)
    {
        KindFirstReferenceRule rule = language switch
        {
            "fr" => new FrenchReferenceRule(),
            "es" => new SpanishReferenceRule(),
            _ => new RussianReferenceRule(),
        };
        string lowered = named.ToLowerInvariant();
        var organ = rule.Words.OrganNames.FirstOrDefault(n => n.Fits(lowered))?.Organ ?? Organ.None;
        Assert.Equal(expected, organ);
    }
}
