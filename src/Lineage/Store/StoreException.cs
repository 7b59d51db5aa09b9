namespace Lineage.Store;

/// <summary>
/// A store that cannot be used: not a Lineage store, written by another schema version, or unreadable. The message
/// names the file and says what to do; <see cref="Code"/> is the stable <c>LINxxxx</c> code.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException()
    {
        Code = string.Empty;
        Path = string.Empty;
    }

    public StoreException(string message)
        : base(message)
    {
        Code = string.Empty;
        Path = string.Empty;
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = string.Empty;
        Path = string.Empty;
    }

    public StoreException(string code, string path, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        Path = path;
    }

    /// <summary>The diagnostic code (<c>LIN0050</c> …).</summary>
    public string Code { get; }

    /// <summary>The store file.</summary>
    public string Path { get; }

    /// <summary>One line, as the CLI prints it: <c>path: error LIN0050: message</c>.</summary>
    public override string ToString() => $"{Path}: error {Code}: {Message}";
}
