namespace Lineage.Model;

/// <summary>The UN body that issued a document.</summary>
public enum Organ
{
    None = 0,
    GeneralAssembly,
    SecurityCouncil,
    EconomicAndSocialCouncil,
    HumanRightsCouncil,
}
