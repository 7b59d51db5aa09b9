using System.Collections.Immutable;

namespace Lineage.Evaluation;

/// <summary>Cross-language agreement: for how many resolutions do all language versions yield the same targets, part letters included?</summary>
/// <param name="Resolutions">Resolutions with at least two language versions.</param>
/// <param name="Agreeing">Of those, how many agree in Lineage's reading.</param>
/// <param name="MarkupAgreeing">Of those, how many agree in the markup's links (read through their defects), for comparison.</param>
/// <param name="Disagreeing">The resolutions that do not agree in Lineage's reading.</param>
public sealed record AgreementResult(int Resolutions, int Agreeing, int MarkupAgreeing, ImmutableArray<ResolutionAgreement> Disagreeing)
{
    public double Rate => Resolutions == 0 ? 1 : (double)Agreeing / Resolutions;

    public double MarkupRate => Resolutions == 0 ? 1 : (double)MarkupAgreeing / Resolutions;
}
