using Lineage.Model;
using static Lineage.Tests.Extraction.Cases.CaseRows;

namespace Lineage.Tests.Extraction.Cases;

/// <summary>
/// English rows from <c>sc-gold-en</c>: Security Council resolutions of 1947–1992 as text taken from the PDFs (CR-UNSC data set), for the older forms of <c>Rules/En</c> ("its resolutions 82 (1950) and 83 (1950)", "resolution 242 (1967) of 22 November 1967").
/// </summary>
internal static class SecurityCouncilGoldCases
{
    public static IReadOnlyList<CitationCase> Rows { get; } =
    [
        new("sc-gold-en/S_RES_0084_1950_EN_GOLD.txt", "S/RES/84(1950)", Operative(1),
            "1. Welcomes the prompt and vigorous support which Governments and peoples of the United Nations have given to its resolutions 82 (1950) and 83 (1950) of 25 and 27 June 1950 to assist the Republic of Korea in defending itself against armed attack and thus to restore international peace and security in the area;",
            Cite("S/RES/82(1950)", "1950-06-25", "Welcomes", Relation.Welcomes),
            Cite("S/RES/83(1950)", "1950-06-27", "Welcomes", Relation.Welcomes))
        {
            Note = "\"its resolutions 82 (1950) and 83 (1950) of 25 and 27 June 1950\": two days, one per item",
        },
        new("sc-gold-en/S_RES_0098_1952_EN_GOLD.txt", "S/RES/98(1952)", Preamble(1),
            "Recalling its resolution 91 (1951) of 30 March 1951, its decision of 30 April 1951 and its resolution 96 (1951) of 10 November 1951,",
            Cite("S/RES/91(1951)", "1951-03-30", "Recalling", Relation.Recalls),
            Cite("S/RES/96(1951)", "1951-11-10", "Recalling", Relation.Recalls))
        {
            Note = "\"Recalling its resolution 91 (1951) of 30 March 1951, its decision of 30 April 1951 and its resolution 96 (1951)\": a decision without a number yields nothing",
        },
        new("sc-gold-en/S_RES_0258_1968_EN_GOLD.txt", "S/RES/258(1968)", Operative(2),
            "2. Reaffirms its resolution 242 (1967) of 22 November 1967, and urges all the parties to extend their fullest co-operation to the Special Representative of the Secretary-General in the speedy fulfilment of the mandate entrusted to him under that resolution.",
            Cite("S/RES/242(1967)", "1967-11-22", "Reaffirms", Relation.Reaffirms))
        {
            Note = "\"Reaffirms its resolution 242 (1967) of 22 November 1967\"",
        },
        new("sc-gold-en/S_RES_0344_1973_EN_GOLD.txt", "S/RES/344(1973)", Preamble(1),
            "Considering that it has decided by its resolution 338 (1973) of 22 October 1973 that talks among the parties to the Middle East conflict for the implementation of resolution 242 (1967) of 22 November 1967 should be held under “appropriate auspices”,",
            Cite("S/RES/338(1973)", "1973-10-22", "Considering", Relation.Considers),
            Cite("S/RES/242(1967)", "1967-11-22", "Considering", Relation.Considers))
        {
            Note = "\"Considering\"; \"by its resolution 338 (1973) of 22 October 1973\" and \"resolution 242 (1967) of 22 November 1967\" in one clause",
        },
        new("sc-gold-en/S_RES_0681_1990_EN_GOLD.txt", "S/RES/681(1990)", Preamble(2),
            "Reaffirming also the principle of the inadmissibility of the acquisition of territory by war, set forth in resolution 242 (1967) of 22 November 1967,",
            Cite("S/RES/242(1967)", "1967-11-22", "Reaffirming also", Relation.Reaffirms))
        {
            Note = "\"Reaffirming also\" with the number far after the verb",
        },
        new("sc-gold-en/S_RES_0768_1992_EN_GOLD.txt", "S/RES/768(1992)", Operative(4),
            "4. Reiterates that the Force should fully implement its mandate as defined in resolutions 425 (1978), 426 (1978) and all other relevant resolutions;",
            Cite("S/RES/425(1978)", null, "Reiterates", Relation.Reaffirms),
            Cite("S/RES/426(1978)", null, "Reiterates", Relation.Reaffirms))
        {
            Note = "\"resolutions 425 (1978), 426 (1978) and all other relevant resolutions\"",
        },
        new("sc-gold-en/S_RES_0446_1979_EN_GOLD.txt", "S/RES/446(1979)", Operative(2),
            "2. Strongly deplores the failure of Israel to abide by Security Council resolutions 237 (1967) of 14 June 1967, 252 (1968) of 21 May 1968 and 298 (1971) of 25 September 1971, by the consensus statement made by the President of the Council on 11 November 1976 11 and by General Assembly resolutions 2253 (ES-V) and 2254 (ES-V) of 4 and 14 July 1967, 32/5 of 28 October 1977 and 33/113 of 18 December 1978;",
            Cite("S/RES/237(1967)", "1967-06-14", "Strongly deplores", Relation.Cites),
            Cite("S/RES/252(1968)", "1968-05-21", "Strongly deplores", Relation.Cites),
            Cite("S/RES/298(1971)", "1971-09-25", "Strongly deplores", Relation.Cites),
            Cite("A/RES/2253(ES-V)", "1967-07-04", "Strongly deplores", Relation.Cites),
            Cite("A/RES/2254(ES-V)", "1967-07-14", "Strongly deplores", Relation.Cites),
            Cite("A/RES/32/5", "1977-10-28", "Strongly deplores", Relation.Cites),
            Cite("A/RES/33/113", "1978-12-18", "Strongly deplores", Relation.Cites))
        {
            Note = "\"Strongly deplores\"; Council numbers with dates, then \"General Assembly resolutions 2253 (ES-V) and 2254 (ES-V) of 4 and 14 July 1967, 32/5 …\"",
        },
        new("sc-gold-en/S_RES_0020_1947_EN_GOLD.txt", "S/RES/20(1947)", Operative(3),
            "3. Urges the Atomic Energy Commission, in accordance with General Assembly resolutions 1 (I) of 24 January 1946 and 41 (I) of 14 December 1946, to continue its inquiry into all phases of the problem of the international control of atomic energy and to develop as promptly as possible the specific proposals called for by section 5 of General Assembly resolution 1 (I) and by General Assembly resolution 41 (I), and in due course to prepare and submit to the Security Council a draft treaty or treaties or convention or conventions incorporating its ultimate proposals ;",
            Cite("A/RES/1(I)", "1946-01-24", "Urges", Relation.Urges),
            Cite("A/RES/41(I)", "1946-12-14", "Urges", Relation.Urges),
            Cite("A/RES/1(I)", null, "Urges", Relation.Urges),
            Cite("A/RES/41(I)", null, "Urges", Relation.Urges))
        {
            Note = "\"General Assembly resolutions 1 (I) of 24 January 1946 and 41 (I) of 14 December 1946\", cited again without dates",
        },
    ];
}
