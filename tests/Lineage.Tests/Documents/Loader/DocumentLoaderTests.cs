using System.Text;
using Lineage.Documents;
using Lineage.Documents.Encodings;
using Lineage.Model;
using Lineage.Tests.Documents.Html;
using Lineage.Tests.Documents.Pdf;

namespace Lineage.Tests.Documents.Loader;

// Issue 4: a folder mixing every format is read recursively; what cannot be read is skipped with a one-line reason,
// counted per format; a huge file is never loaded whole.
public sealed class DocumentLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lineage-loader-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string?> Heads => new()
    {
        { "%PDF-1.7\n%âãÏÓ", "pdf" },
        { "\n\n%PDF-1.4", "pdf" },
        { "<?xml version=\"1.0\"?>\n<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">", "akn" },
        { "<!DOCTYPE html>\n<html lang=\"en\">", "html" },
        { "  <HTML><HEAD><TITLE>A/RES/51/45</TITLE>", "html" },
        { "<?xml version=\"1.0\"?><root/>", null },
        { "62/42. 核裁军", null },
    };

    [Theory]
    [MemberData(nameof(Heads))]
    public void The_first_bytes_tell_the_format(string head, string? format) =>
        Assert.Equal(format, DocumentLoader.Sniff(Encoding.UTF8.GetBytes(head)));

    [Fact]
    public void Content_wins_over_the_file_name()
    {
        var loader = new DocumentLoader();

        Assert.Equal("pdf", loader.PickReader("saved.txt", "%PDF-1.7\n"u8)?.Name);
        Assert.Equal("html", loader.PickReader("page.txt", "<html><body>"u8)?.Name);
        Assert.Equal("pdf", loader.PickReader("A_RES_73_8-EN.pdf", "junk"u8)?.Name);
        Assert.Equal("text", loader.PickReader("A_RES_62_42.zh.txt", "62/42."u8)?.Name);
        Assert.Null(loader.PickReader("minutes.docx", "PK\u0003\u0004"u8));
    }

    [Fact]
    public void A_mixed_folder_is_read_recursively_and_every_skip_has_a_reason()
    {
        _ = TextDecoder.LegacyCandidates; // registers the code pages
        string seed = File.ReadAllText(TestPaths.Seed);
        var russian = AknPages.Load(CorpusSamples.AknFiles("Russian", 1)[0]);
        var english = AknPages.Load(TestPaths.CorpusPath("akn4un-ga", "78", "English", "A_RES_78_102-2324976E.xml"));
        byte[] pdf = File.ReadAllBytes(CorpusSamples.Pdf("A_RES_73_6-EN.pdf"));
        var noise = new byte[3000];
        new Random(3).NextBytes(noise);

        Write("akn/" + Path.GetFileName(CorpusSamples.AknFiles("Russian", 1)[0]), File.ReadAllBytes(CorpusSamples.AknFiles("Russian", 1)[0]));
        Write("pdf/A_RES_73_6-EN.pdf", pdf);
        Write("pdf/broken/A_RES_73_6-cut.pdf", pdf[..(pdf.Length / 3)]);
        Write("pdf/broken/locked.pdf", PdfTextExtractorTests.EncryptedPdf());
        Write("pdf/broken/scan.pdf", UnPdfBuilder.ImageOnly());
        Write("pdf/broken/noise.pdf", noise);
        Write("web/ares78-102.htm", Encoding.UTF8.GetBytes(english.UnOrgPage()));
        Write("text/zh/A_RES_62_42.zh.txt", Encoding.GetEncoding(54936).GetBytes(seed));
        Write("text/ru/A_RES_78_10.ru.txt", Encoding.GetEncoding(1251).GetBytes(russian.PlainText()));
        Write("text/A_RES_80_24.md", File.ReadAllBytes(TestPaths.CorpusPath("ga-80-en-pdftext", "A_RES_80_24.md")));
        Write("text/empty.txt", []);
        Write("text/stray-byte.txt", [.. "80/24. Nuclear disarmament\n\nThe General Assembly,\n\nRecalling "u8, 0xC3, 0x28, .. "its resolution 79/50,\n"u8]);
        Write("text/dump.txt", new byte[3 << 20]);
        Write("minutes.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        Write(".git/HEAD", "ref: refs/heads/main\n"u8.ToArray());
        var loader = new DocumentLoader(options: DocumentLoaderOptions.Default with { MaxFileBytes = 2 << 20 });

        var results = loader.ReadAll([_folder]).ToList();

        // Sorted, hidden folders left out.
        Assert.Equal(results.Select(r => r.File.Path).Order(StringComparer.Ordinal), results.Select(r => r.File.Path));
        Assert.DoesNotContain(results, r => r.File.Path.Contains(".git", StringComparison.Ordinal));
        Assert.Equal(14, results.Count);

        var summary = new ReadSummary();
        foreach (var (file, result) in results)
        {
            summary.Add(file.Format, result.Succeeded, result.Diagnostics);
            if (!result.Succeeded)
            {
                // One line, naming the file.
                var error = result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
                Assert.StartsWith(file.Path + ": error LIN", error.ToString(), StringComparison.Ordinal);
                Assert.DoesNotContain('\n', error.ToString());
            }
        }

        Assert.Equal(
        [
            "akn: 1 read",
            "html: 1 read",
            "pdf: 1 read, 4 skipped (2 damaged PDF, 1 encrypted, 1 no text layer)",
            "text: 3 read, 3 skipped (1 empty, 1 invalid encoding, 1 too large)",
            "other: 1 skipped (1 unsupported format)",
        ], summary.Lines());

        var read = results.Where(r => r.Result.Succeeded).ToDictionary(r => Path.GetFileName(r.File.Path), r => r.Result.Document!);
        Assert.Equal(DocumentSymbol.Parse("A/RES/62/42"), read["A_RES_62_42.zh.txt"].Symbol);
        Assert.Equal(seed, read["A_RES_62_42.zh.txt"].Text);
        Assert.Equal(DocumentSymbol.Parse("A/RES/78/10"), read["A_RES_78_10.ru.txt"].Symbol);
        Assert.Equal(DocumentSymbol.Parse("A/RES/80/24"), read["A_RES_80_24.md"].Symbol);
        Assert.Equal(DocumentSymbol.Parse("A/RES/78/102"), read["ares78-102.htm"].Symbol);
        Assert.Equal(DocumentSymbol.Parse("A/RES/73/6"), read["A_RES_73_6-EN.pdf"].Symbol);
    }

    [Fact]
    public void A_deep_tree_walked_by_several_threads_lists_what_one_recursive_listing_does()
    {
        // A tree of 3 levels of 2-7 folders with 0-5 files each (names starting with '.' too, which are left out, and an
        // empty folder here and there): the files listed, with their sizes and times, in path order, are those of
        // the framework's recursive listing without the names starting with '.'.
        var random = new Random(11);
        void Fill(string folder, int depth)
        {
            Directory.CreateDirectory(folder);
            for (int f = random.Next(6); f > 0; f--)
            {
                string name = (random.Next(8) == 0 ? "." : "") + "A_RES_" + random.Next(1000) + "-EN.txt";
                File.WriteAllText(Path.Combine(folder, name), new string('x', random.Next(1, 50)));
            }

            if (depth < 3)
            {
                for (int d = random.Next(2, 8); d > 0; d--)
                {
                    Fill(Path.Combine(folder, (random.Next(10) == 0 ? "." : "") + "d" + d), depth + 1);
                }
            }
        }

        string root = Path.Combine(_folder, "tree");
        Fill(root, 0);
        var expected = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList();

        var listed = DocumentLoader.List([root]);

        Assert.True(expected.Count > 100, $"a tree of {expected.Count} files");
        Assert.Equal(expected, listed.Select(f => f.Path));
        Assert.All(listed, f =>
        {
            var info = new FileInfo(f.Path);
            Assert.Equal(info.Length, f.Metadata?.Length);
            Assert.Equal(info.LastWriteTimeUtc, f.Metadata?.ModifiedUtc);
        });
    }

    [Fact]
    public void A_file_named_for_another_language_than_its_text_gets_a_warning()
    {
        string path = Write("A_RES_62_42.en.txt", File.ReadAllBytes(TestPaths.Seed));
        var loader = new DocumentLoader();

        var result = loader.Read(loader.Discover([path])[0]);

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.LanguageMismatch);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("the text is in zh but the file name says en", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_is_a_skipped_file_with_a_reason()
    {
        string missing = Path.Combine(_folder, "no-such-folder");

        var file = Assert.Single(new DocumentLoader().Discover([missing]));

        Assert.Equal(DiagnosticCodes.FileNotFound, file.Skipped?.Code);
        Assert.False(new DocumentLoader().Read(file).Succeeded);
    }

    [Fact]
    public void A_200_MB_text_file_is_refused_without_being_loaded()
    {
        string path = Path.Combine(_folder, "A_RES_62_42.zh.txt");
        long size = WriteBig(path, 200L << 20);
        var loader = new DocumentLoader();

        long before = GC.GetAllocatedBytesForCurrentThread();
        var file = Assert.Single(loader.Discover([path]));
        var result = loader.Read(file);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(size, file.Length);
        Assert.Equal(DiagnosticCodes.TooLarge, file.Skipped?.Code);
        Assert.Contains("200 MB is more than any resolution (limit 64 MB)", file.Skipped!.Message, StringComparison.Ordinal);
        Assert.False(result.Succeeded);
        Assert.True(allocated < 1 << 20, $"allocated {allocated} bytes");
    }

    [Fact]
    public void A_200_MB_text_file_streams_through_the_decoder_in_bounded_memory()
    {
        string path = Path.Combine(_folder, "big.txt");
        long size = WriteBig(path, 200L << 20);
        long expectedChars = CharsIn(size);

        long before = GC.GetAllocatedBytesForCurrentThread();
        long chars = 0;
        using (var reader = TextDecoder.Open(File.OpenRead(path), null, path))
        {
            Assert.True(reader.Succeeded);
            Assert.Equal("gb18030", TextDecoder.DisplayName(reader.Detection.Encoding!));
            char[] buffer = new char[64 * 1024];
            int n;
            while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                chars += n;
            }

            Assert.Equal(0, reader.InvalidSequences);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(expectedChars, chars);
        Assert.True(allocated < 8 << 20, $"allocated {allocated} bytes for a {size}-byte file");
    }

    /// <summary>Writes the seed in GB18030 over and over up to <paramref name="target"/> bytes (whole copies); returns the size.</summary>
    private static long WriteBig(string path, long target)
    {
        _ = TextDecoder.LegacyCandidates;
        byte[] copy = Encoding.GetEncoding(54936).GetBytes(File.ReadAllText(TestPaths.Seed));
        long written = 0;
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        while (written + copy.Length <= target)
        {
            stream.Write(copy);
            written += copy.Length;
        }

        return written;
    }

    private static long CharsIn(long size)
    {
        byte[] copy = Encoding.GetEncoding(54936).GetBytes(File.ReadAllText(TestPaths.Seed));
        return size / copy.Length * File.ReadAllText(TestPaths.Seed).Length;
    }

    /// <summary>Files of every kind the one-opening path may meet: what it reads, and what it leaves to inspection.</summary>
    public static TheoryData<string, string, bool> OneOpeningFiles => new()
    {
        { "A_RES_62_42.zh.txt", "seed", true },
        { "A_RES_62_42.en.txt", "seed", true }, // the name says English: the language warning
        { "A_RES_62_42-gb18030.txt", "seed in gb18030", true },
        { "no-symbol.txt", "Some text that is no resolution.\n", true },
        { "latin1.txt", "caf\u00E9 cr\u00E8me", true },
        { "empty.txt", string.Empty, false },
        { "saved.txt", "%PDF-1.7\n%junk", false },
        { "page.txt", "<html><body>62/42.</body></html>", false },
        { "minutes.docx", "PK\u0003\u0004", false },
    };

    [Theory]
    [MemberData(nameof(OneOpeningFiles))]
    public void A_text_file_read_with_one_opening_gives_what_inspecting_then_reading_it_gives(string name, string content, bool read)
    {
        _ = TextDecoder.LegacyCandidates; // registers the code pages
        string seed = File.ReadAllText(TestPaths.Seed);
        byte[] bytes = content switch
        {
            "seed" => Encoding.UTF8.GetBytes(seed),
            "seed in gb18030" => Encoding.GetEncoding(54936).GetBytes(seed),
            "caf\u00E9 cr\u00E8me" => Encoding.Latin1.GetBytes(content),
            _ => Encoding.UTF8.GetBytes(content),
        };
        string path = Write(name, bytes);
        var loader = new DocumentLoader();

        Assert.Equal(read, loader.TryReadText(path, out var file, out var result));
        if (read)
        {
            var inspected = loader.Inspect(path);
            var expected = loader.Read(inspected);
            Assert.Equal(inspected, file);
            Assert.Equal(expected.Diagnostics.Select(d => d.ToString()), result.Diagnostics.Select(d => d.ToString()));
            Assert.Equal(expected.Document?.Symbol, result.Document?.Symbol);
            Assert.Equal(expected.Document?.Language, result.Document?.Language);
            Assert.Equal(expected.Document?.Text, result.Document?.Text);
            Assert.Equal(expected.Document?.Clauses.Select(c => (c.Site, c.Text)), result.Document?.Clauses.Select(c => (c.Site, c.Text)));
        }
    }

    [Fact]
    public void A_missing_file_or_a_folder_is_left_to_inspection()
    {
        var loader = new DocumentLoader();

        Assert.False(loader.TryReadText(Path.Combine(_folder, "missing.txt"), out _, out _));
        Assert.False(loader.TryReadText(_folder, out _, out _));
    }

    private string Write(string relative, byte[] bytes)
    {
        string path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
