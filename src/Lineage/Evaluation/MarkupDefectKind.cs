namespace Lineage.Evaluation;

/// <summary>The known defects of AKN4UN links (<c>corpus/README.md</c>) that evaluation sets aside.</summary>
public enum MarkupDefectKind
{
    /// <summary>The part letter stands after the link (<c>&lt;a href=".../A/RES/49/75"&gt;49/75&lt;/a&gt; E</c>, Arabic <c>هاء</c>, Cyrillic <c>Р</c>); read as the part.</summary>
    PartLetterOutsideLink = 1,

    /// <summary>The link text shows a part letter its href lacks (<c>2602 C (XXIV)</c> → <c>A/RES/2602(XXIV)</c>); read as the part.</summary>
    PartLetterMissingFromHref,

    /// <summary>The language version has no link for a target that at least four versions link; counted as linked.</summary>
    LinkMissingInThisLanguage,

    /// <summary>Lineage reads the target in this text; the markup links it in other language versions only (fewer than four).</summary>
    LinkedInOtherLanguagesOnly,

    /// <summary>The href names another (or no) resolution than the printed number it links (typos, split numbers, wrong prefix).</summary>
    HrefDisagreesWithText,

    /// <summary>At least four versions link the target, but this version's text does not print its number at all (the translation omits it).</summary>
    NotPrintedInThisVersion,

    /// <summary>
    /// The href names a symbol that cannot exist (<c>A/RES/10/1</c>: the Assembly numbered session/number only from
    /// session 31; a session after the citing document); another body's decision or resolution linked as the Assembly's.
    /// </summary>
    TargetCannotExist,

    /// <summary>The linked number is part of another body's symbol printed around it (<c>LC 30/16</c>, <c>A-32/3.4.1</c>, <c>EC-55/1</c>).</summary>
    OtherBodysSymbol,

    /// <summary>The text prints the number back to front (<c>40/77</c> for <c>77/40</c>, from right-to-left typing) and the href follows the print.</summary>
    NumberPrintedBackToFront,

    /// <summary>The linked Assembly number is printed with a date outside its session (<c>66/1 of 17 March 2023</c>): another body's resolution.</summary>
    DateOutsideSession,
}
