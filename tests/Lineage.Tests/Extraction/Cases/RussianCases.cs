using Lineage.Model;
using static Lineage.Tests.Extraction.Cases.CaseRows;

namespace Lineage.Tests.Extraction.Cases;

/// <summary>
/// Russian rows: verbatim excerpts of the Russian texts of General Assembly session 78 and Security Council 2022–2023
/// resolutions (AKN4UN, United Nations), one or more per rule of <c>Rules/Ru</c>.
/// </summary>
internal static class RussianCases
{
    public static IReadOnlyList<CitationCase> Rows { get; } =
    [
        new("akn4un-ga/78/Russian/A_RES_78_236-2326241R.xml", "A/RES/78/236", Preamble(1),
            "ссылаясь на свои резолюции 23 (I) от 10\u00A0февраля 1946\u00A0года, 97 (I) от 14\u00A0декабря 1946\u00A0года, 364 B (IV) от 1\u00A0декабря 1949\u00A0года, 482 (V) от 12\u00A0декабря 1950\u00A0года, 32/144 от 16\u00A0декабря 1977\u00A0года, 33/141\u00A0A от 19\u00A0декабря 1978",
            Cite("A/RES/23(I)", "1946-02-10", "ссылаясь", Relation.Recalls),
            Cite("A/RES/97(I)", "1946-12-14", "ссылаясь", Relation.Recalls),
            Cite("A/RES/364B(IV)", "1949-12-01", "ссылаясь", Relation.Recalls),
            Cite("A/RES/482(V)", "1950-12-12", "ссылаясь", Relation.Recalls),
            Cite("A/RES/32/144", "1977-12-16", "ссылаясь", Relation.Recalls),
            Cite("A/RES/33/141A", "1978-12-19", "ссылаясь", Relation.Recalls))
        {
            Note = "\"ссылаясь на свои резолюции\": Roman sessions, part letters and \"от … года\" dates in one list",
        },
        new("akn4un-ga/78/Russian/A_RES_78_111-2324951R.xml", "A/RES/78/111", Preamble(2),
            "ссылаясь также на свою резолюцию\u00A047/233 от 17\u00A0августа 1993\u00A0года об активизации работы Генеральной Ассамблеи,",
            Cite("A/RES/47/233", "1993-08-17", "ссылаясь также", Relation.Recalls))
        {
            Note = "\"ссылаясь также\"; the subject after the date (\"об …\")",
        },
        new("akn4un-ga/78/Russian/A_RES_78_156-2325896R.xml", "A/RES/78/156", Preamble(19),
            "подтверждая свою резолюцию\u00A073/25 от 3\u00A0декабря 2018\u00A0года,",
            Cite("A/RES/73/25", "2018-12-03", "подтверждая", Relation.Reaffirms))
        {
            Note = "\"подтверждая свою резолюцию\" (reaffirms)",
        },
        new("akn4un-ga/78/Russian/A_RES_78_18-2324443R.xml", "A/RES/78/18", Preamble(17),
            "принимая к сведению резолюцию\u00A0984 (1995) Совета Безопасности от 11\u00A0апреля 1995\u00A0года и высказанные по ней мнения,",
            Cite("S/RES/984(1995)", "1995-04-11", "принимая к сведению", Relation.TakesNote))
        {
            Note = "\"принимая к сведению\" (takes note); the organ after the number in the genitive (\"Совета Безопасности\")",
        },
        new("akn4un-ga/78/Russian/A_RES_78_205-2326026R.xml", "A/RES/78/205", Preamble(21),
            "ссылаясь также на резолюцию\u00A076/167 Генеральной Ассамблеи от 16\u00A0декабря 2021\u00A0года и на резолюцию\u00A050/6 Совета по правам человека от 7\u00A0июля 2022\u00A0года,",
            Cite("A/RES/76/167", "2021-12-16", "ссылаясь также", Relation.Recalls),
            Cite("A/HRC/RES/50/6", "2022-07-07", "ссылаясь также", Relation.Recalls))
        {
            Note = "Organs in the genitive after each number: \"Генеральной Ассамблеи\", \"Совета по правам человека\"",
        },
        new("akn4un-ga/78/Russian/A_RES_78_138-2325929R.xml", "A/RES/78/138", Preamble(18),
            "принимая к сведению резолюцию\u00A05/12 Ассамблеи Организации Объединенных Наций по окружающей среде от 2\u00A0марта 2022\u00A0года,")
        {
            Note = "Another body's resolution (\"Ассамблеи Организации Объединенных Наций по окружающей среде\"): nothing to cite",
        },
        new("akn4un-ga/78/Russian/A_RES_78_12-2323832R.xml", "A/RES/78/12", Footnote(2),
            "См. резолюцию 2200 A (XXI), приложение.",
            Cite("A/RES/2200A(XXI)", null, "ссылаясь", Relation.Recalls))
        {
            Host = "ссылаясь на Всеобщую декларацию прав человека, Международный пакт об экономических, социальных и культурных правах, Конвенцию о правах ребенка и Конвенцию о правах инвалидов,",
            HostSite = Preamble(1),
            Note = "A footnote \"См. резолюцию 2200 A (XXI), приложение.\" takes the verb of the clause carrying its marker",
        },
        new("akn4un-ga/78/Russian/A_RES_78_265-2405969R.xml", "A/RES/78/265", Operative(11),
            "ссылается на свою резолюцию\u00A076/307 от 8\u00A0сентября 2022\u00A0года и свое решение 77/568 от 1\u00A0сентября 2023\u00A0года",
            Cite("A/RES/76/307", "2022-09-08", "ссылается", Relation.Recalls),
            Cite("A/DEC/77/568", "2023-09-01", "ссылается", Relation.Recalls))
        {
            Note = "\"ссылается\" (operative); \"свою резолюцию … и свое решение …\": a resolution and a decision",
        },
        new("akn4un-ga/78/Russian/A_RES_78_126-2325869R.xml", "A/RES/78/126", Preamble(2),
            "ссылаясь также на резолюцию\u00A02023/10 Экономического и Социального Совета от 7\u00A0июня 2023\u00A0года о докладе Комитета по политике в области развития о работе его двадцать пятой сессии,",
            Cite("E/RES/2023/10", "2023-06-07", "ссылаясь также", Relation.Recalls))
        {
            Note = "An ECOSOC number with the organ after it (\"2023/10 Экономического и Социального Совета\")",
        },
        new("akn4un-ga/78/Russian/A_RES_78_305-2412159R.xml", "A/RES/78/305", Operative(4),
            "выражает глубокую обеспокоенность по поводу того, что Израиль не выполнял резолюции\u00A051/233, 52/237, 53/227, 54/267, 55/180\u00A0А, 55/180\u00A0В, 56/214\u00A0А, 56/214 В, 57/325, 58/307, 59/307, 60/278, 61/250\u00A0А, 61/250\u00A0В, 61/250\u00A0С, 62/265",
            Cite("A/RES/51/233", null, "выражает", Relation.Expresses),
            Cite("A/RES/52/237", null, "выражает", Relation.Expresses),
            Cite("A/RES/53/227", null, "выражает", Relation.Expresses),
            Cite("A/RES/54/267", null, "выражает", Relation.Expresses),
            Cite("A/RES/55/180A", null, "выражает", Relation.Expresses),
            Cite("A/RES/55/180B", null, "выражает", Relation.Expresses),
            Cite("A/RES/56/214A", null, "выражает", Relation.Expresses),
            Cite("A/RES/56/214B", null, "выражает", Relation.Expresses),
            Cite("A/RES/57/325", null, "выражает", Relation.Expresses),
            Cite("A/RES/58/307", null, "выражает", Relation.Expresses),
            Cite("A/RES/59/307", null, "выражает", Relation.Expresses),
            Cite("A/RES/60/278", null, "выражает", Relation.Expresses),
            Cite("A/RES/61/250A", null, "выражает", Relation.Expresses),
            Cite("A/RES/61/250B", null, "выражает", Relation.Expresses),
            Cite("A/RES/61/250C", null, "выражает", Relation.Expresses),
            Cite("A/RES/62/265", null, "выражает", Relation.Expresses))
        {
            Note = "Part letters printed as Cyrillic look-alikes (\"55/180 А\", \"56/214 В\", \"61/250 С\": U+0410, U+0412, U+0421)",
        },
        new("akn4un-ga/78/Russian/A_RES_78_235-2326240R.xml", "A/RES/78/235", Preamble(2),
            "ссылаясь также на свои резолюции\u00A055/34 B от 20\u00A0ноября 2000\u00A0года и 55/233 от 23\u00A0декабря 2000\u00A0года, раздел\u00A0III своей резолюции\u00A055/234 от 23\u00A0декабря 2000\u00A0года и свои резолюции\u00A056/253 от 24\u00A0декабря 2001\u00A0года и 75/254 A\u2011C от 31\u00A0декабря 2020\u00A0года,",
            Cite("A/RES/55/34B", "2000-11-20", "ссылаясь также", Relation.Recalls),
            Cite("A/RES/55/233", "2000-12-23", "ссылаясь также", Relation.Recalls),
            Cite("A/RES/55/234", "2000-12-23", "ссылаясь также", Relation.Recalls),
            Cite("A/RES/56/253", "2001-12-24", "ссылаясь также", Relation.Recalls),
            Cite("A/RES/75/254A", "2020-12-31", "ссылаясь также", Relation.Recalls),
            Cite("A/RES/75/254B", "2020-12-31", "ссылаясь также", Relation.Recalls),
            Cite("A/RES/75/254C", "2020-12-31", "ссылаясь также", Relation.Recalls))
        {
            Note = "A range of part letters with a non-breaking hyphen (\"75/254 A‑C\")",
        },
        new("akn4un-ga/78/Russian/A_RES_78_250-2326265R.xml", "A/RES/78/250", Operative(4),
            "постановляет также, в соответствии с положениями своей резолюции\u00A0973\u00A0(Х) от 15\u00A0декабря 1955\u00A0года,",
            Cite("A/RES/973(X)", "1955-12-15", "в соответствии с", Relation.Pursuant))
        {
            Note = "A Roman session printed with a Cyrillic \"Х\" (\"973 (Х)\"); \"в соответствии с положениями своей резолюции\" (pursuant to)",
        },
        new("akn4un-ga/78/Russian/A_RES_78_229-2325976R.xml", "A/RES/78/229", Operative(1),
            "с признательностью принимает к сведению доклад Генерального секретаря, подготовленный во исполнение резолюции\u00A077/237;",
            Cite("A/RES/77/237", null, "во исполнение", Relation.Pursuant))
        {
            Note = "\"во исполнение резолюции\" (pursuant to)",
        },
        new("akn4un-ga/78/Russian/A_RES_78_234-2326238R.xml", "A/RES/78/234", Preamble(11),
            "выражая сожаление по поводу недавних случаев чрезмерного применения силы и других нарушений прав человека сотрудниками правоохранительных органов в отношении мирных демонстрантов, отстаивающих права африканцев и лиц африканского происхождения, и ссылаясь на резолюции\u00A0Совета по правам человека, 44/20 от 17\u00A0июля 2020\u00A0года, 47/21 от 13\u00A0июля 2021\u00A0года, 48/18 от 11\u00A0октября 2021\u00A0года, 51/32 от 7\u00A0октября 2022\u00A0года и 54/27 от 12\u00A0октября 2023\u00A0года,",
            Cite("A/HRC/RES/44/20", "2020-07-17", "ссылаясь", Relation.Recalls),
            Cite("A/HRC/RES/47/21", "2021-07-13", "ссылаясь", Relation.Recalls),
            Cite("A/HRC/RES/48/18", "2021-10-11", "ссылаясь", Relation.Recalls),
            Cite("A/HRC/RES/51/32", "2022-10-07", "ссылаясь", Relation.Recalls),
            Cite("A/HRC/RES/54/27", "2023-10-12", "ссылаясь", Relation.Recalls))
        {
            Note = "Human Rights Council numbers after \"резолюции Совета по правам человека,\" each dated",
        },
        new("akn4un-ga/78/Russian/A_RES_78_110-2324954R.xml", "A/RES/78/110", Preamble(6),
            "ссылаясь на свои резолюции\u00A069/119 от 10\u00A0декабря 2014\u00A0года, 72/117 от 7\u00A0декабря 2017\u00A0года и 75/137 от 15\u00A0декабря 2020\u00A0года,",
            Cite("A/RES/69/119", "2014-12-10", "ссылаясь", Relation.Recalls),
            Cite("A/RES/72/117", "2017-12-07", "ссылаясь", Relation.Recalls),
            Cite("A/RES/75/137", "2020-12-15", "ссылаясь", Relation.Recalls))
        {
            Note = "Three items under one kind word, each with its \"от … года\" date",
        },
        new("akn4un-sc/2022/Russian/S_RES_2654-2224261R.xml", "S/RES/2654(2022)", Preamble(24),
            "ссылаясь на резолюции\u00A01325 и 2250 и другие соответствующие резолюции Совета Безопасности Организации Объединенных Наций;",
            Cite("S/RES/1325(2000)", null, "ссылаясь", Relation.Recalls),
            Cite("S/RES/2250(2015)", null, "ссылаясь", Relation.Recalls))
        {
            Note = "A Council text printing its numbers without years (\"резолюции 1325 и 2250\"): the numbering gives the years",
        },
        new("akn4un-ga/78/Russian/A_RES_78_182-2326018R.xml", "A/RES/78/182", Preamble(11),
            "ссылаясь на резолюции Совета Безопасности\u00A01325\u00A0(2000) от 31\u00A0октября 2000\u00A0года, 1820\u00A0(2008) от 19\u00A0июня 2008\u00A0года, 1888\u00A0(2009) от 30\u00A0сентября 2009\u00A0года, 1889\u00A0(2009) от 5\u00A0октября 2009\u00A0года, 1960\u00A0(2010) от 16\u00A0декабря 2010\u00A0года, 2106\u00A0(2013) от 24\u00A0июня 2013\u00A0года, 2122\u00A0(2013) от 18\u00A0октября 2013\u00A0года, 2242\u00A0(2015) от 13\u00A0октября 2015\u00A0года, 2467\u00A0(2019) от 23\u00A0апреля 2019\u00A0года и 2493 от 29\u00A0октября 2019\u00A0года",
            Cite("S/RES/1325(2000)", "2000-10-31", "ссылаясь", Relation.Recalls),
            Cite("S/RES/1820(2008)", "2008-06-19", "ссылаясь", Relation.Recalls),
            Cite("S/RES/1888(2009)", "2009-09-30", "ссылаясь", Relation.Recalls),
            Cite("S/RES/1889(2009)", "2009-10-05", "ссылаясь", Relation.Recalls),
            Cite("S/RES/1960(2010)", "2010-12-16", "ссылаясь", Relation.Recalls),
            Cite("S/RES/2106(2013)", "2013-06-24", "ссылаясь", Relation.Recalls),
            Cite("S/RES/2122(2013)", "2013-10-18", "ссылаясь", Relation.Recalls),
            Cite("S/RES/2242(2015)", "2015-10-13", "ссылаясь", Relation.Recalls),
            Cite("S/RES/2467(2019)", "2019-04-23", "ссылаясь", Relation.Recalls),
            Cite("S/RES/2493(2019)", "2019-10-29", "ссылаясь", Relation.Recalls))
        {
            Note = "The last item of a Council list printed without its year (\"и 2493 от 29 октября 2019 года\"); dates' years are no numbers",
        },
        new("akn4un-ga/78/Russian/A_RES_78_83-2324942R.xml", "A/RES/78/83", Preamble(6),
            "сознавая необходимость содействия осуществлению Декларации о предоставлении независимости колониальным странам и народам, содержащейся в резолюции\u00A01514\u00A0(XV),",
            Cite("A/RES/1514(XV)", null, "сознавая", Relation.BearsInMind))
        {
            Note = "The verb \"сознавая\" (bears in mind) in a preambular clause",
        },
        new("akn4un-ga/78/Russian/A_RES_78_17-2324440R.xml", "A/RES/78/17", Preamble(12),
            "рассмотрев доклад Генерального секретаря об осуществлении резолюции\u00A077/38,",
            Cite("A/RES/77/38", null, "рассмотрев", Relation.Considers))
        {
            Note = "The verb \"рассмотрев\" (considers) in a preambular clause",
        },
        new("akn4un-ga/78/Russian/A_RES_78_309-2412175R.xml", "A/RES/78/309", Operative(16),
            "постановляет включить в предварительную повестку дня своей семьдесят девятой сессии пункт, озаглавленный «Финансирование мероприятий, вытекающих из резолюции\u00A01863\u00A0(2009) Совета Безопасности».",
            Cite("S/RES/1863(2009)", null, "постановляет", Relation.Decides))
        {
            Note = "The verb \"постановляет\" (decides) in an operative clause",
        },
        new("akn4un-ga/78/Russian/A_RES_78_52-2324491R.xml", "A/RES/78/52", Preamble(7),
            "отмечая также продолжающиеся обсуждения в рабочей группе открытого состава, учрежденной резолюцией\u00A076/231 от 24\u00A0декабря 2021\u00A0года,",
            Cite("A/RES/76/231", "2021-12-24", "отмечая также", Relation.Notes))
        {
            Note = "The verb \"отмечая также\" (notes) in a preambular clause",
        },
        new("akn4un-ga/78/Russian/A_RES_78_317-2413495R.xml", "A/RES/78/317", Footnote(11),
            "См.\u00A0резолюцию\u00A077/269.",
            Cite("A/RES/77/269", null, "См.", Relation.Refers))
        {
            Note = "The verb \"см.\" (refers, a footnote lead) in a footnote clause",
        },
        new("akn4un-ga/78/Russian/A_RES_78_122-2325274R.xml", "A/RES/78/122", Operative(4),
            "предлагает Программе Организации Объединенных Наций по населенным пунктам (ООН-Хабитат) содействовать проведению Всемирного дня чистоты с учетом критериев, изложенных в приложении к резолюции\u00A01980/67 Экономического и Социального Совета;",
            Cite("E/RES/1980/67", null, "предлагает", Relation.Requests))
        {
            Note = "The verb \"предлагает\" (requests) in an operative clause",
        },
        new("akn4un-ga/78/Russian/A_RES_78_83-2324942R.xml", "A/RES/78/83", Operative(13),
            "напоминает о принятии Экономической комиссией для Латинской Америки и Карибского бассейна резолюции\u00A0574 (XXVII) от 16\u00A0мая 1998\u00A0года")
        {
            Note = "Another body in the instrumental after \"принятии\" (the Economic Commission for Latin America and the Caribbean): its resolution 574 (XXVII), not the Assembly's",
        },
        new("akn4un-ga/78/Russian/A_RES_78_147-2325918R.xml", "A/RES/78/147", Preamble(9),
            "отмечая также принятие Экономической и социальной комиссией для Азии и Тихого океана на ее семьдесят девятой сессии резолюции\u00A079/8 от 19\u00A0мая 2023\u00A0года")
        {
            Note = "\"принятие Экономической и социальной комиссией … резолюции 79/8\": another body's resolution, nothing to cite",
        },
        new("akn4un-ga/78/Russian/A_RES_78_229-2325976R.xml", "A/RES/78/229", Preamble(15),
            "приветствуя принятие Конференцией государств\u00A0— участников Конвенции Организации Объединенных Наций против коррупции резолюции\u00A09/8 от 17\u00A0декабря 2021\u00A0года")
        {
            Note = "\"принятие Конференцией государств — участников … резолюции 9/8\": another body's resolution, nothing to cite",
        },
    ];
}
