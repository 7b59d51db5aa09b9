using System.Collections.Immutable;
using Lineage.Model;

namespace Lineage.Evaluation;

/// <summary>How <see cref="MarkupEvaluator"/> scores, and the bars a run must meet.</summary>
public sealed record EvaluationOptions
{
    public static EvaluationOptions Default { get; } = new();

    /// <summary>A target the markup links in at least this many language versions of a resolution counts as linked in all (4 of 6).</summary>
    public int MinimumLinkedLanguages { get; init; } = 4;

    /// <summary>Lowest precision each language must reach (0–1).</summary>
    public double MinimumPrecision { get; init; } = 0.99;

    /// <summary>Lowest recall each language must reach (0–1).</summary>
    public double MinimumRecall { get; init; } = 0.99;

    /// <summary>Lowest share of resolutions whose language versions yield the same targets (0–1).</summary>
    public double MinimumAgreement { get; init; } = 0.99;

    /// <summary>Characters of context on each side of a disagreement's snippet.</summary>
    public int SnippetRadius { get; init; } = 70;

    /// <summary>
    /// Languages to score (those the extractor has rules for); null for all. Versions in other languages still count
    /// for the rule of <see cref="MinimumLinkedLanguages"/>, but are neither extracted, scored nor compared.
    /// </summary>
    public ImmutableHashSet<Language>? Languages { get; init; }

    /// <summary>Documents extracted at once; 1 for a single thread.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// How each language writes dates (e.g. <c>l =&gt; extractor.Profile(l)?.Dates</c>): with it, a link to an Assembly
    /// resolution whose number is printed with a date outside that session (<c>66/1 of 17 March 2023</c>) is read as
    /// another body's resolution and set aside. Null: not checked.
    /// </summary>
    public Func<Language, Extraction.IDateReader?>? Dates { get; init; }
}
