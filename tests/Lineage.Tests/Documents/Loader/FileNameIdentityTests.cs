using Lineage.Documents;
using Lineage.Model;

namespace Lineage.Tests.Documents.Loader;

// Issue 4: the file name is the fallback identity (A_RES_73_8-EN.pdf, A_RES_79_50.zh.txt); N0746628.pdf gives none.
// Issue 12: the names the UN's download pages give for Security Council, ECOSOC, Human Rights Council and pre-1976 resolutions.
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
        { "S_RES_2719(2023)-EN.pdf", "S/RES/2719(2023)", "en" },
        { "S_RES_2719(2023).zh.txt", "S/RES/2719(2023)", "zh" },
        { "S_RES_2719 (2023)-FR.pdf", "S/RES/2719(2023)", "fr" },
        { "S_RES_2719_(2023)_AR.pdf", "S/RES/2719(2023)", "ar" },
        { "E_RES_2023_7-EN.pdf", "E/RES/2023/7", "en" },
        { "E_DEC_2023_201-ES.pdf", "E/DEC/2023/201", "es" },
        { "A_HRC_RES_55_1-EN.pdf", "A/HRC/RES/55/1", "en" },
        { "A_HRC_RES_S-30_1-RU.pdf", "A/HRC/RES/S-30/1", "ru" },
        { "A_RES_2758(XXVI)-EN.pdf", "A/RES/2758(XXVI)", "en" },
        { "A_RES_377_A(V)-ES.pdf", "A/RES/377A(V)", "es" },
        { "N0746628.pdf", null, null },
        { "N2323443.pdf", null, null },
        { "2323443E.pdf", null, "en" },
        { "N2323446C.pdf", null, "zh" },
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
