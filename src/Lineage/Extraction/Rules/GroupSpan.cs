namespace Lineage.Extraction.Rules;

/// <summary>
/// Where a part of a head stands in the clause, as a pattern group would say it (<see cref="Index"/> 0 and
/// <see cref="Length"/> 0 when it did not take part, as an unsuccessful group reads), without a match object.
/// </summary>
internal readonly record struct GroupSpan(bool Success, int Index, int Length)
{
    public static GroupSpan None => default;

    public static GroupSpan At(int index, int length) => new(true, index, length);

    public static GroupSpan Of(System.Text.RegularExpressions.Group group) => group.Success ? At(group.Index, group.Length) : None;
}
