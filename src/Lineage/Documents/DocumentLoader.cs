using System.Buffers;
using System.Collections.Immutable;
using System.IO.Enumeration;
using System.Text;
using Lineage.Documents.Akn;
using Lineage.Documents.Html;
using Lineage.Documents.Pdf;
using Lineage.Documents.Text;
using Lineage.Model;

namespace Lineage.Documents;

/// <summary>
/// Finds and reads the files a scholar has: the registry of readers (<c>pdf</c>, <c>akn</c>, <c>html</c>, <c>text</c>),
/// format sniffing (content first — <c>%PDF-</c>, <c>&lt;akomaNtoso</c>, <c>&lt;html</c> — then the file name), recursive
/// folder walking in sorted order, a one-line reason for each file it skips, and a size guard. Never throws on a bad file.
/// </summary>
public sealed class DocumentLoader
{
    private const int HeadBytes = 4096;

    public DocumentLoader(IEnumerable<IDocumentReader>? readers = null, DocumentLoaderOptions? options = null)
    {
        Readers = readers is null ? DefaultReaders : [.. readers];
        Options = options ?? DocumentLoaderOptions.Default;
    }

    /// <summary>
    /// The built-in readers in the order they are asked: PDF, AKN4UN XML, HTML, plain text and Markdown.
    /// </summary>
    public static ImmutableArray<IDocumentReader> DefaultReaders { get; } = CreateDefaultReaders();

    public ImmutableArray<IDocumentReader> Readers { get; }

    public DocumentLoaderOptions Options { get; }

    /// <summary>The format a file's first bytes show: <c>pdf</c>, <c>akn</c>, <c>html</c>, or null (decide by name).</summary>
    public static string? Sniff(ReadOnlySpan<byte> head)
    {
        if (head[..Math.Min(head.Length, 1024)].IndexOf("%PDF-"u8) >= 0)
        {
            return "pdf";
        }

        string start;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var utf16 = head[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            start = utf16.GetString(head[2..(2 + ((head.Length - 2) & ~1))]);
        }
        else
        {
            int skip = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            start = Encoding.Latin1.GetString(head[skip..]);
        }

        start = start.TrimStart();
        if (!start.StartsWith('<'))
        {
            return null;
        }

        if (start.Contains("<akomaNtoso", StringComparison.Ordinal))
        {
            return "akn";
        }

        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.Contains("<html", StringComparison.OrdinalIgnoreCase)
            ? "html"
            : null;
    }

