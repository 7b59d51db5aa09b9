using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Lineage.Store;

/// <summary>
/// One SQL statement prepared once on the store's connection and run many times through SQLite's own API,
/// parameters bound by position. The bulk rows of a build (a citation row per mention, a few million over the whole
/// record) go through here: <see cref="SqliteCommand"/> looks each parameter up by name on every execution, which
/// cost the writer thread a third of its time (29 parameters per citation row). Runs inside whatever transaction the
/// connection has open. Not thread-safe.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private const int Row = 100;
    private const int Done = 101;

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    /// <summary>The rowid of the last row the connection inserted (for an <c>INTEGER PRIMARY KEY</c> just written).</summary>
    public long LastInsertRowId => raw.sqlite3_last_insert_rowid(_db);

    /// <summary>Binds parameter <paramref name="index"/> (1-based, in SQL order) to a text, or NULL.</summary>
    public void Bind(int index, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_text16(_statement, index, value.AsSpan()));

    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public void Bind(int index, long? value) =>
        Check(value is { } number ? raw.sqlite3_bind_int64(_statement, index, number) : raw.sqlite3_bind_null(_statement, index));

    /// <summary>Runs the statement with the values bound (a write: no row is expected back) and makes it ready for the next.</summary>
    public void Execute()
    {
        int rc = raw.sqlite3_step(_statement);
        if (rc is not Done and not Row)
        {
            raw.sqlite3_reset(_statement);
            Check(rc);
        }

        Check(raw.sqlite3_reset(_statement));
    }

    private void Check(int rc) => SqliteException.ThrowExceptionForRC(rc, _db);

    public void Dispose() => _statement.Dispose();
}
