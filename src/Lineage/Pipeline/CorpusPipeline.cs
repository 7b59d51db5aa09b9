using System.Collections.Immutable;
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
        var loader = new DocumentLoader(options.Readers, new DocumentLoaderOptions { Reader = options.Reader });
        var files = loader.Discover(paths);
        long bytesTotal = files.Sum(f => f.Length);
        var outcomes = new DocumentOutcome[files.Count];
        int done = 0;
        long bytes = 0;
        int citations = 0;
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism), CancellationToken = cancellationToken }, i =>
        {
            outcomes[i] = Process(loader, files[i], options);
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

        return new PipelineResult([.. outcomes], builder.Build(), []);
    }

    /// <summary>
    /// Reads and extracts the files of <paramref name="paths"/> in parallel and hands each file's outcome, turned
    /// into what the caller keeps by <paramref name="project"/> (run on the worker, so the document and its text can
    /// be dropped there), back in input order as soon as it and every file before it are done. Memory holds a few
    /// files per core, whatever the number of files. Builds no graph.
    /// <para>With <paramref name="waitingBytes"/>, the workers also go on past those few files while the files whose results
    /// wait for a slower one before them add up to at most that many bytes (their sizes as the folder walk read them; a file
    /// named alone counts as too large): one large file among small ones then holds back only its own core. Give it when
    /// <typeparamref name="T"/> is small beside the file it comes from (the lines written for it, not its document).</para>
    /// </summary>
    public static IEnumerable<T> Stream<T>(IEnumerable<string> paths, Func<DocumentOutcome, T> project, PipelineOptions? options = null, IProgress<PipelineProgress>? progress = null, long waitingBytes = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(project);
        options ??= PipelineOptions.Default;
        var loader = new DocumentLoader(options.Readers, new DocumentLoaderOptions { Reader = options.Reader });

        // The extractor, when built on first use (PipelineOptions.Default's), is built on a thread of its own while the folders
        // are listed and the first files read and laid out, not before them on this thread (a worker that needs it first waits).
        _ = Task.Factory.StartNew(() => options.Extractor, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        // Without progress to report, nothing needs every file's size first: each file is inspected (its head read to
        // pick its reader) on the worker that then reads it, not all of them on this thread before the first is read.
        var files = progress is null
            ? DocumentLoader.List(paths)
            : [.. loader.Discover(paths).Select(f => new ListedFile(f.Path, f, null))];
        long bytesTotal = progress is null ? 0 : files.Sum(f => f.File!.Length);
        int done = 0;
        long bytes = 0;
        int citations = 0;
        T Work(ListedFile entry)
        {
            // A plain-text file is inspected and read with one opening of it; any other the usual way.
            var file = entry.File;
            ReadResult? known = null;
            if (file is null && loader.TryReadText(entry.Path, out var textFile, out var textRead))
            {
                (file, known) = (textFile, textRead);
            }

            file ??= loader.Inspect(entry.Path);
            var outcome = Process(loader, file, known, options);
            if (progress is not null)
            {
                int finished = Interlocked.Increment(ref done);
                long read = Interlocked.Add(ref bytes, file.Length);
                int found = Interlocked.Add(ref citations, outcome.Citations.Length);
                progress.Report(new PipelineProgress(finished, files.Count, read, bytesTotal, found, file.Path));
            }

            return project(outcome);
        }

        int parallelism = Math.Max(1, options.MaxDegreeOfParallelism);
        return waitingBytes <= 0
            ? OrderedParallel.Map(files, Work, parallelism, (8 * parallelism) + 16, cancellationToken)
            : OrderedParallel.Map(files, Work, parallelism, (8 * parallelism) + 16, f => f.Metadata?.Length ?? f.File?.Length ?? long.MaxValue, waitingBytes, cancellationToken);
    }

    /// <summary>Reads and extracts one file; never throws for a bad file.</summary>
    public static DocumentOutcome Process(DocumentLoader loader, SourceFile file, PipelineOptions options) => Process(loader, file, null, options);

    /// <summary><see cref="Process(DocumentLoader, SourceFile, PipelineOptions)"/> of a file whose <paramref name="read"/> result is known already (null: read it).</summary>
    internal static DocumentOutcome Process(DocumentLoader loader, SourceFile file, ReadResult? read, PipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(loader);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            read ??= loader.Read(file);
            if (read.Document is null)
            {
                return new DocumentOutcome(file.Path, file.Format, file.Length, null, [], read.Diagnostics);
            }

            var extracted = options.Extractor.Extract(read.Document);
            var citations = extracted.Citations;
            if (options.IncludeMarkupLinks && !extracted.Document.Links.IsDefaultOrEmpty)
            {
                // AKN4UN: the UN's own links become edges too, marked as markup (text-read edges stay marked as text).
                citations = citations.AddRange(Documents.Akn.MarkupLinks.ToCitations(extracted.Document, options.Extractor));
            }

            return new DocumentOutcome(file.Path, file.Format, file.Length, extracted.Document, citations, read.Diagnostics.AddRange(extracted.Diagnostics));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A rule bug must not end the run: report it against the file and go on.
            return new DocumentOutcome(file.Path, file.Format, file.Length, null, [], [DiagnosticCatalogue.Create(DiagnosticCodes.ExtractorFailed, file.Path,
                Messages.Format(Messages.ExtractorFailed, e.GetType().Name, e.Message))]);
        }
    }
}
