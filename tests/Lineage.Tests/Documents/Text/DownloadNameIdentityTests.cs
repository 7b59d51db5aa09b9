using Lineage.Documents.Text;
using Lineage.Model;

namespace Lineage.Tests.Documents.Text;

// Issue 12: a text without a symbol line (a Security Council text opens "The Security Council,") is named by its file,
// under the names the UN's download pages give.
public sealed class DownloadNameIdentityTests
{
    private const string CouncilEnglish = "The Security Council,\n\nRecalling its resolution 2254 (2015),\n\n1. Decides to remain seized of the matter.\n";
    private const string CouncilChinese = "安全理事会，\n\n回顾其第2254(2015)号决议，\n\n1. 决定继续处理此案。\n";
    private const string CouncilFrench = "Le Conseil de sécurité,\n\nRappelant sa résolution 2254 (2015),\n\n1. Décide de rester saisi de la question.\n";
    private const string Economic = "The Economic and Social Council,\n\nRecalling its resolution 2022/9 of 8 June 2022,\n\n1. Decides to continue.\n";
    private const string HumanRights = "The Human Rights Council,\n\nRecalling its resolution 52/3 of 3 April 2023,\n\n1. Decides to continue.\n";
    private const string Assembly = "The General Assembly,\n\nRecalling its resolution ES-10/19 of 21 December 2017,\n\n1. Decides to adjourn.\n";

    public static TheoryData<string, string, string, string> Files => new()
    {
        { "S_RES_2719(2023).en.txt", CouncilEnglish, "S/RES/2719(2023)", "en" },
        { "S_RES_2719(2023)-EN.pdf", CouncilEnglish, "S/RES/2719(2023)", "en" },
        { "S_RES_2719(2023).zh.txt", CouncilChinese, "S/RES/2719(2023)", "zh" },
        { "S_RES_2719 (2023)-FR.txt", CouncilFrench, "S/RES/2719(2023)", "fr" },
        { "E_RES_2023_7-EN.pdf", Economic, "E/RES/2023/7", "en" },
        { "A_HRC_RES_55_1-EN.pdf", HumanRights, "A/HRC/RES/55/1", "en" },
        { "A_RES_ES-10_21-EN.pdf", Assembly, "A/RES/ES-10/21", "en" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void A_text_without_a_symbol_line_is_named_by_its_download_name(string name, string text, string symbol, string language)
    {
        var read = TextDocumentFactory.Create(Path.Combine("downloads", name), DocumentFormat.PlainText, text);

        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        Assert.Equal(DocumentSymbol.Parse(symbol), read.Document!.Symbol);
        Assert.True(read.Document.SymbolFromFileName);
        Assert.Equal(LanguageCodes.Parse(language), read.Document.Language);
        Assert.Contains(read.Diagnostics, d => d.Code == DiagnosticCodes.SymbolFromFileName);
    }

    [Fact]
    public void A_job_number_name_gives_no_symbol_so_a_text_without_one_is_refused()
    {
        var read = TextDocumentFactory.Create(Path.Combine("downloads", "N2336443.pdf"), DocumentFormat.PlainText, CouncilEnglish);

        Assert.False(read.Succeeded);
        Assert.Contains(read.Diagnostics, d => d.Code == DiagnosticCodes.NotAResolution);
    }
}
