using System.Globalization;

namespace Lineage.Documents.Encodings;

/// <summary>
/// Scores how much a decoded text looks like real text: each non-ASCII character counts for (plausible), against
/// (impossible in text: U+FFFD, C1 controls, private use, unassigned) or neither. A character is plausible when it
/// belongs to a word written in one script and cased the way words are (all lower case, all capitals, or one capital
/// then lower case), when it is a common Chinese character (the 700 or so most frequent, simplified and traditional
/// forms), or when it is common punctuation. The wrong code page turns words into mixtures: Cyrillic read as
/// windows-1256 gives Arabic letters mixed with accented Latin ones, windows-1251 read as KOI8-R swaps the case of
/// every letter, GBK read as Big5 gives rare characters.
/// </summary>
internal static class EncodingScorer
{
    /// <summary>
    /// A scored reading: the score, the non-ASCII characters judged, each character's contribution, and the evidence:
    /// the plausible non-ASCII characters that stand in words of three letters or more, or are common Chinese characters.
    /// Punctuation and one- or two-letter "words" are no evidence: a few stray bytes in ASCII text read as <c>н Ђ</c> or
    /// <c>яю</c> in some code page, and must not make that code page look right.
    /// </summary>
    public readonly record struct Reading(double Score, int NonAscii, float[] Contributions, int Evidence = 0);

    private const string CommonHanText =
        "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敢致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敌塔"
        + "联合秘书处安理事会员际平作发展权条约裁核武器扩散禁止试验域审议后文件宪章宣言告附届特别委回顾重申注意欢迎邀吁敦促调识确赞赏示切遗憾励满铭记虑决号第届次全体会议项目"
        + "這個們國來時說會對學後發過經動點現與進實開關問間從還讓認義記議員條際為門車東長無兩樣萬應當幾見頭電達機將產體麼種業戰軍黨辦選舉區歷華報書寫聽話讀誰難題顯論邊變濟資財團號處聯權約試驗擴散屆別請邀籲強調識確賞遺憾勵銘慮環護協務價觀營證據樂術師導領紀繫歲總統從衛視訊農組織遠運連過務於與個們並麼";

    private static readonly HashSet<char> CommonHan = [.. CommonHanText];

    private static readonly HashSet<char> CommonLatin = [.. "àâäáãåçéèêëíìîïñóòôöõúùûüœæÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜŒÆß"];

    private static readonly HashSet<char> CommonPunctuation =
    [
        '\u00A0', '«', '»', '°', '§', '·', '€', '£', '©', '®', '™', '×', '±', '¿', '¡', 'º', 'ª',
        '\u2010', '\u2011', '\u2013', '\u2014', '\u2018', '\u2019', '\u201C', '\u201D', '\u2026', '\u2022', '\u2116', '\u2009', '\u202F',
        '،', '؛', '؟', 'ـ',
    ];

