using System.Globalization;
using Lineage.Pipeline;

namespace Lineage.Cli.Progress;

/// <summary>
/// Shows how a <c>lineage build</c> is going: on a terminal, one bar redrawn in place (at most ten times a second) with
/// documents, MB and citations per second; when output is redirected, a plain line every few seconds. Both end with a
/// line of totals when disposed. The pipeline reports to it from several threads at once.
/// <code>
/// [##########..........]  20/40 docs  6.1/12.0 MB  8.0 docs/s  2.4 MB/s  310 citations/s
/// read 20/40 docs, 6.1/12.0 MB, 775 citations in 2.5 s (8.0 docs/s, 2.4 MB/s, 310 citations/s)
/// </code>
/// </summary>
public sealed class ProgressDisplay : IProgress<PipelineProgress>, IDisposable
{
    private const int BarWidth = 20;

    private readonly TextWriter _writer;
    private readonly bool _terminal;
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly long _started;
    private readonly Lock _lock = new();
    private PipelineProgress _last;
    private bool _any;
    private long _lastDrawn = long.MinValue;
    private int _drawnWidth;
    private bool _disposed;

    /// <param name="writer">Where to write (standard error, so standard output stays clean for data).</param>
    /// <param name="terminal">True to draw a bar in place; false for plain lines.</param>
    /// <param name="time">The clock (tests pass their own).</param>
    /// <param name="interval">Least time between two draws: 100 ms on a terminal, 5 s for plain lines by default.</param>
    public ProgressDisplay(TextWriter writer, bool terminal, TimeProvider? time = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _terminal = terminal;
        _time = time ?? TimeProvider.System;
        _interval = interval ?? (terminal ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(5));
        _started = _time.GetTimestamp();
    }

    /// <summary>A display for the command line: a bar on standard error when output is a terminal, plain lines otherwise.</summary>
    public static ProgressDisplay Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ProgressDisplay(context.Error, !context.OutputRedirected);
    }

    public void Report(PipelineProgress value)
    {
        lock (_lock)
        {
            if (_disposed || (_any && value.FilesDone < _last.FilesDone))
            {
                return; // reports from parallel workers can arrive out of order; keep the newest
            }

            _last = value;
            _any = true;
            if (!_terminal && value.FilesDone >= value.FilesTotal)
            {
                return; // plain lines: the totals Dispose writes are the last line, not a second copy of it
            }

            long now = _time.GetTimestamp();
            if (_lastDrawn != long.MinValue && _time.GetElapsedTime(_lastDrawn, now) < _interval && value.FilesDone < value.FilesTotal)
            {
                return;
            }

            _lastDrawn = now;
            Draw(value, now);
        }
    }

    /// <summary>Ends the bar and writes the totals.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            if (!_any)
            {
                return;
            }

            if (_terminal)
            {
                _writer.Write('\r' + new string(' ', _drawnWidth) + '\r');
            }

            var elapsed = _time.GetElapsedTime(_started);
            _writer.WriteLine(Totals(_last, elapsed));
            _writer.Flush();
        }
    }

    /// <summary>The line of totals: <c>read 40/40 docs, 12.0/12.0 MB, 1234 citations in 3.1 s (…)</c>.</summary>
    internal static string Totals(PipelineProgress p, TimeSpan elapsed) =>
        string.Create(CultureInfo.InvariantCulture,
            $"read {p.FilesDone}/{p.FilesTotal} docs, {Mb(p.BytesRead)}/{Mb(p.BytesTotal)} MB, {p.Citations} citations in {elapsed.TotalSeconds:0.0} s ({Rates(p, elapsed)})");

    /// <summary>The bar line (without the carriage return).</summary>
    internal static string Bar(PipelineProgress p, TimeSpan elapsed)
    {
        int filled = p.FilesTotal == 0 ? BarWidth : (int)((long)BarWidth * p.FilesDone / p.FilesTotal);
        string bar = new string('#', filled) + new string('.', BarWidth - filled);
        return string.Create(CultureInfo.InvariantCulture,
            $"[{bar}] {p.FilesDone,4}/{p.FilesTotal} docs  {Mb(p.BytesRead)}/{Mb(p.BytesTotal)} MB  {Rates(p, elapsed).Replace(", ", "  ", StringComparison.Ordinal)}");
    }

    private void Draw(PipelineProgress value, long now)
    {
        var elapsed = _time.GetElapsedTime(_started, now);
        if (_terminal)
        {
            string line = Bar(value, elapsed);
            _writer.Write('\r' + line + (line.Length < _drawnWidth ? new string(' ', _drawnWidth - line.Length) : string.Empty));
            _drawnWidth = Math.Max(_drawnWidth, line.Length);
        }
        else
        {
            _writer.WriteLine(Totals(value, elapsed));
        }

        _writer.Flush();
    }

    private static string Rates(PipelineProgress p, TimeSpan elapsed)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-3);
        return string.Create(CultureInfo.InvariantCulture,
            $"{p.FilesDone / seconds:0.0} docs/s, {p.BytesRead / seconds / (1 << 20):0.0} MB/s, {p.Citations / seconds:0} citations/s");
    }

    private static string Mb(long bytes) => (bytes / (double)(1 << 20)).ToString("0.0", CultureInfo.InvariantCulture);
}
