using System.Text;
using Lineage.Documents;
using Lineage.Documents.Encodings;
using Lineage.Model;

namespace Lineage.Tests.Documents.Encodings;

// Issue 4: text files in UTF-8 (with and without BOM), UTF-16 LE/BE with BOM, and detected or named GB18030, Big5,
// windows-1251, KOI8-R, windows-1256, windows-1252.
public sealed class TextDecoderTests
{
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(false);

    private static string Seed => File.ReadAllText(TestPaths.Seed, Utf8NoBom);

    // LINEAGE_ENCODING_SAMPLE=all checks every file of the language (a few minutes); the default keeps the suite quick.
    private static int SampleCount => Environment.GetEnvironmentVariable("LINEAGE_ENCODING_SAMPLE") == "all" ? int.MaxValue : 8;

    private static Encoding Named(string name) =>
        TextDecoder.TryGetEncoding(name, out var encoding) ? encoding : throw new InvalidOperationException(name);

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Seed_in_a_Unicode_encoding_decodes_to_the_same_text(string form)
    {
        byte[] bytes = form switch
        {
            "utf-8" => Utf8NoBom.GetBytes(Seed),
            "utf-8-bom" => [.. Encoding.UTF8.Preamble, .. Utf8NoBom.GetBytes(Seed)],
            "utf-16le" => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(Seed)],
            _ => [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(Seed)],
        };

        var decoded = TextDecoder.Decode(bytes, null, "seed");

