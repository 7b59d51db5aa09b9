using System.Collections.Immutable;
using System.Globalization;
using Lineage.Model;

namespace Lineage.Evaluation;

/// <summary>The outcome of <see cref="MarkupEvaluator.Evaluate"/>: scores per language and site, agreement, and every disagreement.</summary>
public sealed record EvaluationReport
{
    public required EvaluationOptions Options { get; init; }

    /// <summary>Documents evaluated (after duplicates are dropped).</summary>
    public required int Documents { get; init; }

    /// <summary>Per language, in code order.</summary>
    public required ImmutableArray<LanguageEvaluation> Languages { get; init; }

    /// <summary>All languages together.</summary>
    public required Score Total { get; init; }

    public required AgreementResult Agreement { get; init; }

    /// <summary>Every disagreement, sorted by category, language, source and target.</summary>
    public required ImmutableArray<Disagreement> Disagreements { get; init; }

    /// <summary>Diagnostics from reading and extraction (duplicates, unreadable files, extractor findings).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The bars this report misses, one sentence each; empty when it meets them all.</summary>
    public ImmutableArray<string> Failures
    {
        get
        {
            var failures = ImmutableArray.CreateBuilder<string>();
            foreach (var language in Languages)
            {
                if (language.Overall.Precision < Options.MinimumPrecision)
                {
                    failures.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{language.Language.ToCode()}: precision {language.Overall.Precision:P2} is below {Options.MinimumPrecision:P2}"));
                }

                if (language.Overall.Recall < Options.MinimumRecall)
                {
                    failures.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{language.Language.ToCode()}: recall {language.Overall.Recall:P2} is below {Options.MinimumRecall:P2}"));
                }
            }

            if (Agreement.Rate < Options.MinimumAgreement)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture,
                    $"cross-language agreement {Agreement.Rate:P2} is below {Options.MinimumAgreement:P2}"));
            }

            return failures.ToImmutable();
        }
    }

    public bool MeetsBars => Failures.IsEmpty;
}
