namespace Lineage.Model;

public enum DiagnosticSeverity
{
    Info = 0,
    Warning,
    Error,
}
