using Lineage.Model;

namespace Lineage.Extraction;

/// <summary>
/// A reference a rule found: a range of the clause's clean text and what it names. The extractor adds the verb,
/// site and provenance.
/// </summary>
/// <param name="Start">Start in <see cref="Clause.Text"/>.</param>
/// <param name="Length">Length in <see cref="Clause.Text"/>.</param>
/// <param name="Target">The cited symbol.</param>
public sealed record CitationMatch(int Start, int Length, DocumentSymbol Target)
{
    public DateOnly? Date { get; init; }

    public string? Subject { get; init; }

    /// <summary>A verb the reference's own words give ("pursuant to", "按照"), overriding the clause's.</summary>
    public VerbForm? LocalVerb { get; init; }

    /// <summary>Position of the verb text in the clause when <see cref="LocalVerb"/> is set.</summary>
    public int LocalVerbStart { get; init; }

    /// <summary>Name of the rule that found it.</summary>
    public string Rule { get; init; } = string.Empty;

    public int End => Start + Length;
}