    /// <summary>The reader for a file: the one named by its content (<see cref="Sniff"/>), else the first that takes it by name.</summary>
    public IDocumentReader? PickReader(string path, ReadOnlySpan<byte> head)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Sniff(head) is { } format && Readers.FirstOrDefault(r => r.Name == format) is { } sniffed)
        {
            return sniffed;
        }

        foreach (var reader in Readers)
        {
            if (reader.CanRead(path, head))
            {
                return reader;
            }
        }

        return null;
    }

    /// <summary>
    /// The files named and those under the folders named (recursively; names starting with '.' are left out; folder
    /// links are not followed), sorted by path (ordinal), each with its reader or the reason it will be skipped.
    /// Paths that do not exist come back as skipped files.
    /// </summary>
    public IReadOnlyList<SourceFile> Discover(IEnumerable<string> paths) => [.. List(paths).Select(entry => entry.File ?? Inspect(entry.Path))];

    /// <summary>
    /// The paths <see cref="Discover(IEnumerable{string})"/> gives, in its order, without opening a file: each is a file to
    /// <see cref="Inspect"/>, or one already known (<c>File</c>: a path that does not exist, with its diagnostic). A run that
    /// reads the files in parallel inspects each on the worker that reads it, so the first file is read before the last is
    /// looked at. A file found in a folder comes with the size and modification time the walk read
    /// (<see cref="ListedFile.Metadata"/>; not for a link, whose own are not its target's): a store's rerun compares them
    /// with those stored and opens none of the files it already holds.
    /// </summary>
    internal static IReadOnlyList<ListedFile> List(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var entries = new List<ListedFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Full paths against the working folder read once: Path.GetFullPath(path) asks the system for it (getcwd) each
        // time, 0.27 s of a rebuild over 122,070 files given as a relative folder.
        string here = Environment.CurrentDirectory;
        foreach (string path in paths)
        {
            if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path, here)))
                {
                    entries.Add(new ListedFile(path, null, null));
                }
            }
            else if (Directory.Exists(path))
            {
                var found = Walk(path);
                found.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
                entries.AddRange(found.Where(f => seen.Add(Path.GetFullPath(f.Path, here))));
            }
            else
            {
                entries.Add(new ListedFile(path, new SourceFile(path, 0, null,
                    DiagnosticCatalogue.Create(DiagnosticCodes.FileNotFound, path, Messages.FileNotFound)), null));
            }
        }

        return entries;
    }

    /// <summary>
    /// Reads one file. A skipped file gives its reason; a reader's failure gives its diagnostics; an exception in a
    /// reader is reported, not thrown. When the file name names a language the text does not have, a warning says so.
    /// </summary>
    public ReadResult Read(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Skipped is { } skipped)
        {
            return ReadResult.Failed(skipped);
        }

        ReadResult result;
        try
        {
            result = file.Reader!.Read(file.Path, Options.Reader);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ReadResult.Failed(DiagnosticCatalogue.Create(DiagnosticCodes.ReaderFailed, file.Path,
                Messages.Format(Messages.ReaderFailed, file.Reader!.Name, e.GetType().Name, e.Message)));
        }

        return WithNamedLanguage(file.Path, result);
    }

    /// <summary>
    /// <see cref="Inspect"/> then <see cref="Read(SourceFile)"/> for a plain-text file, with the file opened once: its head
    /// read to pick the reader, then the rest of it read into the same buffer and decoded. False (nothing read) for any other
    /// file, and for one that is empty, too large, not regular or fails to read: the caller inspects and reads it as usual,
    /// which gives the same diagnostics. A run over many small files opened each one twice (its head, then the whole file).
    /// </summary>
    internal bool TryReadText(string path, out SourceFile file, out ReadResult result) => TryReadText(path, null, out file, out result);

    /// <summary>
    /// <see cref="TryReadText(string, out SourceFile, out ReadResult)"/>, appending the file's bytes to <paramref name="hash"/>
    /// when it returns true: the store hashes what it read instead of opening the file a second time to hash it.
    /// </summary>
    internal bool TryReadText(string path, System.IO.Hashing.NonCryptographicHashAlgorithm? hash, out SourceFile file, out ReadResult result)
    {
        file = null!;
        result = null!;
        if (FileKind.NotRegular(path) is not null)
        {
            return false;
        }

        byte[]? bytes = null;
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
            long length = RandomAccess.GetLength(handle);
            if (length == 0 || length > Options.MaxFileBytes || length > TextDocumentReader.MaxFileBytes)
            {
                return false;
            }

            bytes = ArrayPool<byte>.Shared.Rent((int)length);
            int head = ReadAtLeast(handle, bytes.AsSpan(0, (int)Math.Min(length, HeadBytes)));
            if (PickReader(path, bytes.AsSpan(0, head)) is not TextDocumentReader reader
                || head < Math.Min(length, HeadBytes)
                || ReadAtLeast(handle, bytes.AsSpan(head, (int)length - head), head) != length - head)
            {
                return false;
            }

            file = new SourceFile(path, length, reader, null);
            hash?.Append(bytes.AsSpan(0, (int)length));
            try
            {
                result = WithNamedLanguage(path, TextDocumentReader.Read(path, bytes.AsSpan(0, (int)length), Options.Reader));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                result = ReadResult.Failed(DiagnosticCatalogue.Create(DiagnosticCodes.ReaderFailed, path,
                    Messages.Format(Messages.ReaderFailed, reader.Name, e.GetType().Name, e.Message)));
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        finally
        {
            if (bytes is not null)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }

    /// <summary><paramref name="result"/>, with a warning when the file name names a language the text does not have.</summary>
    private static ReadResult WithNamedLanguage(string path, ReadResult result)
    {
        if (result.Document is not { } document)
        {
            return result;
        }

        // Only the language the name gives: the reader read the symbol from the name already where it needed it.
        if (FileNameIdentity.LanguageOfPath(path) is { } language && document.Language != Language.Unknown && document.Language != language)
        {
            result = result with
            {
                Diagnostics = result.Diagnostics.Add(DiagnosticCatalogue.Create(DiagnosticCodes.LanguageMismatch, path,
                    Messages.Format(Messages.LanguageMismatch, document.Language.ToCode(), language.ToCode()))),
            };
        }

        return result;
    }

    /// <summary>Discovers and reads, in order: each file with its result. Count them with a <see cref="ReadSummary"/>.</summary>
    public IEnumerable<(SourceFile File, ReadResult Result)> ReadAll(IEnumerable<string> paths)
    {
        foreach (var file in Discover(paths))
        {
            yield return (file, Read(file));
        }
    }

    /// <summary>A file as discovery gives it: its size and reader, or the reason it will be skipped. Opens the file to read its head.</summary>
    internal SourceFile Inspect(string path)
    {
        if (FileKind.NotRegular(path) is { } kind)
        {
            return new SourceFile(path, 0, null, DiagnosticCatalogue.Create(DiagnosticCodes.NotARegularFile, path, Messages.Format(Messages.NotARegularFile, kind)));
        }

        long length;
        Span<byte> head = stackalloc byte[HeadBytes];
        int count;
        try
        {
            // A handle, not a stream: one file's head is one read, with no stream or buffer objects around it.
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            length = RandomAccess.GetLength(handle);
            count = ReadAtLeast(handle, head);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SourceFile(path, 0, null, ReadFailure.Of(path, e));
        }

        var reader = PickReader(path, head[..count]);
        if (length == 0)
        {
            return new SourceFile(path, 0, reader, DiagnosticCatalogue.Create(DiagnosticCodes.EmptyDocument, path, Messages.EmptyDocument));
        }

        if (length > Options.MaxFileBytes)
        {
            return new SourceFile(path, length, reader, DiagnosticCatalogue.Create(DiagnosticCodes.TooLarge, path,
                Messages.Format(Messages.TooLarge, ByteSize.Format(length), ByteSize.Format(Options.MaxFileBytes))));
        }

        if (reader is null)
        {
            string extension = Path.GetExtension(path);
            return new SourceFile(path, length, null, DiagnosticCatalogue.Create(DiagnosticCodes.UnsupportedFormat, path,
                Messages.Format(Messages.UnsupportedFormat, extension.Length > 0 ? extension : "no extension")));
        }

        return new SourceFile(path, length, reader, null);
    }

    /// <summary>
    /// Reads from the start of the file into <paramref name="buffer"/> until it is full or the file ends (a read may
    /// give fewer bytes than asked without the file having ended); the count read.
    /// </summary>
    internal static int ReadAtLeast(Microsoft.Win32.SafeHandles.SafeFileHandle handle, Span<byte> buffer, long offset = 0)
    {
        int count = 0;
        int read;
        while (count < buffer.Length && (read = RandomAccess.Read(handle, buffer[count..], offset + count)) > 0)
        {
            count += read;
        }

        return count;
    }

    /// <summary>
    /// The files under <paramref name="root"/> (unsorted: the caller sorts them), each with the size and modification time
    /// the directory listing gives (one look at each file's metadata, no <see cref="FileInfo"/> of its own); names
    /// starting with '.' are left out and folder links are not followed. Read by as many threads as there are cores (up
    /// to four): each takes a folder not yet read, lists it, and leaves its subfolders to whichever thread is free. A
    /// folder's listing costs a system call per entry, and one thread spent 0.44 s on the 122,070 files of the 4 GB record
    /// before the first file could be read.
    /// </summary>
    private static List<ListedFile> Walk(string root)
    {
        var found = new List<ListedFile>();
        var pending = new Stack<string>();
        pending.Push(root);
        int reading = 0;
        var gate = new object();
        void Work()
        {
            var local = new List<ListedFile>();
            var folders = new List<string>();
            while (true)
            {
                string folder;
                lock (gate)
                {
                    while (pending.Count == 0 && reading > 0)
                    {
                        Monitor.Wait(gate);
                    }

                    if (pending.Count == 0)
                    {
                        // Nothing left and nobody reading: the others stop too.
                        Monitor.PulseAll(gate);
                        break;
                    }

                    folder = pending.Pop();
                    reading++;
                }

                folders.Clear();
                try
                {
                    ReadFolder(folder, local, folders);
                }
                finally
                {
                    lock (gate)
                    {
                        foreach (string sub in folders)
                        {
                            pending.Push(sub);
                        }

                        reading--;
                        Monitor.PulseAll(gate);
                    }
                }
            }

            lock (found)
            {
                found.AddRange(local);
            }
        }

        try
        {
            Parallel.For(0, Math.Clamp(Environment.ProcessorCount, 1, 4), _ => Work());
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            // As the walk on one thread would have thrown it.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        return found;
    }

    /// <summary>One folder's files into <paramref name="files"/>, its subfolders (not links to folders) into <paramref name="folders"/>.</summary>
    private static void ReadFolder(string directory, List<ListedFile> files, List<string> folders)
    {
        List<(string Path, bool Directory, bool Link, long Length, DateTime Modified)> entries;
        try
        {
            entries = [.. new FileSystemEnumerable<(string, bool, bool, long, DateTime)>(directory,
                (ref FileSystemEntry e) =>
                {
                    bool link = (e.Attributes & FileAttributes.ReparsePoint) != 0;
                    bool isDirectory = e.IsDirectory;
                    return (e.ToSpecifiedFullPath(), isDirectory, link, isDirectory || link ? 0 : e.Length, isDirectory || link ? default : e.LastWriteTimeUtc.UtcDateTime);
                },
                new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0, MatchType = MatchType.Win32 })
            {
                ShouldIncludePredicate = (ref FileSystemEntry e) => !e.FileName.StartsWith('.'),
            }];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var (path, isDirectory, link, length, modified) in entries)
        {
            if (!isDirectory)
            {
                files.Add(new ListedFile(path, null, link ? null : new FileMetadata(length, modified)));
            }
            else if (!link)
            {
                folders.Add(path);
            }
        }
    }

    private static ImmutableArray<IDocumentReader> CreateDefaultReaders()
    {
        var readers = ImmutableArray.CreateBuilder<IDocumentReader>();
        readers.Add(new PdfDocumentReader());

        readers.Add(new AknDocumentReader());
        readers.Add(new HtmlDocumentReader());
        readers.Add(new TextDocumentReader());
        return readers.ToImmutable();
    }
}