        Assert.True(decoded.Succeeded);
        Assert.Equal(Seed, decoded.Text);
        Assert.True(decoded.Confident);
        Assert.Equal(form == "utf-8" ? EncodingSource.Utf8 : EncodingSource.ByteOrderMark, decoded.Source);
        Assert.Empty(decoded.Diagnostics);
    }

    [Fact]
    public void Seed_in_GB18030_is_detected_and_decodes_to_the_same_text()
    {
        byte[] bytes = Named("gb18030").GetBytes(Seed);

        var decoded = TextDecoder.Decode(bytes, null, "seed.gb18030.txt");

        Assert.Equal("gb18030", decoded.EncodingName);
        Assert.Equal(EncodingSource.Detected, decoded.Source);
        Assert.True(decoded.Confident, string.Join("\n", decoded.Diagnostics));
        Assert.Equal(Seed, decoded.Text);
        var info = Assert.Single(decoded.Diagnostics);
        Assert.Equal(DiagnosticCodes.EncodingDetected, info.Code);
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
    }

    [Theory]
    [InlineData("gbk")]
    [InlineData("GB2312")]
    [InlineData("cp936")]
    public void Seed_in_GBK_named_by_any_of_its_names_decodes_to_the_same_text(string name)
    {
        // GBK (code page 936) bytes; GB18030 is a superset, so every GBK name maps to it.
        _ = Named("cp936"); // registers the code pages
        byte[] bytes = Encoding.GetEncoding(936).GetBytes(Seed);

        var decoded = TextDecoder.Decode(bytes, Named(name), "seed.txt");

        Assert.Equal(EncodingSource.Named, decoded.Source);
        Assert.Equal(Seed, decoded.Text);
        Assert.Empty(decoded.Diagnostics);
    }

    [Fact]
    public void Chinese_text_in_Big5_is_detected()
    {
        // The corpus has no traditional Chinese text: the seed's characters that Big5 has (most of the common ones the
        // two scripts share) stand in for one; what Big5 lacks is replaced by '?' before the test starts.
        var big5 = Named("big5");
        byte[] bytes = big5.GetBytes(Seed);
        string expected = big5.GetString(bytes);
        Assert.True(expected.Count(c => c >= 0x4E00 && c <= 0x9FFF) > 1000);

        var decoded = TextDecoder.Decode(bytes, null, "seed.big5.txt");

        Assert.Equal("big5", decoded.EncodingName);
        Assert.Equal(expected, decoded.Text);
    }

    public static TheoryData<string, string> LegacyCases => new()
    {
        { "Russian", "windows-1251" },
        { "Russian", "koi8-r" },
        { "Arabic", "windows-1256" },
        { "French", "windows-1252" },
        { "Spanish", "windows-1252" },
        { "Chinese", "gb18030" },
    };

    [Theory]
    [MemberData(nameof(LegacyCases))]
    public void Corpus_text_in_its_legacy_code_page_is_detected_and_decodes_to_the_same_text(string language, string encodingName)
    {
        var encoding = Named(encodingName);
        foreach (string file in CorpusSamples.AknFiles(language, SampleCount))
        {
            string original = CorpusSamples.AknText(file);
            byte[] bytes = encoding.GetBytes(original);
            string expected = encoding.GetString(bytes); // characters the code page lacks (rare: U+2011 …) become '?'
            Assert.True(Similar(original, expected), $"{file}: the code page loses too much of the text to be a fair test ({original.Length} → {expected.Length} characters)");

            var decoded = TextDecoder.Decode(bytes, null, file);

            Assert.True(encodingName == decoded.EncodingName, $"{file}: read as {decoded.EncodingName}: {string.Join("; ", decoded.Diagnostics)}");
            Assert.True(decoded.Confident, $"{file}: {string.Join("; ", decoded.Diagnostics)}");
            Assert.Equal(expected, decoded.Text);
        }
    }

    [Fact]
    public void Named_encoding_wins_over_detection()
    {
        string russian = CorpusSamples.AknText(CorpusSamples.AknFiles("Russian", 1)[0]);
        byte[] bytes = Named("koi8-r").GetBytes(russian);

        var decoded = TextDecoder.Decode(bytes, Named("windows-1251"), "ru.txt");

        Assert.Equal(EncodingSource.Named, decoded.Source);
        Assert.Equal("windows-1251", decoded.EncodingName);
        Assert.NotEqual(russian, decoded.Text);
    }

    [Fact]
    public void A_named_code_page_that_turns_the_text_into_nonsense_gets_a_warning()
    {
        // GB18030 bytes are almost all valid Big5: no invalid byte betrays the wrong name, the score of the text does.
        byte[] bytes = Named("gb18030").GetBytes(Seed);

        var decoded = TextDecoder.Decode(bytes, Named("big5"), "seed.txt");

        Assert.Equal("big5", decoded.EncodingName);
        var warning = Assert.Single(decoded.Diagnostics, d => d.Code == DiagnosticCodes.EncodingUnsure);
        Assert.Contains("does not read as big5", warning.Message, StringComparison.Ordinal);
        Assert.Contains("it reads as gb18030", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_that_contradicts_the_named_encoding_is_reported()
    {
        byte[] bytes = [.. Encoding.UTF8.Preamble, .. Utf8NoBom.GetBytes("Recalling its resolution 49/75 E")];

        var decoded = TextDecoder.Decode(bytes, Named("windows-1252"), "x.txt");

        Assert.Equal(DiagnosticCodes.BomConflict, Assert.Single(decoded.Diagnostics).Code);
        Assert.StartsWith("ï»¿", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void UTF8_with_damaged_bytes_is_read_as_UTF8_with_a_warning_naming_byte_and_line()
    {
        byte[] good = Utf8NoBom.GetBytes(Seed);
        int line3 = IndexOfLine(good, 3);
        byte[] bytes = [.. good[..line3], 0xC0, 0xFF, .. good[line3..]];

        var decoded = TextDecoder.Decode(bytes, null, "damaged.txt");

        Assert.Equal("utf-8", decoded.EncodingName);
        Assert.False(decoded.Confident);
        var warning = Assert.Single(decoded.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidBytes, warning.Code);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains($"first at byte {line3} (line 3)", warning.Message, StringComparison.Ordinal);
        Assert.Equal(Seed.Length + 2, decoded.Text.Length);
        Assert.Equal("\uFFFD\uFFFD", decoded.Text.Substring(Seed.IndexOf('\n', Seed.IndexOf('\n') + 1) + 1, 2));
    }

    [Fact]
    public void Random_bytes_are_not_text()
    {
        var random = new Random(4);
        byte[] bytes = new byte[20_000];
        random.NextBytes(bytes);

        var decoded = TextDecoder.Decode(bytes, null, "noise.txt");

        Assert.False(decoded.Succeeded);
        var error = Assert.Single(decoded.Diagnostics);
        Assert.Equal(DiagnosticCodes.BinaryFile, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("noise.txt", error.File);
    }

    [Fact]
    public void High_bytes_without_NULs_or_controls_that_no_code_page_makes_plausible_are_not_text()
    {
        var random = new Random(7);
        byte[] bytes = [.. Enumerable.Range(0, 20_000).Select(_ => (byte)random.Next(0x80, 0x100))];

        var decoded = TextDecoder.Decode(bytes, null, "high.txt");

        Assert.False(decoded.Succeeded, decoded.EncodingName);
        Assert.Equal(DiagnosticCodes.BinaryFile, Assert.Single(decoded.Diagnostics).Code);
    }

    [Fact]
    public void Bytes_with_NULs_not_in_UTF16_pattern_are_binary()
    {
        byte[] bytes = [.. Utf8NoBom.GetBytes("%PDF-1.7\n"), 0, 0, 0, 7, 0, 1, 2, 3, 0xFF, 0xD8, 0, 0, 0x10];

        var decoded = TextDecoder.Decode(bytes, null, "blob.txt");

        Assert.False(decoded.Succeeded);
        Assert.Contains("NUL", Assert.Single(decoded.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UTF16_without_byte_order_mark_is_read_with_a_warning()
    {
        string english = "Recalling its resolutions 2453 A (XXIII) of 20 December 1968, 37/90 of 10 December 1982";

        var decoded = TextDecoder.Decode(Encoding.Unicode.GetBytes(english), null, "word.txt");

        Assert.Equal(english, decoded.Text);
        Assert.Equal("utf-16le", decoded.EncodingName);
        Assert.Equal(DiagnosticCodes.EncodingUnsure, Assert.Single(decoded.Diagnostics).Code);
    }

    [Fact]
    public void An_empty_file_is_empty_text()
    {
        var decoded = TextDecoder.Decode([], null, "empty.txt");

        Assert.True(decoded.Succeeded);
        Assert.Equal(string.Empty, decoded.Text);
        Assert.Empty(decoded.Diagnostics);
    }

    [Fact]
    public void An_unsure_guess_is_read_with_a_warning_naming_the_guess()
    {
        // Russian words in capitals only: windows-1251 and KOI8-R both read them as capitals (of other letters).
        byte[] bytes = [.. Utf8NoBom.GetBytes("A/RES/1 "), 0xC3, 0xC5, 0xCE, 0xC5, 0xD0, 0xC0, 0xCB, 0xDC, 0xCD, 0xC0, 0xDF];

        var decoded = TextDecoder.Decode(bytes, null, "short.txt");

        Assert.True(decoded.Succeeded);
        Assert.False(decoded.Confident);
        var warning = Assert.Single(decoded.Diagnostics);
        Assert.Equal(DiagnosticCodes.EncodingUnsure, warning.Code);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("--encoding", warning.Message, StringComparison.Ordinal);
        Assert.Contains("read as " + decoded.EncodingName, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stray_byte_in_ASCII_text_is_invalid_UTF8_with_its_byte_and_line()
    {
        byte[] bytes = [.. "62/42. Title\n\nThe General Assembly,\n\nRecalling "u8, 0xC3, 0x28, .. "its resolution 61/78,\n"u8];

        var decoded = TextDecoder.Decode(bytes, null, "stray.txt");

        Assert.False(decoded.Succeeded);
        var error = Assert.Single(decoded.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidEncoding, error.Code);
        Assert.Contains("not valid utf-8 at byte 47 (line 5)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encoding_names_users_type_are_understood()
    {
        Assert.Equal(54936, Named("GBK").CodePage);
        Assert.Equal(950, Named("big5").CodePage);
        Assert.Equal(1251, Named("cp1251").CodePage);
        Assert.Equal(20866, Named("KOI8-R").CodePage);
        Assert.Equal(1256, Named("windows-1256").CodePage);
        Assert.Equal(1252, Named("latin1").CodePage);
        Assert.Equal(1201, Named("UTF-16BE").CodePage);
        Assert.False(TextDecoder.TryGetEncoding("klingon-7", out _));
    }

    [Fact]
    public void Decoding_a_file_from_disk_gives_the_same_as_from_memory()
    {
        string path = Path.Combine(Path.GetTempPath(), $"lineage-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllBytes(path, Named("gb18030").GetBytes(Seed));

            var decoded = TextDecoder.DecodeFile(path, null);

            Assert.Equal(Seed, decoded.Text);
            Assert.Equal("gb18030", decoded.EncodingName);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_is_an_error_not_an_exception()
    {
        var decoded = TextDecoder.DecodeFile(Path.Combine(Path.GetTempPath(), "lineage-no-such-file.txt"), null);

        Assert.False(decoded.Succeeded);
        Assert.Equal(DiagnosticCodes.FileNotFound, Assert.Single(decoded.Diagnostics).Code);
    }

    // Issue 13: five stray bytes read as windows-1251 "н Ђ … яю" scored 1.00 and the file was read; mojibake is no evidence.
    public static TheoryData<string, byte[]> StrayByteCases => new()
    {
        { "ED A0 80 in a word, FF FE after one", [.. "62/42. Title\n\nThe Ge"u8, 0xED, 0xA0, 0x80, .. "neral Assembly,\n\nRecalling its"u8, 0xFF, 0xFE, .. " resolution 61/78,\n"u8] },
        { "ED A0 80 and FF FE between words", [.. "62/42. Title\n\nThe "u8, 0xED, 0xA0, 0x80, .. " General Assembly,\n\nRecalling "u8, 0xFF, 0xFE, .. " its resolution 61/78,\n"u8] },
        { "three stray bytes", [.. "62/42. Title\n\nThe General Assembly,\n\nRecalling "u8, 0xC3, 0x28, 0xA0, .. "its resolution 61/78,\n"u8] },
        { "windows-1252 quotes only", [.. "62/42. Title\n\n"u8, 0x93, .. "The General Assembly"u8, 0x94, .. ",\n\nRecalling its"u8, 0x92, .. " resolution 61/78 "u8, 0x96, .. " and 61/79,\n"u8] },
    };

    [Theory]
    [MemberData(nameof(StrayByteCases))]
    public void Stray_bytes_in_ASCII_text_are_invalid_UTF8_whatever_a_code_page_scores(string note, byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes, null, "stray.txt");

        Assert.False(decoded.Succeeded, $"{note}: read as {decoded.EncodingName}: {string.Join("; ", decoded.Diagnostics)}");
        var error = Assert.Single(decoded.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidEncoding, error.Code);
        Assert.StartsWith("the text is not valid utf-8 at byte ", error.Message, StringComparison.Ordinal);
    }

    // Issue 13: the same bytes named with --encoding are read as named.
    [Fact]
    public void Stray_bytes_named_with_an_encoding_are_read_in_it()
    {
        byte[] bytes = [.. "62/42. Title\n\n"u8, 0x93, .. "The General Assembly"u8, 0x94, .. ",\n"u8];

        var decoded = TextDecoder.Decode(bytes, Named("windows-1252"), "quotes.txt");

        Assert.True(decoded.Succeeded);
        Assert.Equal("62/42. Title\n\n\u201CThe General Assembly\u201D,\n", decoded.Text);
    }

    // Issue 13: text whose only line breaks are CR is read as lines, offset for offset.
    [Fact]
    public void CR_only_line_breaks_become_line_feeds_in_place()
    {
        byte[] bytes = "62/42. Title\r\rThe General Assembly,\r"u8.ToArray();

        var decoded = TextDecoder.Decode(bytes, null, "mac.txt");

        Assert.Equal("62/42. Title\n\nThe General Assembly,\n", decoded.Text);
        Assert.Equal("a\r\nb\rc", TextDecoder.Decode("a\r\nb\rc"u8, null, "mixed.txt").Text);
    }

    private static int IndexOfLine(byte[] bytes, int line)
    {
        int at = 0;
        for (int i = 1; i < line; i++)
        {
            at = Array.IndexOf(bytes, (byte)'\n', at) + 1;
        }

        return at;
    }

    private static bool Similar(string a, string b)
    {
        int same = 0;
        for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            same += a[i] == b[i] ? 1 : 0;
        }

        return a.Length == b.Length && same >= a.Length * 0.97;
    }

    // Valid UTF-8 is transcoded in one pass that also tells it is valid (not checked, counted and transcoded): the text
    // must be the framework's, whatever the size (below, at and above the detection sample), script, byte order mark and
    // line breaks, and where the sample's end falls (inside a three-byte character).
    public static TheoryData<string, int, bool> Utf8Forms => new()
    {
        { "The General Assembly,\n\n  Recalling its resolution 61/78,\n", 1, false },
        { "The General Assembly,\n\n  Recalling its resolution 61/78,\n", 1, true },
        { "大会，\n回顾其第 61/78 号决议，\n", 1, false },
        { "Генеральная Ассамблея,\r\nссылаясь на свою резолюцию 61/78,\r\n", 1, true },
        { "إن الجمعية العامة،\rإذ تشير إلى قرارها 61/78،\r", 1, false },
        { "a" + new string('x', TextDecoder.SampleSize - 2) + "大会 61/78\n", 1, false },
        { "a" + new string('x', TextDecoder.SampleSize - 2) + "大会 61/78\n", 1, true },
        { "Recalling its resolution 61/78 大会，\n", 4000, false },
    };

    [Theory]
    [MemberData(nameof(Utf8Forms))]
    public void Valid_UTF8_decodes_to_the_text_the_framework_reads(string piece, int repeats, bool byteOrderMark)
    {
        string text = string.Concat(Enumerable.Repeat(piece, repeats));
        byte[] body = Utf8NoBom.GetBytes(text);
        byte[] bytes = byteOrderMark ? [.. Encoding.UTF8.Preamble, .. body] : body;
        string expected = text.Contains('\n', StringComparison.Ordinal) ? text : text.Replace('\r', '\n');

        var decoded = TextDecoder.Decode(bytes, null, "form.txt");

        Assert.Equal("utf-8", decoded.EncodingName);
        Assert.Equal(byteOrderMark ? EncodingSource.ByteOrderMark : EncodingSource.Utf8, decoded.Source);
        Assert.True(decoded.Confident);
        Assert.Empty(decoded.Diagnostics);
        Assert.Equal(expected, decoded.Text);
        Assert.Equal(expected, TextDecoder.Decode(bytes, Named("utf-8"), "form.txt").Text);
    }
}
