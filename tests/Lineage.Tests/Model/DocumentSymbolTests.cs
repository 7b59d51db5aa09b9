using Lineage.Model;

namespace Lineage.Tests.Model;

/// <summary>The UN symbol grammar, once, in the model (UN-SYMBOLS.md).</summary>
public class DocumentSymbolTests
{
    public static TheoryData<string, string, ReferenceContext> Printed => new()
    {
        // printed, canonical, context
        { "61/78", "A/RES/61/78", new(Organ.GeneralAssembly) },
        { "49/75 E", "A/RES/49/75E", new(Organ.GeneralAssembly) },
        { "2373 (XXII)", "A/RES/2373(XXII)", new(Organ.GeneralAssembly) },
        { "2602 C (XXIV)", "A/RES/2602C(XXIV)", new(Organ.GeneralAssembly) },
        { "1514 (XV)", "A/RES/1514(XV)", new(Organ.SecurityCouncil) },
        { "2008 (LX)", "E/RES/2008(LX)", new(Organ.GeneralAssembly) },
        { "1874 (S-IV)", "A/RES/1874(S-IV)", new(Organ.GeneralAssembly) },
        { "2253 (ES‑V)", "A/RES/2253(ES-V)", new(Organ.GeneralAssembly) },
        { "S-10/2", "A/RES/S-10/2", new(Organ.GeneralAssembly) },
        { "ES-10/19", "A/RES/ES-10/19", new(Organ.GeneralAssembly) },
        { "52/492", "A/DEC/52/492", new(Organ.GeneralAssembly, Organ.None, SymbolKind.Decision) },
        { "1540 (2004)", "S/RES/1540(2004)", new(Organ.GeneralAssembly) },
        { "1540(2004)", "S/RES/1540(2004)", new(Organ.SecurityCouncil) },
        { "1996/31", "E/RES/1996/31", new(Organ.GeneralAssembly, Organ.EconomicAndSocialCouncil) },
        { "33/11", "A/HRC/RES/33/11", new(Organ.GeneralAssembly, Organ.HumanRightsCouncil) },
        { "S-29/1", "A/HRC/RES/S-29/1", new(Organ.GeneralAssembly, Organ.HumanRightsCouncil) },
        { "60/251", "A/RES/60/251", new(Organ.HumanRightsCouncil, Organ.GeneralAssembly) },
    };

    [Theory]
    [MemberData(nameof(Printed))]
    public void A_printed_number_in_its_context_reads_as_the_canonical_symbol(string printed, string canonical, ReferenceContext context)
    {
        Assert.True(SymbolGrammar.TryParseReference(printed, context, out var symbol));
        Assert.Equal(canonical, symbol.Canonical);
        Assert.Equal(symbol, DocumentSymbol.Parse(symbol.Canonical));
        Assert.Equal(symbol, DocumentSymbol.Parse(symbol.ToString()));
    }

    [Theory]
    [InlineData("12/5")]        // GA sessions 1-30 printed Roman sessions; 12/5 names no GA resolution
    [InlineData("0/5")]
    [InlineData("5 (1930)")]    // before the UN
    [InlineData("5 A (2004)")]  // Council resolutions have no parts
    [InlineData("5 (QQ)")]
    public void A_number_that_names_no_resolution_is_refused(string printed) =>
        Assert.False(SymbolGrammar.TryParseReference(printed, new ReferenceContext(Organ.GeneralAssembly), out _));

    [Theory]
    [InlineData("A/RES/49/75 E", "A/RES/49/75E")]
    [InlineData("a/res/77/1b", "A/RES/77/1B")]
    [InlineData("S/RES/1540 (2004)", "S/RES/1540(2004)")]
    [InlineData("A/62/391", "A/62/391")]
    [InlineData("NPT/CONF.2000/28", "NPT/CONF.2000/28")]
    [InlineData("A/C.1/57/L.43", "A/C.1/57/L.43")]
    [InlineData("A/HRC/RES/33/11", "A/HRC/RES/33/11")]
    [InlineData("E/RES/1996/31", "E/RES/1996/31")]
    [InlineData("A/DEC/52/492", "A/DEC/52/492")]
    public void Near_canonical_text_parses_to_the_canonical_form(string text, string canonical)
    {
        var symbol = DocumentSymbol.Parse(text);
        Assert.Equal(canonical, symbol.Canonical);
        Assert.Equal(symbol, DocumentSymbol.Parse(symbol.Canonical));
    }

    [Fact]
    public void A_part_and_its_work_are_distinct_and_related()
    {
        var part = DocumentSymbol.Parse("A/RES/49/75E");
        Assert.True(part.IsPart);
        Assert.Equal("E", part.Part);
        Assert.Equal("A/RES/49/75", part.Work.Canonical);
        Assert.NotEqual(part, part.Work);
        Assert.Equal("49/75 E", part.ShortForm);
        Assert.Equal("A/RES/2602(XXIV)", DocumentSymbol.Parse("A/RES/2602C(XXIV)").Work.Canonical);
    }

    [Fact]
    public void Symbols_sort_by_organ_then_chronologically()
    {
        string[] sorted = ["A/RES/2373(XXII)", "A/RES/49/75E", "A/RES/61/78", "A/RES/62/42", "A/RES/S-10/2", "A/DEC/52/492", "S/RES/1540(2004)"];
        var symbols = sorted.Reverse().Select(DocumentSymbol.Parse).Order().Select(s => s.Canonical);
        Assert.Equal(["A/RES/2373(XXII)", "A/RES/49/75E", "A/DEC/52/492", "A/RES/61/78", "A/RES/62/42", "A/RES/S-10/2", "S/RES/1540(2004)"], symbols);
    }

    [Theory]
    [InlineData("Р", "P")]      // Cyrillic Er, U+0420
    [InlineData("Е", "E")]
    [InlineData("هاء", "E")]
    [InlineData("عين", "P")]
    [InlineData("خاء", "X")]
    [InlineData("ألف", "A")]
    public void Part_letters_of_every_script_map_to_latin(string printed, string latin) =>
        Assert.Equal(latin, PartLetters.Normalize(printed));
}
