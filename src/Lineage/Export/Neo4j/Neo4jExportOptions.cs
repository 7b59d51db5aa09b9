using System.Text;

namespace Lineage.Export.Neo4j;

/// <summary>Where and how <see cref="Neo4jExporter"/> writes. <see cref="ToString"/> never shows the password.</summary>
public sealed record Neo4jExportOptions
{
    /// <summary>The server's HTTP(S) base URL, <c>http://localhost:7474</c>.</summary>
    public required Uri Url { get; init; }

    /// <summary>The database (4.x and later; 3.x has one).</summary>
    public string Database { get; init; } = "neo4j";

    public string User { get; init; } = "neo4j";

    /// <summary>The password; null to send no credentials. Read it from the environment or a prompt, never a command line.</summary>
    public string? Password { get; init; }

    /// <summary>Rows per statement (one transaction each); 10,000 by default (bench/results/export.md).</summary>
    public int BatchSize { get; init; } = 10_000;

    public Neo4jApi Api { get; init; } = Neo4jApi.Auto;

    /// <summary>How many times a transient failure (<c>Neo.TransientError.*</c>, a dropped connection, HTTP 502–504) is retried.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>The first retry's delay; each further retry doubles it (capped at 30 s).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Told after discovery and after every committed statement.</summary>
    public IProgress<Neo4jExportProgress>? Progress { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Url = ").Append(Url)
            .Append(", Database = ").Append(Database)
            .Append(", User = ").Append(User)
            .Append(", Password = ").Append(Password is null ? "(none)" : "***")
            .Append(", BatchSize = ").Append(BatchSize)
            .Append(", Api = ").Append(Api);
        return true;
    }
}
