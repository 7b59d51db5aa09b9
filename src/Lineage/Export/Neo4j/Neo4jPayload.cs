using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Lineage.Export.Neo4j;

/// <summary>
/// The JSON request bodies: the Query API's <c>{"statement","parameters","includeCounters":true}</c> and the
/// transactional endpoints' <c>{"statements":[{"statement","parameters","includeStats":true}]}</c>. Deterministic bytes.
/// </summary>
public static class Neo4jPayload
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The body that sends <paramref name="text"/> with <paramref name="parameters"/> to <paramref name="api"/>.</summary>
    public static byte[] Create(Neo4jApi api, string text, IReadOnlyDictionary<string, object?> parameters)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(parameters);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            if (api == Neo4jApi.Query)
            {
                WriteStatement(writer, text, parameters, "includeCounters");
            }
            else
            {
                writer.WriteStartArray("statements");
                writer.WriteStartObject();
                WriteStatement(writer, text, parameters, "includeStats");
                writer.WriteEndObject();
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The body for a statement of an export.</summary>
    public static byte[] Create(Neo4jApi api, Neo4jStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return Create(api, statement.Text, statement.Parameters);
    }

    private static void WriteStatement(Utf8JsonWriter writer, string text, IReadOnlyDictionary<string, object?> parameters, string countersFlag)
    {
        writer.WriteString("statement", text);
        writer.WritePropertyName("parameters");
        WriteValue(writer, parameters);
        writer.WriteBoolean(countersFlag, true);
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (object? item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A Neo4j parameter cannot be a {value.GetType()}.", nameof(value));
        }
    }
}
