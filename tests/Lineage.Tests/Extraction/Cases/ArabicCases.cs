using Lineage.Model;
using static Lineage.Tests.Extraction.Cases.CaseRows;

namespace Lineage.Tests.Extraction.Cases;

/// <summary>
/// Arabic rows: verbatim excerpts of the Arabic texts of General Assembly session 78 and Security Council 2022–2023
/// resolutions (AKN4UN, United Nations), one or more per rule of <c>Rules/Ar</c>.
/// </summary>
internal static class ArabicCases
{
    public static IReadOnlyList<CitationCase> Rows { get; } =
    [
        new("akn4un-ga/78/Arabic/A_RES_78_24-2324523A.xml", "A/RES/78/24", Preamble(1),
            "إذ تشير إلى قراراتها 49/75 طاء المؤرخ 15 كانون الأول/ديسمبر 1994، و 50/70 واو المؤرخ 12 كانون الأول/ديسمبر 1995، و 51/45 جيم المؤرخ 10 كانون الأول/ديسمبر 1996، و 52/38 واو المؤرخ 9 كانون الأول/ديسمبر 1997، و 53/77 ألف ألف المؤرخ 4 كانون الأول/ديسمبر 1998،",
            Cite("A/RES/49/75I", "1994-12-15", "إذ تشير", Relation.Recalls),
            Cite("A/RES/50/70F", "1995-12-12", "إذ تشير", Relation.Recalls),
            Cite("A/RES/51/45C", "1996-12-10", "إذ تشير", Relation.Recalls),
            Cite("A/RES/52/38F", "1997-12-09", "إذ تشير", Relation.Recalls),
            Cite("A/RES/53/77AA", "1998-12-04", "إذ تشير", Relation.Recalls))
        {
            Note = "\"إذ تشير إلى قراراتها\": part letters named in words after the numbers (\"طاء\", \"واو\", \"جيم\"), a doubled part \"ألف ألف\" (AA), \"المؤرخ\" dates",
        },
        new("akn4un-ga/78/Arabic/A_RES_78_226-2325984A.xml", "A/RES/78/226", Footnote(1),
            "القراران 53/243 ألف وباء.",
            Cite("A/RES/53/243A", null, "وإذ تشير", Relation.Recalls),
            Cite("A/RES/53/243B", null, "وإذ تشير", Relation.Recalls))
        {
            Host = "وإذ تشير إلى الإعلان وبرنامج العمل بشأن ثقافة السلام والبرنامج العالمي للحوار بين الحضارات،",
            HostSite = Preamble(6),
            Note = "A footnote \"القراران 53/243 ألف وباء.\": two parts joined by a glued \"و\"",
        },
        new("akn4un-ga/78/Arabic/A_RES_78_235-2326240A.xml", "A/RES/78/235", Preamble(2),
            "وإذ تشير أيضا إلى قراريها 55/34 باء المؤرخ 20 تشرين الثاني/نوفمبر 2000 و 55/233 المؤرخ 23 كانون الأول/ديسمبر 2000 والجزء الثالث من قرارها 55/234 المؤرخ 23 كانون الأول/ديسمبر 2000 وإلى قراريها 56/253 المؤرخ 24 كانون الأول/ديسمبر 2001 و 75/254 ألف إلى جيم المؤرخ 31\u00A0كانون الأول/ديسمبر 2020،",
            Cite("A/RES/55/34B", "2000-11-20", "وإذ تشير أيضا", Relation.Recalls),
            Cite("A/RES/55/233", "2000-12-23", "وإذ تشير أيضا", Relation.Recalls),
            Cite("A/RES/55/234", "2000-12-23", "وإذ تشير أيضا", Relation.Recalls),
            Cite("A/RES/56/253", "2001-12-24", "وإذ تشير أيضا", Relation.Recalls),
            Cite("A/RES/75/254A", "2020-12-31", "وإذ تشير أيضا", Relation.Recalls),
            Cite("A/RES/75/254B", "2020-12-31", "وإذ تشير أيضا", Relation.Recalls),
            Cite("A/RES/75/254C", "2020-12-31", "وإذ تشير أيضا", Relation.Recalls))
        {
            Note = "A range of parts in words (\"ألف إلى جيم\"), the dual \"قراريها\"",
        },
        new("akn4un-ga/78/Arabic/A_RES_78_111-2324951A.xml", "A/RES/78/111", Preamble(2),
            "وإذ تشير أيضا إلى قرارها 47/233 المؤرخ 17 آب/أغسطس 1993 المتعلق بتنشيط أعمال الجمعية العامة،",
            Cite("A/RES/47/233", "1993-08-17", "وإذ تشير أيضا", Relation.Recalls))
        {
            Note = "\"وإذ تشير أيضا\"; the date \"17 آب/أغسطس 1993\"",
        },
        new("akn4un-ga/78/Arabic/A_RES_78_111-2324951A.xml", "A/RES/78/111", Preamble(3),
            "وإذ تشير كذلك إلى قرارها 47/62 المؤرخ 11 كانون الأول/ديسمبر 1992 المتعلق بمسألة التمثيل العادل في مجلس الأمن وزيادة عدد أعضائه،",
            Cite("A/RES/47/62", "1992-12-11", "وإذ تشير كذلك", Relation.Recalls))
        {
            Note = "\"وإذ تشير كذلك\"; the subject after the date (\"المتعلق بمسألة …\")",
        },
        new("akn4un-ga/78/Arabic/A_RES_78_11-2323817A.xml", "A/RES/78/11", Preamble(3),
            "وإذ تشير إلى قرار مجلس الأمن 497 (1981) المؤرخ 17 كانون الأول/ديسمبر 1981،",
            Cite("S/RES/497(1981)", "1981-12-17", "وإذ تشير", Relation.Recalls))
        {
            Note = "The organ between the kind word and the number (\"قرار مجلس الأمن 497 (1981)\")",
        },
        new("akn4un-ga/78/Arabic/A_RES_78_100-2324979A.xml", "A/RES/78/100", Preamble(2),
            "وإذ تشير إلى قرارها 1514 (د-15) المؤرخ 14 كانون الأول/ديسمبر 1960،",
            Cite("A/RES/1514(XV)", "1960-12-14", "وإذ تشير", Relation.Recalls))
        {
            Note = "An old session written \"(د-15)\": resolution 1514 (XV)",
        },
        new("akn4un-ga/78/Arabic/A_RES_78_13-2324427A.xml", "A/RES/78/13", Preamble(1),
            "إذ تشير إلى إعلان اعتبار المحيط الهندي منطقة سلام ال\u0640\u0640\u0640وارد في قراره\u0640\u0640\u0640\u0640\u0640\u0640\u0640ا 2832 (د-26) المؤرخ 16 كانون الأول/ديسمبر 1971، وإذ تشير أيضاً إلى قراراتها 54/47 المؤرخ 1 كانون الأول/ديسمبر 1999 و 56/16 المؤرخ 29 تشرين الثاني/نوفمبر 2001 و 58/29 المؤرخ 8 كانون الأول/ديسمبر 2003 و\u00A060/48 المؤرخ 8 كانون الأول/ديسمبر 2005 و 62/14 المؤرخ 5 كانون الأول/ديسمبر 2007 و\u00A064/23 المؤرخ 2 كانون الأول/ديسمبر 2009 و 66/22 المؤرخ 2 كانون الأول/ديسمبر 2011 و\u00A068/24 المؤرخ 5 كانون الأول/ديسمبر 2013 و 70/22 المؤرخ 7 كانون الأول/ديسمبر 2015 و\u00A072/21 المؤرخ 4 كانون الأول/ديسمبر 2017 و 74/25 المؤرخ 12 كانون الأول/ديسمبر 2019 و\u00A076/17 المؤرخ 6 كانون الأول/ديسمبر 2021 والقرارات الأخرى ذات الصلة،",
            Cite("A/RES/2832(XXVI)", "1971-12-16", "إذ تشير", Relation.Recalls),
            Cite("A/RES/54/47", "1999-12-01", "إذ تشير أيضاً", Relation.Recalls),
            Cite("A/RES/56/16", "2001-11-29", "إذ تشير أيضاً", Relation.Recalls),
            Cite("A/RES/58/29", "2003-12-08", "إذ تشير أيضاً", Relation.Recalls),
            Cite("A/RES/60/48", "2005-12-08", "إذ تشير أيضاً", Relation.Recalls),
            Cite("A/RES/62/14", "2007-12-05", "إذ تشير أيضاً", Relation.Recalls),
            Cite("A/RES/64/23", "2009-12-02", "إذ تشير أيضاً", Relation.Recalls),
            Cite("A/RES/66/22", "2011-12-02", "إذ تشير أيضاً", Relation.Recalls),
            Cite("A/RES/68/24", "2013-12-05", "إذ تشير أيضاً", Relation.Recalls),
            Cite("A/RES/70/22", "2015-12-07", "إذ تشير أيضاً", Relation.Recalls),
            Cite("A/RES/72/21", "2017-12-04", "إذ تشير أيضاً", Relation.Recalls),
            Cite("A/RES/74/25", "2019-12-12", "إذ تشير أيضاً", Relation.Recalls),
            Cite("A/RES/76/17", "2021-12-06", "إذ تشير أيضاً", Relation.Recalls))
        {
            Note = "Tatweel inside the kind word (\"قرارهـــــا\") and an old session \"(د-26)\"",
        },
        new("akn4un-ga/78/Arabic/A_RES_78_220-2325993A.xml", "A/RES/78/220", Operative(1),
            "تحيط علما بتقرير الأمين العام المقدَّم عملا بالقرار 77/228",
            Cite("A/RES/77/228", null, "عملا", Relation.Pursuant))
        {
            Note = "\"تحيط علما\" (takes note); \"عملا بالقرار\" (pursuant to) with the preposition glued to the kind word",
        },
        new("akn4un-ga/78/Arabic/A_RES_78_198-2326038A.xml", "A/RES/78/198", Footnote(15),
            "A/HRC/27/31؛ انظر أيضا قرار مجلس حقوق الإنسان 33/11",
            Cite("A/HRC/RES/33/11", null, "تهيب أيضا", Relation.CallsUpon))
        {
            Host = "تهيب أيضا بجميع الدول، وعند الاقتضاء، بالمنظمات الدولية ذات الصلة أن تنفذ سياسات وبرامج للحد من الوفيات والأمراض التي يمكن الوقاية منها، نتيجة لسوء التغذية لدى الأطفال دون سن الخامسة، والقضاء عليها،",
            HostSite = Operative(13),
            Note = "A footnote \"انظر أيضا قرار مجلس حقوق الإنسان 33/11\" after a document symbol",
        },
        new("akn4un-ga/78/Arabic/A_RES_78_122-2325274A.xml", "A/RES/78/122", Footnote(3),
            "القرار دإ-19/2، المرفق.",
            Cite("A/RES/S-19/2", null, "وإذ تشير", Relation.Recalls))
        {
            Host = "وإذ تشير إلى إعلان ري\u0640و بشأن البيئة والتنمية، وجدول أعمال الق\u0640\u0640رن 21، وبرن\u0640\u0640امج مواصل\u0640\u0640ة تنفيذ جدول أعم\u0640\u0640ال الق\u0640\u0640رن 21، وإع\u0640\u0640لان",
            HostSite = Preamble(2),
            Note = "A special session written \"دإ-19/2\": resolution S-19/2",
        },
        new("akn4un-ga/78/Arabic/A_RES_78_221-2325992A.xml", "A/RES/78/221", Preamble(8),
            "وإذ تشير كذلك إلى قرارها دإط-11/4 المؤرخ 12 تشرين الأول/أكتوبر 2022",
            Cite("A/RES/ES-11/4", "2022-10-12", "وإذ تشير كذلك", Relation.Recalls))
        {
            Note = "An emergency special session written \"دإط-11/4\": resolution ES-11/4",
        },
        new("akn4un-ga/78/Arabic/A_RES_78_218-2325997A.xml", "A/RES/78/218", Footnote(13),
            "انظر القرار 1/70.",
            Cite("A/RES/70/1", null, "وإذ تحيط علما", Relation.TakesNote))
        {
            Host = "وإذ تحيط علما بالإطار الاستراتيجي القائم للتعاون بين الأمم المتحدة وحكومة جمهورية كوريا الشعبية الديمقراطية وبالتزام الحكومة المتوائم مع المبادئ والمقاصد والغايات المنبثقة من أهداف التنمية المستدامة",
            HostSite = Preamble(22),
            Note = "A number printed back to front (\"القرار 1/70\"): resolution 70/1",
        },
        new("akn4un-ga/78/Arabic/A_RES_78_113-2324936A.xml", "A/RES/78/113", Preamble(2),
            "وإذ تشير إلى قراراتها 64/117 المؤرخ 16 كانون الأول/ديسمبر 2009، و 33/65 المؤرخ 6\u00A0كانون الأول/ديسمبر 2010، و 66/103 المؤرخ 9 كانون الأول/ديسمبر 2011، و 98/67 المؤرخ 14\u00A0كانون الأول/ديسمبر 2012، و 68/117 المؤرخ 16 كانون الأول/ديسمبر 2013، و 69/124 المؤرخ 10\u00A0كانون الأول/ديسمبر 2014، و 70/119 المؤرخ 14 كانون الأول/ديسمبر 2015، و 71/149 المؤرخ 13\u00A0كانون الأول/ديسمبر 2016، و 72/120 المؤرخ 7 كانون الأول/ديسمبر 2017 و 73/208 المؤرخ 20\u00A0كانون الأول/ديسمبر 2018 و 74/192 المؤرخ 18 كانون الأول/ديسمبر 2019 و 75/142 المؤرخ 15\u00A0كانون الأول/ديسمبر 2020 و 76/118 المؤرخ 9 كانون الأول/ديسمبر 2021 و 77/111 المؤرخ 7\u00A0كانون الأول/ديسمبر 2022،",
            Cite("A/RES/64/117", "2009-12-16", "وإذ تشير", Relation.Recalls),
            Cite("A/RES/65/33", "2010-12-06", "وإذ تشير", Relation.Recalls),
            Cite("A/RES/66/103", "2011-12-09", "وإذ تشير", Relation.Recalls),
            Cite("A/RES/67/98", "2012-12-14", "وإذ تشير", Relation.Recalls),
            Cite("A/RES/68/117", "2013-12-16", "وإذ تشير", Relation.Recalls),
            Cite("A/RES/69/124", "2014-12-10", "وإذ تشير", Relation.Recalls),
            Cite("A/RES/70/119", "2015-12-14", "وإذ تشير", Relation.Recalls),
            Cite("A/RES/71/149", "2016-12-13", "وإذ تشير", Relation.Recalls),
            Cite("A/RES/72/120", "2017-12-07", "وإذ تشير", Relation.Recalls),
            Cite("A/RES/73/208", "2018-12-20", "وإذ تشير", Relation.Recalls),
            Cite("A/RES/74/192", "2019-12-18", "وإذ تشير", Relation.Recalls),
            Cite("A/RES/75/142", "2020-12-15", "وإذ تشير", Relation.Recalls),
            Cite("A/RES/76/118", "2021-12-09", "وإذ تشير", Relation.Recalls),
            Cite("A/RES/77/111", "2022-12-07", "وإذ تشير", Relation.Recalls))
        {
            Note = "Numbers printed back to front in a dated list (\"33/65 المؤرخ 6 كانون الأول/ديسمبر 2010\" is 65/33, \"98/67\" is 67/98)",
        },
        new("akn4un-ga/78/Arabic/A_RES_78_229-2325976A.xml", "A/RES/78/229", Preamble(43),
            "وإذ ترحب بقرار لجنة منع الجريمة والعدالة الجنائية 26/3 المؤرخ 26 أيار/مايو 2017 بشأن تعميم مراعاة المنظور الجنساني في سياسات وبرامج منع الجريمة والعدالة الجنائية وفي الجهود الرامية إلى\u00A0منع ومكافحة الجريمة المنظمة عبر الوطنية،")
        {
            Note = "Another body's resolution (\"قرار لجنة منع الجريمة والعدالة الجنائية 26/3\"): nothing to cite",
        },
        new("akn4un-ga/78/Arabic/A_RES_78_228-2325978A.xml", "A/RES/78/228", Preamble(12),
            "وإذ تشير كذلك إلى قرارَي المجلس الاقتصادي والاجتماعي 2017/18 المؤرخ 6 تموز/ يوليه\u00A02017 و 2021/25 المؤرخ 22 تموز/يوليه 2021 المتعلقين بتنفيذ خطة العمل العالمية وقرارات المجلس السابقة المتعلقة بالاتجار بالأشخاص،",
            Cite("E/RES/2017/18", "2017-07-06", "وإذ تشير كذلك", Relation.Recalls),
            Cite("E/RES/2021/25", "2021-07-22", "وإذ تشير كذلك", Relation.Recalls))
        {
            Note = "A short vowel inside the kind word (\"قرارَي\"), ECOSOC numbers, a month written \"تموز/ يوليه\"",
        },
        new("akn4un-ga/78/Arabic/A_RES_78_24-2324523A.xml", "A/RES/78/24", Operative(1),
            "تشير إلى قيام الفريق العامل المفتوح باب العضوية المعني بدورة الجمعية العامة الاستثنائية الرابعة المكرسة لن\u0640زع السلاح، الذي أنشأته الجمعية بموجب قرارها 65/66 ومقررها 70/551",
            Cite("A/RES/65/66", null, "بموجب", Relation.Pursuant),
            Cite("A/DEC/70/551", null, "تشير", Relation.Recalls))
        {
            Note = "A resolution and a decision glued to \"و\" (\"قرارها 65/66 ومقررها 70/551\")",
        },
        new("akn4un-ga/78/Arabic/A_RES_78_73-2324924A.xml", "A/RES/78/73", Preamble(6),
            "وإذ تشير إلى قراريها 2252 (دإط-5) المؤرخ 4 تموز/يوليه 1967 و 2341 باء (د-22) المؤرخ 19 كانون الأول/ديسمبر 1967 وإلى جميع القرارات اللاحقة ذات الصلة، وإذ تشير أيضا إلى قراري مجلس الأمن 237 (1967) المؤرخ 14 حزيران/يونيه 1967 و 259 (1968) المؤرخ 27 أيلول/سبتمبر 1968، وإذ\u00A0تؤكد ضرورة التعجيل بعودة النازحين، وإذ تدعو إلى التقيد بالآلية التي اتفق عليها الطرفان في المادة الثانية عشرة من إعلان مبادئ ترتيبات الحكم الذاتي المؤقت المؤرخ 13 أيلول/سبتمبر 1993 بشأن عودة النازحين،",
            Cite("A/RES/2252(ES-V)", "1967-07-04", "وإذ تشير", Relation.Recalls),
            Cite("A/RES/2341B(XXII)", "1967-12-19", "وإذ تشير", Relation.Recalls),
            Cite("S/RES/237(1967)", "1967-06-14", "إذ تشير أيضا", Relation.Recalls),
            Cite("S/RES/259(1968)", "1968-09-27", "إذ تشير أيضا", Relation.Recalls))
        {
            Note = "Emergency special and old sessions in marks (\"2252 (دإط-5)\", \"2341 باء (د-22)\"), then Security Council resolutions",
        },
            new("akn4un-ga/78/Arabic/A_RES_78_316-2412991A.xml", "A/RES/78/316", Footnote(2),
            "القرارات دإ-11/1 و دإ-11/2 و دإ-11/4 و دإ-11/6.",
            Cite("A/RES/ES-11/1", null, "وإذ تشير", Relation.Recalls),
            Cite("A/RES/ES-11/2", null, "وإذ تشير", Relation.Recalls),
            Cite("A/RES/ES-11/4", null, "وإذ تشير", Relation.Recalls),
            Cite("A/RES/ES-11/6", null, "وإذ تشير", Relation.Recalls))
        {
            Host = "وإذ تشير إلى قراراتها ذات الصلة التي اتخذتها في دورتها الاستثنائية الطارئة الحادية عشرة",
            HostSite = Preamble(4),
            Note = "The short mark \"دإ\" (special session) in a footnote to a clause that names \"دورتها الاستثنائية الطارئة\": emergency special session ES-11",
        },
        new("akn4un-ga/78/Arabic/A_RES_78_131-2325898A.xml", "A/RES/78/131", Footnote(2),
            "القرار دإ-1/30، المرفق.",
            Cite("A/RES/S-30/1", null, "وإذ تشير", Relation.Recalls))
        {
            Host = "وإذ تشير إلى أن الدول الأعضاء قد أكدت من جديد،",
            HostSite = Preamble(2),
            Note = "A special-session number printed back to front (\"دإ-1/30\"): special sessions are numbered session/number only from S-8, so S-30/1",
        },
        new("akn4un-ga/78/Arabic/A_RES_78_42-2324513A.xml", "A/RES/78/42", Preamble(1),
            "إذ تشير إلى قراريها 1 (د-1) المؤرخ 24 كانون الثاني/يناير 1946 و 77/516 المؤرخ 7\u00A0كانون\u00A0الأول/ديسمبر 2022،",
            Cite("A/RES/1(I)", "1946-01-24", "إذ تشير", Relation.Recalls),
            Cite("A/DEC/77/516", "2022-12-07", "إذ تشير", Relation.Recalls))
        {
            Note = "\"قراريها\" (its two resolutions) over a decision number: the Assembly numbers decisions from 401, so 77/516 is decision 77/516",
        },
        new("akn4un-ga/78/Arabic/A_RES_78_19-2324500A.xml", "A/RES/78/19", Preamble(6),
            "وإذ تشير إلى قراراتها السابقة المتعلقة بهذه المسألة، وآخرها القرار 40/77 المؤرخ 7 كانون الأول/ ديسمبر 2022،",
            Cite("A/RES/77/40", "2022-12-07", "وإذ تشير", Relation.Recalls))
        {
            Note = "A number printed back to front (\"40/77\" dated December 2022, when session 77 sat, is 77/40); a blank after the month slash",
        },
        new("akn4un-ga/78/Arabic/A_RES_78_245-2326259A.xml", "A/RES/78/245", Operative(65),
            "تؤكد من جديد ما قررته في الجزء الرابع من قرارها 64/230 من أن جميع التقارير التي يعتمدها الفريق العامل المعني بالاستعراض الدوري الشامل التابع لمجلس حقوق الإنسان ينبغي أن تصدر في وثائق بجميع لغات الأمم المتحدة الرسمية في الوقت المناسب قبل أن ينظر فيها المجلس، وفقا لقرارات الجمعية العامة 36/117 ألف المؤرخ 10 كانون الأول/ديسمبر 1981 و 51/211 ألف إلى هاء المؤرخة 18 كانون الأول/ديسمبر 1996 و 52/214 المؤرخ 22 كانون الأول/ديسمبر 1997 و 53/208 ألف إلى هاء المؤرخة 18 كانون الأول/ديسمبر 1998",
            Cite("A/RES/64/230", null, "تؤكد من جديد", Relation.Reaffirms),
            Cite("A/RES/36/117A", "1981-12-10", "وفقا", Relation.Pursuant),
            Cite("A/RES/51/211A", "1996-12-18", "وفقا", Relation.Pursuant),
            Cite("A/RES/51/211B", "1996-12-18", "وفقا", Relation.Pursuant),
            Cite("A/RES/51/211C", "1996-12-18", "وفقا", Relation.Pursuant),
            Cite("A/RES/51/211D", "1996-12-18", "وفقا", Relation.Pursuant),
            Cite("A/RES/51/211E", "1996-12-18", "وفقا", Relation.Pursuant),
            Cite("A/RES/52/214", "1997-12-22", "وفقا", Relation.Pursuant),
            Cite("A/RES/53/208A", "1998-12-18", "وفقا", Relation.Pursuant),
            Cite("A/RES/53/208B", "1998-12-18", "وفقا", Relation.Pursuant),
            Cite("A/RES/53/208C", "1998-12-18", "وفقا", Relation.Pursuant),
            Cite("A/RES/53/208D", "1998-12-18", "وفقا", Relation.Pursuant),
            Cite("A/RES/53/208E", "1998-12-18", "وفقا", Relation.Pursuant))
        {
            Note = "An operative \"تؤكد من جديد\", then \"وفقا لقرارات الجمعية العامة\" (the organ after the plural kind word): part letters ألف, ranges \"ألف إلى هاء\" (A to E), the feminine \"المؤرخة\"",
        },
        new("akn4un-sc/2023/Arabic/S_RES_2695-2316869A.xml", "S/RES/2695(2023)", Operative(31),
            "يشدد على أهمية وضرورة تحقيق سلام شامل وعادل ودائم في الشرق الأوسط، استنادا إلى \u200Fجميع قراراته ذات الصلة، بما فيها قراراته 242 (1967) المؤرخ 22 تشرين \u200Fالثاني/نوفمبر 1967، و\u00A0338\u00A0(1973) المؤرخ 22 تشرين الأول/أكتوبر 1973، و 1515 (2003) المؤرخ 19 تشرين الثاني/ نوفمبر 2003، و 1850 (2008) المؤرخ 16 \u200Fكانون الأول/ديسمبر 2008؛",
            Cite("S/RES/242(1967)", "1967-11-22", "يشدد", Relation.Emphasizes),
            Cite("S/RES/338(1973)", "1973-10-22", "يشدد", Relation.Emphasizes),
            Cite("S/RES/1515(2003)", "2003-11-19", "يشدد", Relation.Emphasizes),
            Cite("S/RES/1850(2008)", "2008-12-16", "يشدد", Relation.Emphasizes))
        {
            Note = "The Council's masculine verb \"يشدد\" and \"قراراته\" (its resolutions); a right-to-left mark inside the month name (\"تشرين \\u200Fالثاني\"), no-break spaces around the number",
        },
        new("akn4un-ga/78/Arabic/A_RES_78_223-2325990A.xml", "A/RES/78/223", Preamble(5),
            "وإذ تشير كذلك إلى الأحكام المنطبقة من قرار المجلس الاقتصادي والاجتماعي 1996/31 المؤرخ 25 تموز/يوليه 1996،",
            Cite("E/RES/1996/31", "1996-07-25", "وإذ تشير كذلك", Relation.Recalls))
        {
            Note = "The Economic and Social Council named after the kind word (\"قرار المجلس الاقتصادي والاجتماعي 1996/31\")",
        },
        new("akn4un-ga/78/Arabic/A_RES_78_83-2324942A.xml", "A/RES/78/83", Operative(13),
            "تشير إلى اتخاذ اللجنة الاقتصادية لأمريكا اللاتينية ومنطقة البحر الكاريبي القرار 574\u00A0(د-27) المؤرخ 16 أيار/مايو 1998")
        {
            Note = "Another body after \"اتخاذ\" (adoption by the Economic Commission for Latin America and the Caribbean): its resolution 574 (XXVII), not the Assembly's",
        },
        new("akn4un-ga/78/Arabic/A_RES_78_147-2325918A.xml", "A/RES/78/147", Preamble(9),
            "وإذ تلاحظ أيضا اعتماد اللجنة الاقتصادية والاجتماعية لآسيا والمحيط الهادئ في دورتها التاسعة والسبعين القرار 79/8 المؤرخ 19 أيار/مايو 2023")
        {
            Note = "\"اعتماد اللجنة الاقتصادية والاجتماعية … القرار 79/8\": another body's resolution, nothing to cite",
        },
        new("akn4un-ga/78/Arabic/A_RES_78_229-2325976A.xml", "A/RES/78/229", Preamble(15),
            "وإذ ترحب باتخاذ مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد القرار 9/8\u00A0المؤرخ 17 كانون الأول/ديسمبر 2021")
        {
            Note = "\"باتخاذ مؤتمر الدول الأطراف … القرار 9/8\": another body's resolution, nothing to cite",
        },
];
}
