namespace Lineage.Cli;

/// <summary>Documented exit codes (README).</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 1;

    /// <summary>At least one input could not be read, or had an error-level diagnostic.</summary>
    public const int InputErrors = 2;

    /// <summary>Writing output failed (export, file system, server).</summary>
    public const int OutputFailure = 3;

    /// <summary><c>lineage eval</c> ran but a measure fell below its bar.</summary>
    public const int BelowBars = 4;

    /// <summary>
    /// The inputs were read, but the document asked about (<c>chain SYMBOL</c>, <c>ancestors</c>, <c>timeline</c> …) is
    /// neither read nor cited in them, or is in no series: a well-formed question without an answer (<c>LIN0015</c>).
    /// </summary>
    public const int NotFound = 5;
}
