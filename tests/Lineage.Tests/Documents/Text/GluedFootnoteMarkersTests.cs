using Lineage.Documents.Text;
using Lineage.Extraction;
using Lineage.Model;

namespace Lineage.Tests.Documents.Text;

// Issue 12: footnote markers that became plain digits when the text was copied out of a PDF. Each row is a sentence of
// the corpus (United Nations, AKN4UN) as it reads once rendered (lineage eval --render pdf-text), beside the same
// sentence as the markup prints it: the plain-text path must take out exactly the markers and read the same citations.
public sealed class GluedFootnoteMarkersTests
{
    private static readonly CitationExtractor s_extractor = new ExtractorBuilder().UseAllLanguages().Build();

    public static TheoryData<GluedRow> Rows => new()
    {
        // A/RES/78/190: markers glued to years (20044, 20117) and after a comma past a year (2008,6).
        new GluedRow("en", "A_RES_78_190-EN.txt", "78/190. Title", "The General Assembly,", 11,
            "Recalling the provisions of Commission on Human Rights resolutions 2004/16 of 16 April\n20044 and 2005/5 of 14 April 20055 and relevant Human Rights Council resolutions, in\nparticular resolutions 7/34 of 28 March 2008,6 18/15 of 29 September 20117 and 21/33 of\n28 September 2012,8 as well as General Assembly resolutions 60/143 of 16 December 2005,",
            "Recalling the provisions of Commission on Human Rights resolutions 2004/16 of 16 April 2004 and 2005/5 of 14 April 2005 and relevant Human Rights Council resolutions, in particular resolutions 7/34 of 28 March 2008, 18/15 of 29 September 2011 and 21/33 of 28 September 2012, as well as General Assembly resolutions 60/143 of 16 December 2005,",
            [4, 5, 6, 7, 8], "A/HRC/RES/18/15"),

        // A/RES/78/221: markers glued to the number of a symbol (71/20513: resolution 71/205, marker 13).
        new GluedRow("fr", "A_RES_78_221.fr.txt", "78/221. Titre", "L’Assemblée générale,", 14,
            "Prenant note des rapports que le Haut-Commissariat des Nations Unies aux\ndroits de l’homme a présentés en application des résolutions 71/20513 et 72/19014,",
            "Prenant note des rapports que le Haut-Commissariat des Nations Unies aux droits de l’homme a présentés en application des résolutions 71/205 et 72/190,",
            [13, 14], "A/RES/72/190"),

        // A/RES/78/189: markers after 、 (and after 号 at the end), in a dated Chinese list.
        new GluedRow("zh", "A_RES_78_189-ZH.txt", "78/189. 标题", "大会，", 12,
            "回顾人权理事会2014年9月25日第27/13号、1 2015年10月1日第30/4号、2 2016年9月29日第\n33/12和33/13号、3 2017年9月28日第36/14号、4 2018年9月28日第39/13号、5 2019年9月26日\n第42/19号、6 2020年10月6日第45/12号、7 2021年10月8日第48/11号、8 2022年10月6日第\n51/18号9 和2023年10月11日第54/12号决议，",
            "回顾人权理事会2014年9月25日第27/13号、2015年10月1日第30/4号、2016年9月29日第33/12和33/13号、2017年9月28日第36/14号、2018年9月28日第39/13号、2019年9月26日第42/19号、2020年10月6日第45/12号、2021年10月8日第48/11号、2022年10月6日第51/18号和2023年10月11日第54/12号决议，",
            [1, 2, 3, 4, 5, 6, 7, 8, 9], "A/HRC/RES/45/12"),

        // A/RES/78/189: markers glued to the word after each year (года1).
        new GluedRow("ru", "A_RES_78_189.ru.txt", "78/189. Заголовок", "Генеральная Ассамблея,", 12,
            "ссылаясь на резолюции Совета по правам человека 27/13 от\n25 сентября 2014 года1, 30/4 от 1 октября 2015 года2, 33/12 и 33/13 от 29 сентября\n2016 года3, 36/14 от 28 сентября 2017 года4, 39/13 от 28 сентября 2018 года5, 42/19 от\n26 сентября 2019 года6, 45/12 от 6 октября 2020 года7, 48/11 от 8 октября 2021 года8,\n51/18 от 6 октября 2022 года9 и 54/12 от 11 октября 2023 года,",
            "ссылаясь на резолюции Совета по правам человека 27/13 от 25 сентября 2014 года, 30/4 от 1 октября 2015 года, 33/12 и 33/13 от 29 сентября 2016 года, 36/14 от 28 сентября 2017 года, 39/13 от 28 сентября 2018 года, 42/19 от 26 сентября 2019 года, 45/12 от 6 октября 2020 года, 48/11 от 8 октября 2021 года, 51/18 от 6 октября 2022 года и 54/12 от 11 октября 2023 года,",
            [1, 2, 3, 4, 5, 6, 7, 8, 9], "A/HRC/RES/54/12"),

        // A/RES/78/218: markers glued to the year before the Arabic comma (201927،).
        new GluedRow("ar", "A_RES_78_218-AR.txt", "78/218. عنوان", "إن الجمعية العامة،", 28,
            "وإذ ترحب بالتقرير المقدم وفقا لقراري مجلس حقوق الإنسان 34/24 المؤرخ 24 آذار/مارس 201726 و 40/20 المؤرخ\n22 آذار/مارس 201927، و 46/17 المؤرخ 23 آذار/مارس 202128،",
            "وإذ ترحب بالتقرير المقدم وفقا لقراري مجلس حقوق الإنسان 34/24 المؤرخ 24 آذار/مارس 2017 و 40/20 المؤرخ 22 آذار/مارس 2019، و 46/17 المؤرخ 23 آذار/مارس 2021،",
            [26, 27, 28], "A/HRC/RES/40/20"),

        // A/RES/78/25: a marker glued to a resolution number that reads either way (77/441: 77/44 and marker 1) is taken
        // where the footnote sequence leaves no other place; the list item 63/51 before it is never cut.
        new GluedRow("es", "A_RES_78_25-ES.txt", "78/25. Título", "La Asamblea General,", 2,
            "Recordando sus resoluciones 62/28, de 5 de diciembre de 2007, 63/51,\nde 2 de diciembre de 2008, y 64/33, de 2 de diciembre de 2009,\n\nTomando nota del informe del Secretario General presentado de conformidad con la\nresolución 77/441,\n\nObservando la importancia de los acuerdos de desarme y control de armamentos2,",
            "Recordando sus resoluciones 62/28, de 5 de diciembre de 2007, 63/51, de 2 de diciembre de 2008, y 64/33, de 2 de diciembre de 2009,\n\nTomando nota del informe del Secretario General presentado de conformidad con la resolución 77/44,\n\nObservando la importancia de los acuerdos de desarme y control de armamentos,",
            [1, 2], "A/RES/63/51"),

        // A/RES/78/162: "70/215" stays a number although footnote 5 exists: the marker sure to be footnote 5 comes later
        // ("2019,5"), and "Res.9" is a document's number, not footnote 9's marker.
        new GluedRow("en", "A_RES_78_162.en.txt", "78/162. Title", "The General Assembly,", 9,
            "Recalling its resolutions 70/215 of 22 December 2015, 72/230 of 20 December 2017, 74/231\nof 19 December 2019 and 76/215 of 17 December 2021,\n\nTaking note of the Strategic Framework adopted by the General Conference in its resolution GC.18/Res.9 of 7 November 2019,5",
            "Recalling its resolutions 70/215 of 22 December 2015, 72/230 of 20 December 2017, 74/231 of 19 December 2019 and 76/215 of 17 December 2021,\n\nTaking note of the Strategic Framework adopted by the General Conference in its resolution GC.18/Res.9 of 7 November 2019,",
            [5], "A/RES/70/215"),
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Markers_that_became_plain_digits_leave_the_text_and_the_citations_read_as_in_the_markup(GluedRow row)
    {
        var rendered = Read(row, row.Rendered);
        var markup = Read(row, row.Markup);

        Assert.Equal(row.Markers, rendered.Clauses.Where(c => c.Site.Kind != SiteKind.Footnote).SelectMany(c => c.FootnoteMarkers).Order());
        var expected = Targets(markup);
        Assert.Contains(DocumentSymbol.Parse(row.Cited), expected);
        Assert.Equal(expected, Targets(rendered));
    }

    // A/RES/78/253: the source prints "74/2639" (no footnote 39 there; the markup prints it so too). Read as marker 39,
    // those digits came before the markers 7 to 38 and hid all of them, and the Human Rights Council list after
    // "2023,33" ended at its first item. Digits out of the footnote sequence bound no other marker. (Not a row of the
    // table: read alone, the markup's copy has nothing after "74/2639" to put it out of sequence.)
    [Fact]
    public void Digits_out_of_the_footnote_sequence_hide_no_marker()
    {
        var row = new GluedRow("en", "A_RES_78_253-EN.txt", "78/253. Title", "The General Assembly,", 40,
            "Recalling section I of its resolution 68/247 B of 9 April 2014, section I of its\nresolution 69/274 A, section IV of its resolution 73/279 A, section V of its resolution 74/2639, section XX of its\nresolution 75/253 A,\n\nHaving considered the report of the Secretary-General on the use of the commitment\nauthority and request for a subvention to the Extraordinary Chambers in the Courts\nof Cambodia7 and the related report of the Advisory Committee,8\n\n"
                + "3. Approves the establishment of 67 posts under section 24, Human rights, of the proposed programme budget for 2024,\nto support the activities mandated by the Human Rights Council in its resolutions\n52/14 of 3 April 2023,33 53/28 of 4 April 2023,34 53/29 of 14 July 2023,35 54/9 of\n11 October 202336 and 54/18,37 54/22,38 54/2639 and 54/3340 of 12 October 2023;",
            "Recalling section I of its resolution 68/247 B of 9 April 2014, section I of its resolution 69/274 A, section IV of its resolution 73/279 A, section V of its resolution 74/2639, section XX of its resolution 75/253 A,\n\nHaving considered the report of the Secretary-General on the use of the commitment authority and request for a subvention to the Extraordinary Chambers in the Courts of Cambodia and the related report of the Advisory Committee,\n\n"
                + "3. Approves the establishment of 67 posts under section 24, Human rights, of the proposed programme budget for 2024, to support the activities mandated by the Human Rights Council in its resolutions 52/14 of 3 April 2023, 53/28 of 4 April 2023, 53/29 of 14 July 2023, 54/9 of 11 October 2023 and 54/18, 54/22, 54/26 and 54/33 of 12 October 2023;",
            [7, 8, 33, 34, 35, 36, 37, 38, 39, 40], "A/HRC/RES/54/26");
        var rendered = Read(row, row.Rendered);

        Assert.Equal(row.Markers, rendered.Clauses.Where(c => c.Site.Kind != SiteKind.Footnote).SelectMany(c => c.FootnoteMarkers).Order());
        var targets = Targets(rendered);
        Assert.Contains(DocumentSymbol.Parse("A/RES/74/2639"), targets);
        foreach (string cited in (string[])["52/14", "53/28", "53/29", "54/9", "54/18", "54/22", "54/26", "54/33"])
        {
            Assert.Contains(DocumentSymbol.Parse("A/HRC/RES/" + cited), targets);
        }
    }

    private static Document Read(GluedRow row, string body)
    {
        string footnotes = string.Join('\n', Enumerable.Range(1, row.Footnotes).Select(n => $"{n} A/78/{100 + n}."));
        string text = $"{row.SymbolLine}\n\n{row.Formula}\n\n{body}\n\n1. {Decides(row.Language)}\n\n____________________\n{footnotes}\n";
        var read = TextDocumentFactory.Create(row.FileName, DocumentFormat.PlainText, text);
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        Assert.Equal(LanguageCodes.Parse(row.Language), read.Document!.Language);
        return read.Document;
    }

    private static List<DocumentSymbol> Targets(Document document) =>
        [.. s_extractor.Extract(document).Citations.Where(c => c.Target.IsResolution).Select(c => c.Target).Distinct().Order()];

    /// <summary>A last operative paragraph in <paramref name="language"/>, to close a rendered test text.</summary>
    internal static string Decides(string language) => language switch
    {
        "fr" => "Décide de poursuivre l’examen de la question.",
        "es" => "Decide seguir examinando la cuestión.",
        "ru" => "постановляет продолжить рассмотрение этого вопроса.",
        "zh" => "决定继续审议这个问题。",
        "ar" => "تقرر مواصلة النظر في المسألة.",
        _ => "Decides to remain seized of the matter.",
    };

    /// <summary>One sentence as rendered and as the markup prints it, the markers it carries, a resolution it cites.</summary>
    public sealed record GluedRow(string Language, string FileName, string SymbolLine, string Formula, int Footnotes, string Rendered, string Markup, int[] Markers, string Cited)
    {
        public override string ToString() => $"{Language} {FileName} {string.Join(",", Markers)}";
    }
}
