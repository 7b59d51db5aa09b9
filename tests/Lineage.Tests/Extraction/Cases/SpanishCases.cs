using Lineage.Model;
using static Lineage.Tests.Extraction.Cases.CaseRows;

namespace Lineage.Tests.Extraction.Cases;

/// <summary>
/// Spanish rows: verbatim excerpts of the Spanish texts of General Assembly session 78 and Security Council 2022–2023
/// resolutions (AKN4UN, United Nations), one or more per rule of <c>Rules/Es</c>.
/// </summary>
internal static class SpanishCases
{
    public static IReadOnlyList<CitationCase> Rows { get; } =
    [
        new("akn4un-ga/78/Spanish/A_RES_78_242-2326251S.xml", "A/RES/78/242", Preamble(2),
            "Recordando también sus resoluciones 77/253 A, de\u00A030\u00A0de diciembre de 2022, y 77/253 B, de\u00A030\u00A0de junio de 2023,",
            Cite("A/RES/77/253A", "2022-12-30", "Recordando también", Relation.Recalls),
            Cite("A/RES/77/253B", "2023-06-30", "Recordando también", Relation.Recalls))
        {
            Note = "\"Recordando también\": a kind word shared by two items with part letters, dates \"de 30 de diciembre de 2022\"",
        },
        new("akn4un-ga/78/Spanish/A_RES_78_235-2326240S.xml", "A/RES/78/235", Preamble(2),
            "Recordando también sus resoluciones 55/34 B, de\u00A020\u00A0de noviembre de 2000, y 55/233, de\u00A023\u00A0de diciembre de 2000, la sección III de su resolución\u00A055/234, de\u00A023\u00A0de diciembre de 2000, y sus resoluciones 56/253, de\u00A024\u00A0de diciembre de 2001, y 75/254\u00A0A a C, de\u00A031\u00A0de diciembre de 2020,",
            Cite("A/RES/55/34B", "2000-11-20", "Recordando también", Relation.Recalls),
            Cite("A/RES/55/233", "2000-12-23", "Recordando también", Relation.Recalls),
            Cite("A/RES/55/234", "2000-12-23", "Recordando también", Relation.Recalls),
            Cite("A/RES/56/253", "2001-12-24", "Recordando también", Relation.Recalls),
            Cite("A/RES/75/254A", "2020-12-31", "Recordando también", Relation.Recalls),
            Cite("A/RES/75/254B", "2020-12-31", "Recordando también", Relation.Recalls),
            Cite("A/RES/75/254C", "2020-12-31", "Recordando también", Relation.Recalls))
        {
            Note = "A range of part letters \"A a C\", a section of a resolution, lists under \"sus resoluciones\" and \"su resolución\"",
        },
        new("akn4un-ga/78/Spanish/A_RES_78_111-2324951S.xml", "A/RES/78/111", Preamble(3),
            "Recordando además su resolución\u00A047/62, de\u00A011\u00A0de diciembre de 1992, relativa a la cuestión de la representación equitativa en el Consejo de Seguridad y el aumento del número de sus miembros,",
            Cite("A/RES/47/62", "1992-12-11", "Recordando además", Relation.Recalls))
        {
            Note = "\"Recordando además\"; the subject after the date (\"relativa a …\")",
        },
        new("akn4un-ga/78/Spanish/A_RES_78_11-2323817S.xml", "A/RES/78/11", Preamble(8),
            "Observando con satisfacción que la Conferencia de Paz sobre Oriente Medio se celebró en Madrid el 30\u00A0de octubre de 1991 sobre la base de las resoluciones del Consejo de Seguridad 242 (1967), de\u00A022\u00A0de noviembre de 1967, 338 (1973), de\u00A022\u00A0de octubre de 1973, y 425 (1978), de\u00A019\u00A0de marzo de 1978, y de la fórmula de territorio por paz,",
            Cite("S/RES/242(1967)", "1967-11-22", "Observando", Relation.Notes),
            Cite("S/RES/338(1973)", "1973-10-22", "Observando", Relation.Notes),
            Cite("S/RES/425(1978)", "1978-03-19", "Observando", Relation.Notes))
        {
            Note = "The organ between the kind word and the numbers (\"resoluciones del Consejo de Seguridad 242 (1967), …\")",
        },
        new("akn4un-ga/78/Spanish/A_RES_78_207-2326023S.xml", "A/RES/78/207", Preamble(5),
            "Recordando su resolución\u00A068/165, de\u00A018\u00A0de diciembre de 2013, relativa al derecho a la verdad, así como las resoluciones del Consejo de Derechos Humanos 36/7, de\u00A028\u00A0de septiembre de 2017, 45/10, de\u00A06\u00A0de octubre de 2020, y 54/8, de\u00A011\u00A0de octubre de 2023, relativas a la Relatoría Especial sobre la promoción de la verdad, la justicia, la reparación y las garantías de no repetición,",
            Cite("A/RES/68/165", "2013-12-18", "Recordando", Relation.Recalls),
            Cite("A/HRC/RES/36/7", "2017-09-28", "Recordando", Relation.Recalls),
            Cite("A/HRC/RES/45/10", "2020-10-06", "Recordando", Relation.Recalls),
            Cite("A/HRC/RES/54/8", "2023-10-11", "Recordando", Relation.Recalls))
        {
            Note = "Assembly and Human Rights Council resolutions in one clause: \"las resoluciones del Consejo de Derechos Humanos 36/7, …\"",
        },
        new("akn4un-ga/78/Spanish/A_RES_78_216-2326002S.xml", "A/RES/78/216", Preamble(5),
            "Recordando todas las demás resoluciones anteriores sobre la materia, incluida su resolución\u00A076/174, de\u00A016\u00A0de diciembre de 2021, y las resoluciones del Consejo de Derechos Humanos 49/18, de\u00A01\u00A0de abril de 2022, y 52/4, de\u00A03\u00A0de abril 2023,",
            Cite("A/RES/76/174", "2021-12-16", "Recordando", Relation.Recalls),
            Cite("A/HRC/RES/49/18", "2022-04-01", "Recordando", Relation.Recalls),
            Cite("A/HRC/RES/52/4", "2023-04-03", "Recordando", Relation.Recalls))
        {
            Note = "A date without \"de\" before the year (\"de 3 de abril 2023\") still read",
        },
        new("akn4un-ga/78/Spanish/A_RES_78_227-2325982S.xml", "A/RES/78/227", Preamble(19),
            "Recordando la resolución\u00A027/6\u00A0de la Comisión de Prevención del Delito y Justicia Penal, de\u00A018\u00A0de mayo de 2018, titulada “Justicia restaurativa”,")
        {
            Note = "Another body's resolution (\"de la Comisión de Prevención del Delito y Justicia Penal\"): nothing to cite",
        },
        new("akn4un-ga/78/Spanish/A_RES_78_12-2323832S.xml", "A/RES/78/12", Footnote(2),
            "Véase la resolución 2200 A (XXI), anexo.",
            Cite("A/RES/2200A(XXI)", null, "Recordando", Relation.Recalls))
        {
            Host = "Recordando la Declaración Universal de Derechos Humanos, el Pacto Internacional de Derechos Económicos, Sociales y Culturales, la Convención sobre los Derechos del Niño y la Convención sobre los",
            HostSite = Preamble(1),
            Note = "A footnote \"Véase la resolución 2200 A (XXI), anexo.\" takes the verb of the clause carrying its marker",
        },
        new("akn4un-ga/78/Spanish/A_RES_78_116-2324923S.xml", "A/RES/78/116", Footnote(3),
            "Véase la resolución 169 (II).",
            Cite("A/RES/169(II)", null, "Recordando", Relation.Recalls))
        {
            Host = "Recordando el Artículo 105\u00A0de la Carta de las Naciones Unidas, la Convención sobre Prerrogativas e Inmunidades de las Naciones Unidas, el Acuerdo entre las Naciones Unidas y los Estados Unidos",
            HostSite = Preamble(2),
            Note = "A footnote \"Véase la resolución 169 (II).\": an early Assembly number with its Roman session",
        },
        new("akn4un-ga/78/Spanish/A_RES_78_182-2326018S.xml", "A/RES/78/182", Operative(6),
            "Observa que en su decisión 77/568, de\u00A01\u00A0de septiembre de 2023,",
            Cite("A/DEC/77/568", "2023-09-01", "Observa", Relation.Notes))
        {
            Note = "\"Observa\" (operative, notes); an Assembly decision dated \"de 1 de septiembre de 2023\"",
        },
        new("akn4un-ga/78/Spanish/A_RES_78_242-2326251S.xml", "A/RES/78/242", Preamble(1),
            "Recordando su resolución\u00A052/212 B, de\u00A031\u00A0de marzo de 1998, y su decisión 57/573, de\u00A020\u00A0de diciembre de 2002,",
            Cite("A/RES/52/212B", "1998-03-31", "Recordando", Relation.Recalls),
            Cite("A/DEC/57/573", "2002-12-20", "Recordando", Relation.Recalls))
        {
            Note = "A resolution with a part letter and a decision, each under its own kind word",
        },
        new("akn4un-ga/78/Spanish/A_RES_78_100-2324979S.xml", "A/RES/78/100", Preamble(2),
            "Recordando su resolución\u00A01514 (XV), de\u00A014\u00A0de diciembre de 1960,",
            Cite("A/RES/1514(XV)", "1960-12-14", "Recordando", Relation.Recalls))
        {
            Note = "\"Recordando su resolución 1514 (XV)\": a Roman session",
        },
        new("akn4un-ga/78/Spanish/A_RES_78_101-2324977S.xml", "A/RES/78/101", Preamble(3),
            "Teniendo presente su resolución\u00A075/123, de\u00A010\u00A0de diciembre de 2020,",
            Cite("A/RES/75/123", "2020-12-10", "Teniendo presente", Relation.BearsInMind))
        {
            Note = "\"Teniendo presente\" (bears in mind)",
        },
        new("akn4un-ga/78/Spanish/A_RES_78_73-2324924S.xml", "A/RES/78/73", Preamble(6),
            "Recordando sus resoluciones 2252 (ES-V), de\u00A04\u00A0de julio de 1967, y 2341\u00A0B\u00A0(XXII), de\u00A019\u00A0de diciembre de 1967, y todas sus resoluciones posteriores sobre la cuestión, recordando también las resoluciones del Consejo de Seguridad 237\u00A0(1967), de\u00A014\u00A0de junio de 1967, y 259 (1968), de\u00A027\u00A0de septiembre de 1968, destacando la necesidad de que se acelere el regreso de las personas desplazadas y pidiendo que se cumpla el mecanismo acordado por las partes en el artículo XII de la Declaración de Principios sobre las Disposiciones relacionadas con un Gobierno Autónomo Provisional, de\u00A013\u00A0de septiembre de 1993, en relación con el regreso de las personas desplazadas;",
            Cite("A/RES/2252(ES-V)", "1967-07-04", "Recordando", Relation.Recalls),
            Cite("A/RES/2341B(XXII)", "1967-12-19", "Recordando", Relation.Recalls),
            Cite("S/RES/237(1967)", "1967-06-14", "recordando también", Relation.Recalls),
            Cite("S/RES/259(1968)", "1968-09-27", "recordando también", Relation.Recalls))
        {
            Note = "An emergency special session in Roman (\"2252 (ES-V)\"), then Security Council resolutions named after the numbers",
        },
        new("akn4un-sc/2022/Spanish/S_RES_2654-2224261S.xml", "S/RES/2654(2022)", Preamble(24),
            "Recordando sus resoluciones 1325\u00A0(2000) y 2250\u00A0(2015)",
            Cite("S/RES/1325(2000)", null, "Recordando", Relation.Recalls),
            Cite("S/RES/2250(2015)", null, "Recordando", Relation.Recalls))
        {
            Note = "A Security Council text: \"sus resoluciones 1325 (2000) y 2250 (2015)\"",
        },
        new("akn4un-ga/78/Spanish/A_RES_78_232-2326235S.xml", "A/RES/78/232", Operative(29),
            "Decide designar 2024 segundo Año Internacional de los Pequeños Estados Insulares en Desarrollo, de conformidad con la resolución\u00A067/206, de\u00A021\u00A0de diciembre de 2012;",
            Cite("A/RES/67/206", "2012-12-21", "de conformidad con", Relation.Pursuant))
        {
            Note = "\"de conformidad con la resolución\": a pursuant-to phrase is the citation's own verb",
        },
        new("akn4un-ga/78/Spanish/A_RES_78_62-2324463S.xml", "A/RES/78/62", Preamble(2),
            "Recordando sus resoluciones 47/54, A de\u00A09\u00A0de diciembre de 1992, 47/54 G, de\u00A08\u00A0de abril de 1993, 48/77 A, de\u00A016\u00A0de diciembre de 1993, 49/77, A de\u00A015\u00A0de diciembre de 1994,",
            Cite("A/RES/47/54A", "1992-12-09", "Recordando", Relation.Recalls),
            Cite("A/RES/47/54G", "1993-04-08", "Recordando", Relation.Recalls),
            Cite("A/RES/48/77A", "1993-12-16", "Recordando", Relation.Recalls),
            Cite("A/RES/49/77A", "1994-12-15", "Recordando", Relation.Recalls))
        {
            Note = "A part letter after a misplaced comma (\"47/54, A de 9 de diciembre\"; the other versions print \"47/54 A\")",
        },
        new("akn4un-ga/78/Spanish/A_RES_78_17-2324440S.xml", "A/RES/78/17", Preamble(12),
            "Habiendo examinado el informe del Secretario General sobre la aplicación de la resolución\u00A077/38,",
            Cite("A/RES/77/38", null, "Habiendo examinado", Relation.Considers))
        {
            Note = "The verb \"habiendo examinado\" (considers) in a preambular clause",
        },
        new("akn4un-ga/78/Spanish/A_RES_78_68-2324915S.xml", "A/RES/78/68", Operative(149),
            "Expresa preocupación porque, pese a la aprobación de su resolución\u00A046/215, la práctica de la pesca pelágica con redes de enmalle y deriva en gran escala sigue existiendo y constituyendo una amenaza para los recursos marinos vivos;",
            Cite("A/RES/46/215", null, "Expresa", Relation.Expresses))
        {
            Note = "The verb \"expresa\" (expresses) in an operative clause",
        },
        new("akn4un-ga/78/Spanish/A_RES_78_118-2324985S.xml", "A/RES/78/118", Preamble(1),
            "Reafirmando su resolución\u00A046/182, de\u00A019\u00A0de diciembre de 1991, relativa al fortalecimiento de la coordinación de la asistencia humanitaria de emergencia que prestan las Naciones Unidas,",
            Cite("A/RES/46/182", "1991-12-19", "Reafirmando", Relation.Reaffirms))
        {
            Note = "The verb \"reafirmando\" (reaffirms) in a preambular clause",
        },
        new("akn4un-ga/78/Spanish/A_RES_78_181-2326015S.xml", "A/RES/78/181", Preamble(8),
            "Reconociendo su resolución\u00A076/300, de\u00A028\u00A0de julio de 2022, relativa al derecho humano a un medio ambiente limpio, saludable y sostenible,",
            Cite("A/RES/76/300", "2022-07-28", "Reconociendo", Relation.Recognizes))
        {
            Note = "The verb \"reconociendo\" (recognizes) in a preambular clause",
        },
        new("akn4un-ga/78/Spanish/A_RES_78_317-2413495S.xml", "A/RES/78/317", Footnote(11),
            "Véase la resolución 77/269.",
            Cite("A/RES/77/269", null, "Véase", Relation.Refers))
        {
            Note = "The verb \"véase\" (refers, a footnote lead) in a footnote clause",
        },
        new("akn4un-ga/78/Spanish/A_RES_78_278-2408219S.xml", "A/RES/78/278", Operative(4),
            "Invita al Programa de las Naciones Unidas para el Medio Ambiente a que facilite la celebración del Día Internacional del Marjor teniendo presentes las disposiciones que figuran en el anexo\u00A0de la resolución\u00A01980/67\u00A0del Consejo Económico y Social;",
            Cite("E/RES/1980/67", null, "Invita", Relation.Requests))
        {
            Note = "The verb \"invita\" (requests) in an operative clause",
        },
        new("akn4un-ga/78/Spanish/A_RES_78_120-2325272S.xml", "A/RES/78/120", Preamble(12),
            "Tomando nota de su resolución\u00A071/1, de\u00A019\u00A0de septiembre de 2016, en la que aprobó la Declaración de Nueva\u00A0York para los Refugiados y los Migrantes y sus anexos,",
            Cite("A/RES/71/1", "2016-09-19", "Tomando nota", Relation.TakesNote))
        {
            Note = "The verb \"tomando nota\" (takes note) in a preambular clause",
        },
        new("akn4un-ga/78/Spanish/A_RES_78_119-2325269S.xml", "A/RES/78/119", Preamble(42),
            "Reafirmando además la importancia de la asistencia humanitaria que presta el sistema de las Naciones Unidas y acogiendo con beneplácito el 30º aniversario de su resolución\u00A046/182,",
            Cite("A/RES/46/182", null, "acogiendo con beneplácito", Relation.Welcomes))
        {
            Note = "The verb \"acogiendo con beneplácito\" (welcomes) in a preambular clause",
        },
        new("akn4un-ga/78/Spanish/A_RES_78_83-2324942S.xml", "A/RES/78/83", Operative(13),
            "Recuerda que la Comisión Económica para América Latina y el Caribe aprobó la resolución\u00A0574 (XXVII), de\u00A016\u00A0de mayo de 1998")
        {
            Note = "Another body as the subject of \"aprobó la resolución\" (the Economic Commission for Latin America and the Caribbean): its resolution 574 (XXVII), not the Assembly's",
        },
        new("akn4un-ga/78/Spanish/A_RES_78_229-2325976S.xml", "A/RES/78/229", Preamble(15),
            "Acogiendo con beneplácito la aprobación por la Conferencia de los Estados Partes en la Convención de las Naciones Unidas contra la Corrupción de la resolución\u00A09/8, de\u00A017\u00A0de diciembre de 2021,")
        {
            Note = "\"la aprobación por la Conferencia … de la resolución 9/8\": another body's resolution, nothing to cite",
        },
        new("akn4un-ga/78/Spanish/A_RES_78_147-2325918S.xml", "A/RES/78/147", Preamble(9),
            "Observando también la aprobación, por la Comisión Económica y Social para Asia y el Pacífico, en su 79º período de sesiones, de la resolución\u00A079/8, de\u00A019\u00A0de mayo de 2023,")
        {
            Note = "\"la aprobación, por la Comisión …, en su 79º período de sesiones, de la resolución 79/8\": another body's resolution, nothing to cite",
        },
    ];
}
