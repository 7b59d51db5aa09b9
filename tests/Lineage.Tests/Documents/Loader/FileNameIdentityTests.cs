using Lineage.Documents;
using Lineage.Model;

namespace Lineage.Tests.Documents.Loader;

// Issue 4: the file name is the fallback identity (A_RES_73_8-EN.pdf, A_RES_79_50.zh.txt); N0746628.pdf gives none.
public sealed class FileNameIdentityTests
{
    public static TheoryData<string, string?, string?> Names => new()
    {
        { "A_RES_73_8-EN.pdf", "A/RES/73/8", "en" },
        { "A_RES_79_50.zh.txt", "A/RES/79/50", "zh" },
        { "A_RES_62_42.zh.txt", "A/RES/62/42", "zh" },
        { "A_RES_80_24.md", "A/RES/80/24", null },
        { "A_RES_49_75E-EN.pdf", "A/RES/49/75E", "en" },
        { "A_RES_ES-10_21-AR.pdf", "A/RES/ES-10/21", "ar" },
        { "A_RES_ES-10_21.pdf", "A/RES/ES-10/21", null },
        { "A_RES_78_10-2323443R.xml", "A/RES/78/10", "ru" },
        { "A_RES_78_103-2324974F.xml", "A/RES/78/103", "fr" },
        { "S_RES_2618 (2022)-2201005E.xml", "S/RES/2618(2022)", "en" },
        { "S_RES_0001_1946_EN_GOLD.txt", "S/RES/1(1946)", "en" },
        { "ares51-45.htm", "A/RES/51/45", null },
        { "a49r075.htm", "A/RES/49/75", null },
        { "N0746628.pdf", null, null },
        { "notes.txt", null, null },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void A_file_name_gives_the_symbol_and_language_it_shows(string name, string? symbol, string? language)
    {
        bool parsed = FileNameIdentity.TryParse(Path.Combine("folder", name), out var found, out var lang);

        Assert.Equal(symbol is not null, parsed);
        if (symbol is not null)
        {
            Assert.Equal(DocumentSymbol.Parse(symbol), found);
        }

        Assert.Equal(language is null ? null : LanguageCodes.Parse(language), lang);
    }
}
