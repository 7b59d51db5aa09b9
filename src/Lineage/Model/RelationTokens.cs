namespace Lineage.Model;

/// <summary>Stable lower-case tokens for <see cref="Relation"/>, used in JSON, CSV and graph exports.</summary>
public static class RelationTokens
{
    public static string ToToken(this Relation relation) => relation switch
    {
        Relation.Recalls => "recalls",
        Relation.Reaffirms => "reaffirms",
        Relation.BearsInMind => "bears_in_mind",
        Relation.Notes => "notes",
        Relation.TakesNote => "takes_note",
        Relation.Welcomes => "welcomes",
        Relation.Recognizes => "recognizes",
        Relation.Acknowledges => "acknowledges",
        Relation.Emphasizes => "emphasizes",
        Relation.Endorses => "endorses",
        Relation.Decides => "decides",
        Relation.Requests => "requests",
        Relation.CallsUpon => "calls_upon",
        Relation.Urges => "urges",
        Relation.Expresses => "expresses",
        Relation.Considers => "considers",
        Relation.Guided => "guided_by",
        Relation.Pursuant => "pursuant_to",
        Relation.Refers => "refers",
        Relation.PartOf => "part_of",
        _ => "cites",
    };

    /// <summary>Upper-case form for graph databases (<c>RECALLS</c>, <c>PART_OF</c>).</summary>
    public static string ToRelationshipType(this Relation relation) => relation.ToToken().ToUpperInvariant();

    public static bool TryParse(string? token, out Relation relation)
    {
        foreach (var value in Enum.GetValues<Relation>())
        {
            if (string.Equals(value.ToToken(), token?.Trim(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(value.ToString(), token?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                relation = value;
                return true;
            }
        }

        relation = Relation.Cites;
        return false;
    }
}
