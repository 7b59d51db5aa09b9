namespace Lineage.Store;

/// <summary>
/// One build of a store at a time: an exclusive lock (flock on Unix, a share lock on Windows) on a file beside the
/// store (<c>.lineage.db.lock</c>, kept: deleting it would let two builds lock two files), held for the whole build
/// and its exports, so two builds into one folder run one after the other and the folder ends with every file from
/// one of them. Readers of the store take no such lock and are not held up.
/// </summary>
public sealed class StoreBuildLock : IDisposable
{
    private readonly FileStream _stream;

    private StoreBuildLock(FileStream stream) => _stream = stream;

    /// <summary>The lock file of the store at <paramref name="storePath"/>.</summary>
    public static string PathOf(string storePath)
    {
        ArgumentNullException.ThrowIfNull(storePath);
        string full = Path.GetFullPath(storePath);
        return Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + ".lock");
    }

    /// <summary>Takes the build lock of <paramref name="storePath"/>, creating the folder if need be; waits while another build holds it, telling <paramref name="waiting"/> once.</summary>
    public static async Task<StoreBuildLock> AcquireAsync(string storePath, Action? waiting = null, CancellationToken cancellationToken = default)
    {
        string lockPath = PathOf(storePath);
        Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);

        bool told = false;
        while (true)
        {
            try
            {
                return new StoreBuildLock(new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (File.Exists(lockPath))
            {
                if (!told)
                {
                    waiting?.Invoke();
                    told = true;
                }

                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
