using Lineage.Export;
using Lineage.Export.Csv;
using Lineage.Export.GraphMl;
using Lineage.Graph;

namespace Lineage.Tests.Export;

public sealed class AtomicExportTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "lineage-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task An_exporter_that_throws_midway_leaves_the_previous_file_intact_and_no_temporary_file()
    {
        var graph = ExportTestGraphs.Small();
        await ExporterCatalog.WriteFilesAsync(graph, new GraphMlExporter(), _directory, "lineage", TestContext.Current.CancellationToken);
        byte[] before = await File.ReadAllBytesAsync(Path.Combine(_directory, "lineage.graphml"), TestContext.Current.CancellationToken);

        var failing = new FailingExporter(new GraphMlExporter(), failAfterBytes: 2000);
        await Assert.ThrowsAsync<IOException>(() =>
            ExporterCatalog.WriteFilesAsync(graph, failing, _directory, "lineage", TestContext.Current.CancellationToken));

        Assert.True(failing.BytesWritten >= 2000, "the exporter failed before it had written anything");
        Assert.Equal(before, await File.ReadAllBytesAsync(Path.Combine(_directory, "lineage.graphml"), TestContext.Current.CancellationToken));
        Assert.Equal(["lineage.graphml"], Directory.GetFiles(_directory).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_first_export_that_fails_leaves_no_file_at_all()
    {
        var failing = new FailingExporter(new GraphMlExporter(), failAfterBytes: 500);
        await Assert.ThrowsAsync<IOException>(() =>
            ExporterCatalog.WriteFilesAsync(ExportTestGraphs.Small(), failing, _directory, "lineage", TestContext.Current.CancellationToken));
        Assert.Empty(Directory.Exists(_directory) ? Directory.GetFiles(_directory) : []);
    }

    [Fact]
    public async Task A_multi_file_export_failing_in_its_second_file_replaces_neither()
    {
        var graph = ExportTestGraphs.Small();
        await ExporterCatalog.WriteFilesAsync(graph, new CsvExporter(), _directory, "lineage", TestContext.Current.CancellationToken);
        var before = Snapshot();

        int nodesFileLength = (await MemorySink.ExportAsync(new CsvExporter(), graph)).Bytes(CsvExporter.NodesSuffix).Length;
        var failing = new FailingExporter(new CsvExporter(), failAfterBytes: nodesFileLength + 300);
        await Assert.ThrowsAsync<IOException>(() =>
            ExporterCatalog.WriteFilesAsync(graph, failing, _directory, "lineage", TestContext.Current.CancellationToken));

        Assert.Equal(2, failing.FilesOpened);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task A_cancelled_export_leaves_the_previous_file_intact()
    {
        var builder = new CitationGraphBuilder();
        for (int n = 1; n <= 40_000; n++)
        {
            builder.AddNode(Lineage.Model.DocumentSymbol.GeneralAssemblyResolution(50 + (n % 30), n), null, "Resolution " + n, Lineage.Model.Language.English);
        }

        var graph = builder.Build();
        await ExporterCatalog.WriteFilesAsync(ExportTestGraphs.Small(), new GraphMlExporter(), _directory, "lineage", TestContext.Current.CancellationToken);
        var before = Snapshot();

        using var cancellation = new CancellationTokenSource();
        var cancelling = new FailingExporter(new GraphMlExporter(), failAfterBytes: 200_000, onLimit: cancellation.Cancel);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ExporterCatalog.WriteFilesAsync(graph, cancelling, _directory, "lineage", cancellation.Token));
        Assert.Equal(before, Snapshot());
    }

    // Issue 13: the formats of one run are one set.
    [Fact]
    public async Task A_set_of_formats_failing_in_its_last_format_replaces_none()
    {
        var graph = ExportTestGraphs.Small();
        IGraphExporter[] formats = [new GraphMlExporter(), new CsvExporter(), new Lineage.Export.Dot.DotExporter()];
        await ExporterCatalog.WriteFilesAsync(ExportTestGraphs.Small(), formats, _directory, "lineage", TestContext.Current.CancellationToken);
        var before = Snapshot();
        var builder = new CitationGraphBuilder();
        builder.AddNode(Lineage.Model.DocumentSymbol.GeneralAssemblyResolution(70, 1), null, "Another graph", Lineage.Model.Language.English);

        await Assert.ThrowsAsync<IOException>(() => ExporterCatalog.WriteFilesAsync(builder.Build(),
            [new GraphMlExporter(), new CsvExporter(), new FailingExporter(new Lineage.Export.Dot.DotExporter(), failAfterBytes: 10)],
            _directory, "lineage", TestContext.Current.CancellationToken));

        Assert.Equal(before, Snapshot());
    }

    // Issue 13: two runs writing the same folder at once leave every file from one of them (the commit list is a lock).
    [Fact]
    public async Task Two_concurrent_exports_into_one_folder_leave_every_file_from_one_of_them()
    {
        IGraphExporter[] formats = [new GraphMlExporter(), new CsvExporter(), new Lineage.Export.Dot.DotExporter(), new Lineage.Export.Gexf.GexfExporter(Lineage.Export.Gexf.GexfVersion.Gexf13)];
        var small = ExportTestGraphs.Small();
        var builder = new CitationGraphBuilder();
        for (int n = 1; n <= 3000; n++)
        {
            builder.AddNode(Lineage.Model.DocumentSymbol.GeneralAssemblyResolution(50 + (n % 30), n), null, "Resolution " + n, Lineage.Model.Language.English);
        }

        var large = builder.Build();
        string one = Path.Combine(_directory, "one");
        string two = Path.Combine(_directory, "two");
        string shared = Path.Combine(_directory, "shared");
        await ExporterCatalog.WriteFilesAsync(small, formats, one, "lineage", TestContext.Current.CancellationToken);
        await ExporterCatalog.WriteFilesAsync(large, formats, two, "lineage", TestContext.Current.CancellationToken);
        var expectedOne = Snapshot(one);
        var expectedTwo = Snapshot(two);

        for (int round = 0; round < 20; round++)
        {
            await Task.WhenAll(
                Task.Run(() => ExporterCatalog.WriteFilesAsync(small, formats, shared, "lineage", TestContext.Current.CancellationToken)),
                Task.Run(() => ExporterCatalog.WriteFilesAsync(large, formats, shared, "lineage", TestContext.Current.CancellationToken)));

            var result = Snapshot(shared);
            Assert.True(result.SequenceEqual(expectedOne) || result.SequenceEqual(expectedTwo),
                $"round {round}: a mix of two runs: " + string.Join(", ", result.Select(f => $"{f.Key}={(f.Value == expectedOne.GetValueOrDefault(f.Key) ? "one" : f.Value == expectedTwo.GetValueOrDefault(f.Key) ? "two" : "?")}")));
        }
    }

    // Issue 13: a run killed while moving its files leaves its list of moves; the next run finishes them first.
    [Fact]
    public void A_commit_cut_short_by_a_kill_is_finished_by_the_next_run()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "lineage.graphml"), "old graphml");
        File.WriteAllText(Path.Combine(_directory, "lineage.nodes.csv"), "new nodes"); // moved before the kill
        int dead = DeadProcessId();
        string temporary = $".lineage.graphml.{dead}-{Guid.NewGuid():N}.tmp";
        File.WriteAllText(Path.Combine(_directory, temporary), "new graphml");
        string stray = $".lineage.edges.csv.{dead}-{Guid.NewGuid():N}.tmp"; // written, never listed: the kill came before the list
        File.WriteAllText(Path.Combine(_directory, stray), "unlisted");
        File.WriteAllText(Path.Combine(_directory, ".lineage.commit.tmp"),
            $"{dead}\n{temporary}/lineage.graphml\n.lineage.nodes.csv.{dead}-{Guid.NewGuid():N}.tmp/lineage.nodes.csv\n");

        int done = AtomicFileSink.Recover(_directory, "lineage");

        Assert.Equal(2, done);
        Assert.Equal(new Dictionary<string, string> { ["lineage.graphml"] = "new graphml", ["lineage.nodes.csv"] = "new nodes" },
            Directory.GetFiles(_directory).ToDictionary(f => Path.GetFileName(f)!, File.ReadAllText));
    }

    [Fact]
    public void Temporary_files_of_a_running_process_are_left_alone()
    {
        Directory.CreateDirectory(_directory);
        string running = Path.Combine(_directory, $".lineage.graphml.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        File.WriteAllText(running, "being written");

        Assert.Equal(0, AtomicFileSink.Recover(_directory, "lineage"));
        Assert.True(File.Exists(running));
    }

    /// <summary>The id of a process that does not run (a killed run's): above any pid_max, so never alive.</summary>
    private static int DeadProcessId() => 2_000_000_000;

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private Dictionary<string, string> Snapshot() => Snapshot(_directory);

    private static Dictionary<string, string> Snapshot(string directory) => Directory.GetFiles(directory).Order(StringComparer.Ordinal)
        .ToDictionary(f => Path.GetFileName(f)!, f => Convert.ToHexString(File.ReadAllBytes(f)), StringComparer.Ordinal);

    /// <summary>
    /// Wraps a real exporter and makes its output streams fail like a full disk (or call <c>onLimit</c>, e.g. to cancel)
    /// once <c>failAfterBytes</c> have been written across its files.
    /// </summary>
    private sealed class FailingExporter(IGraphExporter inner, long failAfterBytes, Action? onLimit = null) : IGraphExporter
    {
        public string Name => inner.Name;

        public string FileExtension => inner.FileExtension;

        public long BytesWritten { get; private set; }

        public int FilesOpened { get; private set; }

        public Task ExportAsync(CitationGraph graph, ExportSink sink, CancellationToken cancellationToken) =>
            inner.ExportAsync(graph, new Sink(this, sink), cancellationToken);

        private void Count(int bytes)
        {
            BytesWritten += bytes;
            if (BytesWritten >= failAfterBytes)
            {
                if (onLimit is null)
                {
                    throw new IOException("No space left on device (simulated)");
                }

                onLimit();
            }
        }

        private sealed class Sink(FailingExporter owner, ExportSink inner) : ExportSink
        {
            public override string BaseName => inner.BaseName;

            public override Stream Create(string suffix)
            {
                owner.FilesOpened++;
                return new CountingStream(owner, inner.Create(suffix));
            }
        }

        private sealed class CountingStream(FailingExporter owner, Stream inner) : Stream
        {
            public override bool CanRead => false;

            public override bool CanSeek => false;

            public override bool CanWrite => true;

            public override long Length => inner.Length;

            public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

            public override void Flush() => inner.Flush();

            public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count)
            {
                inner.Write(buffer, offset, count);
                owner.Count(count);
            }

            public override void Write(ReadOnlySpan<byte> buffer)
            {
                inner.Write(buffer);
                owner.Count(buffer.Length);
            }

            public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
            {
                await inner.WriteAsync(buffer, cancellationToken);
                owner.Count(buffer.Length);
            }

            public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
                WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

            protected override void Dispose(bool disposing)
            {
                if (disposing)
                {
                    inner.Dispose();
                }

                base.Dispose(disposing);
            }
        }
    }
}
