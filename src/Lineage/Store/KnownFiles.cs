namespace Lineage.Store;

/// <summary>
/// What a store holds of its files for a rerun to tell the unchanged ones: path, size, modification time as ticks,
/// place among the inputs, in the order of that place. Read once per build, for every stored file (122,070 on the
/// whole record), so it reads only what the size-and-time check needs: the content hash is asked for by
/// <see cref="Hash"/>, for the few files whose size or time differ; the time is read from the row's UTF-8 bytes
/// straight into ticks (<see cref="ParseTicks"/>), no text made of it and none formatted from the walk's time to
/// compare. A file is found by its path through <see cref="Find"/>, which first tries the place after the last file
/// found: the walk lists the files in the order the last build stored them (the same folders walked the same way),
/// so a rerun finds nearly every file there with one string comparison, and hashes no path.
/// </summary>
internal sealed class KnownFiles
{
    private readonly List<string> _paths = [];
    private readonly List<long> _sizes = [];
    private readonly List<long> _ticks = [];
    private readonly List<long> _orders = [];
    private Dictionary<string, int>? _byPath;
    private int _next;

    private KnownFiles()
    {
    }

    /// <summary>Files stored.</summary>
    public int Count => _paths.Count;

    /// <summary>The stored path of file <paramref name="index"/>.</summary>
    public string Path(int index) => _paths[index];

    /// <summary>The stored size of file <paramref name="index"/>.</summary>
    public long Size(int index) => _sizes[index];

    /// <summary>The stored modification time of file <paramref name="index"/>, as UTC ticks (-1 when the stored text is not one <see cref="StoreValues.Timestamp"/> writes).</summary>
    public long Ticks(int index) => _ticks[index];

    /// <summary>The stored place among the inputs of file <paramref name="index"/>.</summary>
    public long Order(int index) => _orders[index];

    /// <summary>Reads every stored file's path, size, time and place, in input order.</summary>
    public static KnownFiles Read(LineageStore store)
    {
        var known = new KnownFiles();
        using var statement = new RawStatement(store.Connection, "SELECT path, size, mtime, input_order FROM documents ORDER BY input_order");
        byte[] time = new byte[32];
        while (statement.Step())
        {
            known._paths.Add(statement.Text(0)!);
            known._sizes.Add(statement.Int64(1));
            known._ticks.Add(statement.Utf8(2, time) is var length and > 0 ? ParseTicks(time.AsSpan(0, length)) : -1);
            known._orders.Add(statement.Int64(3));
        }

        return known;
    }

    /// <summary>
    /// The index of the stored file at <paramref name="path"/>, or -1. Looked for first where the last one found was
    /// followed; else by a dictionary of every stored path, made when first needed (a file added, gone or renamed).
    /// </summary>
    public int Find(string path)
    {
        if (_next < _paths.Count && string.Equals(_paths[_next], path, StringComparison.Ordinal))
        {
            return _next++;
        }

        _byPath ??= ByPath();
        if (_byPath.TryGetValue(path, out int index))
        {
            _next = index + 1;
            return index;
        }

        return -1;
    }

    /// <summary>Gives stored file <paramref name="index"/> the path <paramref name="path"/> (its row was renamed so).</summary>
    public void Rename(int index, string path)
    {
        if (_byPath is not null)
        {
            _byPath.Remove(_paths[index]);
            _byPath[path] = index;
        }

        _paths[index] = path;
    }

    /// <summary>The stored content hash of the file at <paramref name="path"/> (read one by one: only files whose size or time differ need it).</summary>
    public static string? Hash(RawStatement query, string path)
    {
        query.Bind(1, path);
        try
        {
            return query.Step() ? query.Text(0) : null;
        }
        finally
        {
            query.Reset();
        }
    }

    /// <summary>The query <see cref="Hash"/> runs.</summary>
    public const string HashQuery = "SELECT content_hash FROM documents WHERE path = ?1";

    /// <summary>
    /// UTC ticks of a time as <see cref="StoreValues.Timestamp"/> writes it (<c>2026-12-07T21:40:00.1234567Z</c>), read
    /// from its UTF-8 bytes; -1 for any other text (the file then counts as changed, and its hash decides).
    /// </summary>
    public static long ParseTicks(ReadOnlySpan<byte> text)
    {
        if (text.Length != 28 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != '.' || text[27] != 'Z')
        {
            return -1;
        }

        int year = Number(text[..4]);
        int month = Number(text.Slice(5, 2));
        int day = Number(text.Slice(8, 2));
        int hour = Number(text.Slice(11, 2));
        int minute = Number(text.Slice(14, 2));
        int second = Number(text.Slice(17, 2));
        int fraction = Number(text.Slice(20, 7));
        if ((year | month | day | hour | minute | second | fraction) < 0 || year < 1 || month is < 1 or > 12 || day < 1
            || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return -1;
        }

        return new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).Ticks + fraction;
    }

    /// <summary>The digits of <paramref name="digits"/> as a number; negative when one is not a digit.</summary>
    private static int Number(ReadOnlySpan<byte> digits)
    {
        int value = 0;
        foreach (byte b in digits)
        {
            int digit = b - '0';
            if (digit is < 0 or > 9)
            {
                return int.MinValue;
            }

            value = (value * 10) + digit;
        }

        return value;
    }

    private Dictionary<string, int> ByPath()
    {
        var byPath = new Dictionary<string, int>(_paths.Count, StringComparer.Ordinal);
        for (int i = 0; i < _paths.Count; i++)
        {
            byPath[_paths[i]] = i;
        }

        return byPath;
    }
}
