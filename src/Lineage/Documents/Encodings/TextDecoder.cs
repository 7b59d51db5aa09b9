using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Lineage.Model;

namespace Lineage.Documents.Encodings;

/// <summary>
/// Turns the bytes of a text file into a string, detecting the encoding when the user does not name it.
/// <para>Detection, in this order, on the first <see cref="SampleSize"/> bytes:</para>
/// <list type="number">
/// <item>A byte order mark decides: UTF-8, UTF-16 LE/BE, UTF-32 LE/BE, GB18030.</item>
/// <item>A named encoding (<c>--encoding</c>) is used as given: a warning when a byte order mark says otherwise, and
/// when the text it gives scores as nonsense (naming the encoding detection would pick).</item>
/// <item>NUL bytes: UTF-16 without byte order mark when they fall in every other byte (a warning), otherwise the file is
/// binary (error). Control bytes other than tab, line and page breaks in more than 1 % of the bytes: binary (error).</item>
/// <item>Valid UTF-8 (ASCII included) is UTF-8. UTF-8 with a few invalid sequences (at most 1 in 20 multi-byte
/// characters) is UTF-8 with the invalid bytes replaced by U+FFFD (a warning naming the first one's byte and line).</item>
/// <item>Otherwise each legacy code page in <see cref="LegacyCandidates"/> decodes the sample and is scored (see
/// <see cref="EncodingScore"/>); the best wins. It is certain when it scores at least 0.7 and leads the next reading
/// that gives a different text by at least 0.2 (an info diagnostic names it); otherwise the user gets a warning naming
/// the guess and the runner-up and suggesting <c>--encoding</c>. Below 0.35 the bytes are not text (error). With fewer
/// than 4 non-ASCII characters that read as letters of words of three letters or more (or common Chinese characters)
/// there is nothing to judge by: the file is reported as invalid UTF-8, with the byte and line of the first bad sequence
/// (error <c>LIN0009</c>), however well a code page scores the few stray bytes.</item>
/// </list>
/// </summary>
public static class TextDecoder
{
    /// <summary>Bytes looked at to detect the encoding.</summary>
    public const int SampleSize = 64 * 1024;

    /// <summary>Files up to this size are decoded from one buffer (exact offsets for invalid bytes); larger ones stream.</summary>
    public const int WholeFileLimit = 16 * 1024 * 1024;

    private const double CertainScore = 0.7;
    private const double CertainMargin = 0.2;
    private const double TextScore = 0.35;

    /// <summary>Non-ASCII characters needed before a legacy code page is guessed at all.</summary>
    private const int MinimumEvidence = 4;

    private static readonly ImmutableArray<Encoding> Legacy = CreateLegacy();

