using System.Collections.Immutable;
using Lineage.Model;

namespace Lineage.Evaluation;

/// <summary>A resolution whose language versions do not yield the same cited resolutions.</summary>
/// <param name="Resolution">The citing resolution.</param>
/// <param name="Languages">The versions evaluated.</param>
/// <param name="Differences">Each target not found in every version, with the versions that found it.</param>
public sealed record ResolutionAgreement(
    DocumentSymbol Resolution,
    ImmutableArray<Language> Languages,
    ImmutableArray<(DocumentSymbol Target, ImmutableArray<Language> FoundIn)> Differences);
