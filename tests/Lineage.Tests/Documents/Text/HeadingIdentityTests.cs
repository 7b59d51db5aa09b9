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

    /// <summary>Heading lines of every shape the two symbol patterns take, and lines around them.</summary>
    public static TheoryData<string> HeadingLines => new()
    {
        "62/42. 核裁军", "  80/24. Nuclear disarmament", "62/42 - عنوان", "S-10/2. Title", "ES-10/21. Title", "3187 (XXVIII). Title",
        "2602 C (XXIV). Title", "Resolution 1540 (2004)", "RÉSOLUTION 1540 (2004)", "résolution 1540 (2004)", "Resolución 2719 (2023)",
        "Резолюция 2719 (2023)", "резолюция 2719 (2023)", "القرار 2719 (2023)", "第2719(2023)号决议", "2719 (2023)", "s/res/2618 (2022)",
        "١٢/٣٤. عنوان", "The General Assembly,", "Resolution adopted by the General Assembly on 5 November 2018",
        "[without reference to a Main Committee (A/73/L.9)]", "  Security Council", "A/RES/73/8", "",
    };

    [Theory]
    [MemberData(nameof(HeadingLines))]
    public void A_line_either_pattern_matches_passes_the_first_character_test(string line)
    {
        Assert.True(line.Length == 0 || line.StartsWith('[') || line.Contains("Assembly", StringComparison.Ordinal) || line.Contains("Council", StringComparison.Ordinal) || line == "A/RES/73/8"
            || PlainTextLayout.GaSymbolLine().IsMatch(line) || PlainTextLayout.ScSymbolLine().IsMatch(line), $"a symbol line the patterns do not match: {line}");
        bool matched = PlainTextLayout.GaSymbolLine().IsMatch(line) || PlainTextLayout.ScSymbolLine().IsMatch(line);
        Assert.True(!matched || PlainTextLayout.MayBeSymbolLine(line), line);
    }
}
