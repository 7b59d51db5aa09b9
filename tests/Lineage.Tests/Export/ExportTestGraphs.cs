using Lineage.Graph;
using Lineage.Model;

namespace Lineage.Tests.Export;

/// <summary>
/// Small graphs built with <see cref="CitationGraphBuilder"/> that exercise what exports must carry: non-ASCII titles
/// (核裁军, Jérusalem), <c>&amp;</c>, <c>&lt;</c>, quotes and a backslash, a part and its work, inferred edges from a
/// recalls list, a markup edge beside a text edge between the same documents, a Security Council and a
/// Roman-session symbol, an other-document symbol, and nodes known only from citations.
/// </summary>
internal static class ExportTestGraphs
{
    public static DocumentSymbol Res62_42 { get; } = DocumentSymbol.GeneralAssemblyResolution(62, 42);

    public static CitationGraph Small()
    {
        var ga6242 = Res62_42;
        var ga4975e = DocumentSymbol.GeneralAssemblyResolution(49, 75, "E");
        var ga5070p = DocumentSymbol.GeneralAssemblyResolution(50, 70, "P");
        var ga6178 = DocumentSymbol.GeneralAssemblyResolution(61, 78);
        var sc1540 = DocumentSymbol.SecurityCouncilResolution(1540, 2004);
        var report = DocumentSymbol.OtherDocument("A/62/391");
        var ga303 = DocumentSymbol.RomanSessionResolution(Organ.GeneralAssembly, 303, 4);
        var ga181a = DocumentSymbol.RomanSessionResolution(Organ.GeneralAssembly, 181, 2, "A");
        var ga50245 = DocumentSymbol.GeneralAssemblyResolution(50, 245);
        var ga6346 = DocumentSymbol.GeneralAssemblyResolution(63, 46);

        const string zhFile = "seeds/A_RES_62_42.zh.txt";
        const string enFile = "corpus/en/A_RES_62_42.txt";
        var builder = new CitationGraphBuilder();
        builder.Add(Document(ga6242, Language.Chinese, "核裁军", new DateOnly(2007, 12, 5), zhFile),
        [
            Cite(ga6242, ga4975e, "回顾", Relation.Recalls, CitationSite.Preamble(1), new DateOnly(1994, 12, 15), Language.Chinese, zhFile, ordinal: 0, inList: true),
            Cite(ga6242, ga5070p, "回顾", Relation.Recalls, CitationSite.Preamble(1), new DateOnly(1995, 12, 12), Language.Chinese, zhFile, ordinal: 1, inList: true),
            Cite(ga6242, ga6178, "回顾", Relation.Recalls, CitationSite.Preamble(1), new DateOnly(2006, 12, 6), Language.Chinese, zhFile, ordinal: 2, inList: true) with { Subject = "关于核裁军的" },
            Cite(ga6242, report, "注意到", Relation.TakesNote, CitationSite.Footnote(1), null, Language.Chinese, zhFile),
        ]);
        builder.Add(Document(ga6242, Language.English, "Nuclear disarmament", new DateOnly(2007, 12, 5), enFile),
        [
            Cite(ga6242, ga6178, "Recalling", Relation.Recalls, CitationSite.Preamble(1), new DateOnly(2006, 12, 6), Language.English, enFile, ordinal: 2, inList: true) with { Subject = "on nuclear disarmament" },
            Cite(ga6242, ga6178, string.Empty, Relation.Recalls, CitationSite.Preamble(1), null, Language.English, enFile) with { Method = CitationMethod.Markup },
            Cite(ga6242, sc1540, "Reaffirming", Relation.Reaffirms, CitationSite.Operative(3), new DateOnly(2004, 4, 28), Language.English, enFile),
        ]);
        builder.Add(Document(ga6346, Language.Chinese, "核裁军", new DateOnly(2008, 12, 2), "corpus/zh/A_RES_63_46.txt"),
        [
            Cite(ga6346, ga6242, "回顾", Relation.Recalls, CitationSite.Preamble(1), new DateOnly(2007, 12, 5), Language.Chinese, "corpus/zh/A_RES_63_46.txt"),
        ]);
        builder.Add(Document(ga303, Language.French, "Palestine : question d'un régime international pour la région de Jérusalem et la protection des Lieux saints", new DateOnly(1949, 12, 9), "corpus/fr/A_RES_303(IV).txt"),
        [
            Cite(ga303, ga181a, "Rappelant", Relation.Recalls, CitationSite.Preamble(1), new DateOnly(1947, 11, 29), Language.French, "corpus/fr/A_RES_303(IV).txt"),
        ]);
        builder.Add(Document(ga50245, Language.English, "Comprehensive Nuclear-Test-Ban Treaty & <annex> \"CTBT\" path\\note", new DateOnly(1996, 9, 10), "corpus/en/A_RES_50_245.txt"), []);
        return builder.Build();
    }

    private static Document Document(DocumentSymbol symbol, Language language, string title, DateOnly date, string path) => new()
    {
        Symbol = symbol,
        Language = language,
        Title = title,
        Date = date,
        Path = path,
        Format = DocumentFormat.PlainText,
        Text = title,
    };

    private static Citation Cite(
        DocumentSymbol source, DocumentSymbol target, string verb, Relation relation, CitationSite site, DateOnly? date,
        Language language, string file, int ordinal = 0, bool inList = false) =>
        new(source, target, verb, relation, site, date, language, new SourceSpan(file, 0, 1, 1, 1), target.ShortForm)
        {
            Ordinal = ordinal,
            InList = inList,
        };
}
