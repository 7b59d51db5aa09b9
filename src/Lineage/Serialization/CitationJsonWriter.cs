using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lineage.Model;

namespace Lineage.Serialization;

/// <summary>
/// Writes citations as JSON Lines, one object per citation, in a stable shape other tools read (README, "JSONL
/// format"). Field names never change meaning; new fields may be added at the end.
/// </summary>
public static class CitationJsonWriter
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Writes one line per citation to <paramref name="output"/> (UTF-8, <c>\n</c> line ends).</summary>
    public static void WriteLines(IEnumerable<Citation> citations, Stream output)
    {
        ArgumentNullException.ThrowIfNull(citations);
        ArgumentNullException.ThrowIfNull(output);
        // One writer for all the lines (its buffer reused), reset after each object.
        using var writer = new Utf8JsonWriter(output, s_options);
        foreach (var citation in citations)
        {
            Write(writer, citation);
            writer.Flush();
            output.WriteByte((byte)'\n');
            writer.Reset(output);
        }
    }

    /// <summary>
    /// Writes one line per citation into <paramref name="output"/> (UTF-8, <c>\n</c> line ends): the bytes go straight
    /// into the caller's buffer, with no stream or string between (the <c>extract</c> command hands them to standard
    /// output as they are).
    /// </summary>
    public static void WriteLines(IEnumerable<Citation> citations, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(citations);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new Utf8JsonWriter(output, s_options);
        foreach (var citation in citations)
        {
            Write(writer, citation);
            writer.Flush();
            output.GetSpan(1)[0] = (byte)'\n';
            output.Advance(1);
            writer.Reset(output);
        }
    }

    /// <summary>One citation as a JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, Citation citation)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(citation);
        writer.WriteStartObject();
        writer.WriteString("source", citation.Source.Canonical);
        writer.WriteString("target", citation.Target.Canonical);
        writer.WriteString("kind", Token(citation.Target.Kind));
        writer.WriteString("organ", Token(citation.Target.Organ));
        if (citation.Target.IsPart)
        {
            writer.WriteString("work", citation.Target.Work.Canonical);
        }
        else
        {
            writer.WriteNull("work");
        }

        writer.WriteString("verb", citation.Verb);
        writer.WriteString("relation", citation.Relation.ToToken());
        writer.WriteString("site", citation.Site.KindToken);
        WriteNumber(writer, "paragraph", citation.Site.Number);
        if (citation.Anchor is { } anchor)
        {
            writer.WriteString("anchor_site", anchor.KindToken);
            WriteNumber(writer, "anchor_paragraph", anchor.Number);
        }
        else
        {
            writer.WriteNull("anchor_site");
            writer.WriteNull("anchor_paragraph");
        }

        if (citation.Date is { } date)
        {
            writer.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull("date");
        }

        if (citation.Subject is { } subject)
        {
            writer.WriteString("subject", subject);
        }
        else
        {
            writer.WriteNull("subject");
        }

        writer.WriteString("language", citation.Language.ToCode());
        writer.WriteString("method", citation.Method == CitationMethod.Markup ? "markup" : "text");
        writer.WriteNumber("ordinal", citation.Ordinal);
        writer.WriteBoolean("in_list", citation.InList);
        writer.WriteString("file", citation.Span.File);
        writer.WriteNumber("offset", citation.Span.Offset);
        writer.WriteNumber("length", citation.Span.Length);
        writer.WriteNumber("line", citation.Span.Line);
        writer.WriteNumber("column", citation.Span.Column);
        WriteNumber(writer, "page", citation.Span.Page);
        writer.WriteString("text", citation.Text);
        writer.WriteEndObject();
    }

    /// <summary>Lower-case token for a symbol kind: resolution, decision, document.</summary>
    public static string Token(SymbolKind kind) => kind switch
    {
        SymbolKind.Resolution => "resolution",
        SymbolKind.Decision => "decision",
        _ => "document",
    };

    /// <summary>Short token for an organ: ga, sc, ecosoc, hrc, none.</summary>
    public static string Token(Organ organ) => organ switch
    {
        Organ.GeneralAssembly => "ga",
        Organ.SecurityCouncil => "sc",
        Organ.EconomicAndSocialCouncil => "ecosoc",
        Organ.HumanRightsCouncil => "hrc",
        _ => "none",
    };

    private static void WriteNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is int v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
