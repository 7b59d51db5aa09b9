namespace Lineage.Extraction.Rules;

/// <summary>
/// Regular-expression pieces for printed resolution numbers, shared by the language rules so the number shapes
/// are written once: <c>61/78</c>, <c>49/75 E</c>, <c>53/77 A and B</c>, <c>2373 (XXII)</c>, <c>3419 A to D (XXX)</c>,
/// <c>1540 (2004)</c>, <c>S-10/2</c>, <c>ES-10/19</c>. The groups are read by <see cref="ReferenceReader"/>.
/// </summary>
public static class SymbolPatterns
{
    /// <summary>A list or range of part letters: <paramref name="letter"/> joined by <paramref name="connector"/>.</summary>
    public static string Parts(string letter, string connector) =>
        $@"{letter}(?:(?:{connector}){letter})*(?![\p{{L}}])";

    /// <summary>
    /// One printed number with optional parts. Groups: <c>special</c> (S-10/2), <c>slash</c> (61/78), <c>num</c> and
    /// <c>paren</c> (2373 (XXII), 1540 (2004)), <c>parts</c>.
    /// </summary>
    public static string Number(string parts) =>
        $@"(?<![\w/.\-])(?:(?<special>E?S\s?-\s?\d{{1,2}}/\d{{1,4}})|(?<slash>\d{{1,4}}/\d{{1,4}})(?![\d/])(?:\s?(?<parts>{parts}))?|(?<num>\d{{1,4}})(?:\s?(?<parts>{parts}))?\s*[(（]\s*(?<paren>(?:19|20)\d\d|(?:E?S\s?[-‑]\s?)?[IVXLC]{{1,7}})\s*[)）])";

    /// <summary>Latin capitals as part letters.</summary>
    public const string LatinLetter = "[A-Z]";
}
