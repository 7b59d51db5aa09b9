using Lineage.Model;

namespace Lineage.Tests.Model;

/// <summary>
/// <see cref="SymbolGrammar.TryParseReference"/> reads compacted ASCII numbers by hand (issue 11) and everything else by
/// its two patterns: the hand reading must give what the patterns give, symbol and all, for every printed form and
/// context below, including the near misses each pattern refuses.
/// </summary>
public sealed class SymbolGrammarReadingTests
{
    /// <summary>Printed numbers: the forms the rules pass, and the ones next to them that either pattern refuses.</summary>
    public static readonly TheoryData<string> Printed = new(
    [
        "61/78", "49/75 E", "49/75E", "53/77 AA", "53/77 AAA", "ES-10/19", "S-10/2", "S-10/2 B", "ES‑11/1", "E S-10/2", "ES10/2", "S/10",
        "1996/31", "2013/1", "1945/3", "1/1", "12/34", "30/1 A", "31/1", "0/1", "61/0", "0061/78", "12345/1", "1/12345", "61/78/1", "61//78",
        "/78", "61/", "61 / 78", "61/78a", "61/78 Е", "٦١/٧٨", "61/78\u200F", "s-10/2", "ſ-10/2", "es-10/2",
        "1540 (2004)", "1540(2004)", "1540 （2004）", "2367 (2017)", "1 (1946)", "1540 (1945)", "1540 (2101)", "1540 (20045)", "1540 (204)",
        "3419 A (XXX)", "3419 AB (XXX)", "3419 ABC (XXX)", "1514 (XV)", "2252 (ES-V)", "3201 (S-VI)", "3201 (S-)", "3201 (ES-)", "3201 (XXXXXXXX)",
        "1540 ()", "1540 (", "1540 )", "1540 (2004", "(2004)", "12345 (2004)", "0 (2004)", "1540 A (2004)", "1540 (XV)(XV)", "1540 ((2004))",
        "1540 (xv)", "1540 (ıv)", "2252 (E S-V)", "1540 (٢٠٠٤)", "٥١٤ (XV)", "", " ", "A", "61", "1540", "S-", "ES-", "-10/2", "61/78 E F",
    ]);

    /// <summary>The contexts the rules read numbers in: host, named organ, kind.</summary>
    private static readonly ReferenceContext[] s_contexts =
    [
        new(Organ.GeneralAssembly),
        new(Organ.GeneralAssembly, Organ.GeneralAssembly, SymbolKind.Decision),
        new(Organ.SecurityCouncil),
        new(Organ.EconomicAndSocialCouncil),
        new(Organ.GeneralAssembly, Organ.EconomicAndSocialCouncil),
        new(Organ.HumanRightsCouncil, Organ.HumanRightsCouncil),
        new(Organ.GeneralAssembly, Organ.HumanRightsCouncil, SymbolKind.Decision),
        new(Organ.SecurityCouncil, Organ.GeneralAssembly),
    ];

    [Theory]
    [MemberData(nameof(Printed))]
    public void The_hand_reading_gives_the_patterns_reading(string printed)
    {
        foreach (var context in s_contexts)
        {
            bool read = SymbolGrammar.TryParseReference(printed, context, out var symbol);
            bool byPattern = SymbolGrammar.TryParseCompacted(SymbolGrammar.CompactForTests(printed), context, out var expected);
            Assert.Equal(byPattern, read);
            Assert.Equal(expected, symbol);
        }
    }
}
