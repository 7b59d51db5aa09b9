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
                        $"{language.Language.ToCode()}: precision {Percent(language.Overall.Precision)} is below {Percent(Options.MinimumPrecision)}"));
                }

                if (language.Overall.Recall < Options.MinimumRecall)
                {
                    failures.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{language.Language.ToCode()}: recall {Percent(language.Overall.Recall)} is below {Percent(Options.MinimumRecall)}"));
                }
            }

            if (Agreement.Rate < Options.MinimumAgreement)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture,
                    $"cross-language agreement {Percent(Agreement.Rate)} is below {Percent(Options.MinimumAgreement)}"));
            }

            return failures.ToImmutable();
        }
    }

    public bool MeetsBars => Failures.IsEmpty;

    private static string Percent(double value) => (value * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";
}
