using Lineage.Documents.Text;
using Lineage.Model;

namespace Lineage.Tests.Documents.Text;

// Issue 12: the plain-text reader reads a resolution's symbol from its own heading, in the forms the six languages print,
// before it falls back on the file name (LIN0006). The rendered corpus (lineage eval --render pdf-text) opens each Security
// Council text with the symbol line and, in French, Spanish, Russian and Arabic, "Résolution 2640 (2022)" …; the file
// names here say nothing, so only the heading can give the symbol.
public sealed class HeadingIdentityTests
{
    public static TheoryData<string, string, string> Headings => new()
    {
        // S/RES/2640 (2022) as rendered, first lines.
        { "fr", "Résolution 2640 (2022)\n\nLe Conseil de sécurité,\n\nRappelant toutes ses résolutions antérieures,\n\n1. Décide de rester saisi de la question.\n", "S/RES/2640(2022)" },
        { "es", "Resolución 2640 (2022)\n\nEl Consejo de Seguridad,\n\nRecordando todas sus resoluciones anteriores,\n\n1. Decide seguir ocupándose de la cuestión.\n", "S/RES/2640(2022)" },
        { "ru", "Резолюция 2640 (2022)\n\nСовет Безопасности,\n\nссылаясь на все свои предыдущие резолюции,\n\n1. постановляет продолжать заниматься этим вопросом.\n", "S/RES/2640(2022)" },
        { "ar", "القرار 2640 (2022)\n\nإن مجلس الأمن،\n\nإذ يشير إلى جميع قراراته السابقة،\n\n1 - يقرر أن يبقي المسألة قيد نظره.\n", "S/RES/2640(2022)" },

        // S/RES/2618 (2022) as rendered (en, zh): the symbol alone on the first line, then the formula.
        { "en", "S/RES/2618 (2022)\n\nThe Security Council,\n\nWelcoming the report of the Secretary-General of 31 December 2021,\n\n1. Decides to remain seized of the matter.\n", "S/RES/2618(2022)" },
        { "zh", "S/RES/2618 (2022)\n\n安全理事会，\n\n欢迎秘书长2021年12月31日的报告，\n\n1. 决定继续处理此案。\n", "S/RES/2618(2022)" },

        // The Arabic symbol line with a dash (the seed's 62/42 as the Arabic texts of the UN's PDFs print it; the corpus's
        // Arabic AKN renders "78/26. …"), and an early Assembly resolution's heading with its Roman session.
        { "ar", "62/42 - نزع السلاح النووي\n\nإن الجمعية العامة،\n\nإذ تشير إلى قراراتها السابقة،\n\n1 - تقرر مواصلة النظر في المسألة.\n", "A/RES/62/42" },
        { "fr", "3187 (XXVIII). Restitution des œuvres d’art aux pays victimes d’expropriation\n\nL’Assemblée générale,\n\nRappelant sa résolution 1514 (XV),\n\n1. Décide de poursuivre l’examen de la question.\n", "A/RES/3187(XXVIII)" },
        { "en", "3187 (XXVIII). Restitution of works of art to countries victims of expropriation\n\nThe General Assembly,\n\nRecalling its resolution 1514 (XV),\n\n1. Decides to continue.\n", "A/RES/3187(XXVIII)" },
    };

    [Theory]
    [MemberData(nameof(Headings))]
    public void The_symbol_is_read_from_the_heading_not_the_file_name(string language, string text, string symbol)
    {
        var read = TextDocumentFactory.Create(Path.Combine("downloads", $"text.{language}.txt"), DocumentFormat.PlainText, text);

        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        Assert.Equal(DocumentSymbol.Parse(symbol), read.Document!.Symbol);
        Assert.False(read.Document.SymbolFromFileName);
        Assert.DoesNotContain(read.Diagnostics, d => d.Code == DiagnosticCodes.SymbolFromFileName);
    }

    // An operative paragraph numbered "1 - …" (Arabic) or a page counter is no symbol line: a symbol needs the slash.
    [Fact]
    public void An_arabic_operative_number_is_no_symbol_line()
    {
        var read = TextDocumentFactory.Create(Path.Combine("downloads", "text.ar.txt"), DocumentFormat.PlainText,
            "إن الجمعية العامة،\n\n1 - تقرر مواصلة النظر في المسألة.\n");

        Assert.False(read.Succeeded);
    }
}
