namespace Lineage.Model;

/// <summary>A finding about the input: a stable code (<c>LIN0001</c>), a severity, a message, and where.</summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, string File, SourceSpan? Span = null)
{
    /// <summary>
    /// One line: <c>file[:line:col]: error LIN0001: message</c>; control characters in the file name or the message
    /// (a newline in a file name) are escaped (<see cref="DiagnosticText.Escape"/>), so a problem is always one line.
    /// </summary>
    public override string ToString()
    {
        string where = Span is { } span ? span.ToString() : File;
        string severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return DiagnosticText.Escape($"{where}: {severity} {Code}: {Message}");
    }
}
