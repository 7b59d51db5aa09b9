namespace Lineage.Extraction.Rules;

/// <summary>How a word of <see cref="OrganName"/> is looked for in a captured name, lowered.</summary>
public enum OrganNameMatch
{
    /// <summary>The name starts with it ("conseil de sécurité …").</summary>
    Prefix,

    /// <summary>The name holds it anywhere ("совета безопасности"), for languages that decline the words before it.</summary>
    Contains,

    /// <summary>The name is exactly it (an abbreviation: "экосос").</summary>
    Whole,
}
