using System.Collections.Immutable;
using Lineage.Model;

namespace Lineage.Documents.Encodings;

/// <summary>
/// A <see cref="TextReader"/> over a stream whose encoding <see cref="TextDecoder.Open"/> detected: decodes in chunks
/// (bounded memory whatever the file size) and counts invalid byte sequences as it goes. Disposing it disposes the
/// stream. When <see cref="Succeeded"/> is false the bytes are not text: reading throws.
/// </summary>
public sealed class DecodingReader : TextReader
{
    private readonly StreamReader? _reader;
    private readonly CountingDecoderFallback _fallback = new();
    private readonly string _path;
    private readonly Stream _stream;

    internal DecodingReader(EncodingDetection detection, byte[] sample, int sampleLength, Stream rest, string path)
    {
        Detection = detection;
        _path = path;
        _stream = rest;
        if (detection.Encoding is not null)
        {
            var encoding = TextDecoder.WithFallback(detection.Encoding, _fallback);
            var source = new PrefixedStream(sample, detection.PreambleLength, sampleLength, rest);
            _reader = new StreamReader(source, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: false);
        }
    }

    /// <summary>What detection decided.</summary>
    public EncodingDetection Detection { get; }

    /// <summary>False when the bytes are not text.</summary>
    public bool Succeeded => _reader is not null;

    /// <summary>Invalid byte sequences met so far (each replaced with U+FFFD).</summary>
    public long InvalidSequences => _fallback.Count;

    /// <summary>The detection's diagnostics, plus a warning when invalid bytes were met while reading.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => _fallback.Count == 0 || Detection.Encoding is null
        ? Detection.Diagnostics
        : Detection.Diagnostics.Add(TextDecoder.InvalidBytes(_path, Detection.Encoding, _fallback.Count, -1, null) with
        {
            Message = Messages.Format(Messages.InvalidBytesWhileReading, _fallback.Count, TextDecoder.DisplayName(Detection.Encoding)),
        });

    public override int Peek() => Reader.Peek();

    public override int Read() => Reader.Read();

    public override int Read(char[] buffer, int index, int count) => Reader.Read(buffer, index, count);

    public override int Read(Span<char> buffer) => Reader.Read(buffer);

    public override string? ReadLine() => Reader.ReadLine();

    public override string ReadToEnd() => Reader.ReadToEnd();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader?.Dispose();
            _stream.Dispose();
        }

        base.Dispose(disposing);
    }

    private StreamReader Reader => _reader ?? throw new InvalidOperationException(
        $"{_path} is not text (see Diagnostics); check Succeeded before reading.");
}
