namespace Lineage.Export;

/// <summary>
/// Writes every file to a temporary name beside its destination and renames them into place only when the
/// whole export has finished (<see cref="Commit"/>); on failure (<see cref="Dispose"/> without commit) the
/// temporary files are deleted, so a crash or a full disk never leaves a half-written file where the old one was.
/// </summary>
public sealed class AtomicFileSink : ExportSink, IDisposable
{
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
    }

    public override string BaseName => _baseName;

    /// <summary>The final paths of the files written so far.</summary>
    public IReadOnlyList<string> Files => _files.Select(f => f.Final).ToList();

    public override Stream Create(string suffix)
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        Directory.CreateDirectory(_directory);
        string final = Path.Combine(_directory, _baseName + suffix);
        string temporary = Path.Combine(_directory, $".{_baseName}{suffix}.{Guid.NewGuid():N}.tmp");
        _files.Add((temporary, final));
        return new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.None);
    }

    /// <summary>Flushes every temporary file to disk and moves it over its destination.</summary>
    public void Commit()
    {
        foreach (var (temporary, _) in _files)
        {
            using var stream = new FileStream(temporary, FileMode.Open, FileAccess.ReadWrite);
            stream.Flush(flushToDisk: true);
        }

        foreach (var (temporary, final) in _files)
        {
            File.Move(temporary, final, overwrite: true);
        }

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
            catch (IOException)
            {
                // Best effort: a temporary file we cannot delete is still never mistaken for the output.
            }
        }

        _committed = true;
    }
}
