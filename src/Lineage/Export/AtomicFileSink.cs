using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Lineage.Export;

/// <summary>
/// Writes every file of a run to a temporary name beside its destination and moves them into place only when the whole
/// export has finished (<see cref="Commit"/>), as one set: either every file comes from the new run or none changes.
/// <list type="bullet">
/// <item>Temporary files are hidden and named <c>.BASE.SUFFIX.PID-GUID.tmp</c>; on failure (<see cref="Dispose"/>
/// without commit) they are deleted, so a crash or a full disk never leaves a half-written file where the old one was.</item>
/// <item><see cref="Commit"/> first writes a list of the moves (<c>.BASE.commit.tmp</c>, naming the process), then
/// moves the files, then deletes the list. The list is also the lock: a second run committing into the same folder waits
/// until the first is done, so two concurrent runs never leave a mix. A run killed while moving leaves its list, and the
/// next run finishes those moves before anything else (the killed run's set is then whole).</item>
/// <item>Opening a sink removes what killed runs left: temporary files of processes that no longer run.</item>
/// </list>
/// </summary>
public sealed partial class AtomicFileSink : ExportSink, IDisposable
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(60);
    private readonly string _directory;
    private readonly string _baseName;
    private readonly List<(string Temporary, string Final)> _files = [];
    private bool _committed;

    public AtomicFileSink(string directory, string baseName)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentException.ThrowIfNullOrEmpty(baseName);
        _directory = directory;
        _baseName = baseName;
        Recover(directory, baseName);
    }

    public override string BaseName => _baseName;

    /// <summary>The final paths of the files written so far.</summary>
    public IReadOnlyList<string> Files => _files.Select(f => f.Final).ToList();

    private static int ProcessId => Environment.ProcessId;

    public override Stream Create(string suffix)
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        ArgumentNullException.ThrowIfNull(suffix);
        Directory.CreateDirectory(_directory);
        string final = Path.Combine(_directory, _baseName + suffix);
        if (_files.Any(f => string.Equals(f.Final, final, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"{final} is written twice in one export");
        }

        string temporary = Path.Combine(_directory, string.Create(CultureInfo.InvariantCulture, $".{_baseName}{suffix}.{ProcessId}-{Guid.NewGuid():N}.tmp"));
        _files.Add((temporary, final));
        return new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.None);
    }

    /// <summary>Flushes every temporary file to disk and moves the set over its destinations (see the class summary).</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        foreach (var (temporary, _) in _files)
        {
            using var stream = new FileStream(temporary, FileMode.Open, FileAccess.ReadWrite);
            stream.Flush(flushToDisk: true);
        }

        var text = new StringBuilder().Append(ProcessId.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var (temporary, final) in _files)
        {
            text.Append(Path.GetFileName(temporary)).Append('/').Append(Path.GetFileName(final)).Append('\n');
        }

        string journal = AcquireJournal(_directory, _baseName, Encoding.UTF8.GetBytes(text.ToString()));
        foreach (var (temporary, final) in _files)
        {
            File.Move(temporary, final, overwrite: true);
        }

        File.Delete(journal);
        _committed = true;
    }

    public void Dispose()
    {
        if (_committed)
        {
            return;
        }

        foreach (var (temporary, _) in _files)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Best effort: a temporary file we cannot delete is still never mistaken for the output, and the next
                // run removes it.
            }
        }

        _committed = true;
    }

    /// <summary>
    /// Finishes the moves of a run that was killed while committing into <paramref name="directory"/>, and deletes the
    /// temporary files that runs no longer running left there. Returns the number of files removed or completed.
    /// </summary>
    public static int Recover(string directory, string baseName)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentException.ThrowIfNullOrEmpty(baseName);
        if (!Directory.Exists(directory))
        {
            return 0;
        }

        int count = 0;
        string journal = JournalPath(directory, baseName);
        if (ReadJournal(journal) is { } dead && !IsRunning(dead.ProcessId))
        {
            foreach (var (temporary, final) in dead.Moves)
            {
                string from = Path.Combine(directory, temporary);
                if (File.Exists(from))
                {
                    File.Move(from, Path.Combine(directory, final), overwrite: true);
                    count++;
                }
            }

            TryDelete(journal);
        }

        var pattern = TemporaryName(baseName);
        foreach (string file in Directory.EnumerateFiles(directory, "." + baseName + "*.tmp"))
        {
            var match = pattern.Match(Path.GetFileName(file));
            if (match.Success && match.Groups["pid"].Value is { Length: > 0 } pid
                && int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out int id) && IsRunning(id))
            {
                continue; // a run in progress
            }

            if (match.Success && TryDelete(file))
            {
                count++;
            }
        }

        return count;
    }

    private static string JournalPath(string directory, string baseName) => Path.Combine(directory, $".{baseName}.commit.tmp");

    /// <summary>Temporary files of <paramref name="baseName"/>: <c>.BASE.SUFFIX.PID-GUID.tmp</c> (and, from older versions, <c>.BASE.SUFFIX.GUID.tmp</c>).</summary>
    private static Regex TemporaryName(string baseName) =>
        new("^\\." + Regex.Escape(baseName) + "\\..*\\.(?:(?<pid>[0-9]+)-)?[0-9a-f]{32}\\.tmp$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Puts the commit list in place, whole (written beside it, then moved in without overwriting, which is atomic), waiting
    /// while a running process holds it and finishing a dead one's moves first. Returns its path.
    /// </summary>
    private static string AcquireJournal(string directory, string baseName, byte[] content)
    {
        string journal = JournalPath(directory, baseName);
        string draft = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $".{baseName}.commit.{ProcessId}-{Guid.NewGuid():N}.tmp"));
        using (var stream = new FileStream(draft, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }

        var waited = System.Diagnostics.Stopwatch.StartNew();
        int vanished = 0;
        while (true)
        {
            try
            {
                File.Move(draft, journal, overwrite: false);
                return journal;
            }
            catch (IOException) when (File.Exists(journal) || (File.Exists(draft) && ++vanished <= 1000))
            {
                // The list was there when the move failed and may be gone by now (its run finished in between): try
                // again at once. Another failure, with no list in the way, is not waiting for a lock (1,000 tries).
                if (!File.Exists(journal))
                {
                    continue;
                }

                if (ReadJournal(journal) is { } other && !IsRunning(other.ProcessId))
                {
                    Recover(directory, baseName);
                    continue;
                }

                if (waited.Elapsed > LockTimeout)
                {
                    TryDelete(draft);
                    throw new IOException($"another run has been moving its files into {directory} for {LockTimeout.TotalSeconds:0} s (its list of moves: {journal})");
                }

                Thread.Sleep(20);
            }
        }
    }

    private static (int ProcessId, List<(string Temporary, string Final)> Moves)? ReadJournal(string journal)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(journal, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (lines.Length == 0 || !int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out int pid))
        {
            return (0, []); // not a list this class wrote whole: nothing to finish
        }

        var moves = new List<(string, string)>();
        foreach (string line in lines.Skip(1))
        {
            int slash = line.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0)
            {
                moves.Add((line[..slash], line[(slash + 1)..]));
            }
        }

        return (pid, moves);
    }

    private static bool IsRunning(int processId)
    {
        if (processId <= 0)
        {
            return false;
        }

        if (processId == ProcessId)
        {
            return true;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static bool TryDelete(string file)
    {
        try
        {
            File.Delete(file);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
