using Lineage.Model;
using static Lineage.Tests.Extraction.Cases.CaseRows;

namespace Lineage.Tests.Extraction.Cases;

/// <summary>
/// Chinese rows: verbatim excerpts of the Chinese texts of General Assembly session 78 and Security Council 2023 resolutions (AKN4UN, United Nations), one or more per rule of <c>Rules/Zh</c> and of the shared organ rules (<c>OrganClues</c>).
/// </summary>
internal static class ChineseCases
{
    public static IReadOnlyList<CitationCase> Rows { get; } =
    [
        new("akn4un-ga/78/Chinese/A_RES_78_42-2324513C.xml", "A/RES/78/42", Preamble(1),
            "回顾其1946年1月24日第一㈠号决议和2022年12月7日第77/516号决定，",
            Cite("A/RES/1(I)", "1946-01-24", "回顾", Relation.Recalls),
            Cite("A/DEC/77/516", "2022-12-07", "回顾", Relation.Recalls))
        {
            Note = "回顾 (recalls); 其 (the Assembly's own); a Chinese numeral with a circled session (第一㈠号决议 is 1 (I)), then a decision (号决定); 年月日 dates before the numbers",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_111-2324951C.xml", "A/RES/78/111", Preamble(3),
            "还回顾其关于安全理事会席位公平分配和成员数目增加问题的1992年12月11日第47/62号决议，",
            Cite("A/RES/47/62", "1992-12-11", "还回顾", Relation.Recalls))
        {
            Note = "还回顾 (recalls further); the subject 关于…的 between 其 and the date",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_119-2325269C.xml", "A/RES/78/119", Preamble(41),
            "又重申其关于《第三次发展筹资问题国际会议亚的斯亚贝巴行动议程》的2015年7月27日第69/313号决议，该议程是《2030年可持续发展议程》的组成部分，支持和补充《2030年议程》，有助于将其执行手段的具体目标与具体政策和行动联系起来，",
            Cite("A/RES/69/313", "2015-07-27", "又重申", Relation.Reaffirms))
        {
            Note = "又重申 (reaffirms also); 其关于《…》的 subject before the date",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_101-2324977C.xml", "A/RES/78/101", Preamble(3),
            "铭记其2020年12月10日第75/123号决议宣布2021-2030年为第四个铲除殖民主义国际十年，及有必要根据第1514(XV)号决议及其他有关非殖民化的决议，研究以何种办法和手段可查明非自治领土人民的期望，",
            Cite("A/RES/75/123", "2020-12-10", "铭记", Relation.BearsInMind),
            Cite("A/RES/1514(XV)", null, "根据", Relation.Pursuant))
        {
            Note = "铭记 (bears in mind); 根据 before a later number is that citation's own verb (pursuant to); a Roman session without a date",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_28-2324533C.xml", "A/RES/78/28", Preamble(11),
            "赞赏地注意到 A/70/81号文件所载2012年12月3日第67/53号决议授权设立的政府专家组的协商一致报告，",
            Cite("A/RES/67/53", "2012-12-03", "赞赏地注意到", Relation.Notes))
        {
            Note = "赞赏地注意到 (notes); a document symbol (A/70/81号文件) is not a resolution",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_108-2324964C.xml", "A/RES/78/108", Preamble(13),
            "欢迎按照大会关于振兴其工作的进一步措施的2004年7月1日第58/316号决议采取行动，在第六委员会安排互动辩论、分组讨论和提问时间，",
            Cite("A/RES/58/316", "2004-07-01", "按照", Relation.Pursuant))
        {
            Note = "欢迎 … 按照大会…的…第58/316号决议: the organ 大会 and a subject before the date, 按照 as the citation's verb",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_100-2324979C.xml", "A/RES/78/100", Preamble(2),
            "回顾大会1960年12月14日载有《给予殖民地国家和人民独立宣言》的第1514(XV)号决议以及联合国关于传播非殖民化信息的其他决议和决定，特别是大会2022年12月12日第77/148号决议，",
            Cite("A/RES/1514(XV)", "1960-12-14", "回顾", Relation.Recalls),
            Cite("A/RES/77/148", "2022-12-12", "回顾", Relation.Recalls))
        {
            Note = "回顾大会 with the subject 载有《…》的 between date and number; a second 大会 number in the same clause",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_62-2324463C.xml", "A/RES/78/62", Preamble(2),
            "回顾其1992年12月9日第47/54 A号、1993年4月8日第47/54 G号、1993年12月16日第48/77 A号、1994年12月15日第49/77 A号、1995年12月12日第50/72 D号、1996年12月10日第51/47 B号、1997年12月9日第52/40 B号、1998年12月4日第53/79 A号、1999年12月1日第54/56 A号、2000年11月20日第55/35 C号、2001年11月29日第56/26 A号、2002年11月22日第57/95号、2003年12月8日第58/67号、2004年12月3日第59/105号、2005年12月8日第60/91号、2006年12月6日第61/98号、2007年12月5日第62/54号、2008年12月2日第63/83号、2009年12月2日第64/65号、2010年12月8日第65/86号、2011年12月2日第66/60号、2012年12月3日第67/71号、2013年12月5日第68/63号、2014年12月2日第69/77号、2015年12月7日第70/68号、2016年12月5日第71/82号、2017年12月4日第72/66号、2018年12月5日第73/82号和2022年12月7日第77/90号决议，以及其2019年12月12日第74/511号、2020年4月2日第74/546号、2020年12月7日第75/519 A号、2021年3月25日第75/519 B号和2021年12月6日第76/518号决定，",
            Cite("A/RES/47/54A", "1992-12-09", "回顾", Relation.Recalls),
            Cite("A/RES/47/54G", "1993-04-08", "回顾", Relation.Recalls),
            Cite("A/RES/48/77A", "1993-12-16", "回顾", Relation.Recalls),
            Cite("A/RES/49/77A", "1994-12-15", "回顾", Relation.Recalls),
            Cite("A/RES/50/72D", "1995-12-12", "回顾", Relation.Recalls),
            Cite("A/RES/51/47B", "1996-12-10", "回顾", Relation.Recalls),
            Cite("A/RES/52/40B", "1997-12-09", "回顾", Relation.Recalls),
            Cite("A/RES/53/79A", "1998-12-04", "回顾", Relation.Recalls),
            Cite("A/RES/54/56A", "1999-12-01", "回顾", Relation.Recalls),
            Cite("A/RES/55/35C", "2000-11-20", "回顾", Relation.Recalls),
            Cite("A/RES/56/26A", "2001-11-29", "回顾", Relation.Recalls),
            Cite("A/RES/57/95", "2002-11-22", "回顾", Relation.Recalls),
            Cite("A/RES/58/67", "2003-12-08", "回顾", Relation.Recalls),
            Cite("A/RES/59/105", "2004-12-03", "回顾", Relation.Recalls),
            Cite("A/RES/60/91", "2005-12-08", "回顾", Relation.Recalls),
            Cite("A/RES/61/98", "2006-12-06", "回顾", Relation.Recalls),
            Cite("A/RES/62/54", "2007-12-05", "回顾", Relation.Recalls),
            Cite("A/RES/63/83", "2008-12-02", "回顾", Relation.Recalls),
            Cite("A/RES/64/65", "2009-12-02", "回顾", Relation.Recalls),
            Cite("A/RES/65/86", "2010-12-08", "回顾", Relation.Recalls),
            Cite("A/RES/66/60", "2011-12-02", "回顾", Relation.Recalls),
            Cite("A/RES/67/71", "2012-12-03", "回顾", Relation.Recalls),
            Cite("A/RES/68/63", "2013-12-05", "回顾", Relation.Recalls),
            Cite("A/RES/69/77", "2014-12-02", "回顾", Relation.Recalls),
            Cite("A/RES/70/68", "2015-12-07", "回顾", Relation.Recalls),
            Cite("A/RES/71/82", "2016-12-05", "回顾", Relation.Recalls),
            Cite("A/RES/72/66", "2017-12-04", "回顾", Relation.Recalls),
            Cite("A/RES/73/82", "2018-12-05", "回顾", Relation.Recalls),
            Cite("A/RES/77/90", "2022-12-07", "回顾", Relation.Recalls),
            Cite("A/DEC/74/511", "2019-12-12", "回顾", Relation.Recalls),
            Cite("A/DEC/74/546", "2020-04-02", "回顾", Relation.Recalls),
            Cite("A/DEC/75/519", "2020-12-07", "回顾", Relation.Recalls),
            Cite("A/DEC/75/519", "2021-03-25", "回顾", Relation.Recalls),
            Cite("A/DEC/76/518", "2021-12-06", "回顾", Relation.Recalls))
        {
            Note = "A list of 29 resolutions with part letters and dates, each item ending in 号 and 决议 once; then 以及其…号决定: decisions (their part letters not kept)",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_235-2326240C.xml", "A/RES/78/235", Preamble(2),
            "又回顾其2000年11月20日第55/34 B号和2000年12月23日第55/233号决议、2000年12月23日第55/234号决议第三节、2001年12月24日第56/253号和2020年12月31日第75/254 A至C号决议，",
            Cite("A/RES/55/34B", "2000-11-20", "又回顾", Relation.Recalls),
            Cite("A/RES/55/233", "2000-12-23", "又回顾", Relation.Recalls),
            Cite("A/RES/55/234", "2000-12-23", "又回顾", Relation.Recalls),
            Cite("A/RES/56/253", "2001-12-24", "又回顾", Relation.Recalls),
            Cite("A/RES/75/254A", "2020-12-31", "又回顾", Relation.Recalls),
            Cite("A/RES/75/254B", "2020-12-31", "又回顾", Relation.Recalls),
            Cite("A/RES/75/254C", "2020-12-31", "又回顾", Relation.Recalls))
        {
            Note = "又回顾其 with a range of parts (第75/254 A至C号) and a section (第三节) after 决议 inside the list",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_226-2325984C.xml", "A/RES/78/226", Footnote(1),
            "第53/243 A和B号决议。",
            Cite("A/RES/53/243A", null),
            Cite("A/RES/53/243B", null))
        {
            Note = "A footnote: parts joined by 和 (第53/243 A和B号决议)",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_115-2324925C.xml", "A/RES/78/115", Footnote(3),
            "第62/272、64/297、66/282、68/276、70/291、72/284、75/291和77/298号决议。",
            Cite("A/RES/62/272", null),
            Cite("A/RES/64/297", null),
            Cite("A/RES/66/282", null),
            Cite("A/RES/68/276", null),
            Cite("A/RES/70/291", null),
            Cite("A/RES/72/284", null),
            Cite("A/RES/75/291", null),
            Cite("A/RES/77/298", null))
        {
            Note = "A footnote list where 号 and 决议 come once, after the last number (第62/272、…和77/298号决议)",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_227-2325982C.xml", "A/RES/78/227", Footnote(3),
            "第34/169号决议，附件。",
            Cite("A/RES/34/169", null))
        {
            Note = "A footnote \"第34/169号决议，附件。\"",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_227-2325982C.xml", "A/RES/78/227", Footnote(10),
            "经济及社会理事会第2002/12号决议，附件。",
            Cite("E/RES/2002/12", null))
        {
            Note = "A footnote with ECOSOC named before the number: 经济及社会理事会第2002/12号决议",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_66-2324446C.xml", "A/RES/78/66", Footnote(3),
            "包括安全理事会第1718(2006)、1874(2009)、2094(2013)、2270(2016)、2321(2016)和2375(2017)号决议。",
            Cite("S/RES/1718(2006)", null),
            Cite("S/RES/1874(2009)", null),
            Cite("S/RES/2094(2013)", null),
            Cite("S/RES/2270(2016)", null),
            Cite("S/RES/2321(2016)", null),
            Cite("S/RES/2375(2017)", null))
        {
            Note = "Security Council numbers with their years in brackets, one 号决议 for the list (安全理事会第1718(2006)、…和2375(2017)号决议)",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_73-2324924C.xml", "A/RES/78/73", Preamble(33),
            "又回顾大会2009年1月16日ES-10/18号决议和安全理事会2009年1月8日第1860(2009)号决议，以及2005年11月15日《通行进出协议》，",
            Cite("A/RES/ES-10/18", "2009-01-16", "又回顾", Relation.Recalls),
            Cite("S/RES/1860(2009)", "2009-01-08", "又回顾", Relation.Recalls))
        {
            Note = "又回顾大会…ES-10/18号决议 (emergency special session, no 第) and 安全理事会…第1860(2009)号决议 in one clause",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_170-2325875C.xml", "A/RES/78/170", Preamble(9),
            "又回顾2004年7月9日国际法院对在巴勒斯坦被占领土修建隔离墙的法律后果发表的咨询意见， 并回顾大会2004年7月20日ES-10/15号和2006年12月15日ES-10/17号决议，",
            Cite("A/RES/ES-10/15", "2004-07-20", "回顾", Relation.Recalls),
            Cite("A/RES/ES-10/17", "2006-12-15", "回顾", Relation.Recalls))
        {
            Note = "并回顾 after a comma starts a new member of the clause (verb 回顾); two emergency special session numbers with dates",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_115-2324925C.xml", "A/RES/78/115", Preamble(28),
            "回顾安全理事会2005年9月14日第1624(2005)号决议，并铭记各国必须确保为打击恐怖主义采取的任何措施都符合本国依据国际法承担的义务，特别是依据国际人权法、难民法和人道法承担的义务，",
            Cite("S/RES/1624(2005)", "2005-09-14", "回顾", Relation.Recalls))
        {
            Note = "回顾安全理事会 with a date before the Security Council number",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_178-2325998C.xml", "A/RES/78/178", Preamble(2),
            "又回顾经济及社会理事会关于促进社会融合的2010年7月22日第2010/12号决议以及大会关于通过社会包容促进社会融合的2021年12月16日第76/136号和以往各项决议，",
            Cite("E/RES/2010/12", "2010-07-22", "又回顾", Relation.Recalls),
            Cite("A/RES/76/136", "2021-12-16", "又回顾", Relation.Recalls))
        {
            Note = "ECOSOC (经济及社会理事会…第2010/12号决议), then 大会 for the next number; 决议 after 和以往各项",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_183A-2326024C.xml", "A/RES/78/183A", Preamble(1),
            "表示注意到经济及社会理事会关于扩大联合国难民事务高级专员方案执行委员会的2023年4月5日第2023/313号决定，",
            Cite("E/DEC/2023/313", "2023-04-05", "表示注意到", Relation.TakesNote))
        {
            Note = "表示注意到 (takes note); an ECOSOC decision (经济及社会理事会…第2023/313号决定)",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_186-2326034C.xml", "A/RES/78/186", Preamble(1),
            "回顾其2006年3月15日关于设立人权理事会的第60/251号决议和2011年6月17日关于审查人权理事会的第65/281号决议，",
            Cite("A/RES/60/251", "2006-03-15", "回顾", Relation.Recalls),
            Cite("A/RES/65/281", "2011-06-17", "回顾", Relation.Recalls))
        {
            Note = "A council named inside a subject (关于设立人权理事会的) is not the organ of the number",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_190-2326049C.xml", "A/RES/78/190", Preamble(2),
            "回顾人权委员会2004年4月16日第2004/16号 和2005年4月14日第2005/5号决议 及人权理事会相关决议，尤其是2008年3月28日第7/34号、 2011年9月29日第18/15号 和2012年9月28日第21/33号决议， 以及大会关于这个问题的2005年12月16日第60/143号、2006年12月19日第61/147号、2007年12月18日第62/142号、2008年12月18日第63/162号、2009年12月18日第64/147号、2010年12月21日第65/199号、2011年12月19日第66/143号、2012年12月20日第67/154号、2013年12月18日第68/150号、2014年12月18日第69/160号、2015年12月17日第70/139号、2016年12月19日第71/179号、2017年12月19日第72/156号、2018年12月17日第73/157号、2019年12月18日第74/136号、2020年12月16日第75/169号、2021年12月16日第76/149号和2022年12月15日第77/204号决议，以及2006年12月19日第61/149号、2007年12月22日第62/220号、2008年12月24日第63/242号、2009年12月18日第64/148号、2010年12月24日第65/240号、2011年12月19日第66/144号、2012年12月20日第67/155号、2013年12月18日第68/151号决议和题为“关于采取具体行动彻底消除种族主义、种族歧视、仇外和相关不容忍言行以及全面执行和后续落实《德班宣言和行动纲领》的全球呼吁”的2014年12月18日第69/162号、2015年12月17日第70/140号、2016年12月19日第71/181号、2017年12月19日第72/157号、2018年12月22日第73/262号、2019年12月18日第74/137号、2020年12月31日第75/237号、2021年12月24日第76/226号和2022年12月15日第77/205决议的各项规定，",
            Cite("A/HRC/RES/7/34", "2008-03-28", "回顾", Relation.Recalls),
            Cite("A/HRC/RES/18/15", "2011-09-29", "回顾", Relation.Recalls),
            Cite("A/HRC/RES/21/33", "2012-09-28", "回顾", Relation.Recalls),
            Cite("A/RES/60/143", "2005-12-16", "回顾", Relation.Recalls),
            Cite("A/RES/61/147", "2006-12-19", "回顾", Relation.Recalls),
            Cite("A/RES/62/142", "2007-12-18", "回顾", Relation.Recalls),
            Cite("A/RES/63/162", "2008-12-18", "回顾", Relation.Recalls),
            Cite("A/RES/64/147", "2009-12-18", "回顾", Relation.Recalls),
            Cite("A/RES/65/199", "2010-12-21", "回顾", Relation.Recalls),
            Cite("A/RES/66/143", "2011-12-19", "回顾", Relation.Recalls),
            Cite("A/RES/67/154", "2012-12-20", "回顾", Relation.Recalls),
            Cite("A/RES/68/150", "2013-12-18", "回顾", Relation.Recalls),
            Cite("A/RES/69/160", "2014-12-18", "回顾", Relation.Recalls),
            Cite("A/RES/70/139", "2015-12-17", "回顾", Relation.Recalls),
            Cite("A/RES/71/179", "2016-12-19", "回顾", Relation.Recalls),
            Cite("A/RES/72/156", "2017-12-19", "回顾", Relation.Recalls),
            Cite("A/RES/73/157", "2018-12-17", "回顾", Relation.Recalls),
            Cite("A/RES/74/136", "2019-12-18", "回顾", Relation.Recalls),
            Cite("A/RES/75/169", "2020-12-16", "回顾", Relation.Recalls),
            Cite("A/RES/76/149", "2021-12-16", "回顾", Relation.Recalls),
            Cite("A/RES/77/204", "2022-12-15", "回顾", Relation.Recalls),
            Cite("A/RES/61/149", "2006-12-19", "回顾", Relation.Recalls),
            Cite("A/RES/62/220", "2007-12-22", "回顾", Relation.Recalls),
            Cite("A/RES/63/242", "2008-12-24", "回顾", Relation.Recalls),
            Cite("A/RES/64/148", "2009-12-18", "回顾", Relation.Recalls),
            Cite("A/RES/65/240", "2010-12-24", "回顾", Relation.Recalls),
            Cite("A/RES/66/144", "2011-12-19", "回顾", Relation.Recalls),
            Cite("A/RES/67/155", "2012-12-20", "回顾", Relation.Recalls),
            Cite("A/RES/68/151", "2013-12-18", "回顾", Relation.Recalls),
            Cite("A/RES/69/162", "2014-12-18", "回顾", Relation.Recalls),
            Cite("A/RES/70/140", "2015-12-17", "回顾", Relation.Recalls),
            Cite("A/RES/71/181", "2016-12-19", "回顾", Relation.Recalls),
            Cite("A/RES/72/157", "2017-12-19", "回顾", Relation.Recalls),
            Cite("A/RES/73/262", "2018-12-22", "回顾", Relation.Recalls),
            Cite("A/RES/74/137", "2019-12-18", "回顾", Relation.Recalls),
            Cite("A/RES/75/237", "2020-12-31", "回顾", Relation.Recalls),
            Cite("A/RES/76/226", "2021-12-24", "回顾", Relation.Recalls),
            Cite("A/RES/77/205", "2022-12-15", "回顾", Relation.Recalls))
        {
            Note = "人权委员会 (the former Commission on Human Rights, another body): its numbers dropped; 人权理事会相关决议，尤其是…: the Council's numbers; then 大会 numbers",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_211-2326016C.xml", "A/RES/78/211", Preamble(7),
            "又回顾人权理事会2023年4月3日第52/5号决议， 其中延长了少数群体问题特别报告员的任务期限，以及2022年3月31日第49/14号决议， 其中理事会审议了2021年12月举行的主题为“预防冲突和保护少数群体人权”的第十四届少数群体问题论坛的建议，",
            Cite("A/HRC/RES/52/5", "2023-04-03", "又回顾", Relation.Recalls),
            Cite("A/HRC/RES/49/14", "2022-03-31", "又回顾", Relation.Recalls))
        {
            Note = "人权理事会 named once for two dated numbers separated by a relative clause (其中…，以及…第49/14号决议)",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_218-2325997C.xml", "A/RES/78/218", Operative(16),
            "又促请会员国继续支持加强联合国人权事务高级专员办事处，包括其驻首尔的外地机构，以便根据人权理事会第34/24、40/20、46/17、2022年4月1日第49/22号 和52/28号决议执行追责问题独立专家组在其报告中提出的有关建议，旨在加强监测和记录工作，汇编信息和证据中央储存库，由法律追责问题专家评估所有信息和证词，以制定供在未来任何追责进程中使用的可能战略；",
            Cite("A/HRC/RES/34/24", null, "根据", Relation.Pursuant),
            Cite("A/HRC/RES/40/20", null, "根据", Relation.Pursuant),
            Cite("A/HRC/RES/46/17", null, "根据", Relation.Pursuant),
            Cite("A/HRC/RES/49/22", "2022-04-01", "根据", Relation.Pursuant),
            Cite("A/HRC/RES/52/28", null, "根据", Relation.Pursuant))
        {
            Note = "又促请 … 根据人权理事会第34/24、40/20、46/17、…第49/22号和52/28号决议: the Council governs the whole list",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_234-2326238C.xml", "A/RES/78/234", Operative(30),
            "回顾人权理事会第43/1号和第47/21号决议，又回顾联合国人权事务高级专员根据第43/1号决议提交的关于促进和保护非洲人和非洲人后裔的人权和基本自由，使其免受执法人员实施的过度使用武力和其他侵犯人权行为侵害的报告及其题为“进行变革，争取实现种族正义和平等的四点议程”的附件；",
            Cite("A/HRC/RES/43/1", null, "回顾", Relation.Recalls),
            Cite("A/HRC/RES/47/21", null, "回顾", Relation.Recalls),
            Cite("A/HRC/RES/43/1", null, "根据", Relation.Pursuant))
        {
            Note = "回顾人权理事会第43/1号和第47/21号决议, then 根据第43/1号决议 again in the clause: still the Council's",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_203-2326031C.xml", "A/RES/78/203", Operative(7),
            "表示注意到在此方面人权理事会通过2023年10月12日第54/18号决议 向大会提交了发展权国际公约草案，供大会审议、谈判和随后通过；",
            Cite("A/HRC/RES/54/18", "2023-10-12", "表示注意到", Relation.TakesNote))
        {
            Note = "Fix: 人权理事会通过2023年10月12日第54/18号决议 — dated in Council session 54, not Assembly session 54",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_177-2325980C.xml", "A/RES/78/177", Footnote(17),
            "见《大会正式记录，第七十七届会议，补编第53A号》(A/77/53/Add.1)，第三章，A节，第51/4号决议。",
            Cite("A/HRC/RES/51/4", null))
        {
            Note = "Fix: a resolution printed in the Assembly's Supplement No. 53A (the Human Rights Council's report) is the Council's",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_177-2325980C.xml", "A/RES/78/177", Operative(9),
            "表示赞赏地注意到老年人享受所有人权问题独立专家的工作，注意到人权理事会第五十一届会议已延长其任期， 强调指出，独立专家与大会第65/182号决议第28段所设老龄问题不限成员名额工作组必须开展密切工作协调，同时避免各自任务与人权理事会其他特别程序和附属机构以及联合国相关机构和条约机构的任务出现不必要的重叠；",
            Cite("A/RES/65/182", null, "强调指出", Relation.Emphasizes))
        {
            Note = "强调指出 (emphasizes) after a comma; 大会第65/182号决议第28段",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_73-2324924C.xml", "A/RES/78/73", Preamble(43),
            "还痛惜秘书长关于调查委员会报告的摘要 和根据人权理事会第S-21/1号决议设立的独立调查委员会的报告 所述、包括2014年7月和8月加沙地带冲突期间发生的影响到工程处为流离失所平民提供住处的学校等联合国设施的所有袭击行动，以及所有其他破坏联合国房地不可侵犯性的行为，强调指出必须确保追究责任，",
            Cite("A/HRC/RES/S-21/1", null, "根据", Relation.Pursuant))
        {
            Note = "Fix: 根据人权理事会第S-21/1号决议 — a special session of the Council, not of the Assembly",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_62-2324463C.xml", "A/RES/78/62", Operative(5),
            "请裁军审议委员会根据大会第十届特别会议《最后文件》第118段中规定的任务，按照大会1982年12月9日第37/78 H号决议第3段，继续开展工作，并为此目的根据已获通过的“加强裁军审议委员会执行职责的途径和方法”，尽力就其议程项目提出具体建议；",
            Cite("A/RES/37/78H", "1982-12-09", "按照", Relation.Pursuant))
        {
            Note = "按照大会…第37/78 H号决议第3段: a part letter, the organ 大会 and 按照 (pursuant to)",
        },
        new("akn4un-sc/2023/Chinese/S_RES_2686_C.xml", "S/RES/2686(2023)", Preamble(7),
            "确认宽容、平等、共存、对话、多元传统、相互尊重以及宗教和信仰多样性的重要性，表示注意到联合国大会第75/200(2020)号决议宣布的人类博爱国际日，",
            Cite("A/RES/75/200", null, "表示注意到", Relation.TakesNote))
        {
            Note = "Fix: a Security Council text citing 联合国大会第75/200(2020)号决议 — the organ named wins over the bracketed year",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_199-2326037C.xml", "A/RES/78/199", Preamble(15),
            "回顾促进和保护人权小组委员会第五十二届会议通过了关于促进人权问题对话的2000年8月18日第2000/22号决议，")
        {
            Note = "Fix: 小组委员会…通过了…第2000/22号决议 — the Sub-Commission's resolution, not ECOSOC's: nothing to cite",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_189-2326047C.xml", "A/RES/78/189", Operative(33),
            "鼓励各国考虑在各自有关土著人民和妇女的报告中，说明在执行妇女地位委员会2005年3月11日题为“土著妇女：《北京宣言》和《行动纲要》十年审查之后”的第49/7号决议、 2012年3月9日题为“土著妇女：消除贫穷和饥饿的主要行为者”的第56/4号决议，并考虑消除对妇女歧视委员会关于土著妇女和女童权利的第39号一般性建议(2022年)方面取得的进展和面临的挑战；")
        {
            Note = "Fix: 妇女地位委员会…第49/7号决议、…第56/4号决议 — the Commission on the Status of Women's resolutions: nothing to cite",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_147-2325918C.xml", "A/RES/78/147", Preamble(9),
            "又注意到亚洲及太平洋经济社会委员会第七十九届会议通过了关于设立联合国咸海流域特别方案的方式的2023年5月19日第79/8号决议，")
        {
            Note = "Fix: 亚洲及太平洋经济社会委员会…第79/8号决议 — ESCAP named last before a dated number: nothing to cite",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_158-2325894C.xml", "A/RES/78/158", Preamble(12),
            "注意到亚洲及太平洋经济社会委员会第七十二届会议通过关于亚洲及太平洋区域合作防治沙尘暴的2016年5月19日第72/7号决议，并表示注意到委员会亚洲及太平洋灾害信息管理发展中心的《亚洲及太平洋防治沙尘暴区域行动计划》，")
        {
            Note = "Fix: ESCAP's 第72/7号决议 dated 2016, outside Assembly session 72: nothing to cite",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_206-2326025C.xml", "A/RES/78/206", Footnote(14),
            "见《经济及社会理事会正式记录，2005年，补编第7号》和更正(E/2005/27和E/2005/27/Corr.1)，第一章，A节；同上，2010年，《补编第7号》和更正(E/2010/27和E/2010/27/Corr.1)，第一章，A节；同上，2015年，《补编第7号》(E/2015/27)，第一章，C节，第59/1号决议，附件；同上，2020年，《补编第7号》(E/2020/27)，第一章，A节。")
        {
            Note = "Fix: a resolution printed in the ECOSOC records (…(E/2015/27)，第一章，C节，第59/1号决议) is a functional commission's: nothing to cite",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_217-2325999C.xml", "A/RES/78/217", Preamble(17),
            "又回顾人口与发展委员会2006年5月10日第2006/2号 和2009年4月3日第2009/1号决议， 以及关于“移民新趋势：人口方面”的2013年4月26日第2013/1号决议，")
        {
            Note = "人口与发展委员会 (a commission) names three year-numbered resolutions: not ECOSOC's, nothing to cite",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_267-2405974C.xml", "A/RES/78/267", Preamble(3),
            "又回顾经济及社会理事会、预防犯罪和刑事司法委员会和联合国打击跨国有组织犯罪公约缔约方会议的以往相关决议，特别是公约缔约方会议题为“庆祝《联合国打击跨国有组织犯罪公约》通过二十周年并推动其有效实施”的2020年10月16日第10/4号决议，")
        {
            Note = "公约缔约方会议…第10/4号决议 (a Conference of the Parties): nothing to cite",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_83-2324942C.xml", "A/RES/78/83", Operative(13),
            "回顾拉丁美洲和加勒比经济委员会1998年5月16日第574(XXVII)号决议， 呼吁设立必要机制，在符合大会议事规则的情况下，允许其准成员，包括非自治领土，参加大会特别会议，审查和评估这些领土最初以观察员身份参加的联合国各次世界会议的行动计划的执行情况，并允许它们参加经济及社会理事会及其附属机构的工作；")
        {
            Note = "拉丁美洲和加勒比经济委员会…第574(XXVII)号决议 — an ECLAC resolution: nothing to cite",
        },
        new("akn4un-ga/78/Chinese/A_RES_78_153-2325901C.xml", "A/RES/78/153", Preamble(31),
            "鼓励会员国根据联合国环境大会2022年3月2日第5/11号决议 努力实现可持续消费和生产，")
        {
            Note = "联合国环境大会…第5/11号决议 (another assembly): nothing to cite",
        },
    ];
}
