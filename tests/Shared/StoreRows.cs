using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Lineage.Tests.Shared;

/// <summary>
/// The rows of a store as text, one line per row, for comparing two stores: every table the build fills, every
/// column except what only says when (read_at) or which row id SQLite gave (citations are keyed by their file's path).
/// The runs table, a log of builds, is left out.
/// </summary>
internal static class StoreRows
{
    public static List<string> Dump(string path)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        var rows = new List<string>();
        Read(connection, "documents", "SELECT path, input_order, symbol, language, title, date, session, meeting, format, size, mtime, content_hash, citation_count, diagnostics FROM documents", rows);
        Read(connection, "citations", "SELECT d.path, c.* FROM citations c JOIN documents d ON d.id = c.document_id", rows, skip: "document_id");
        Read(connection, "nodes", "SELECT * FROM nodes", rows);
        Read(connection, "edges", "SELECT * FROM edges", rows);
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    public static long Count(string path, string table)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    private static void Read(SqliteConnection connection, string table, string sql, List<string> rows, string? skip = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var line = new StringBuilder(table);
            for (int i = 0; i < reader.FieldCount; i++)
            {
                if (reader.GetName(i) == skip)
                {
                    continue;
                }

                line.Append('|').Append(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
            }

            rows.Add(line.ToString());
        }
    }
}
