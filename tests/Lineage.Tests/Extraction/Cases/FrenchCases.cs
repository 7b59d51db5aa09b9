using Lineage.Model;
using static Lineage.Tests.Extraction.Cases.CaseRows;

namespace Lineage.Tests.Extraction.Cases;

/// <summary>
/// French rows: verbatim excerpts of the French texts of General Assembly session 78 and Security Council 2022–2023
/// resolutions (AKN4UN, United Nations), one or more per rule of <c>Rules/Fr</c>.
/// </summary>
internal static class FrenchCases
{
    public static IReadOnlyList<CitationCase> Rows { get; } =
    [
        new("akn4un-ga/78/French/A_RES_78_242-2326251F.xml", "A/RES/78/242", Preamble(2),
            "Rappelant également ses résolutions 77/253 A du 30\u00A0décembre 2022 et 77/253 B du 30\u00A0juin 2023,",
            Cite("A/RES/77/253A", "2022-12-30", "Rappelant également", Relation.Recalls),
            Cite("A/RES/77/253B", "2023-06-30", "Rappelant également", Relation.Recalls))
        {
            Note = "\"Rappelant également\": a kind word shared by two items, each with its part letter and \"du\" date",
        },
        new("akn4un-ga/78/French/A_RES_78_236-2326241F.xml", "A/RES/78/236", Preamble(1),
            "Rappelant ses résolutions 23 (I) du 10\u00A0février 1946, 97 (I) du 14\u00A0décembre 1946, 364 B (IV) du 1er\u00A0décembre 1949, 482 (V) du 12\u00A0décembre 1950, 32/144 du 16\u00A0décembre 1977, 33/141 A du 19\u00A0décembre 1978,",
            Cite("A/RES/23(I)", "1946-02-10", "Rappelant", Relation.Recalls),
            Cite("A/RES/97(I)", "1946-12-14", "Rappelant", Relation.Recalls),
            Cite("A/RES/364B(IV)", "1949-12-01", "Rappelant", Relation.Recalls),
            Cite("A/RES/482(V)", "1950-12-12", "Rappelant", Relation.Recalls),
            Cite("A/RES/32/144", "1977-12-16", "Rappelant", Relation.Recalls),
            Cite("A/RES/33/141A", "1978-12-19", "Rappelant", Relation.Recalls))
        {
            Note = "Early Assembly numbers with Roman sessions and part letters, \"1er décembre\", then modern numbers, one list",
        },
        new("akn4un-ga/78/French/A_RES_78_111-2324951F.xml", "A/RES/78/111", Preamble(3),
            "Rappelant en outre sa résolution 47/62 du 11\u00A0décembre 1992 relative à la représentation équitable au Conseil de sécurité et à l’augmentation du nombre de ses membres,",
            Cite("A/RES/47/62", "1992-12-11", "Rappelant en outre", Relation.Recalls))
        {
            Note = "\"Rappelant en outre\"; the subject after the date (\"relative à …\")",
        },
        new("akn4un-ga/78/French/A_RES_78_225-2325985F.xml", "A/RES/78/225", Preamble(1),
            "Réaffirmant sa résolution 70/1 du 25\u00A0septembre 2015, intitulée «\u00A0Transformer notre monde\u00A0: le Programme de développement durable à l’horizon 2030\u00A0»,",
            Cite("A/RES/70/1", "2015-09-25", "Réaffirmant", Relation.Reaffirms))
        {
            Note = "\"Réaffirmant\" (reaffirms); \"intitulée « … »\" after the date",
        },
        new("akn4un-ga/78/French/A_RES_78_80AB-2324937F.xml", "A/RES/78/80", Preamble(8),
            "Rappelant ses résolutions 77/128 A et B du 12\u00A0décembre 2022,",
            Cite("A/RES/77/128A", "2022-12-12", "Rappelant", Relation.Recalls),
            Cite("A/RES/77/128B", "2022-12-12", "Rappelant", Relation.Recalls))
        {
            Note = "A list of part letters \"A et B\": one printed number, two parts",
        },
        new("akn4un-ga/78/French/A_RES_78_126-2325869F.xml", "A/RES/78/126", Preamble(2),
            "Rappelant également la résolution 2023/10 du Conseil économique et social, en date du 7\u00A0juin 2023, concernant le rapport du Comité des politiques de développement sur les travaux de sa vingt-cinquième session,",
            Cite("E/RES/2023/10", "2023-06-07", "Rappelant également", Relation.Recalls))
        {
            Note = "The organ after the number (\"du Conseil économique et social\"), the date after it (\"en date du\")",
        },
        new("akn4un-ga/78/French/A_RES_78_18-2324443F.xml", "A/RES/78/18", Preamble(17),
            "Prenant note de la résolution 984 (1995) du Conseil de sécurité, en date du 11\u00A0avril 1995, et des vues exprimées à son sujet,",
            Cite("S/RES/984(1995)", "1995-04-11", "Prenant note", Relation.TakesNote))
        {
            Note = "\"Prenant note\" (takes note); a Security Council number with its year, the organ named after it",
        },
        new("akn4un-ga/78/French/A_RES_78_171-2325972F.xml", "A/RES/78/171", Preamble(4),
            "Rappelant également les résolutions du Conseil des droits de l’homme ci\u2011après\u00A0: la résolution 23/13 du 13\u00A0juin 2013 sur les agressions et la discrimination à l’encontre des personnes atteintes d’albinisme, la résolution 24/33 du 27\u00A0septembre 2013 sur la coopération technique en vue de prévenir les agressions contre les personnes atteintes d’albinisme, et les résolutions 28/6 du 26\u00A0mars 2015, 37/5 du 22\u00A0mars 2018 et 46/12 du 23\u00A0mars 2021",
            Cite("A/HRC/RES/23/13", "2013-06-13", "Rappelant également", Relation.Recalls),
            Cite("A/HRC/RES/24/33", "2013-09-27", "Rappelant également", Relation.Recalls),
            Cite("A/HRC/RES/28/6", "2015-03-26", "Rappelant également", Relation.Recalls),
            Cite("A/HRC/RES/37/5", "2018-03-22", "Rappelant également", Relation.Recalls),
            Cite("A/HRC/RES/46/12", "2021-03-23", "Rappelant également", Relation.Recalls))
        {
            Note = "Human Rights Council numbers: the clause names the Council, and each date fits a Council session, not the Assembly's",
        },
        new("akn4un-ga/78/French/A_RES_78_202-2326033F.xml", "A/RES/78/202", Operative(24),
            "Rappelle la décision prise par le Conseil des droits de l’homme, dans sa résolution 54/15 du 11\u00A0octobre 2023,",
            Cite("A/HRC/RES/54/15", "2023-10-11", "Rappelle", Relation.Recalls))
        {
            Note = "\"Rappelle\" (operative); \"le Conseil des droits de l'homme, dans sa résolution\": the organ before \"sa\"",
        },
        new("akn4un-ga/78/French/A_RES_78_227-2325982F.xml", "A/RES/78/227", Preamble(19),
            "Rappelant la résolution 27/6 de la Commission pour la prévention du crime et la justice pénale en date du 18\u00A0mai 2018, intitulée «\u00A0Justice réparatrice\u00A0»,")
        {
            Note = "Another body's resolution (\"de la Commission pour la prévention du crime …\"): nothing to cite",
        },
        new("akn4un-ga/78/French/A_RES_78_297-2412116F.xml", "A/RES/78/297", Preamble(4),
            "Réaffirmant les principes généraux sur lesquels repose le financement des opérations de maintien de la paix des Nations Unies, qu’elle a énoncés dans ses résolutions 1874 (S-IV) du 27\u00A0juin 1963, 3101 (XXVIII) du 11\u00A0décembre 1973 et 55/235 du 23\u00A0décembre 2000,",
            Cite("A/RES/1874(S-IV)", "1963-06-27", "Réaffirmant", Relation.Reaffirms),
            Cite("A/RES/3101(XXVIII)", "1973-12-11", "Réaffirmant", Relation.Reaffirms),
            Cite("A/RES/55/235", "2000-12-23", "Réaffirmant", Relation.Reaffirms))
        {
            Note = "A special-session Roman mark \"(S-IV)\" and a Roman session \"(XXVIII)\" in one list",
        },
        new("akn4un-ga/78/French/A_RES_78_76-2324928F.xml", "A/RES/78/76", Preamble(5),
            "Tenant compte de l’avis consultatif donné le 9\u00A0juillet 2004 par la Cour internationale de Justice sur les conséquences juridiques de l’édification d’un mur dans le Territoire palestinien occupé, et rappelant à cet égard sa résolution ES\u201110/15 du 20\u00A0juillet 2004,",
            Cite("A/RES/ES-10/15", "2004-07-20", "rappelant à cet égard", Relation.Recalls))
        {
            Note = "A verb after a connector mid-clause (\"et rappelant à cet égard\"); \"ES‑10/15\" with a non-breaking hyphen",
        },
        new("akn4un-ga/78/French/A_RES_78_15-2324431F.xml", "A/RES/78/15", Footnote(1),
            "Résolution S\u201110/2.",
            Cite("A/RES/S-10/2", null, "Rappelant en outre", Relation.Recalls))
        {
            Host = "Rappelant en outre le paragraphe\u00A077 du Document final de sa dixième session extraordinaire,",
            HostSite = Preamble(3),
            Note = "A footnote \"Résolution S‑10/2.\" takes the verb of the clause carrying its marker",
        },
        new("akn4un-ga/78/French/A_RES_78_12-2323832F.xml", "A/RES/78/12", Footnote(2),
            "Voir résolution 2200 A (XXI), annexe.",
            Cite("A/RES/2200A(XXI)", null, "Rappelant", Relation.Recalls))
        {
            Host = "Rappelant la Déclaration universelle des droits de l’homme, le Pacte international relatif aux droits économiques, sociaux et culturels, la Convention relative aux droits de l’enfant et la Convention",
            HostSite = Preamble(1),
            Note = "A footnote \"Voir résolution 2200 A (XXI), annexe.\": Roman session with a part letter",
        },
        new("akn4un-ga/78/French/A_RES_78_232-2326235F.xml", "A/RES/78/232", Operative(29),
            "Décide de proclamer l’année 2024 Année internationale des petits États insulaires en développement, conformément à la résolution 67/206 du 21\u00A0décembre 2012\u00A0;",
            Cite("A/RES/67/206", "2012-12-21", "conformément", Relation.Pursuant))
        {
            Note = "\"conformément à la résolution\": a pursuant-to phrase is the citation's own verb",
        },
        new("akn4un-ga/78/French/A_RES_78_182-2326018F.xml", "A/RES/78/182", Operative(6),
            "Note qu’elle a, dans sa décision 77/568 du 1er\u00A0septembre 2023,",
            Cite("A/DEC/77/568", "2023-09-01", "Note", Relation.Notes))
        {
            Note = "\"Note\" (operative, notes); an Assembly decision dated \"1er septembre\"",
        },
        new("akn4un-ga/78/French/A_RES_78_183A-2326024F.xml", "A/RES/78/183A", Preamble(1),
            "Prenant note de la décision 2023/313 du Conseil économique et social, en date du 5\u00A0avril 2023, relative à l’élargissement de la composition du Comité exécutif du Programme du Haut-Commissaire des Nations Unies pour les réfugiés,",
            Cite("E/DEC/2023/313", "2023-04-05", "Prenant note", Relation.TakesNote))
        {
            Note = "An ECOSOC decision (\"décision 2023/313 du Conseil économique et social\")",
        },
        new("akn4un-sc/2022/French/S_RES_2654-2224261F.xml", "S/RES/2654(2022)", Preamble(24),
            "Rappelant ses résolutions 1325\u00A0(2000) et 2250\u00A0(2015)",
            Cite("S/RES/1325(2000)", null, "Rappelant", Relation.Recalls),
            Cite("S/RES/2250(2015)", null, "Rappelant", Relation.Recalls))
        {
            Note = "A Security Council text: \"ses résolutions 1325 (2000) et 2250 (2015)\", non-breaking space before the year",
        },
        new("akn4un-ga/78/French/A_RES_78_198-2326038F.xml", "A/RES/78/198", Footnote(15),
            "A/HRC/27/31\u00A0; voir également résolution 33/11 du Conseil des droits de l’homme",
            Cite("A/HRC/RES/33/11", null, "Demande également", Relation.CallsUpon))
        {
            Host = "Demande également à tous les États et, s’il y a lieu, aux organisations internationales compétentes, de mener des politiques et programmes visant à réduire et à éliminer la mortalité et la morbidité",
            HostSite = Operative(13),
            Note = "A footnote \"voir également résolution 33/11 du Conseil des droits de l’homme\" after a document symbol",
        },
        new("akn4un-ga/78/French/A_RES_78_152-2325903F.xml", "A/RES/78/152", Preamble(2),
            "Rappelant également sa résolution 73/230 du 20\u00A0décembre 2018 sur la stratégie mondiale visant à remédier aux effets du phénomène El\u00A0Niño et toutes ses résolutions antérieures sur la question, ainsi que la décision prise à ce sujet dans la décision 74/537\u00A0B du 11\u00A0août 2020,",
            Cite("A/RES/73/230", "2018-12-20", "Rappelant également", Relation.Recalls),
            Cite("A/DEC/74/537", "2020-08-11", "Rappelant également", Relation.Recalls))
        {
            Note = "A resolution and an Assembly decision with a part letter in one clause (the decision's part is not kept)",
        },
        new("akn4un-ga/78/French/A_RES_78_182-2326018F.xml", "A/RES/78/182", Footnote(11),
            "Documents officiels du Conseil économique et social, 2020, Supplément no\u00A07 (E/2020/27), chap.\u00A0I, sect. C, résolution 59/1, annexe.")
        {
            Host = "Accueillant avec satisfaction la déclaration politique adoptée à l’occasion du vingt-cinquième anniversaire de la quatrième Conférence mondiale sur les femmes,",
            HostSite = Preamble(21),
            Note = "A resolution printed in a functional commission's report (\"Supplément no 7 (E/2020/27), chap. I, sect. C, résolution 59/1\") is that body's: nothing to cite",
        },
        new("akn4un-ga/78/French/A_RES_78_177-2325980F.xml", "A/RES/78/177", Footnote(17),
            "Voir Documents officiels de l’Assemblée générale, soixante-dix-septième session, Supplément\u00A0no\u00A053A (A/77/53/Add.1), chap. III, sect. A, résolution 51/4.",
            Cite("A/HRC/RES/51/4", null, "Prend note", Relation.TakesNote))
        {
            Host = "Prend note avec satisfaction du travail accompli par l’Experte indépendante chargée de promouvoir l’exercice par les personnes âgées de tous les droits de l’homme et de la",
            HostSite = Operative(9),
            Note = "A resolution in the Assembly's Supplement No. 53 (the Human Rights Council's report) is the Council's",
        },
        new("akn4un-sc/2023/French/S_RES_2701_F.xml", "S/RES/2701(2023)", Operative(7),
            "Constate avec inquiétude le risque élevé de terrorisme en Libye et prend note de l’action visant à réduire ce risque et, à cet égard, rappelle les paragraphes 3 et 7 de la résolution 2214\u00A0(2014)",
            Cite("S/RES/2214(2015)", null))
        {
            Note = "A Council number printed with a wrong year (2214 was adopted in 2015): the numbering gives the canonical symbol",
        },
        new("akn4un-sc/2023/French/S_RES_2719-2325940F.xml", "S/RES/2719(2023)", Preamble(3),
            "Rappelant toutes ses précédentes résolutions et les déclarations de sa présidence, notamment les résolutions 2320\u00A0(2016) et 2378\u00A0(2017) ainsi que la déclaration de son président (S/PRST/2022/6) dans laquelle il a souligné l’importance d’établir des partenariats véritables entre l’Organisation des Nations Unies et les organisations régionales, en particulier l’Union africaine, et rappelant également sa résolution 2457\u00A0(2019) sur l’initiative Faire taire les armes en Afrique ainsi que l’accélération des progrès dans la réalisation de l’Agenda 2063 et des objectifs de développement durable de 2030,",
            Cite("S/RES/2320(2016)", null),
            Cite("S/RES/2378(2017)", null),
            Cite("S/RES/2457(2019)", null))
        {
            Note = "A number after a subject (\"l’Agenda 2063\") does not continue the list, though it would be a Council number",
        },
        new("akn4un-ga/78/French/A_RES_78_203-2326031F.xml", "A/RES/78/203", Operative(4),
            "Appuie l’exécution du mandat du Groupe de travail sur le droit au développement et estime qu’il faut redoubler d’efforts pour aider le Groupe à sortir de l’impasse politique dans laquelle il se trouve et à s’acquitter dans les plus brefs délais de la mission que la Commission des droits de l’homme et le Conseil des droits de l’homme lui ont confiée, la première par sa résolution 1998/72 et le second par sa résolution 4/4 du 30\u00A0mars 2007",
            Cite("A/HRC/RES/4/4", "2007-03-30"))
        {
            Note = "A year-numbered resolution after the Human Rights Council is the Commission's, not ECOSOC's; 4/4 is the Council's",
        },
        new("akn4un-ga/78/French/A_RES_78_43-2324512F.xml", "A/RES/78/43", Preamble(4),
            "Consciente des mesures prises par les États pour appliquer la résolution 1540\u00A0(2004) du Conseil de sécurité relative à la non-prolifération des armes de destruction massive, en date du 28\u00A0avril 2004,",
            Cite("S/RES/1540(2004)", null, "Consciente", Relation.BearsInMind))
        {
            Note = "The verb \"consciente\" (bears in mind) in a preambular clause",
        },
        new("akn4un-ga/78/French/A_RES_78_17-2324440F.xml", "A/RES/78/17", Preamble(12),
            "Ayant examiné le rapport du Secrétaire général sur l’application de la résolution 77/38,",
            Cite("A/RES/77/38", null, "Ayant examiné", Relation.Considers))
        {
            Note = "The verb \"ayant examiné\" (considers) in a preambular clause",
        },
        new("akn4un-ga/78/French/A_RES_78_309-2412175F.xml", "A/RES/78/309", Operative(16),
            "Décide d’inscrire à l’ordre du jour provisoire de sa soixante-dix-neuvième session la question intitulée «\u00A0Financement des activités découlant de la résolution 1863\u00A0(2009) du Conseil de sécurité\u00A0».",
            Cite("S/RES/1863(2009)", null, "Décide", Relation.Decides))
        {
            Note = "The verb \"décide\" (decides) in an operative clause",
        },
        new("akn4un-ga/78/French/A_RES_78_170-2325875F.xml", "A/RES/78/170", Operative(12),
            "Souligne à cet égard que, dans sa résolution 2334\u00A0(2016), le Conseil de sécurité a demandé à tous les États de faire une distinction, dans leurs échanges en la matière, entre le territoire de l’État d’Israël et les territoires occupés depuis 1967\u00A0;",
            Cite("S/RES/2334(2016)", null, "Souligne à cet égard", Relation.Emphasizes))
        {
            Note = "The verb \"souligne à cet égard\" (emphasizes) in an operative clause",
        },
        new("akn4un-ga/78/French/A_RES_78_68-2324915F.xml", "A/RES/78/68", Operative(149),
            "Se déclare préoccupée par le fait que, malgré l’adoption de sa résolution 46/215, la pêche hauturière au grand filet dérivant continue d’être pratiquée et de menacer les ressources biologiques marines\u00A0;",
            Cite("A/RES/46/215", null, "Se déclare", Relation.Expresses))
        {
            Note = "The verb \"se déclare\" (expresses) in an operative clause",
        },
        new("akn4un-ga/78/French/A_RES_78_23-2324520F.xml", "A/RES/78/23", Footnote(6),
            "Voir résolution 70/1.",
            Cite("A/RES/70/1", null, "Voir", Relation.Refers))
        {
            Note = "The verb \"voir\" (refers, a footnote lead) in a footnote clause",
        },
        new("akn4un-ga/78/French/A_RES_78_122-2325274F.xml", "A/RES/78/122", Operative(4),
            "Invite le Programme des Nations Unies pour les établissements humains (ONU-Habitat) à faciliter la célébration de la Journée mondiale du nettoyage, dans le respect des critères fixés dans l’annexe\u00A0de la résolution 1980/67 du Conseil économique et social\u00A0;",
            Cite("E/RES/1980/67", null, "Invite", Relation.Requests))
        {
            Note = "The verb \"invite\" (requests) in an operative clause",
        },
        new("akn4un-ga/78/French/A_RES_78_47-2324499F.xml", "A/RES/78/47", Operative(1),
            "Accueille avec satisfaction le rapport final du groupe de travail à composition non limitée créé par la résolution 76/233, publié sous la cote A/78/111, ainsi que les recommandations qui y sont formulées\u00A0;",
            Cite("A/RES/76/233", null, "Accueille avec satisfaction", Relation.Welcomes))
        {
            Note = "The verb \"accueille avec satisfaction\" (welcomes) in an operative clause",
        },
        new("akn4un-ga/78/French/A_RES_78_83-2324942F.xml", "A/RES/78/83", Operative(13),
            "Rappelle que la Commission économique pour l’Amérique latine et les Caraïbes a adopté la résolution 574 (XXVII) du 16\u00A0mai 1998")
        {
            Note = "Another body as the subject of \"a adopté la résolution\" (the Economic Commission for Latin America and the Caribbean): its resolution 574 (XXVII), not the Assembly's",
        },
    ];
}
