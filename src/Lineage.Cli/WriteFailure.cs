using Lineage.Model;

namespace Lineage.Cli;

/// <summary>The one line a failed write gets on standard error (code <c>LIN0014</c>); the command then exits with 3.</summary>
internal static class WriteFailure
{
    /// <summary>Writes <c>PLACE: error LIN0014: cannot write WHAT: REASON</c> (files written atomically are then unchanged); returns <see cref="ExitCodes.OutputFailure"/>.</summary>
    public static int Report(TextWriter error, string place, string what, Exception exception)
    {
        error.WriteLine(DiagnosticCatalogue.Create(DiagnosticCodes.WriteFailed, place, Messages.Format(Messages.WriteFailed, what, exception.Message)).ToString());
        return ExitCodes.OutputFailure;
    }
}
