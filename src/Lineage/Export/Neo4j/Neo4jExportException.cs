namespace Lineage.Export.Neo4j;

/// <summary>
/// A Neo4j export stopped: the server's error <see cref="Code"/> (<c>Neo.ClientError.Statement.SyntaxError</c>, or
/// <c>HTTP 503</c> / <c>Network</c> when no Neo4j error came back) and message, and how far it got. Everything up to
/// <see cref="Progress"/> is committed; running the same export again completes it without duplicates.
/// </summary>
public sealed class Neo4jExportException : Exception
{
    public Neo4jExportException()
    {
        Code = string.Empty;
        ServerMessage = string.Empty;
    }

    public Neo4jExportException(string message)
        : base(message)
    {
        Code = string.Empty;
        ServerMessage = message;
    }

    public Neo4jExportException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = string.Empty;
        ServerMessage = message;
    }

    public Neo4jExportException(string code, string serverMessage, Neo4jExportProgress? progress, Exception? innerException = null)
        : base(Describe(code, serverMessage, progress), innerException)
    {
        Code = code;
        ServerMessage = serverMessage;
        Progress = progress;
    }

    /// <summary>The Neo4j status code, or <c>HTTP nnn</c>, or <c>Network</c>.</summary>
    public string Code { get; }

    /// <summary>The server's message (or the transport's).</summary>
    public string ServerMessage { get; }

    /// <summary>What was committed before the failure; null when it failed before writing (discovery).</summary>
    public Neo4jExportProgress? Progress { get; }

    /// <summary>True for <c>Neo.TransientError.*</c>: the server says trying again may succeed.</summary>
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);

    private static string Describe(string code, string message, Neo4jExportProgress? progress) => progress is null
        ? $"{code}: {message}"
        : $"{code}: {message} (stopped during {progress.Phase.ToString().ToLowerInvariant()}; committed: {progress})";
}
