namespace Lineage.Analysis;

/// <summary>Stable lower-case tokens for <see cref="AnomalyKind"/>, used on the command line and in output.</summary>
public static class AnomalyKinds
{
    public static string ToToken(this AnomalyKind kind) => kind switch
    {
        AnomalyKind.ForwardCitation => "forward_citation",
        AnomalyKind.DateConflict => "date_conflict",
        AnomalyKind.SessionDate => "session_date",
        AnomalyKind.Cycle => "cycle",
        AnomalyKind.ImpossibleSymbol => "impossible_symbol",
        AnomalyKind.CouncilYear => "council_year",
        _ => "language_mismatch",
    };
}