    /// <summary>
    /// Scores <paramref name="text"/>: the score, the number of non-ASCII characters judged, and what each character
    /// contributed (1 plausible, 0 neither, −2 impossible; ASCII characters contribute 0 and are not judged).
    /// </summary>
    public static Reading Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        float[] contributions = new float[text.Length];
        int nonAscii = 0;
        int evidence = 0;
        int arabicLetters = 0;
        int alefLam = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c < 0x80)
            {
                i = IsLetter(c) ? ScoreWord(text, i, contributions, ref nonAscii, ref evidence) : i + 1;
                continue;
            }

            if (c is >= '\u0621' and <= '\u064A')
            {
                arabicLetters++;
                alefLam += c is '\u0627' or '\u0644' ? 1 : 0;
            }

            if (IsHan(c))
            {
                nonAscii++;
                contributions[i] = CommonHan.Contains(c) ? 1 : 0;
                evidence += CommonHan.Contains(c) ? 1 : 0;
                i++;
                continue;
            }

            if (IsLetter(c) && !IsBad(c))
            {
                i = ScoreWord(text, i, contributions, ref nonAscii, ref evidence);
                continue;
            }

            nonAscii++;
            if (IsBad(c))
            {
                contributions[i] = -2;
            }
            else if (CommonPunctuation.Contains(c) || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF01' && c <= '\uFF5E')
                || char.IsWhiteSpace(c) || (c >= '\u064B' && c <= '\u0652'))
            {
                contributions[i] = 1;
            }

            i++;
        }

        if (arabicLetters >= 20 && alefLam * 10 < arabicLetters)
        {
            // Alef and lam make about a fifth of the letters of any Arabic text; Arabic letters without them are
            // another script read through windows-1256 (KOI8-R Russian turns into Arabic letters almost entirely).
            for (int k = 0; k < text.Length; k++)
            {
                if (contributions[k] > 0 && text[k] is >= '\u0600' and <= '\u06FF')
                {
                    contributions[k] = 0.3f;
                }
            }
        }

        double sum = 0;
        foreach (float contribution in contributions)
        {
            sum += contribution;
        }

        return new Reading(nonAscii == 0 ? 1.0 : sum / nonAscii, nonAscii, contributions, evidence);
    }

    /// <summary>
    /// How much better <paramref name="a"/> reads than <paramref name="b"/> where two single-byte readings of the same
    /// bytes differ: the mean difference of contributions over the differing characters, and how many differ.
    /// Null when the readings are not aligned character for character.
    /// </summary>
    public static (double Margin, int Differing)? LocalMargin(string a, Reading readingA, string b, Reading readingB)
    {
        if (a.Length != b.Length)
        {
            return null;
        }

        double sum = 0;
        int differing = 0;
        for (int k = 0; k < a.Length; k++)
        {
            if (a[k] != b[k])
            {
                differing++;
                sum += readingA.Contributions[k] - readingB.Contributions[k];
            }
        }

        return differing == 0 ? (0, 0) : (sum / differing, differing);
    }

    /// <summary>Scores the word starting at <paramref name="start"/> (letters and combining marks, Han excluded); returns its end.</summary>
    private static int ScoreWord(string text, int start, float[] contributions, ref int nonAscii, ref int evidence)
    {
        int end = start;
        while (end < text.Length && (IsLetter(text[end]) || IsMark(text[end])) && !IsHan(text[end]) && !IsBad(text[end]))
        {
            end++;
        }

        var word = text.AsSpan(start, end - start);
        int wordNonAscii = 0;
        foreach (char c in word)
        {
            if (c >= 0x80)
            {
                wordNonAscii++;
            }
        }

        if (wordNonAscii == 0)
        {
            return end;
        }

        nonAscii += wordNonAscii;
        float weight = (float)WordWeight(word, wordNonAscii);
        int letters = 0;
        foreach (char c in word)
        {
            letters += IsMark(c) ? 0 : 1;
        }

        if (weight > 0 && letters >= 3)
        {
            evidence += wordNonAscii;
        }

        for (int k = start; k < end; k++)
        {
            if (text[k] >= 0x80)
            {
                contributions[k] = weight;
            }
        }

        return end;
    }

    /// <summary>1 for a plausible word, 0 for mojibake, ½ for a long capitals-only word (see below).</summary>
    private static double WordWeight(ReadOnlySpan<char> word, int nonAscii)
    {
        var script = Script.None;
        int letters = 0;
        int upper = 0;
        int lower = 0;
        bool firstUpper = false;
        bool upperAfterLower = false;
        bool arabicMarks = false;
        foreach (char c in word)
        {
            if (IsMark(c))
            {
                arabicMarks |= c is (>= '\u0610' and <= '\u065F') or '\u0670';
                continue;
            }

            var s = ScriptOf(c);
            if (s == Script.Other || (c >= 0x80 && IsRareLetter(c, s)))
            {
                return 0;
            }

            if (script == Script.None)
            {
                script = s;
            }
            else if (s != script)
            {
                return 0;
            }

            if (char.IsUpper(c))
            {
                upper++;
                if (letters == 0)
                {
                    firstUpper = true;
                }
                else if (lower > 0)
                {
                    upperAfterLower = true;
                }
            }
            else if (char.IsLower(c))
            {
                lower++;
            }

            letters++;
        }

        if (arabicMarks && script != Script.Arabic)
        {
            // Arabic vowel signs on Latin or Cyrillic letters: windows-1256 reading accented Latin (ó is a fatha there).
            return 0;
        }

        if (script == Script.Arabic)
        {
            // Ta marbuta and alef maqsura end words; inside one they are another script read through windows-1256.
            int inner = word[..^1].IndexOfAny('\u0629', '\u0649');
            return inner >= 0 && word[(inner + 1)..].ContainsAnyInRange('\u0621', '\u064A') ? 0 : 1;
        }

        if (script is Script.Latin or Script.Cyrillic or Script.Greek)
        {
            bool allLower = upper == 0;
            bool allUpper = lower == 0;
            bool capitalized = firstUpper && upper == 1;
            if (!(allLower || allUpper || capitalized) || upperAfterLower)
            {
                return 0;
            }

            if (script == Script.Latin && nonAscii * 3 > (letters * 2) + 1)
            {
                // Accented letters stand among plain ones; a word made mostly of them is mojibake.
                return 0;
            }

            if (allUpper && letters >= 4)
            {
                // Capitals-only words are rare in running text, but windows-1251 read as KOI8-R turns every lower-case
                // word into one: half credit keeps that reading below the right one.
                return 0.5;
            }
        }

        return 1;
    }

    private static bool IsLetter(char c) => char.IsLetter(c);

    /// <summary>
    /// Letters that real text in the languages read here does not use but stray bytes become: Latin letters outside the
    /// accented letters of Western European languages (<c>ÿ þ ð ø</c> from <c>FF FE F0 F8</c>), and Cyrillic letters
    /// outside Russian (<c>Ђ Ѓ Љ Џ</c> from windows-1251's <c>80</c>–<c>9F</c>).
    /// </summary>
    private static bool IsRareLetter(char c, Script script) => script switch
    {
        Script.Latin => !CommonLatin.Contains(c),
        Script.Cyrillic => c is not ((>= '\u0410' and <= '\u044F') or '\u0401' or '\u0451'),
        _ => false,
    };

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsHan(char c) => (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');

    /// <summary>Characters that do not occur in real text: replacement, C0/C1 controls, private use, unassigned, lone surrogates.</summary>
    private static bool IsBad(char c)
    {
        if (c == '\uFFFD' || (c >= '\u0080' && c <= '\u009F') || (c >= '\uE000' && c <= '\uF8FF'))
        {
            return true;
        }

        if (c < 0x20)
        {
            return c is not ('\t' or '\n' or '\r' or '\f' or '\v');
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate;
    }

    private static Script ScriptOf(char c) => c switch
    {
        < '\u0080' => char.IsLetter(c) ? Script.Latin : Script.Other,
        >= '\u00C0' and <= '\u024F' when c is not ('\u00D7' or '\u00F7') => Script.Latin,
        >= '\u0370' and <= '\u03FF' => Script.Greek,
        >= '\u0400' and <= '\u052F' => Script.Cyrillic,
        >= '\u0600' and <= '\u06FF' => Script.Arabic,
        >= '\u0750' and <= '\u077F' => Script.Arabic,
        >= '\uFB50' and <= '\uFDFF' => Script.Arabic,
        >= '\uFE70' and <= '\uFEFF' => Script.Arabic,
        >= '\u0590' and <= '\u05FF' => Script.Hebrew,
        >= '\u3040' and <= '\u30FF' => Script.Kana,
        >= '\uAC00' and <= '\uD7AF' => Script.Hangul,
        _ => Script.Other,
    };

    private enum Script
    {
        None = 0,
        Latin,
        Greek,
        Cyrillic,
        Arabic,
        Hebrew,
        Kana,
        Hangul,
        Other,
    }
}
