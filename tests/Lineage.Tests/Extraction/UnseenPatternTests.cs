using Lineage.Documents.Text;
using Lineage.Extraction;
using Lineage.Model;
using Lineage.Tests.Documents.Text;

namespace Lineage.Tests.Extraction;

// Issue 12, "other patterns found on unseen resolutions": one row per pattern and language, read by the plain-text
// path. Each row is a sentence of the corpus (United Nations, AKN4UN) as it reads once rendered (lineage eval
// --render pdf-text), footnote markers glued as rendered. Where the corpus has no sentence of the pattern in a
// language, the row says so and uses the closest real sentence form: the issue's own example, or a real sentence of
// the corpus with the pattern's words put in.
public sealed class UnseenPatternTests
{
    private static readonly CitationExtractor s_extractor = new ExtractorBuilder().UseAllLanguages().Build();

    public static TheoryData<PatternRow> Rows => new()
    {
        // 1. An Assembly number adopted at a summit or a high-level meeting is the Assembly's: those are its meetings,
        // not bodies with resolutions of their own. A/RES/78/26 (all six languages): the Non-Aligned summit welcomed
        // the adoption of resolution 73/41 (undated, just after the summit is named).
        new PatternRow("1 summit", "ar", "A_RES_78_26.ar.txt", "78/26. عنوان", "إن الجمعية العامة،", 2,
            "وإذ تلاحظ أن مؤتمر القمة الثامن عشر لرؤساء دول أو حكومات بلدان عدم الانحياز الذي عُقد في\nباكو، يومي 25 و 26 تشرين الأول/أكتوبر 2019، رحب باتخاذ القرار 73/41 المتعلق بتعزيز تعددية\nالأطراف في مجال نزع السلاح وعدم الانتشار، وأكد أن توخي تعددية الأطراف والحلول المتفق عليها\nفي إطار تعددية الأطراف، وفقا للميثاق، هو السبيل الوحيد المستدام لمعالجة مسائل نزع السلاح\nوالأمن الدولي2،",
            "A/RES/73/41"),
        new PatternRow("1 summit", "en", "A_RES_78_26.en.txt", "78/26. Title", "The General Assembly,", 2,
            "Noting that the Eighteenth Summit of Heads of State or Government of Non‑Aligned\nCountries, held in Baku on 25 and 26 October 2019, welcomed the adoption of resolution\n73/41 on the promotion of multilateralism in the area of disarmament and\nnon‑proliferation and underlined the fact that multilateralism and multilaterally agreed\nsolutions, in accordance with the Charter, provide the only sustainable method,2",
            "A/RES/73/41"),
        new PatternRow("1 summit", "fr", "A_RES_78_26.fr.txt", "78/26. Titre", "L’Assemblée générale,", 2,
            "Notant qu’à sa dix-huitième conférence au sommet des chefs d’État et de gouvernement,\ntenue à Bakou les 25 et 26 octobre 2019, le Mouvement des pays non alignés a salué\nl’adoption de la résolution 73/41 relative à la promotion du multilatéralisme dans le\ndomaine du désarmement et de la non-prolifération, en soulignant que le\nmultilatéralisme et les solutions arrêtées sur le plan multilatéral étaient,\nconformément à la Charte, les seuls moyens viables de traiter les questions de\ndésarmement et de sécurité internationale2,",
            "A/RES/73/41"),
        new PatternRow("1 summit", "es", "A_RES_78_26-ES.txt", "78/26. Título", "La Asamblea General,", 2,
            "Observando que la 18ª Cumbre de Jefes de Estado o de Gobierno de los Países No Alineados,\ncelebrada en Bakú los días 25 y 26 de octubre de 2019, acogió con beneplácito la\naprobación de la resolución 73/41, relativa a la promoción del multilateralismo en la\nesfera del desarme y la no proliferación, y subrayó que el multilateralismo y las\nsoluciones acordadas multilateralmente, de conformidad con la Carta, ofrecían el único\nmétodo sostenible de abordar las cuestiones de desarme y seguridad internacional2,",
            "A/RES/73/41"),
        new PatternRow("1 summit", "ru", "A_RES_78_26-RU.txt", "78/26. Заголовок", "Генеральная Ассамблея,", 2,
            "отмечая, что участники восемнадцатого Саммита глав государств и правительств\nнеприсоединившихся стран, состоявшегося в Баку 25 и 26 октября 2019 года, приветствовали\nпринятие резолюции 73/41 о содействии многосторонности в области разоружения и\nнераспространения и подчеркнули, что многосторонность и согласование решений на\nмногосторонней основе в соответствии с Уставом обеспечивают единственный устойчивый метод2,",
            "A/RES/73/41"),
        new PatternRow("1 summit", "zh", "A_RES_78_26.zh.txt", "78/26. 标题", "大会，", 2,
            "注意到2019年10月25日和26日在巴库举行的第十八次不结盟国家国家元首和政府首脑峰会欢迎大会通\n过关于促进裁军和不扩散领域多边主义的第73/41号决议，并强调按照《宪章》，多边主义和多边商\n定的解决办法是处理裁军和国际安全问题的唯一可持续的方法，2",
            "A/RES/73/41"),

        // The example (a session-79 text, not in the corpus): "حيث اعتمد القرار 79/1 المعنون …" after the
        // Summit of the Future; the rest of the sentence in the corpus's form ("المعقود في … يومي …").
        new PatternRow("1 summit", "ar", "A_RES_79_5-AR.txt", "79/5. عنوان", "إن الجمعية العامة،", 0,
            "وإذ تشير إلى مؤتمر القمة المعني بالمستقبل، المعقود في نيويورك يومي 22 و 23 أيلول/سبتمبر 2024، حيث اعتمد القرار 79/1 المعنون ”ميثاق المستقبل“،",
            "A/RES/79/1"),

        // 2. Text inside a list: no sentence of the corpus puts words between two items this way (searched in all six
        // languages); rows in the form, "resolutions 1267 (1999), 1989 (2011), 2253 (2015)" as S/RES/2640
        // (2022) prints the list in French, with "in particular paragraph 15" put in.
        new PatternRow("2 list insert", "en", "S_RES_2734(2024)-EN.txt", "", "The Security Council,", 0,
            "Recalling its relevant resolutions, including resolutions 1267 (1999), 1989 (2011), 2253 (2015), in particular paragraph 15, 2322 (2016) and 2368 (2017),",
            "S/RES/1267(1999)", "S/RES/1989(2011)", "S/RES/2253(2015)", "S/RES/2322(2016)", "S/RES/2368(2017)"),
        new PatternRow("2 list insert", "fr", "S_RES_2734(2024).fr.txt", "", "Le Conseil de sécurité,", 0,
            "Rappelant ses résolutions 1267 (1999), 1989 (2011), 2253 (2015), en particulier le paragraphe 15, 2322 (2016) et 2368 (2017),",
            "S/RES/1267(1999)", "S/RES/1989(2011)", "S/RES/2253(2015)", "S/RES/2322(2016)", "S/RES/2368(2017)"),
        new PatternRow("2 list insert", "es", "S_RES_2734(2024).es.txt", "", "El Consejo de Seguridad,", 0,
            "Recordando sus resoluciones 1267 (1999), 1989 (2011), 2253 (2015), en particular el párrafo 15, 2322 (2016) y 2368 (2017),",
            "S/RES/1267(1999)", "S/RES/1989(2011)", "S/RES/2253(2015)", "S/RES/2322(2016)", "S/RES/2368(2017)"),
        new PatternRow("2 list insert", "ru", "S_RES_2734(2024).ru.txt", "", "Совет Безопасности,", 0,
            "ссылаясь на свои резолюции 1267 (1999), 1989 (2011), 2253 (2015), в частности пункт 15, 2322 (2016) и 2368 (2017),",
            "S/RES/1267(1999)", "S/RES/1989(2011)", "S/RES/2253(2015)", "S/RES/2322(2016)", "S/RES/2368(2017)"),
        new PatternRow("2 list insert", "zh", "S_RES_2734(2024).zh.txt", "", "安全理事会，", 0,
            "回顾其第1267(1999)、1989(2011)、2253(2015)号决议，特别是第15段，第2322(2016)和2368(2017)号决议，",
            "S/RES/1267(1999)", "S/RES/1989(2011)", "S/RES/2253(2015)", "S/RES/2322(2016)", "S/RES/2368(2017)"),
        new PatternRow("2 list insert", "ar", "S_RES_2734(2024).ar.txt", "", "إن مجلس الأمن،", 0,
            "إذ يشير إلى قراراته 1267 (1999) و 1989 (2011) و 2253 (2015)، ولا سيما الفقرة 15 منه، و 2322 (2016) و 2368 (2017)،",
            "S/RES/1267(1999)", "S/RES/1989(2011)", "S/RES/2253(2015)", "S/RES/2322(2016)", "S/RES/2368(2017)"),

        // 3. Another body's resolution is no citation (Lineage's symbols name the Assembly, the Security Council,
        // ECOSOC and the Human Rights Council only; another body's number yields nothing rather than a wrong organ).
        // A/RES/78/209: the Commission on Human Rights' 1993/51, named before or after it in five languages; French
        // names the Commission only in "et les résolutions ultérieures de la Commission …", which covers 1993/51 too.
        new PatternRow("3 other body", "fr", "A_RES_78_209.fr.txt", "78/209. Titre", "L’Assemblée générale,", 3,
            "Rappelant la résolution 1993/51, en date du 9 mars 19933, et les résolutions\nultérieures de la Commission des droits de l’homme concernant les arrangements\nrégionaux pour la promotion et la protection des droits de l’homme,"),
        new PatternRow("3 other body", "en", "A_RES_78_209.en.txt", "78/209. Title", "The General Assembly,", 3,
            "Recalling Commission on Human Rights resolution 1993/51 of 9 March 19933 and all its\nsubsequent resolutions concerning regional arrangements for the promotion and\nprotection of human rights,"),
        new PatternRow("3 other body", "es", "A_RES_78_209-ES.txt", "78/209. Título", "La Asamblea General,", 3,
            "Recordando la resolución 1993/51 de la Comisión de Derechos Humanos, de 9 de marzo de\n19933, y todas sus resoluciones posteriores relativas a los arreglos regionales para\nla promoción y protección de los derechos humanos,"),
        new PatternRow("3 other body", "ru", "A_RES_78_209-RU.txt", "78/209. Заголовок", "Генеральная Ассамблея,", 3,
            "ссылаясь на резолюцию 1993/51 Комиссии по правам человека от 9 марта 1993 года3 и\nна все ее последующие резолюции, касающиеся региональных механизмов по поощрению и\nзащите прав человека,"),
        new PatternRow("3 other body", "ar", "A_RES_78_209-AR.txt", "78/209. عنوان", "إن الجمعية العامة،", 3,
            "وإذ تشير إلى قرار لجنة حقوق الإنسان 1993/51 المؤرخ 9 آذار/مارس 19933 وإلى جميع\nقراراتها اللاحقة المتعلقة بوضع ترتيبات إقليمية لتعزيز حقوق الإنسان وحمايتها،"),
        new PatternRow("3 other body", "zh", "A_RES_78_209.zh.txt", "78/209. 标题", "大会，", 3,
            "回顾人权委员会关于促进和保护人权的区域安排的1993年3月9日第1993/51号决议3 及其后所有相关决\n议，"),

        // The UN Environment Assembly's "resolution 1/1" cited from its report, the Assembly's Supplement No. 25: the
        // corpus cites the report only (A/RES/78/158, footnote: "… Supplement No. 25 (A/69/25), annex."); the issue's
        // form adds the resolution. A slash number of a session before 31 is never the Assembly's, named or not.
        new PatternRow("3 other body", "en", "A_RES_78_158.en.txt", "78/158. Title", "The General Assembly,", 0,
            "Taking note of the ministerial outcome document of the first session of the United Nations Environment\nAssembly, Official Records of the General Assembly, Sixty-ninth Session, Supplement\nNo. 25 (A/69/25), annex, resolution 1/1,"),

        // A/RES/78/158 (all six languages): a list of the UN Environment Assembly's resolutions 1/7, 2/21 and 4/10, the
        // body named before the list or after its first item; markers glued as rendered (footnotes 3 to 5 not given,
        // so they stay in the text).
        new PatternRow("3 other body", "en", "A_RES_78_158.en.txt", "78/158. Title", "The General Assembly,", 0,
            "Recalling United Nations Environment Assembly resolutions 1/7 of 27 June 2014 on\nstrengthening the role of the United Nations Environment Programme in promoting\nair quality,3 2/21 of 27 May 2016 on sand and dust storms4 and 4/10 of 15 March\n2019 on innovation on biodiversity and land degradation,5"),
        new PatternRow("3 other body", "fr", "A_RES_78_158.fr.txt", "78/158. Titre", "L’Assemblée générale,", 0,
            "Rappelant la résolution 1/7 de l’Assemblée des Nations Unies pour l’environnement, en\ndate du 27 juin 2014, sur le renforcement du rôle du Programme des Nations Unies pour\nl’environnement dans la promotion de la qualité de l’air3, la résolution 2/21 du 27 mai\n2016 sur les tempêtes de sable et de poussière4 et la résolution 4/10 du 15 mars 2019\nsur l’innovation en matière de biodiversité et de dégradation des terres5,"),
        new PatternRow("3 other body", "es", "A_RES_78_158.es.txt", "78/158. Título", "La Asamblea General,", 0,
            "Recordando las resoluciones de la Asamblea de las Naciones Unidas sobre el Medio\nAmbiente 1/7, de 27 de junio de 2014, relativa al fortalecimiento de la función del\nPrograma de las Naciones Unidas para el Medio Ambiente en la promoción de la calidad\ndel aire3, 2/21, de 27 de mayo de 2016, relativa a las tormentas de arena y polvo4, y\n4/10, de 15 de marzo de 2019, relativa a la innovación en materia de diversidad\nbiológica y degradación de las tierras5,"),
        new PatternRow("3 other body", "ru", "A_RES_78_158-RU.txt", "78/158. Заголовок", "Генеральная Ассамблея,", 0,
            "ссылаясь на резолюции Ассамблеи Организации Объединенных Наций по окружающей среде\n1/7 от 27 июня 2014 года об укреплении роли Программы Организации Объединенных Наций\nпо окружающей среде в обеспечении качества воздуха3, 2/21 от 27 мая 2016 года о\nпесчаных и пыльных бурях4 и 4/10 от 15 марта 2019 года об инновациях в сфере\nбиоразнообразия и деградации земель5,"),
        new PatternRow("3 other body", "ar", "A_RES_78_158.ar.txt", "78/158. عنوان", "إن الجمعية العامة،", 0,
            "وإذ تشير إلى قرارات جمعية الأمم المتحدة للبيئة 1/7 المؤرخ 27 حزيران/يونيه 2014 بشأن\nتعزيز دور برنامج الأمم المتحدة للبيئة في تحسين نوعية الهواء3 و 2/21 المؤرخ 27\nأيار/مايو 2016 بشأن العواصف الرملية والترابية4 و 4/10 المؤرخ 15 آذار/مارس 2019 بشأن\nالابتكار في مجالي التنوع البيولوجي وتدهور الأراضي5،"),
        new PatternRow("3 other body", "zh", "A_RES_78_158.zh.txt", "78/158. 标题", "大会，", 0,
            "回顾联合国环境大会2014年6月27日关于加强联合国环境规划署在改善空气质量方面的作用的第1/7号\n决议、3 2016年5月27日关于沙尘暴的第2/21号决议4 和2019年3月15日关于生物多样性和土地退化方\n面的创新的第4/10号决议，5"),

        // 4. Roman-era numbers. Arabic prints the session as (د-28) and a special session as (دإ-4): A/RES/78/297.
        new PatternRow("4 roman", "ar", "A_RES_78_297.ar.txt", "78/297. عنوان", "إن الجمعية العامة،", 0,
            "وإذ تعيد تأكيد المبادئ العامة التي يستند إليها تمويل عمليات الأمم المتحدة لحفظ السلام،\nحسبما نصت عليه قراراتها 1874 (دإ-4) المؤرخ 27 حزيران/يونيه 1963 و 3101 (د-28) المؤرخ\n11 كانون الأول/ديسمبر 1973 و 55/235 المؤرخ 23 كانون الأول/ديسمبر 2000،",
            "A/RES/1874(S-IV)", "A/RES/3101(XXVIII)", "A/RES/55/235"),

        // A date shared by two days ("des 14 et 18 décembre 1973") inside a list: no sentence of the corpus has one
        // (searched in all six languages); rows in the form, the list as A/RES/78/297 prints its Roman-era list.
        new PatternRow("4 roman", "fr", "A_RES_78_297.fr.txt", "78/297. Titre", "L’Assemblée générale,", 0,
            "Rappelant ses résolutions 3187 (XXVIII) des 14 et 18 décembre 1973, 3391 (XXX) du\n19 novembre 1975 et 55/235 du 23 décembre 2000,",
            "A/RES/3187(XXVIII)", "A/RES/3391(XXX)", "A/RES/55/235"),
        new PatternRow("4 roman", "es", "A_RES_78_297-ES.txt", "78/297. Título", "La Asamblea General,", 0,
            "Recordando sus resoluciones 3187 (XXVIII), de 14 y 18 de diciembre de 1973, 3391 (XXX), de\n19 de noviembre de 1975, y 55/235, de 23 de diciembre de 2000,",
            "A/RES/3187(XXVIII)", "A/RES/3391(XXX)", "A/RES/55/235"),
        new PatternRow("4 roman", "ru", "A_RES_78_297-RU.txt", "78/297. Заголовок", "Генеральная Ассамблея,", 0,
            "ссылаясь на свои резолюции 3187 (XXVIII) от 14 и 18 декабря 1973 года, 3391 (XXX) от\n19 ноября 1975 года и 55/235 от 23 декабря 2000 года,",
            "A/RES/3187(XXVIII)", "A/RES/3391(XXX)", "A/RES/55/235"),
        new PatternRow("4 roman", "en", "A_RES_78_297.en.txt", "78/297. Title", "The General Assembly,", 0,
            "Recalling its resolutions 3187 (XXVIII) of 14 and 18 December 1973, 3391 (XXX) of\n19 November 1975 and 55/235 of 23 December 2000,",
            "A/RES/3187(XXVIII)", "A/RES/3391(XXX)", "A/RES/55/235"),

        // Arabic and Chinese: no shared date in the corpus either; the list in A/RES/78/297's Arabic form, and
        // in the Chinese form of A/RES/78/26's dated list ("2018年12月5日第73/41号、…").
        new PatternRow("4 roman", "ar", "A_RES_78_297-AR.txt", "78/297. عنوان", "إن الجمعية العامة،", 0,
            "وإذ تشير إلى قراريها 3187 (د-28) المؤرخ 14 و 18 كانون الأول/ديسمبر 1973 و 3391 (د-30) المؤرخ\n19 تشرين الثاني/نوفمبر 1975،",
            "A/RES/3187(XXVIII)", "A/RES/3391(XXX)"),
        new PatternRow("4 roman", "zh", "A_RES_78_297-ZH.txt", "78/297. 标题", "大会，", 0,
            "回顾其1973年12月14日和18日第3187(XXVIII)号、1975年11月19日第3391(XXX)号和2000年12月23日第\n55/235号决议，",
            "A/RES/3187(XXVIII)", "A/RES/3391(XXX)", "A/RES/55/235"),

        // 5. Character oddities. A Cyrillic look-alike part letter in English text (U+0415 in "49/75 Е"): the corpus's
        // English has none; the seed's sentence of A/RES/62/42 with the letter as the Russian text of 79/50 prints it.
        new PatternRow("5 characters", "en", "A_RES_62_42-EN.txt", "62/42. Title", "The General Assembly,", 0,
            "Recalling its resolutions 49/75 \u0415 of 15 December 1994, 50/70 P of 12 December 1995 and 51/45 O of\n10 December 1996,",
            "A/RES/49/75E", "A/RES/50/70P", "A/RES/51/45O"),

        // A non-breaking hyphen (U+2011) in a special session's symbol: A/RES/78/170, paragraph 4.
        new PatternRow("5 characters", "en", "A_RES_78_170.en.txt", "78/170. Title", "The General Assembly,", 9,
            "4. Stresses that the wall and settlements being constructed by Israel in the Occupied\nPalestinian Territory, including in and around East Jerusalem, are contrary to\ninternational law and are seriously depriving the Palestinian people of their natural\nresources, and calls in this regard for full compliance with the legal obligations\naffirmed in the 9 July 2004 advisory opinion of the International Court of Justice9 and\nin relevant United Nations resolutions, including General Assembly resolution ES‑10/15;",
            "A/RES/ES-10/15"),

        // A non-breaking hyphen in French: A/RES/78/15, footnote 1 as rendered ("1 Résolution S‑10/2."), as a clause.
        new PatternRow("5 characters", "fr", "A_RES_78_15.fr.txt", "78/15. Titre", "L’Assemblée générale,", 0,
            "Rappelant la résolution S‑10/2,",
            "A/RES/S-10/2"),

        // Chinese prints no non-breaking hyphen in the corpus, nor "3261(XXIX) F" (the part after the session): the issue's
        // forms, in the corpus's Chinese sentence form ("回顾其……年……月……日第……号决议").
        new PatternRow("5 characters", "zh", "A_RES_78_10-ZH.txt", "78/10. 标题", "大会，", 0,
            "回顾其1974年12月12日第3261(XXIX) F号决议和2016年4月19日S‑30/1号决议，",
            "A/RES/3261F(XXIX)", "A/RES/S-30/1"),

        // "377 A (V)": the Security Council's call of an emergency special session, S/RES/119 (1956) (sc-gold-en); the
        // Spanish texts of the corpus do not cite 377 A (V): the same sentence in the Spanish the corpus uses for
        // Roman-era parts ("364 B (IV)").
        new PatternRow("5 characters", "en", "S_RES_119(1956)-EN.txt", "", "The Security Council,", 0,
            "Decides to call an emergency special session of the\nGeneral Assembly, as provided in General Assembly\nresolution 377 A (V) of 3 November 1950, in order to\nmake appropriate recommendations.",
            "A/RES/377A(V)"),
        new PatternRow("5 characters", "es", "S_RES_119(1956).es.txt", "", "El Consejo de Seguridad,", 0,
            "Decide convocar un período extraordinario de sesiones de emergencia de la Asamblea General, según lo dispuesto\nen la resolución 377 A (V) de la Asamblea General, de 3 de noviembre de 1950, a fin de formular las\nrecomendaciones apropiadas.",
            "A/RES/377A(V)"),
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_pattern_yields_exactly_its_citations(PatternRow row)
    {
        // Only the footnote whose marker the sentence carries: a footnote whose marker stands outside the excerpt
        // would make the reader look for it inside.
        string footnotes = $"{row.Footnote} A/78/{100 + row.Footnote}.";
        string heading = row.SymbolLine.Length > 0 ? row.SymbolLine + "\n\n" : string.Empty;
        string text = $"{heading}{row.Formula}\n\n{row.Rendered}\n\n1. {GluedFootnoteMarkersTests.Decides(row.Language)}\n"
            + (row.Footnote > 0 ? $"\n____________________\n{footnotes}\n" : string.Empty);
        var read = TextDocumentFactory.Create(row.FileName, DocumentFormat.PlainText, text);
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        Assert.Equal(LanguageCodes.Parse(row.Language), read.Document!.Language);

        var found = s_extractor.Extract(read.Document).Citations
            .Where(c => c.Target.Kind != SymbolKind.Document)
            .Select(c => c.Target.Canonical)
            .ToList();
        Assert.Equal(row.Expected, found);
    }


    /// <summary>
    /// One pattern's sentence in one language as rendered (with the number of the footnote whose marker it carries, 0:
    /// none), and the resolutions it cites in reading order.
    /// </summary>
    public sealed record PatternRow(
        string Pattern, string Language, string FileName, string SymbolLine, string Formula, int Footnote, string Rendered, params string[] Expected)
    {
        public override string ToString() => $"{Pattern} {Language} {FileName}";
    }
}
