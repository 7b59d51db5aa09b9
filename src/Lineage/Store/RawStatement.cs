using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Lineage.Store;

/// <summary>
/// One SQL statement prepared once on the store's connection and run many times through SQLite's own API,
/// parameters bound by position. The bulk rows of a build (a citation row per mention, a few million over the whole
/// record) go through here: <see cref="SqliteCommand"/> looks each parameter up by name on every execution, which
/// cost the writer thread a third of its time (29 parameters per citation row). The binds and steps call the bundled
/// native SQLite (<c>e_sqlite3</c>, the library Microsoft.Data.Sqlite itself loads) on the statement's pointer: through
/// SQLitePCL's wrappers each of the ~30 calls per row took and released a reference on the statement's
/// <see cref="SafeHandle"/> and went through its provider interface, a fifth of the writer's time. The handle stays
/// referenced by this object, so the pointer lives as long as it. Runs inside whatever transaction the connection has
/// open. The bulk reads of a rebuild (a changed file's stored citations, a citing document's citations for its edges)
/// step and read columns the same way (<see cref="Step"/>, <see cref="Text"/>), without the data reader's checks per
/// column. Not thread-safe.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private const int Row = 100;
    private const int Done = 101;

    /// <summary>SQLITE_TRANSIENT: SQLite copies the text before the bind returns (the buffer is pinned only for the call).</summary>
    private static readonly IntPtr s_transient = new(-1);

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly IntPtr _handle;
    private byte[] _utf8 = new byte[1024];

    /// <summary>
    /// The text each parameter holds, when it holds one: SQLite keeps a binding until it is replaced (a reset does not
    /// clear it), so the same string bound again to the same parameter (a citation row's source, the same for every row
    /// of its file; a verb read off a table) is not encoded and copied again.
    /// </summary>
    private readonly string?[] _bound;

    public RawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        _handle = _statement.DangerousGetHandle();
        _bound = new string?[raw.sqlite3_bind_parameter_count(_statement) + 1];
    }

    /// <summary>The rowid of the last row the connection inserted (for an <c>INTEGER PRIMARY KEY</c> just written).</summary>
    public long LastInsertRowId => raw.sqlite3_last_insert_rowid(_db);

    /// <summary>
    /// Binds parameter <paramref name="index"/> (1-based, in SQL order) to a text, or NULL. The text goes in as UTF-8,
    /// the store's encoding, encoded here (vectorised) into a buffer kept for the statement, which SQLite copies: bound
    /// as UTF-16, SQLite converted it character by character, 5% of the writer's time.
    /// </summary>
    public void Bind(int index, string? value)
    {
        if (value is null)
        {
            _bound[index] = null;
            Check(Native.BindNull(_handle, index));
            return;
        }

        if (ReferenceEquals(_bound[index], value))
        {
            return;
        }

        int most = System.Text.Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_utf8.Length < most)
        {
            _utf8 = new byte[Math.Max(most, 2 * _utf8.Length)];
        }

        int count = System.Text.Encoding.UTF8.GetBytes(value, _utf8);
        Check(Native.BindText(_handle, index, ref MemoryMarshal.GetArrayDataReference(_utf8), count, s_transient));
        _bound[index] = value;
    }

    public void Bind(int index, long value)
    {
        _bound[index] = null;
        Check(Native.BindInt64(_handle, index, value));
    }

    public void Bind(int index, long? value)
    {
        _bound[index] = null;
        Check(value is { } number ? Native.BindInt64(_handle, index, number) : Native.BindNull(_handle, index));
    }

    /// <summary>
    /// Binds a value of the export schema (<see cref="Export.ExportSchema.NodeValues"/>, <see cref="Export.ExportSchema.EdgeValues"/>):
    /// text, a whole number, a boolean as 0/1, a list as its <c>;</c>-joined text, or NULL; as <see cref="StoreWriter.Column"/> writes it.
    /// </summary>
    public void BindValue(int index, object? value)
    {
        switch (StoreWriter.Column(value))
        {
            case DBNull:
                _bound[index] = null;
                Check(Native.BindNull(_handle, index));
                break;
            case string text:
                Bind(index, text);
                break;
            case int number:
                Bind(index, number);
                break;
            case long number:
                Bind(index, number);
                break;
            case var other:
                throw new ArgumentException($"No column type for a {other.GetType().Name}.", nameof(value));
        }
    }

    /// <summary>Runs the statement with the values bound (a write: no row is expected back) and makes it ready for the next.</summary>
    public void Execute()
    {
        int rc = Native.Step(_handle);
        int reset = Native.Reset(_handle);
        if (rc is not Done and not Row)
        {
            Check(rc);
        }

        Check(reset);
    }

    /// <summary>Steps to the next row of a query; false when there is none (then <see cref="Reset"/> it before binding again).</summary>
    public bool Step()
    {
        int rc = Native.Step(_handle);
        if (rc == Row)
        {
            return true;
        }

        if (rc != Done)
        {
            Check(rc);
        }

        return false;
    }

    /// <summary>Makes the statement ready to run again (its bindings stay), ending the read of a query.</summary>
    public void Reset() => Check(Native.Reset(_handle));

    /// <summary>Whether column <paramref name="column"/> (0-based) of the current row is NULL.</summary>
    public bool IsNull(int column) => Native.ColumnType(_handle, column) == 5;

    public long Int64(int column) => Native.ColumnInt64(_handle, column);

    /// <summary>Column <paramref name="column"/> as text (UTF-8 in the store), or null when NULL.</summary>
    public string? Text(int column)
    {
        IntPtr text = Native.ColumnText(_handle, column);
        return text == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(text, Native.ColumnBytes(_handle, column));
    }

    /// <summary>
    /// Copies the UTF-8 bytes of text column <paramref name="column"/> into <paramref name="buffer"/> and returns their
    /// count; 0 when NULL or longer than the buffer. For a short value only compared or parsed (a stored time), no text made.
    /// </summary>
    public int Utf8(int column, byte[] buffer)
    {
        IntPtr text = Native.ColumnText(_handle, column);
        int count = text == IntPtr.Zero ? 0 : Native.ColumnBytes(_handle, column);
        if (count == 0 || count > buffer.Length)
        {
            return 0;
        }

        Marshal.Copy(text, buffer, 0, count);
        return count;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Check(int rc)
    {
        if (rc != 0)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    public void Dispose() => _statement.Dispose();

    /// <summary>
    /// The few entry points of the bundled SQLite the bulk writes use. A number or NULL bound only sets a value in the
    /// statement, briefly and with no callback, so it skips the GC transition; a text bound copies the text (a sentence
    /// can be long) and a step writes pages and may wait on the disk, so they keep it.
    /// </summary>
    private static class Native
    {
        private const string Library = "e_sqlite3";

        [DllImport(Library, EntryPoint = "sqlite3_bind_int64", ExactSpelling = true)]
        [SuppressGCTransition]
        public static extern int BindInt64(IntPtr statement, int index, long value);

        [DllImport(Library, EntryPoint = "sqlite3_bind_null", ExactSpelling = true)]
        [SuppressGCTransition]
        public static extern int BindNull(IntPtr statement, int index);

        [DllImport(Library, EntryPoint = "sqlite3_bind_text", ExactSpelling = true)]
        public static extern int BindText(IntPtr statement, int index, ref byte text, int bytes, IntPtr destructor);

        [DllImport(Library, EntryPoint = "sqlite3_step", ExactSpelling = true)]
        public static extern int Step(IntPtr statement);

        [DllImport(Library, EntryPoint = "sqlite3_reset", ExactSpelling = true)]
        public static extern int Reset(IntPtr statement);

        // A column read only looks at the row the step left in the statement (the text is converted in place at most
        // once): brief, no callback, so no GC transition.
        [DllImport(Library, EntryPoint = "sqlite3_column_type", ExactSpelling = true)]
        [SuppressGCTransition]
        public static extern int ColumnType(IntPtr statement, int column);

        [DllImport(Library, EntryPoint = "sqlite3_column_int64", ExactSpelling = true)]
        [SuppressGCTransition]
        public static extern long ColumnInt64(IntPtr statement, int column);

        [DllImport(Library, EntryPoint = "sqlite3_column_text", ExactSpelling = true)]
        [SuppressGCTransition]
        public static extern IntPtr ColumnText(IntPtr statement, int column);

        [DllImport(Library, EntryPoint = "sqlite3_column_bytes", ExactSpelling = true)]
        [SuppressGCTransition]
        public static extern int ColumnBytes(IntPtr statement, int column);
    }
}
