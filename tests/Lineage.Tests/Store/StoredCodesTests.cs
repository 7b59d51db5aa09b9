using Lineage.Model;
using Lineage.Store;

namespace Lineage.Tests.Store;

/// <summary>
/// <c>citation_rows</c> keeps kind, organ, relation, site and method as their enums' numbers, and the <c>citations</c>
/// view spells them out with the numbering of the Lineage that created the store (the view is made once, with the
/// store). The numbers are therefore part of the schema: an enum member added in the middle or renumbered would make
/// an existing store's view mislabel every row written by the new Lineage. This table pins them; changing it needs
/// <see cref="StoreSchema.Version"/> bumped (old stores are then refused with a message saying to rebuild).
/// </summary>
public sealed class StoredCodesTests
{
    private const int PinnedSchema = 5;

    public static TheoryData<Type, string[]> Pinned => new()
    {
        { typeof(SymbolKind), ["Document", "Resolution", "Decision"] },
        { typeof(Organ), ["None", "GeneralAssembly", "SecurityCouncil", "EconomicAndSocialCouncil", "HumanRightsCouncil"] },
        { typeof(SiteKind), ["Heading", "Preamble", "Operative", "Footnote"] },
        { typeof(CitationMethod), ["Text", "Markup"] },
        {
            typeof(Relation),
            [
                "Cites", "Recalls", "Reaffirms", "BearsInMind", "Notes", "TakesNote", "Welcomes", "Recognizes", "Acknowledges",
                "Emphasizes", "Endorses", "Decides", "Requests", "CallsUpon", "Urges", "Expresses", "Considers", "Guided",
                "Pursuant", "Refers", "PartOf",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Pinned))]
    public void The_numbers_a_store_keeps_are_those_of_its_schema_version(Type type, string[] byNumber)
    {
        var actual = Enum.GetValues(type).Cast<object>()
            .Select(v => (Number: Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture), Name: Enum.GetName(type, v)!))
            .OrderBy(p => p.Number)
            .ToArray();
        var expected = byNumber.Select((name, number) => (Number: number, Name: name)).ToArray();

        Assert.True(
            StoreSchema.Version == PinnedSchema && expected.SequenceEqual(actual),
            $"{type.Name}'s numbers are stored in citation_rows (schema {PinnedSchema}): now {string.Join(", ", actual.Select(p => $"{p.Number}={p.Name}"))}. "
            + "Renumbering them needs StoreSchema.Version bumped and this table updated (with PinnedSchema).");
    }
}
