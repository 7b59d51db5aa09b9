using Lineage.Model;
using static Lineage.Tests.Extraction.Cases.CaseRows;

namespace Lineage.Tests.Extraction.Cases;

/// <summary>
/// English rows: verbatim excerpts of the English texts of General Assembly session 78 and Security Council 2022–2023 resolutions (AKN4UN, United Nations), one or more per rule of <c>Rules/En</c> and of the shared organ rules (<c>OrganClues</c>).
/// </summary>
internal static class EnglishCases
{
    public static IReadOnlyList<CitationCase> Rows { get; } =
    [
        new("akn4un-ga/78/English/A_RES_78_42-2324513E.xml", "A/RES/78/42", Preamble(1),
            "Recalling its resolution 1 (I) of 24\u00A0January 1946 and its decision 77/516 of 7\u00A0December 2022,",
            Cite("A/RES/1(I)", "1946-01-24", "Recalling", Relation.Recalls),
            Cite("A/DEC/77/516", "2022-12-07", "Recalling", Relation.Recalls))
        {
            Note = "\"Recalling its resolution\": a Roman first-session number 1 (I) with its \"of\" date, then \"its decision\" (A/DEC)",
        },
        new("akn4un-ga/78/English/A_RES_78_111-2324951E.xml", "A/RES/78/111", Preamble(3),
            "Recalling further its resolution 47/62 of 11\u00A0December 1992 on the question of equitable representation on and increase in the membership of the Security Council,",
            Cite("A/RES/47/62", "1992-12-11", "Recalling further", Relation.Recalls))
        {
            Note = "\"Recalling further\"; a subject after the date",
        },
        new("akn4un-ga/78/English/A_RES_78_119-2325269E.xml", "A/RES/78/119", Preamble(41),
            "Reaffirming also its resolution 69/313 of 27\u00A0July 2015 on the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, which is an integral part of the 2030 Agenda for Sustainable Development, supports and complements it and helps to contextualize its means of implementation targets with concrete policies and actions,",
            Cite("A/RES/69/313", "2015-07-27", "Reaffirming also", Relation.Reaffirms))
        {
            Note = "\"Reaffirming also\" (reaffirms)",
        },
        new("akn4un-ga/78/English/A_RES_78_154-2325899E.xml", "A/RES/78/154", Preamble(9),
            "Bearing in mind its resolution 73/284 of 1\u00A0March 2019, in which it declared the decade 2021–2030 as the United Nations Decade on Ecosystem Restoration,",
            Cite("A/RES/73/284", "2019-03-01", "Bearing in mind", Relation.BearsInMind))
        {
            Note = "\"Bearing in mind its resolution\" (bears in mind)",
        },
        new("akn4un-ga/78/English/A_RES_78_28-2324533E.xml", "A/RES/78/28", Preamble(11),
            "Noting with appreciation the consensus report of the Group of Governmental Experts, mandated in resolution 67/53 of 3\u00A0December 2012, as contained in document A/70/81,",
            Cite("A/RES/67/53", "2012-12-03", "Noting with appreciation", Relation.Notes))
        {
            Note = "\"Noting with appreciation\"; \"mandated in resolution\" without \"its\"; a document symbol (A/70/81) is not a resolution",
        },
        new("akn4un-ga/78/English/A_RES_78_183A-2326024E.xml", "A/RES/78/183A", Preamble(1),
            "Taking note of Economic and Social Council decision 2023/313 of 5\u00A0April 2023 concerning the enlargement of the Executive Committee of the Programme of the United Nations High Commissioner for Refugees,",
            Cite("E/DEC/2023/313", "2023-04-05", "Taking note", Relation.TakesNote))
        {
            Note = "\"Taking note of\"; an ECOSOC decision (E/DEC)",
        },
        new("akn4un-ga/78/English/A_RES_78_182-2326018E.xml", "A/RES/78/182", Operative(6),
            "Notes that the General Assembly, in its decision 77/568 of 1\u00A0September 2023, decided to take the achievement of gender equality and the empowerment of all women and girls into account in the relevant chapters of the Pact for the Future;",
            Cite("A/DEC/77/568", "2023-09-01", "Notes", Relation.Notes))
        {
            Note = "\"Notes\" (operative); \"the General Assembly, in its decision\"",
        },
        new("akn4un-ga/78/English/A_RES_78_19-2324500E.xml", "A/RES/78/19", Preamble(21),
            "Recalling the comprehensive and substantive discussions of the Group of Governmental Experts that was convened in 2018 and 2019 pursuant to its resolution 72/250 of 24\u00A0December 2017,",
            Cite("A/RES/72/250", "2017-12-24", "pursuant to", Relation.Pursuant))
        {
            Note = "\"pursuant to its resolution\": a pursuant-to phrase is the citation's own verb",
        },
        new("akn4un-ga/78/English/A_RES_78_101-2324977E.xml", "A/RES/78/101", Preamble(3),
            "Bearing in mind its resolution 75/123 of 10\u00A0December 2020, by which it declared the period 2021–2030 the Fourth International Decade for the Eradication of Colonialism, and the need to examine ways and means to ascertain the wishes of the peoples of the Non-Self-Governing Territories on the basis of resolution 1514 (XV) and other relevant resolutions on decolonization,",
            Cite("A/RES/75/123", "2020-12-10", "Bearing in mind", Relation.BearsInMind),
            Cite("A/RES/1514(XV)", null, "Bearing in mind", Relation.BearsInMind))
        {
            Note = "Two Assembly numbers, the second with a Roman session and no date",
        },
        new("akn4un-ga/78/English/A_RES_78_62-2324463E.xml", "A/RES/78/62", Preamble(2),
            "Recalling its resolutions 47/54 A of 9\u00A0December 1992, 47/54 G of 8\u00A0April 1993, 48/77 A of 16\u00A0December 1993, 49/77 A of 15\u00A0December 1994, 50/72 D of 12\u00A0December 1995, 51/47\u00A0B of 10\u00A0December 1996, 52/40\u00A0B of 9\u00A0December 1997, 53/79 A of 4\u00A0December 1998, 54/56 A of 1\u00A0December 1999, 55/35\u00A0C of 20\u00A0November 2000, 56/26 A of 29\u00A0November 2001, 57/95 of 22\u00A0November 2002, 58/67 of 8\u00A0December 2003, 59/105 of 3\u00A0December 2004, 60/91 of 8\u00A0December 2005, 61/98 of 6\u00A0December 2006, 62/54 of 5\u00A0December 2007, 63/83 of 2\u00A0December 2008, 64/65 of 2\u00A0December 2009, 65/86 of 8\u00A0December 2010, 66/60 of 2\u00A0December 2011, 67/71 of 3\u00A0December 2012, 68/63 of 5\u00A0December 2013, 69/77 of 2\u00A0December 2014, 70/68 of 7\u00A0December 2015, 71/82 of 5\u00A0December 2016, 72/66 of 4\u00A0December 2017, 73/82 of 5\u00A0December 2018 and 77/90 of 7\u00A0December 2022, and its decisions 74/511 of 12\u00A0December 2019, 74/546 of 2\u00A0April 2020, 75/519 A of 7\u00A0December 2020, 75/519\u00A0B of 25\u00A0March 2021 and 76/518 of 6\u00A0December 2021,",
            Cite("A/RES/47/54A", "1992-12-09", "Recalling", Relation.Recalls),
            Cite("A/RES/47/54G", "1993-04-08", "Recalling", Relation.Recalls),
            Cite("A/RES/48/77A", "1993-12-16", "Recalling", Relation.Recalls),
            Cite("A/RES/49/77A", "1994-12-15", "Recalling", Relation.Recalls),
            Cite("A/RES/50/72D", "1995-12-12", "Recalling", Relation.Recalls),
            Cite("A/RES/51/47B", "1996-12-10", "Recalling", Relation.Recalls),
            Cite("A/RES/52/40B", "1997-12-09", "Recalling", Relation.Recalls),
            Cite("A/RES/53/79A", "1998-12-04", "Recalling", Relation.Recalls),
            Cite("A/RES/54/56A", "1999-12-01", "Recalling", Relation.Recalls),
            Cite("A/RES/55/35C", "2000-11-20", "Recalling", Relation.Recalls),
            Cite("A/RES/56/26A", "2001-11-29", "Recalling", Relation.Recalls),
            Cite("A/RES/57/95", "2002-11-22", "Recalling", Relation.Recalls),
            Cite("A/RES/58/67", "2003-12-08", "Recalling", Relation.Recalls),
            Cite("A/RES/59/105", "2004-12-03", "Recalling", Relation.Recalls),
            Cite("A/RES/60/91", "2005-12-08", "Recalling", Relation.Recalls),
            Cite("A/RES/61/98", "2006-12-06", "Recalling", Relation.Recalls),
            Cite("A/RES/62/54", "2007-12-05", "Recalling", Relation.Recalls),
            Cite("A/RES/63/83", "2008-12-02", "Recalling", Relation.Recalls),
            Cite("A/RES/64/65", "2009-12-02", "Recalling", Relation.Recalls),
            Cite("A/RES/65/86", "2010-12-08", "Recalling", Relation.Recalls),
            Cite("A/RES/66/60", "2011-12-02", "Recalling", Relation.Recalls),
            Cite("A/RES/67/71", "2012-12-03", "Recalling", Relation.Recalls),
            Cite("A/RES/68/63", "2013-12-05", "Recalling", Relation.Recalls),
            Cite("A/RES/69/77", "2014-12-02", "Recalling", Relation.Recalls),
            Cite("A/RES/70/68", "2015-12-07", "Recalling", Relation.Recalls),
            Cite("A/RES/71/82", "2016-12-05", "Recalling", Relation.Recalls),
            Cite("A/RES/72/66", "2017-12-04", "Recalling", Relation.Recalls),
            Cite("A/RES/73/82", "2018-12-05", "Recalling", Relation.Recalls),
            Cite("A/RES/77/90", "2022-12-07", "Recalling", Relation.Recalls),
            Cite("A/DEC/74/511", "2019-12-12", "Recalling", Relation.Recalls),
            Cite("A/DEC/74/546", "2020-04-02", "Recalling", Relation.Recalls),
            Cite("A/DEC/75/519", "2020-12-07", "Recalling", Relation.Recalls),
            Cite("A/DEC/75/519", "2021-03-25", "Recalling", Relation.Recalls),
            Cite("A/DEC/76/518", "2021-12-06", "Recalling", Relation.Recalls))
        {
            Note = "A list of 29 resolutions with part letters and dates, then \"and its decisions\" (part letters of decisions not kept)",
        },
        new("akn4un-ga/78/English/A_RES_78_235-2326240E.xml", "A/RES/78/235", Preamble(2),
            "Recalling also its resolutions 55/34\u00A0B of 20\u00A0November 2000 and 55/233 of 23\u00A0December 2000, section III of its resolution 55/234 of 23\u00A0December 2000, and its resolutions 56/253 of 24\u00A0December 2001 and 75/254 A to C of 31\u00A0December 2020,",
            Cite("A/RES/55/34B", "2000-11-20", "Recalling also", Relation.Recalls),
            Cite("A/RES/55/233", "2000-12-23", "Recalling also", Relation.Recalls),
            Cite("A/RES/55/234", "2000-12-23", "Recalling also", Relation.Recalls),
            Cite("A/RES/56/253", "2001-12-24", "Recalling also", Relation.Recalls),
            Cite("A/RES/75/254A", "2020-12-31", "Recalling also", Relation.Recalls),
            Cite("A/RES/75/254B", "2020-12-31", "Recalling also", Relation.Recalls),
            Cite("A/RES/75/254C", "2020-12-31", "Recalling also", Relation.Recalls))
        {
            Note = "A range of parts (\"75/254 A to C\") and a section reference inside the list",
        },
        new("akn4un-ga/78/English/A_RES_78_80AB-2324937E.xml", "A/RES/78/80", Preamble(8),
            "Recalling its resolutions 77/128 A and B of 12\u00A0December 2022, which provided an opportunity to take due steps to enhance the efficiency and effectiveness of the Department of Global Communications and to maximize the use of its resources,",
            Cite("A/RES/77/128A", "2022-12-12", "Recalling", Relation.Recalls),
            Cite("A/RES/77/128B", "2022-12-12", "Recalling", Relation.Recalls))
        {
            Note = "Part letters \"A and B\" after one number",
        },
        new("akn4un-ga/78/English/A_RES_78_194-2326045E.xml", "A/RES/78/194", Preamble(5),
            "Recalling the continued practice established in its resolution 2217 A (XXI) of 19\u00A0December 1966, in which it decided to award at five-year intervals the United Nations award for outstanding achievements in the field of human rights,",
            Cite("A/RES/2217A(XXI)", "1966-12-19", "Recalling", Relation.Recalls))
        {
            Note = "A Roman session with a part letter (2217 A (XXI))",
        },
        new("akn4un-ga/78/English/A_RES_78_170-2325875E.xml", "A/RES/78/170", Preamble(9),
            "Recalling also the advisory opinion rendered on 9\u00A0July 2004 by the International Court of Justice on the legal consequences of the construction of a wall in the Occupied Palestinian Territory, and recalling further its resolutions ES-10/15 of 20\u00A0July 2004 and ES-10/17 of 15\u00A0December 2006,",
            Cite("A/RES/ES-10/15", "2004-07-20", "recalling further", Relation.Recalls),
            Cite("A/RES/ES-10/17", "2006-12-15", "recalling further", Relation.Recalls))
        {
            Note = "A verb after a connector (\", and recalling further its resolutions\"); emergency special session numbers",
        },
        new("akn4un-ga/78/English/A_RES_78_73-2324924E.xml", "A/RES/78/73", Preamble(33),
            "Recalling also its resolution ES-10/18 of 16\u00A0January 2009 and Security Council resolution 1860 (2009) of 8\u00A0January 2009, as well as the Agreement on Movement and Access of 15\u00A0November 2005,",
            Cite("A/RES/ES-10/18", "2009-01-16", "Recalling also", Relation.Recalls),
            Cite("S/RES/1860(2009)", "2009-01-08", "Recalling also", Relation.Recalls))
        {
            Note = "An emergency special session number and a Security Council number with its year, each dated",
        },
        new("akn4un-ga/78/English/A_RES_78_11-2323817E.xml", "A/RES/78/11", Preamble(3),
            "Recalling Security Council resolution 497 (1981) of 17\u00A0December 1981,",
            Cite("S/RES/497(1981)", "1981-12-17", "Recalling", Relation.Recalls))
        {
            Note = "\"Security Council resolution 497 (1981) of 17 December 1981\"",
        },
        new("akn4un-ga/78/English/A_RES_78_126-2325869E.xml", "A/RES/78/126", Preamble(2),
            "Recalling also Economic and Social Council resolution 2023/10 of 7\u00A0June 2023 on the report of the Committee for Development Policy on its twenty-fifth session,",
            Cite("E/RES/2023/10", "2023-06-07", "Recalling also", Relation.Recalls))
        {
            Note = "\"Economic and Social Council resolution 2023/10\" (E/RES)",
        },
        new("akn4un-ga/78/English/A_RES_78_178-2325998E.xml", "A/RES/78/178", Preamble(2),
            "Recalling also Economic and Social Council resolution 2010/12 of 22\u00A0July 2010 on promoting social integration and General Assembly resolution 76/136 of 16\u00A0December 2021 and its previous resolutions on promoting social integration through social inclusion,",
            Cite("E/RES/2010/12", "2010-07-22", "Recalling also", Relation.Recalls),
            Cite("A/RES/76/136", "2021-12-16", "Recalling also", Relation.Recalls))
        {
            Note = "ECOSOC then \"General Assembly resolution\" in one clause",
        },
        new("akn4un-ga/78/English/A_RES_78_190-2326049E.xml", "A/RES/78/190", Preamble(2),
            "Recalling the provisions of Commission on Human Rights resolutions 2004/16 of 16\u00A0April 2004 and 2005/5 of 14\u00A0April 2005 and relevant Human Rights Council resolutions, in particular resolutions 7/34 of 28\u00A0March 2008, 18/15 of 29\u00A0September 2011 and 21/33 of 28\u00A0September 2012, as well as General Assembly resolutions 60/143 of 16\u00A0December 2005, 61/147 of 19\u00A0December 2006, 62/142 of 18\u00A0December 2007, 63/162 of 18\u00A0December 2008, 64/147 of 18\u00A0December 2009, 65/199 of 21\u00A0December 2010, 66/143 of 19\u00A0December 2011, 67/154 of 20\u00A0December 2012, 68/150 of 18\u00A0December 2013, 69/160 of 18\u00A0December 2014, 70/139 of 17\u00A0December 2015, 71/179 of 19\u00A0December 2016, 72/156 of 19\u00A0December 2017, 73/157 of 17\u00A0December 2018, 74/136 of 18\u00A0December 2019, 75/169 of 16\u00A0December 2020, 76/149 of 16\u00A0December 2021 and 77/204 of 15\u00A0December 2022 on this issue, and its resolutions 61/149 of 19\u00A0December 2006, 62/220 of 22\u00A0December 2007, 63/242 of 24\u00A0December 2008, 64/148 of 18\u00A0December 2009, 65/240 of 24\u00A0December 2010, 66/144 of 19\u00A0December 2011, 67/155 of 20\u00A0December 2012, 68/151 of 18\u00A0December 2013, 69/162 of 18\u00A0December 2014, 70/140 of 17\u00A0December 2015, 71/181 of 19\u00A0December 2016, 72/157 of 19\u00A0December 2017, 73/262 of 22\u00A0December 2018, 74/137 of 18\u00A0December 2019, 75/237 of 31\u00A0December 2020, 76/226 of 24\u00A0December 2021 and 77/205 of 15\u00A0December 2022, entitled “A global call for concrete action for the elimination of racism, racial discrimination, xenophobia and related intolerance and the comprehensive implementation of and follow-up to the Durban Declaration and Programme of Action”,",
            Cite("A/HRC/RES/7/34", "2008-03-28", "Recalling", Relation.Recalls),
            Cite("A/HRC/RES/18/15", "2011-09-29", "Recalling", Relation.Recalls),
            Cite("A/HRC/RES/21/33", "2012-09-28", "Recalling", Relation.Recalls),
            Cite("A/RES/60/143", "2005-12-16", "Recalling", Relation.Recalls),
            Cite("A/RES/61/147", "2006-12-19", "Recalling", Relation.Recalls),
            Cite("A/RES/62/142", "2007-12-18", "Recalling", Relation.Recalls),
            Cite("A/RES/63/162", "2008-12-18", "Recalling", Relation.Recalls),
            Cite("A/RES/64/147", "2009-12-18", "Recalling", Relation.Recalls),
            Cite("A/RES/65/199", "2010-12-21", "Recalling", Relation.Recalls),
            Cite("A/RES/66/143", "2011-12-19", "Recalling", Relation.Recalls),
            Cite("A/RES/67/154", "2012-12-20", "Recalling", Relation.Recalls),
            Cite("A/RES/68/150", "2013-12-18", "Recalling", Relation.Recalls),
            Cite("A/RES/69/160", "2014-12-18", "Recalling", Relation.Recalls),
            Cite("A/RES/70/139", "2015-12-17", "Recalling", Relation.Recalls),
            Cite("A/RES/71/179", "2016-12-19", "Recalling", Relation.Recalls),
            Cite("A/RES/72/156", "2017-12-19", "Recalling", Relation.Recalls),
            Cite("A/RES/73/157", "2018-12-17", "Recalling", Relation.Recalls),
            Cite("A/RES/74/136", "2019-12-18", "Recalling", Relation.Recalls),
            Cite("A/RES/75/169", "2020-12-16", "Recalling", Relation.Recalls),
            Cite("A/RES/76/149", "2021-12-16", "Recalling", Relation.Recalls),
            Cite("A/RES/77/204", "2022-12-15", "Recalling", Relation.Recalls),
            Cite("A/RES/61/149", "2006-12-19", "Recalling", Relation.Recalls),
            Cite("A/RES/62/220", "2007-12-22", "Recalling", Relation.Recalls),
            Cite("A/RES/63/242", "2008-12-24", "Recalling", Relation.Recalls),
            Cite("A/RES/64/148", "2009-12-18", "Recalling", Relation.Recalls),
            Cite("A/RES/65/240", "2010-12-24", "Recalling", Relation.Recalls),
            Cite("A/RES/66/144", "2011-12-19", "Recalling", Relation.Recalls),
            Cite("A/RES/67/155", "2012-12-20", "Recalling", Relation.Recalls),
            Cite("A/RES/68/151", "2013-12-18", "Recalling", Relation.Recalls),
            Cite("A/RES/69/162", "2014-12-18", "Recalling", Relation.Recalls),
            Cite("A/RES/70/140", "2015-12-17", "Recalling", Relation.Recalls),
            Cite("A/RES/71/181", "2016-12-19", "Recalling", Relation.Recalls),
            Cite("A/RES/72/157", "2017-12-19", "Recalling", Relation.Recalls),
            Cite("A/RES/73/262", "2018-12-22", "Recalling", Relation.Recalls),
            Cite("A/RES/74/137", "2019-12-18", "Recalling", Relation.Recalls),
            Cite("A/RES/75/237", "2020-12-31", "Recalling", Relation.Recalls),
            Cite("A/RES/76/226", "2021-12-24", "Recalling", Relation.Recalls),
            Cite("A/RES/77/205", "2022-12-15", "Recalling", Relation.Recalls))
        {
            Note = "Commission on Human Rights resolutions (another body) dropped; Human Rights Council resolutions; then General Assembly resolutions",
        },
        new("akn4un-ga/78/English/A_RES_78_211-2326016E.xml", "A/RES/78/211", Preamble(7),
            "Recalling also Human Rights Council resolutions 52/5 of 3\u00A0April 2023, which extended the mandate of the Special Rapporteur on minority issues, as well as 49/14 of 31\u00A0March 2022, in which the Council considered the recommendations of the Forum on Minority Issues at its fourteenth session, held in December 2021 on the theme “Conflict prevention and the protection of the human rights of minorities”,",
            Cite("A/HRC/RES/52/5", "2023-04-03", "Recalling also", Relation.Recalls),
            Cite("A/HRC/RES/49/14", "2022-03-31", "Recalling also", Relation.Recalls))
        {
            Note = "Fix: a list item after a relative clause (\"which extended …, as well as 49/14\") keeps the Council named at the head",
        },
        new("akn4un-ga/78/English/A_RES_78_234-2326238E.xml", "A/RES/78/234", Operative(30),
            "Recalls Human Rights Council resolutions 43/1 and 47/21, and also recalls the report of the United Nations High Commissioner for Human Rights on the promotion and protection of the human rights and fundamental freedoms of Africans and of people of African descent against excessive use of force and other human rights violations by law enforcement officers and the annex thereto, entitled “Four-point Agenda towards Transformative Change for Racial Justice and Equality”, submitted pursuant to resolution 43/1;",
            Cite("A/HRC/RES/43/1", null, "Recalls", Relation.Recalls),
            Cite("A/HRC/RES/47/21", null, "Recalls", Relation.Recalls),
            Cite("A/HRC/RES/43/1", null, "pursuant to", Relation.Pursuant))
        {
            Note = "Fix: \"submitted pursuant to resolution 43/1\" far after \"Human Rights Council resolutions 43/1\": the Council's",
        },
        new("akn4un-ga/78/English/A_RES_78_218-2325997E.xml", "A/RES/78/218", Operative(10),
            "Reiterates its appreciation for the work of the commission of inquiry and acknowledges the importance of its report and the finding that the body of testimony gathered and the information received provide reasonable grounds to believe that crimes against humanity have been committed in the Democratic People’s Republic of Korea, pursuant to policies established at the highest level of the State for decades and by institutions under the effective control of its leadership, which was confirmed by the United Nations High Commissioner for Human Rights in the report to the Human Rights Council submitted pursuant to resolutions 34/24, 40/20 and 46/17;",
            Cite("A/HRC/RES/34/24", null, "pursuant to", Relation.Pursuant),
            Cite("A/HRC/RES/40/20", null, "pursuant to", Relation.Pursuant),
            Cite("A/HRC/RES/46/17", null, "pursuant to", Relation.Pursuant))
        {
            Note = "\"to the Human Rights Council submitted pursuant to resolutions 34/24, 40/20 and 46/17\": the Council named before the list",
        },
        new("akn4un-ga/78/English/A_RES_78_203-2326031E.xml", "A/RES/78/203", Operative(7),
            "Takes note, in this regard, that through its resolution 54/18 of 12\u00A0October 2023, the Human Rights Council submitted to the General Assembly the draft international covenant on the right to development for its consideration, negotiation and subsequent adoption;",
            Cite("A/HRC/RES/54/18", "2023-10-12", "Takes note", Relation.TakesNote))
        {
            Note = "Fix: \"through its resolution 54/18 of 12 October 2023, the Human Rights Council\": the date fits Council session 54, not Assembly session 54",
        },
        new("akn4un-ga/78/English/A_RES_78_203-2326031E.xml", "A/RES/78/203", Operative(4),
            "Supports the realization of the mandate of the Working Group on the Right to Development, and recognizes the need for renewed efforts with a view to overcoming the existing political impasse within the Working Group and to fulfil at the earliest its mandate as established by the Commission on Human Rights in its resolution 1998/72 and the Human Rights Council in its resolution 4/4 of 30\u00A0March 2007;",
            Cite("A/HRC/RES/4/4", "2007-03-30", "recognizes", Relation.Recognizes))
        {
            Note = "\"the Commission on Human Rights in its resolution 1998/72\" (another body, dropped) \"and the Human Rights Council in its resolution 4/4\"",
        },
        new("akn4un-ga/78/English/A_RES_78_62-2324463E.xml", "A/RES/78/62", Operative(5),
            "Requests the Disarmament Commission to continue its work in accordance with its mandate, as set forth in paragraph 118 of the Final Document of the Tenth Special Session of the General Assembly, and with paragraph 3 of Assembly resolution 37/78 H of 9\u00A0December 1982, and to that end to make every effort to achieve specific recommendations on the items on its agenda, taking into account the adopted “Ways and means to enhance the functioning of the Disarmament Commission”;",
            Cite("A/RES/37/78H", "1982-12-09", "Requests", Relation.Requests))
        {
            Note = "Fix: \"paragraph 3 of Assembly resolution 37/78 H\": the name starts at \"Assembly\", not \"of\"",
        },
        new("akn4un-sc/2023/English/S_RES_2686_E.xml", "S/RES/2686(2023)", Preamble(7),
            "Acknowledging the importance of tolerance, equality, coexistence, dialogue, pluralistic traditions, mutual respect and the diversity of religions and beliefs, and taking note of the International Day of Human Fraternity proclaimed by United Nations General Assembly resolution 75/200 (2020),",
            Cite("A/RES/75/200", null, "taking note", Relation.TakesNote))
        {
            Note = "Fix: a Security Council text citing \"United Nations General Assembly resolution 75/200 (2020)\"",
        },
        new("akn4un-ga/78/English/A_RES_78_177-2325980E.xml", "A/RES/78/177", Footnote(17),
            "See Official Records of the General Assembly, Seventy-seventh Session, Supplement No. 53A, (A/77/53/Add.1), chap. III, sect. A, resolution 51/4.",
            Cite("A/HRC/RES/51/4", null))
        {
            Note = "Fix: a resolution printed in the Assembly's Supplement No. 53A (the Human Rights Council's report) is the Council's",
        },
        new("akn4un-ga/78/English/A_RES_78_206-2326025E.xml", "A/RES/78/206", Footnote(14),
            "See Official Records of the Economic and Social Council, 2005, Supplement No. 7 and corrigendum (E/2005/27 and E/2005/27/Corr.1), chap. I, sect. A; ibid., 2010, Supplement No. 7 and corrigendum (E/2010/27 and E/2010/27/Corr.1), chap I, sect. A; ibid., 2015, Supplement No.\u00A07 (E/2015/27), chap. I, sect. C, resolution 59/1, annex; and ibid., 2020, Supplement No. 7 (E/2020/27), chap. I, sect. A.")
        {
            Note = "Fix: a resolution printed in the ECOSOC records (Supplement No. 7 (E/2015/27), chap. I, sect. C, resolution 59/1) is a functional commission's: nothing to cite",
        },
        new("akn4un-ga/78/English/A_RES_78_227-2325982E.xml", "A/RES/78/227", Footnote(3),
            "Resolution 34/169, annex.",
            Cite("A/RES/34/169", null))
        {
            Note = "A footnote \"Resolution 34/169, annex.\"",
        },
        new("akn4un-ga/78/English/A_RES_78_227-2325982E.xml", "A/RES/78/227", Footnote(5),
            "E/CN.4/2003/65, annex; see also Economic and Social Council resolution 2006/23, annex.",
            Cite("E/RES/2006/23", null))
        {
            Note = "A footnote \"see also Economic and Social Council resolution 2006/23\" after a document symbol",
        },
        new("akn4un-ga/78/English/A_RES_78_227-2325982E.xml", "A/RES/78/227", Footnote(10),
            "Economic and Council resolution 2002/12, annex.",
            Cite("E/RES/2002/12", null))
        {
            Note = "Fix: the source misprints \"Economic and Council resolution 2002/12\": still ECOSOC",
        },
        new("akn4un-ga/78/English/A_RES_78_15-2324431E.xml", "A/RES/78/15", Footnote(1),
            "Resolution S-10/2.",
            Cite("A/RES/S-10/2", null))
        {
            Note = "A footnote \"Resolution S-10/2.\" (special session)",
        },
        new("akn4un-ga/78/English/A_RES_78_12-2323832E.xml", "A/RES/78/12", Footnote(2),
            "See resolution 2200 A (XXI), annex.",
            Cite("A/RES/2200A(XXI)", null))
        {
            Note = "A footnote \"See resolution 2200 A (XXI), annex.\"",
        },
        new("akn4un-ga/78/English/A_RES_78_66-2324446E.xml", "A/RES/78/66", Footnote(3),
            "Including Security Council resolutions 1718 (2006), 1874 (2009), 2094 (2013), 2270 (2016), 2321 (2016) and 2375 (2017).",
            Cite("S/RES/1718(2006)", null),
            Cite("S/RES/1874(2009)", null),
            Cite("S/RES/2094(2013)", null),
            Cite("S/RES/2270(2016)", null),
            Cite("S/RES/2321(2016)", null),
            Cite("S/RES/2375(2017)", null))
        {
            Note = "A footnote list of Security Council numbers with years",
        },
        new("akn4un-ga/78/English/A_RES_78_115-2324925E.xml", "A/RES/78/115", Footnote(3),
            "Resolutions 62/272, 64/297, 66/282, 68/276, 70/291, 72/284, 75/291 and 77/298.",
            Cite("A/RES/62/272", null),
            Cite("A/RES/64/297", null),
            Cite("A/RES/66/282", null),
            Cite("A/RES/68/276", null),
            Cite("A/RES/70/291", null),
            Cite("A/RES/72/284", null),
            Cite("A/RES/75/291", null),
            Cite("A/RES/77/298", null))
        {
            Note = "A footnote list \"Resolutions 62/272, …, 75/291 and 77/298.\"",
        },
        new("akn4un-ga/78/English/A_RES_78_73-2324924E.xml", "A/RES/78/73", Preamble(43),
            "Deploring further all attacks affecting United Nations installations, including Agency schools sheltering displaced civilians, and all other breaches of the inviolability of United Nations premises, including during the conflict in the Gaza Strip in July and August 2014, as reported in the summary by the Secretary-General of the report of the Board of Inquiry and by the independent commission of inquiry established pursuant to Human Rights Council resolution S-21/1, and stressing the imperative of ensuring accountability,",
            Cite("A/HRC/RES/S-21/1", null, "Deploring further", Relation.Cites))
        {
            Note = "\"Human Rights Council resolution S-21/1\": a Council special session",
        },
        new("akn4un-ga/78/English/A_RES_78_186-2326034E.xml", "A/RES/78/186", Preamble(1),
            "Recalling its resolutions 60/251 of 15\u00A0March 2006, by which it established the Human Rights Council, and 65/281 of 17\u00A0June 2011 on the review of the Council,",
            Cite("A/RES/60/251", "2006-03-15", "Recalling", Relation.Recalls),
            Cite("A/RES/65/281", "2011-06-17", "Recalling", Relation.Recalls))
        {
            Note = "\"by which it established the Human Rights Council\" between two items of one list: the Council is not their organ",
        },
        new("akn4un-ga/78/English/A_RES_78_199-2326037E.xml", "A/RES/78/199", Preamble(15),
            "Recalling the adoption of resolution 2000/22 of 18\u00A0August 2000, on the promotion of dialogue on human rights issues, by the Subcommission on the Promotion and Protection of Human Rights at its fifty-second session,")
        {
            Note = "Fix: \"resolution 2000/22 of 18 August 2000, on …, by the Subcommission\": another body's, nothing to cite",
        },
        new("akn4un-ga/78/English/A_RES_78_189-2326047E.xml", "A/RES/78/189", Operative(33),
            "Encourages States to consider including in their reports related to Indigenous Peoples and women information on the progress made and challenges in the implementation of Commission on the Status of Women resolutions 49/7 of 11\u00A0March 2005, entitled “Indigenous women: beyond the ten-year review of the Beijing Declaration and Platform for Action”, and 56/4 of 9\u00A0March 2012, entitled “Indigenous women: key actors in poverty and hunger eradication”, as well as to consider general recommendation No.\u00A039 (2022) on the rights of Indigenous women and girls of the Committee on the Elimination of Discrimination against Women;")
        {
            Note = "Fix: \"Commission on the Status of Women resolutions 49/7 … and 56/4\": nothing to cite",
        },
        new("akn4un-ga/78/English/A_RES_78_147-2325918E.xml", "A/RES/78/147", Preamble(9),
            "Noting also the adoption, by the Economic and Social Commission for Asia and the Pacific at its seventy-ninth session, of resolution 79/8 of 19\u00A0May 2023 on the modalities for the establishment of the United Nations special programme for the Aral Sea basin,")
        {
            Note = "Fix: \"the adoption, by the Economic and Social Commission for Asia and the Pacific …, of resolution 79/8\": nothing to cite",
        },
        new("akn4un-ga/78/English/A_RES_78_158-2325894E.xml", "A/RES/78/158", Preamble(12),
            "Noting the adoption, by the Economic and Social Commission for Asia and the Pacific at its seventy-second session, of resolution 72/7 of 19\u00A0May 2016 on regional cooperation to combat sand and dust storms in Asia and the Pacific, and taking note of the Regional Plan of Action on Sand and Dust Storms in Asia and the Pacific of the Asian and Pacific Centre for the Development of Disaster Information Management of the Commission,")
        {
            Note = "Fix: ESCAP's resolution 72/7 of 19 May 2016 (outside Assembly session 72): nothing to cite",
        },
        new("akn4un-ga/78/English/A_RES_78_217-2325999E.xml", "A/RES/78/217", Preamble(17),
            "Recalling also Commission on Population and Development resolutions 2006/2 of 10\u00A0May 2006 and 2009/1 of 3\u00A0April 2009 and its resolution 2013/1 of 26\u00A0April 2013 on new trends in migration: demographic aspects,")
        {
            Note = "Fix: \"Commission on Population and Development resolutions … and its resolution 2013/1\": \"its\" is the Commission's, nothing to cite",
        },
        new("akn4un-ga/78/English/A_RES_78_267-2405974E.xml", "A/RES/78/267", Preamble(3),
            "Recalling also previous relevant resolutions of the Economic and Social Council, the Commission on Crime Prevention and Criminal Justice and the Conference of the Parties to the United Nations Convention against Transnational Organized Crime, in particular its resolution 10/4 of 16\u00A0October 2020, entitled “Celebrating the twentieth anniversary of the adoption of the United Nations Convention against Transnational Organized Crime and promoting its effective implementation”,")
        {
            Note = "Fix: \"the Conference of the Parties …, in particular its resolution 10/4 of 16 October 2020\": the date rules out Assembly session 10",
        },
        new("akn4un-ga/78/English/A_RES_78_83-2324942E.xml", "A/RES/78/83", Operative(13),
            "Recalls the adoption by the Economic Commission for Latin America and the Caribbean of its resolution 574 (XXVII) of 16\u00A0May 1998, calling for the necessary mechanisms for its associate members, including Non-Self-Governing Territories, to participate in the special sessions of the General Assembly, subject to the rules of procedure of the Assembly, to review and assess the implementation of the plans of action of those United Nations world conferences in which the Territories originally participated in the capacity of observer, and in the work of the Economic and Social Council and its subsidiary bodies;")
        {
            Note = "Fix: \"the adoption by the Economic Commission for Latin America and the Caribbean of its resolution 574 (XXVII)\": nothing to cite",
        },
        new("akn4un-ga/78/English/A_RES_78_122-2325274E.xml", "A/RES/78/122", Preamble(9),
            "Recalling United Nations Habitat Assembly resolution 2/3 of 9\u00A0June 2023, in which the United Nations Habitat Assembly recommended that the General Assembly proclaim 20\u00A0September as World Cleanup Day,")
        {
            Note = "\"United Nations Habitat Assembly resolution 2/3\": another body's",
        },
        new("akn4un-ga/78/English/A_RES_78_153-2325901E.xml", "A/RES/78/153", Preamble(31),
            "Encouraging Member States to pursue efforts to achieve sustainable consumption and production in line with United Nations Environment Assembly resolution 5/11 of 2\u00A0March 2022,")
        {
            Note = "\"United Nations Environment Assembly resolution 5/11\": another body's",
        },
    ];
}
