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

    // The property names, encoded once (not transcoded and checked for escaping in every object written).
    private static readonly JsonEncodedText s_source = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText s_target = JsonEncodedText.Encode("target");
    private static readonly JsonEncodedText s_kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText s_organ = JsonEncodedText.Encode("organ");
    private static readonly JsonEncodedText s_work = JsonEncodedText.Encode("work");
    private static readonly JsonEncodedText s_verb = JsonEncodedText.Encode("verb");
    private static readonly JsonEncodedText s_relation = JsonEncodedText.Encode("relation");
    private static readonly JsonEncodedText s_site = JsonEncodedText.Encode("site");
    private static readonly JsonEncodedText s_paragraph = JsonEncodedText.Encode("paragraph");
    private static readonly JsonEncodedText s_anchorSite = JsonEncodedText.Encode("anchor_site");
    private static readonly JsonEncodedText s_anchorParagraph = JsonEncodedText.Encode("anchor_paragraph");
    private static readonly JsonEncodedText s_date = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText s_subject = JsonEncodedText.Encode("subject");
    private static readonly JsonEncodedText s_language = JsonEncodedText.Encode("language");
    private static readonly JsonEncodedText s_method = JsonEncodedText.Encode("method");
    private static readonly JsonEncodedText s_ordinal = JsonEncodedText.Encode("ordinal");
    private static readonly JsonEncodedText s_inList = JsonEncodedText.Encode("in_list");
    private static readonly JsonEncodedText s_file = JsonEncodedText.Encode("file");
    private static readonly JsonEncodedText s_offset = JsonEncodedText.Encode("offset");
    private static readonly JsonEncodedText s_length = JsonEncodedText.Encode("length");
    private static readonly JsonEncodedText s_line = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText s_column = JsonEncodedText.Encode("column");
    private static readonly JsonEncodedText s_page = JsonEncodedText.Encode("page");
    private static readonly JsonEncodedText s_text = JsonEncodedText.Encode("text");

    /// <summary>Writes one line per citation to <paramref name="output"/> (UTF-8, <c>\n</c> line ends).</summary>
    public static void WriteLines(IEnumerable<Citation> citations, Stream output)
    {
        ArgumentNullException.ThrowIfNull(citations);
        ArgumentNullException.ThrowIfNull(output);
        // The lines of a few hundred citations at a time made by the buffer overload, then copied to the stream.
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var chunk in citations.Chunk(256))
        {
            WriteLines(chunk, buffer);
            output.Write(buffer.WrittenSpan);
            buffer.ResetWrittenCount();
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
        // One writer for all the lines (its state reused), reset after each object.
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
        writer.WriteString(s_source, citation.Source.Canonical);
        writer.WriteString(s_target, citation.Target.Canonical);
        writer.WriteString(s_kind, Token(citation.Target.Kind));
        writer.WriteString(s_organ, Token(citation.Target.Organ));
        if (citation.Target.IsPart)
        {
            writer.WriteString(s_work, citation.Target.Work.Canonical);
        }
        else
        {
            writer.WriteNull(s_work);
        }

        writer.WriteString(s_verb, citation.Verb);
        writer.WriteString(s_relation, citation.Relation.ToToken());
        writer.WriteString(s_site, citation.Site.KindToken);
        WriteNumber(writer, s_paragraph, citation.Site.Number);
        if (citation.Anchor is { } anchor)
        {
            writer.WriteString(s_anchorSite, anchor.KindToken);
            WriteNumber(writer, s_anchorParagraph, anchor.Number);
        }
        else
        {
            writer.WriteNull(s_anchorSite);
            writer.WriteNull(s_anchorParagraph);
        }

        if (citation.Date is { } date)
        {
            Span<char> day = stackalloc char[10];
            _ = date.TryFormat(day, out int written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            writer.WriteString(s_date, day[..written]);
        }
        else
        {
            writer.WriteNull(s_date);
        }

        if (citation.Subject is { } subject)
        {
            writer.WriteString(s_subject, subject);
        }
        else
        {
            writer.WriteNull(s_subject);
        }

        writer.WriteString(s_language, citation.Language.ToCode());
        writer.WriteString(s_method, citation.Method == CitationMethod.Markup ? "markup" : "text");
        writer.WriteNumber(s_ordinal, citation.Ordinal);
        writer.WriteBoolean(s_inList, citation.InList);
        writer.WriteString(s_file, citation.Span.File);
        writer.WriteNumber(s_offset, citation.Span.Offset);
        writer.WriteNumber(s_length, citation.Span.Length);
        writer.WriteNumber(s_line, citation.Span.Line);
        writer.WriteNumber(s_column, citation.Span.Column);
        WriteNumber(writer, s_page, citation.Span.Page);
        writer.WriteString(s_text, citation.Text);
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

    private static void WriteNumber(Utf8JsonWriter writer, JsonEncodedText name, int? value)
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
