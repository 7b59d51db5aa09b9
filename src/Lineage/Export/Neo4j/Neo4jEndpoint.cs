namespace Lineage.Export.Neo4j;

/// <summary>Where statements go: the API chosen, its commit URL, and the server version when the server gave it.</summary>
public sealed record Neo4jEndpoint(Neo4jApi Api, Uri CommitUri, string? ServerVersion)
{
    /// <summary>The major and minor version (<c>3.1</c>, <c>5.26</c>, <c>2025.1</c>), or null when unknown.</summary>
    public Version? ParsedVersion =>
        ServerVersion is not null && System.Text.RegularExpressions.Regex.Match(ServerVersion, @"^(\d+)\.(\d+)") is { Success: true } m
            ? new Version(int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[2].ValueSpan, System.Globalization.CultureInfo.InvariantCulture))
            : null;
}
