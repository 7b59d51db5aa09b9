using System.Collections.Immutable;
using System.Globalization;
using Lineage.Model;

namespace Lineage.Documents;

/// <summary>
/// Counts, per format, the files read and the files skipped and why, for the summary of <c>lineage build</c>:
/// <code>
/// pdf: 3 read, 2 skipped (1 encrypted, 1 no text layer)
/// text: 12 read
/// other: 4 skipped (4 unsupported format)
/// </code>
/// Thread-safe: files read in parallel may be added as they finish.
/// </summary>
public sealed class ReadSummary
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (int Read, int Skipped, Dictionary<string, int> Reasons)> _formats = new(StringComparer.Ordinal);

    /// <summary>Counts one file of <paramref name="format"/>: read when it gave a document, else skipped for its first error.</summary>
    public void Add(string format, bool read, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(diagnostics);
        string? reason = read ? null : ReasonOf(diagnostics);
        lock (_lock)
        {
            if (!_formats.TryGetValue(format, out var count))
            {
                count = (0, 0, new Dictionary<string, int>(StringComparer.Ordinal));
            }

            if (reason is null)
            {
                count.Read++;
            }
            else
            {
                count.Skipped++;
                count.Reasons[reason] = count.Reasons.GetValueOrDefault(reason) + 1;
            }

            _formats[format] = count;
        }
    }

    /// <summary>Counts a file that was never handed to a reader.</summary>
    public void Add(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        Add(file.Format, false, file.Skipped is { } skipped ? [skipped] : []);
    }

    /// <summary>The counts by format, in name order with <c>other</c> last.</summary>
    public IReadOnlyList<FormatCount> Formats
    {
        get
        {
            lock (_lock)
            {
                return [.. _formats
                    .OrderBy(f => f.Key == "other" ? 1 : 0).ThenBy(f => f.Key, StringComparer.Ordinal)
                    .Select(f => new FormatCount(f.Key, f.Value.Read, f.Value.Skipped, f.Value.Reasons.ToImmutableSortedDictionary(StringComparer.Ordinal)))];
            }
        }
    }

    /// <summary>One line per format: <c>pdf: 3 read, 2 skipped (1 encrypted, 1 no text layer)</c>.</summary>
    public IReadOnlyList<string> Lines() => [.. Formats.Select(Line)];

    /// <summary>The short reason for a diagnostic code (<c>LIN0102</c> → <c>encrypted</c>).</summary>
    public static string Label(string code) => DiagnosticCatalogue.Label(code);

    private static string? ReasonOf(IEnumerable<Diagnostic> diagnostics)
    {
        var error = diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        return error is null ? "unknown" : Label(error.Code);
    }

    private static string Line(FormatCount count)
    {
        var parts = new List<string>();
        if (count.Read > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{count.Read} read"));
        }

        if (count.Skipped > 0)
        {
            string reasons = string.Join(", ", count.Reasons.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal)
                .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Value} {r.Key}")));
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{count.Skipped} skipped ({reasons})"));
        }

        return count.Format + ": " + string.Join(", ", parts);
    }
}
