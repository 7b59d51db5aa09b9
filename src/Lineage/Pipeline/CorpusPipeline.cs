using System.Collections.Immutable;
using System.Globalization;
using Lineage.Documents;
using Lineage.Graph;
using Lineage.Model;

namespace Lineage.Pipeline;

/// <summary>
/// The main job: files and folders in, citation graph out. Folders are read recursively in sorted order; each file
/// is read by the first reader that takes it, its citations extracted (files in parallel), and the graph built in
/// input order, so the same inputs give the same graph. A file that cannot be read is reported and skipped; the
/// rest goes on.
/// </summary>
public static class CorpusPipeline
{
    public static PipelineResult Run(IEnumerable<string> paths, PipelineOptions? options = null, IProgress<PipelineProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= PipelineOptions.Default;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var files = ExpandPaths(paths, diagnostics);
        long bytesTotal = files.Sum(f => f.Length);
        var outcomes = new DocumentOutcome[files.Count];
        int done = 0;
        long bytes = 0;
        int citations = 0;
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism), CancellationToken = cancellationToken }, i =>
        {
            outcomes[i] = Process(files[i], options);
            int finished = Interlocked.Increment(ref done);
            long read = Interlocked.Add(ref bytes, files[i].Length);
            int found = Interlocked.Add(ref citations, outcomes[i].Citations.Length);
            progress?.Report(new PipelineProgress(finished, files.Count, read, bytesTotal, found, files[i].Path));
        });

        var builder = new CitationGraphBuilder { InferSeriesLinks = options.InferSeriesLinks };
        foreach (var outcome in outcomes)
        {
            if (outcome.Document is not null)
            {
                builder.Add(outcome.Document, outcome.Citations);
            }
        }

        return new PipelineResult([.. outcomes], builder.Build(), diagnostics.ToImmutable());
    }

    /// <summary>Reads and extracts one file; never throws for a bad file.</summary>
    public static DocumentOutcome Process(InputFile file, PipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var reader = PickReader(file.Path, options.Readers);
        if (reader is null)
        {
            return new DocumentOutcome(file.Path, "none", file.Length, null, [], [new Diagnostic(DiagnosticCodes.UnsupportedFormat, DiagnosticSeverity.Error,
                string.Format(CultureInfo.InvariantCulture, Messages.UnsupportedFormat, Path.GetExtension(file.Path)), file.Path)]);
        }

        try
        {
            var read = reader.Read(file.Path, options.Reader);
            if (read.Document is null)
            {
                return new DocumentOutcome(file.Path, reader.Name, file.Length, null, [], read.Diagnostics);
            }

            var extracted = options.Extractor.Extract(read.Document);
            return new DocumentOutcome(file.Path, reader.Name, file.Length, extracted.Document, extracted.Citations, read.Diagnostics.AddRange(extracted.Diagnostics));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A reader or rule bug must not end the run: report it against the file and go on.
            return new DocumentOutcome(file.Path, reader.Name, file.Length, null, [], [new Diagnostic(DiagnosticCodes.UnreadableFile, DiagnosticSeverity.Error,
                string.Format(CultureInfo.InvariantCulture, Messages.UnreadableFile, $"{e.GetType().Name}: {e.Message}"), file.Path)]);
        }
    }

    /// <summary>Files named, and files under folders named (recursively, sorted ordinally); missing paths become diagnostics.</summary>
    public static IReadOnlyList<InputFile> ExpandPaths(IEnumerable<string> paths, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var files = new List<InputFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path)))
                {
                    files.Add(new InputFile(path, new FileInfo(path).Length));
                }
            }
            else if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal);
                foreach (string file in found)
                {
                    if (seen.Add(Path.GetFullPath(file)))
                    {
                        files.Add(new InputFile(file, new FileInfo(file).Length));
                    }
                }
            }
            else
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.FileNotFound, DiagnosticSeverity.Error, Messages.FileNotFound, path));
            }
        }

        return files;
    }

    private static IDocumentReader? PickReader(string path, IReadOnlyList<IDocumentReader> readers)
    {
        Span<byte> head = stackalloc byte[512];
        int count = 0;
        try
        {
            using var stream = File.OpenRead(path);
            count = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The reader reports the failure with its own message.
        }

        foreach (var reader in readers)
        {
            if (reader.CanRead(path, head[..count]))
            {
                return reader;
            }
        }

        return null;
    }
}