    /// <summary>Control bytes other than tab, line and page breaks and the old end-of-file mark (0x1A).</summary>
    private static readonly SearchValues<byte> s_controls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(b => b is not ('\t' or '\n' or '\r' or 0x0B or 0x0C or 0x1A)).Select(b => (byte)b)]);

    /// <summary>
    /// Legacy code pages tried when the bytes are neither marked nor UTF-8, in the order that breaks ties: windows-1252,
    /// GB18030 (covers GBK and GB2312), Big5, windows-1251, KOI8-R, windows-1256.
    /// </summary>
    public static ImmutableArray<Encoding> LegacyCandidates => Legacy;

    /// <summary>
    /// The encoding named <paramref name="name"/>: <c>utf-8</c>, <c>utf-16</c>/<c>utf-16le</c>, <c>utf-16be</c>,
    /// <c>gb18030</c>/<c>gbk</c>/<c>gb2312</c>/<c>cp936</c>, <c>big5</c>, <c>windows-1251</c>/<c>cp1251</c>, <c>koi8-r</c>,
    /// <c>windows-1256</c>/<c>cp1256</c>, <c>windows-1252</c>/<c>cp1252</c>/<c>latin1</c>, or any name .NET knows.
    /// </summary>
    public static bool TryGetEncoding(string? name, [NotNullWhen(true)] out Encoding? encoding)
    {
        _ = Legacy.Length; // registers the code pages provider
        encoding = null;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        string key = name.Trim().ToUpperInvariant().Replace("-", string.Empty, StringComparison.Ordinal)
            .Replace("_", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        encoding = key switch
        {
            "UTF8" or "UTF8SIG" => new UTF8Encoding(false),
            "UTF16" or "UTF16LE" or "UNICODE" or "UCS2" => Encoding.Unicode,
            "UTF16BE" or "UNICODEFFFE" => Encoding.BigEndianUnicode,
            "UTF32" or "UTF32LE" => Encoding.UTF32,
            "UTF32BE" => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
            "GB18030" or "GBK" or "GB2312" or "CP936" or "936" or "EUCCN" or "54936" => Encoding.GetEncoding(54936),
            "BIG5" or "CP950" or "950" or "BIG5HKSCS" => Encoding.GetEncoding(950),
            "WINDOWS1251" or "CP1251" or "1251" => Encoding.GetEncoding(1251),
            "KOI8R" or "KOI8" or "CP20866" or "20866" => Encoding.GetEncoding(20866),
            "WINDOWS1256" or "CP1256" or "1256" => Encoding.GetEncoding(1256),
            "WINDOWS1252" or "CP1252" or "1252" or "LATIN1" or "ISO88591" => Encoding.GetEncoding(1252),
            _ => null,
        };
        if (encoding is not null)
        {
            return true;
        }

        try
        {
            encoding = Encoding.GetEncoding(name.Trim());
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The name users type for <paramref name="encoding"/>: <c>utf-8</c>, <c>utf-16le</c>, <c>gb18030</c>, <c>windows-1251</c> …</summary>
    public static string DisplayName(Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        return encoding.CodePage switch
        {
            1200 => "utf-16le",
            1201 => "utf-16be",
            12000 => "utf-32le",
            12001 => "utf-32be",
            _ => encoding.WebName,
        };
    }

    /// <summary>
    /// Decides the encoding of a file from its first bytes (<paramref name="sample"/>), following the order in the
    /// class summary. <paramref name="isWholeFile"/> says the sample is the whole file (else a multi-byte character cut at
    /// the sample's end is not held against UTF-8).
    /// </summary>
    public static EncodingDetection Detect(ReadOnlySpan<byte> sample, bool isWholeFile, Encoding? forced, string path) =>
        DetectCore(sample, isWholeFile, forced, path, knownUtf8: false);

    /// <summary>
    /// <see cref="Detect(ReadOnlySpan{byte}, bool, Encoding?, string)"/>, told by <paramref name="knownUtf8"/> that the
    /// whole file is valid UTF-8 (its caller transcoded it already), so that the sample is not checked a second time.
    /// </summary>
    private static EncodingDetection DetectCore(ReadOnlySpan<byte> sample, bool isWholeFile, Encoding? forced, string path, bool knownUtf8)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (bomEncoding, bomLength) = ByteOrderMark(sample);
        if (forced is not null)
        {
            if (bomEncoding is not null && bomEncoding.CodePage != forced.CodePage)
            {
                var conflict = DiagnosticCatalogue.Create(DiagnosticCodes.BomConflict, path, Messages.Format(Messages.BomConflict, DisplayName(bomEncoding), DisplayName(forced)));
                return new EncodingDetection(forced, EncodingSource.Named, true, 0, [conflict], []);
            }

            return new EncodingDetection(forced, EncodingSource.Named, true, bomEncoding is null ? 0 : bomLength, [], []);
        }

        if (bomEncoding is not null)
        {
            return new EncodingDetection(bomEncoding, EncodingSource.ByteOrderMark, true, bomLength, [], []);
        }

        if (sample.IsEmpty)
        {
            return new EncodingDetection(new UTF8Encoding(false), EncodingSource.Utf8, true, 0, [], []);
        }

        if (sample.Contains((byte)0))
        {
            return DetectWithNul(sample, path);
        }

        int controls = 0;
        int control = sample.IndexOfAny(s_controls);
        if (control >= 0)
        {
            foreach (byte b in sample[control..])
            {
                if (s_controls.Contains(b))
                {
                    controls++;
                }
            }
        }

        if (controls > 2 && controls * 100 > sample.Length)
        {
            return NotText(path, Messages.Format(Messages.BinaryFileControlBytes, controls, ByteSize.Format(sample.Length)));
        }

        // Most files are valid UTF-8: one vectorized check (the sample cut before a character its end splits), or none
        // when the caller knows the whole file is.
        if (knownUtf8 || System.Text.Unicode.Utf8.IsValid(isWholeFile ? sample : sample[..CompleteUtf8Length(sample)]))
        {
            return new EncodingDetection(new UTF8Encoding(false), EncodingSource.Utf8, true, 0, [], []);
        }

        var (invalid, multiByte) = CheckUtf8(sample, isWholeFile);
        if (invalid == 0)
        {
            return new EncodingDetection(new UTF8Encoding(false), EncodingSource.Utf8, true, 0, [], []);
        }

        if (multiByte > 0 && invalid * 20 <= multiByte)
        {
            // UTF-8 with a few damaged bytes: decoding reports where they are.
            return new EncodingDetection(new UTF8Encoding(false), EncodingSource.Utf8, false, 0, [], []);
        }

        return DetectLegacy(sample, path, FirstInvalidUtf8(sample, isWholeFile));
    }

    /// <summary>Decodes a whole file held in memory (see the class summary for detection).</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, Encoding? forced, string path)
    {
        if (forced is not null || bytes.IsEmpty)
        {
            return Decode(bytes, forced, path, null, 0);
        }

        // Most files are valid UTF-8 (a byte order mark included): one vectorized pass transcodes them and tells that
        // they are valid, where checking, counting and transcoding took three. Other files lose the start of that pass.
        char[] chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            bool valid = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out _, out int written, replaceInvalidSequences: false) == OperationStatus.Done;
            return Decode(bytes, forced, path, valid ? chars : null, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>
    /// <see cref="Decode(ReadOnlySpan{byte}, Encoding?, string)"/> given, in <paramref name="utf8"/>, the whole of
    /// <paramref name="bytes"/> transcoded from valid UTF-8 (<paramref name="utf8Length"/> characters), or null.
    /// </summary>
    private static DecodedText Decode(ReadOnlySpan<byte> bytes, Encoding? forced, string path, char[]? utf8, int utf8Length)
    {
        var detection = DetectCore(bytes.Length > SampleSize ? bytes[..SampleSize] : bytes, bytes.Length <= SampleSize, forced, path, knownUtf8: utf8 is not null);
        if (utf8 is not null && detection.Encoding?.CodePage == 65001 && detection.PreambleLength is 0 or 3)
        {
            // A UTF-8 byte order mark is the one character U+FEFF.
            int skip = detection.PreambleLength == 0 ? 0 : 1;
            return new DecodedText(OldMacLineBreaks(new string(utf8, skip, utf8Length - skip)), detection.Encoding, detection.Source, detection.Confident, detection.Diagnostics);
        }

        if (detection.Encoding is null)
        {
            return new DecodedText(string.Empty, null, detection.Source, false, detection.Diagnostics);
        }

        var body = bytes[detection.PreambleLength..];
        // The sample was checked when it was the whole file; else the rest is checked here, with one vectorized pass.
        bool sampleIsFile = bytes.Length <= SampleSize && detection.Source == EncodingSource.Utf8 && detection.Confident;
        if (detection.Encoding.CodePage == 65001 && (sampleIsFile || System.Text.Unicode.Utf8.IsValid(body)))
        {
            // Valid UTF-8 has nothing for a fallback to count: decode it as it is.
            return new DecodedText(OldMacLineBreaks(Encoding.UTF8.GetString(body)), detection.Encoding, detection.Source, detection.Confident, detection.Diagnostics);
        }

        var fallback = new CountingDecoderFallback();
        var encoding = WithFallback(detection.Encoding, fallback);
        string text = OldMacLineBreaks(encoding.GetString(body));
        var diagnostics = detection.Diagnostics;
        if (detection.Source == EncodingSource.Named && detection.PreambleLength == 0 && !IsUnicode(detection.Encoding))
        {
            diagnostics = diagnostics.AddRange(CheckNamed(bytes, text, detection.Encoding, path));
        }

        if (fallback.Count > 0)
        {
            long offset = fallback.FirstIndex + detection.PreambleLength;
            int line = 1 + bytes[..(int)Math.Min(offset, bytes.Length)].Count((byte)'\n');
            diagnostics = diagnostics.Add(InvalidBytes(path, detection.Encoding, fallback.Count, offset, line));
        }

        return new DecodedText(text, detection.Encoding, detection.Source, detection.Confident && fallback.Count == 0, diagnostics);
    }

    /// <summary>
    /// Opens a stream for reading as text: detects the encoding from its first <see cref="SampleSize"/> bytes and then
    /// decodes it in chunks, so a file of any size is read in bounded memory. Check <see cref="DecodingReader.Succeeded"/>
    /// before reading; <see cref="DecodingReader.Diagnostics"/> adds a warning for invalid bytes met while reading.
    /// </summary>
    public static DecodingReader Open(Stream stream, Encoding? forced, string path)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] sample = new byte[SampleSize];
        int length = 0;
        int read;
        while (length < sample.Length && (read = stream.Read(sample, length, sample.Length - length)) > 0)
        {
            length += read;
        }

        bool whole = length < sample.Length;
        var detection = Detect(sample.AsSpan(0, length), whole, forced, path);
        return new DecodingReader(detection, sample, length, stream, path);
    }

    /// <summary>
    /// Reads and decodes the file at <paramref name="path"/>: from one buffer up to <see cref="WholeFileLimit"/> bytes,
    /// streamed beyond. I/O failures become an error diagnostic, never an exception.
    /// </summary>
    public static DecodedText DecodeFile(string path, Encoding? forced)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
            if (stream.Length <= WholeFileLimit)
            {
                byte[] bytes = new byte[stream.Length];
                stream.ReadExactly(bytes);
                return Decode(bytes, forced, path);
            }

            using var reader = Open(stream, forced, path);
            if (!reader.Succeeded)
            {
                return new DecodedText(string.Empty, null, reader.Detection.Source, false, reader.Diagnostics);
            }

            string text = OldMacLineBreaks(reader.ReadToEnd());
            return new DecodedText(text, reader.Detection.Encoding, reader.Detection.Source,
                reader.Detection.Confident && reader.InvalidSequences == 0, reader.Diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new DecodedText(string.Empty, null, EncodingSource.Named, false,
                [ReadFailure.Of(path, e)]);
        }
    }

    /// <summary>
    /// A named code page that turns the text into nonsense (GB18030 bytes named Big5 decode without a single invalid
    /// byte) gets a warning naming what detection would read instead.
    /// </summary>
    private static ImmutableArray<Diagnostic> CheckNamed(ReadOnlySpan<byte> bytes, string text, Encoding named, string path)
    {
        var reading = EncodingScorer.Score(text.Length > SampleSize ? text[..SampleSize] : text);
        if (reading.NonAscii < MinimumEvidence || reading.Score >= TextScore)
        {
            return [];
        }

        var sample = bytes.Length > SampleSize ? bytes[..SampleSize] : bytes;
        var detected = Detect(sample, bytes.Length <= SampleSize, null, path);
        string instead = detected.Encoding is { } better && better.CodePage != named.CodePage
            ? Messages.Format(Messages.EncodingUnsureReadsAs, DisplayName(better))
            : string.Empty;
        return [DiagnosticCatalogue.Create(DiagnosticCodes.EncodingUnsure, path, Messages.Format(Messages.EncodingUnsureNamed, DisplayName(named), reading.Score, instead))];
    }

    /// <summary>
    /// Text whose only line breaks are CR (classic Mac OS, some exports) gets LF in their place, character for character,
    /// so offsets are those of the file and the lines are read as lines. Text with any LF is left as it is.
    /// </summary>
    internal static string OldMacLineBreaks(string text) =>
        text.Contains('\r', StringComparison.Ordinal) && !text.Contains('\n', StringComparison.Ordinal) ? text.Replace('\r', '\n') : text;

    private static bool IsUnicode(Encoding encoding) => encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001;

    internal static Encoding WithFallback(Encoding encoding, DecoderFallback fallback)
    {
        var copy = (Encoding)encoding.Clone();
        copy.DecoderFallback = fallback;
        return copy;
    }

    internal static Diagnostic InvalidBytes(string path, Encoding encoding, long count, long offset, int? line)
    {
        string onLine = line is null ? string.Empty : Messages.Format(Messages.InvalidBytesLine, line);
        return DiagnosticCatalogue.Create(DiagnosticCodes.InvalidBytes, path, Messages.Format(Messages.InvalidBytes, count, DisplayName(encoding), offset, onLine));
    }

    private static ImmutableArray<Encoding> CreateLegacy()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return
        [
            Encoding.GetEncoding(1252), Encoding.GetEncoding(54936), Encoding.GetEncoding(950),
            Encoding.GetEncoding(1251), Encoding.GetEncoding(20866), Encoding.GetEncoding(1256),
        ];
    }

    private static (Encoding? Encoding, int Length) ByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (Encoding.UTF32, 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: true), 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (new UTF8Encoding(false), 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x84, 0x31, 0x95, 0x33]))
        {
            return (Legacy[1], 4);
        }

        return (null, 0);
    }

    private static EncodingDetection DetectWithNul(ReadOnlySpan<byte> sample, string path)
    {
        int pairs = sample.Length / 2;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        Encoding? guess = null;
        if (pairs >= 4 && oddZeros * 4 >= pairs && evenZeros * 50 <= pairs)
        {
            guess = Encoding.Unicode;
        }
        else if (pairs >= 4 && evenZeros * 4 >= pairs && oddZeros * 50 <= pairs)
        {
            guess = Encoding.BigEndianUnicode;
        }

        if (guess is null)
        {
            return NotText(path, Messages.BinaryFileNul);
        }

        var warning = DiagnosticCatalogue.Create(DiagnosticCodes.EncodingUnsure, path, Messages.Format(Messages.EncodingUnsureUtf16, DisplayName(guess)));
        return new EncodingDetection(guess, EncodingSource.Detected, false, 0, [warning], []);
    }

    /// <summary>Byte offset and line of the first invalid UTF-8 sequence (−1, 0 when there is none).</summary>
    private static (int Offset, int Line) FirstInvalidUtf8(ReadOnlySpan<byte> bytes, bool isWholeFile)
    {
        int i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] < 0x80)
            {
                i++;
                continue;
            }

            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out int consumed);
            if (status != OperationStatus.Done && !(status == OperationStatus.NeedMoreData && !isWholeFile))
            {
                return (i, 1 + bytes[..i].Count((byte)'\n'));
            }

            i += Math.Max(1, consumed);
        }

        return (-1, 0);
    }

    /// <summary>The length of <paramref name="bytes"/> without a UTF-8 character its end cuts short (as far as its lead byte tells).</summary>
    private static int CompleteUtf8Length(ReadOnlySpan<byte> bytes)
    {
        int lead = bytes.Length - 1;
        while (lead >= 0 && bytes.Length - lead <= 4 && (bytes[lead] & 0xC0) == 0x80)
        {
            lead--;
        }

        if (lead < 0 || bytes[lead] < 0xC0)
        {
            return bytes.Length;
        }

        int needed = bytes[lead] >= 0xF0 ? 4 : bytes[lead] >= 0xE0 ? 3 : 2;
        return bytes.Length - lead < needed ? lead : bytes.Length;
    }

    /// <summary>Counts invalid UTF-8 sequences and multi-byte characters; a sequence cut by the end of a sample is not invalid.</summary>
    private static (int Invalid, int MultiByte) CheckUtf8(ReadOnlySpan<byte> bytes, bool isWholeFile)
    {
        int invalid = 0;
        int multiByte = 0;
        int i = 0;
        while (i < bytes.Length)
        {
            byte b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out int consumed);
            if (status == OperationStatus.Done)
            {
                multiByte++;
            }
            else if (status == OperationStatus.NeedMoreData && !isWholeFile)
            {
                break;
            }
            else
            {
                invalid++;
            }

            i += Math.Max(1, consumed);
        }

        return (invalid, multiByte);
    }

    private static EncodingDetection DetectLegacy(ReadOnlySpan<byte> sample, string path, (int Offset, int Line) notUtf8)
    {
        var readings = new List<(EncodingScore Score, string Text, EncodingScorer.Reading Reading, int Order)>(Legacy.Length);
        for (int i = 0; i < Legacy.Length; i++)
        {
            string text = Legacy[i].GetString(sample);
            var reading = EncodingScorer.Score(text);
            readings.Add((new EncodingScore(Legacy[i], reading.Score, reading.NonAscii), text, reading, i));
        }

        readings.Sort((a, b) => b.Score.Score != a.Score.Score ? b.Score.Score.CompareTo(a.Score.Score) : a.Order.CompareTo(b.Order));
        var best = readings[0];
        var scores = readings.Select(r => r.Score).ToImmutableArray();
        if (best.Score.Score < TextScore)
        {
            return NotText(path, Messages.Format(Messages.BinaryFileNoEncoding, best.Score.Name, best.Score.Score))
                with { Scores = scores };
        }

        // The runner-up is the best reading that gives another text. Where two single-byte code pages share most
        // characters (windows-1252 and windows-1256 share French accents), only the characters they read differently count.
        var runnerUp = readings.Skip(1).FirstOrDefault(r => !string.Equals(r.Text, best.Text, StringComparison.Ordinal));
        bool decisive = true;
        if (runnerUp.Text is not null)
        {
            var local = EncodingScorer.LocalMargin(best.Text, best.Reading, runnerUp.Text, runnerUp.Reading);
            decisive = local is { } l
                ? l.Margin >= 0.5 || best.Score.Score - runnerUp.Score.Score >= CertainMargin
                : best.Score.Score - runnerUp.Score.Score >= CertainMargin;
        }

        if (best.Reading.Evidence < MinimumEvidence)
        {
            // Stray bytes in ASCII text: no code page reads them as words (one- and two-letter "words", punctuation and
            // rare letters are no evidence), so this is damaged UTF-8, whatever a code page scores. Say where.
            return new EncodingDetection(null, EncodingSource.Utf8, false, 0, [DiagnosticCatalogue.Create(DiagnosticCodes.InvalidEncoding, path, Messages.Format(Messages.InvalidEncoding, "utf-8", notUtf8.Offset, notUtf8.Line))], scores);
        }

        bool confident = best.Score.Score >= CertainScore && decisive;
        Diagnostic diagnostic = confident
            ? DiagnosticCatalogue.Create(DiagnosticCodes.EncodingDetected, path, Messages.Format(Messages.EncodingDetected, best.Score.Name))
            : DiagnosticCatalogue.Create(DiagnosticCodes.EncodingUnsure, path,
                Messages.Format(Messages.EncodingUnsure, best.Score.Name, best.Score.Score, RunnerUp(runnerUp.Text is null ? null : runnerUp.Score)));
        return new EncodingDetection(best.Score.Encoding, EncodingSource.Detected, confident, 0, [diagnostic], scores);
    }

    private static string RunnerUp(EncodingScore? score) =>
        score is { } s ? Messages.Format(Messages.EncodingUnsureNextBest, s.Name, s.Score) : string.Empty;

    private static EncodingDetection NotText(string path, string reason) =>
        new(null, EncodingSource.Detected, false, 0, [DiagnosticCatalogue.Create(DiagnosticCodes.BinaryFile, path, reason)], []);
}
