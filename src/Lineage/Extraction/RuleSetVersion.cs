namespace Lineage.Extraction;

/// <summary>
/// The version of the built-in citation rules. Raise it whenever a change to the rules, readers or extraction
/// engine can change the citations read from the same file: a store built with another version is then read
/// again in full by the next <c>lineage build</c> (which says why), instead of mixing rows of two rule sets.
/// </summary>
public static class RuleSetVersion
{
    /// <summary>The current rule-set version (date of the change, then a counter).</summary>
    public const string Current = "2026.12.07.1";
}
