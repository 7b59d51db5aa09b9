using System.Net.Sockets;
using System.Text;
using Lineage.Cli.Tests.Analysis;

namespace Lineage.Cli.Tests;

/// <summary>
/// Issue 13: every class of bad input gets one line on standard error with its code, and the exit status the README's
/// table of bad inputs gives it; nothing hangs, nothing is lost. One row of <see cref="Rows"/> per row of that table.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly string _folder = Directory.CreateTempSubdirectory("lineage-hostile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // Issue 13, the bar: a FIFO, a CR-only file, invalid UTF-8 and a newline in a name, in one folder beside a good file.
    [Fact]
    public async Task A_folder_of_hostile_files_returns_at_once_with_one_line_per_problem_and_the_good_citations()
    {
        RequireUnix();
        File.Copy(TestPaths.Seed, Path.Combine(_folder, "A_RES_62_42.zh.txt"));
        Mkfifo(Path.Combine(_folder, "pipe.txt"));
        File.WriteAllBytes(Path.Combine(_folder, "A_RES_62_42-cr.zh.txt"), CarriageReturnsOnly(File.ReadAllBytes(TestPaths.Seed)));
        File.WriteAllBytes(Path.Combine(_folder, "stray.en.txt"), StrayBytes());
        File.WriteAllText(Path.Combine(_folder, "new\nline.txt"), "Shopping list\n\nmilk, eggs, bread\n");

        var (code, output, error) = await Run("extract", _folder, "--format", "jsonl");

        Assert.Equal(ExitCodes.InputErrors, code);
        string[] lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.StartsWith(Path.Combine(_folder, "pipe.txt") + ": error LIN0013: not a regular file but a named pipe (FIFO)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(Path.Combine(_folder, "stray.en.txt") + ": error LIN0009: the text is not valid utf-8 at byte 20 (line 3)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(Path.Combine(_folder, "new\\nline.txt") + ": error LIN0004: ", StringComparison.Ordinal));

        // The good file and the CR-only copy of it give the same citations, at the same offsets.
        var citations = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        var byFile = citations.GroupBy(c => Path.GetFileName(c.GetProperty("file").GetString()!)).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(["A_RES_62_42-cr.zh.txt", "A_RES_62_42.zh.txt"], byFile.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(30, byFile["A_RES_62_42.zh.txt"].Count);
        Assert.Equal(
            byFile["A_RES_62_42.zh.txt"].Select(c => (c.GetProperty("target").GetString(), c.GetProperty("offset").GetInt32(), c.GetProperty("line").GetInt32())),
            byFile["A_RES_62_42-cr.zh.txt"].Select(c => (c.GetProperty("target").GetString(), c.GetProperty("offset").GetInt32(), c.GetProperty("line").GetInt32())));
    }

    /// <summary>The README's table of bad inputs: row id → what the row sets up is done in <see cref="Arrange"/>.</summary>
    public static TheoryData<string, string?, int> Rows => new()
    {
        // row, the code on standard error (null: none), exit status
        { "missing path", "LIN0001", ExitCodes.InputErrors },
        { "empty file", "LIN0002", ExitCodes.InputErrors },
        { "binary file", "LIN0003", ExitCodes.InputErrors },
        { "named pipe (FIFO)", "LIN0013", ExitCodes.InputErrors },
        { "socket", "LIN0013", ExitCodes.InputErrors },
        { "device", "LIN0013", ExitCodes.InputErrors },
        { "file over 64 MiB", "LIN0151", ExitCodes.InputErrors },
        { "unknown format", "LIN0005", ExitCodes.InputErrors },
        { "stray bytes in ASCII text", "LIN0009", ExitCodes.InputErrors },
        { "text that is no resolution", "LIN0004", ExitCodes.InputErrors },
        { "damaged PDF", "LIN0101", ExitCodes.InputErrors },
        { "XML with a DTD", "LIN0302", ExitCodes.InputErrors },
        { "CR-only line breaks", null, ExitCodes.Ok },
        { "control character in a file name", "LIN0004", ExitCodes.InputErrors },
        { "unknown command", null, ExitCodes.Usage },
        { "symbol not in the graph", "LIN0015", ExitCodes.NotFound },
        { "output folder not writable", "LIN0014", ExitCodes.OutputFailure },
        { "temporary files of a killed run", null, ExitCodes.Ok },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Each_bad_input_gets_its_code_and_exit_status_on_one_line(string row, string? code, int status)
    {
        string[] args = Arrange(row);

        var (exit, _, error) = await Run(args);

        Assert.True(status == exit, $"{row}: exit {exit}, expected {status}\n{error}");
        string[] lines = [.. error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("read ", StringComparison.Ordinal))]; // not build's progress
        if (code is null)
        {
            Assert.True(status == ExitCodes.Ok ? lines.Length == 0 : lines.Length == 1, $"{row}:\n{error}");
            return;
        }

        string line = Assert.Single(lines);
        Assert.Contains($": error {code}: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_is_named_alone()
    {
        var (code, output, error) = await Run("frobnicate");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Empty(output);
        Assert.StartsWith("lineage: unknown command 'frobnicate' (commands: extract, build, ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("extract --bogus SEEDS", "lineage extract: unknown option '--bogus' (see 'lineage extract --help')")]
    [InlineData("chain --depht 3 62/42 SEEDS", "lineage chain: unknown option '--depht' (see 'lineage chain --help')")]
    [InlineData("export neo4j --bogus SEEDS", "lineage export neo4j: unknown option '--bogus' (see 'lineage export neo4j --help')")]
    public async Task An_unknown_option_is_named_not_read_as_a_path(string line, string expected)
    {
        string[] args = [.. line.Split(' ').Select(a => a == "SEEDS" ? TestPaths.Seeds : a)];

        var (code, output, error) = await Run(args);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Empty(output);
        Assert.Equal(expected, error.TrimEnd());
    }

    [Fact]
    public async Task A_path_that_starts_with_a_dash_is_still_a_path()
    {
        // Relative to the working directory, as a user types it: run the built command in a folder holding "-seed.zh.txt".
        string folder = Directory.CreateTempSubdirectory("lineage-dash-").FullName;
        try
        {
            File.Copy(TestPaths.Seed, Path.Combine(folder, "-seed.zh.txt"));
            string dll = typeof(LineageCli).Assembly.Location;
            var start = new System.Diagnostics.ProcessStartInfo("dotnet", [dll, "extract", "-seed.zh.txt"])
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = System.Diagnostics.Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();

            Assert.True(process.ExitCode == ExitCodes.Ok, await error);
            Assert.Contains("A/RES/61/78", await output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public async Task Help_says_lineage_in_its_usage_line()
    {
        var (code, output, _) = await Run("--help");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Usage:\n  lineage [command] [options]", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_build_after_a_killed_one_removes_its_temporary_files_and_keeps_other_files()
    {
        string graphs = Path.Combine(_folder, "graphs");
        Directory.CreateDirectory(graphs);
        int dead = DeadProcessId();
        string[] leftovers =
        [
            Path.Combine(graphs, $".lineage.graphml.{dead}-{Guid.NewGuid():N}.tmp"),
            Path.Combine(graphs, $".lineage.nodes.csv.{Guid.NewGuid():N}.tmp"),
        ];
        foreach (string leftover in leftovers)
        {
            File.WriteAllText(leftover, "<graphml");
        }

        string mine = Path.Combine(graphs, "notes.tmp");
        File.WriteAllText(mine, "not Lineage's");

        var (code, _, error) = await Run("build", TestPaths.Seeds, "--out", graphs);

        Assert.True(code == ExitCodes.Ok, error);
        Assert.All(leftovers, l => Assert.False(File.Exists(l), l));
        Assert.True(File.Exists(mine));
        Assert.Equal(["lineage.db", "lineage.edges.csv", "lineage.graphml", "lineage.nodes.csv", "notes.tmp"],
            Directory.GetFiles(graphs).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private string[] Arrange(string row)
    {
        string Write(string name, byte[] bytes)
        {
            string path = Path.Combine(_folder, name);
            File.WriteAllBytes(path, bytes);
            return path;
        }

        switch (row)
        {
            case "missing path":
                return ["extract", Path.Combine(_folder, "no-such-file.txt")];
            case "empty file":
                return ["extract", Write("A_RES_62_42.en.txt", [])];
            case "binary file":
                return ["extract", Write("A_RES_62_42.en.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0xFF, 0xFE, 0x00, 0x01])];
            case "named pipe (FIFO)":
                RequireUnix();
                Mkfifo(Path.Combine(_folder, "pipe.txt"));
                return ["extract", _folder];
            case "socket":
                RequireUnix();
                string socketPath = Path.Combine(_folder, "lineage.sock");
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                socket.Bind(new UnixDomainSocketEndPoint(socketPath));
                TestContext.Current.CancellationToken.Register(socket.Dispose);
                return ["extract", _folder];
            case "device":
                RequireUnix();
                return ["extract", "/dev/zero"];
            case "file over 64 MiB":
                string large = Path.Combine(_folder, "A_RES_62_42.en.txt");
                using (var stream = File.Create(large))
                {
                    stream.SetLength((64L << 20) + 1); // sparse: nothing is written
                }

                return ["extract", large];
            case "unknown format":
                return ["extract", Write("photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F'])];
            case "stray bytes in ASCII text":
                return ["extract", Write("A_RES_62_42.en.txt", StrayBytes())];
            case "text that is no resolution":
                return ["extract", Write("notes.txt", "Shopping list\n\nmilk, eggs, bread\n"u8.ToArray())];
            case "damaged PDF":
                return ["extract", Write("A_RES_73_6-EN.pdf", [.. "%PDF-1.7\n1 0 obj\n<< /Type /Catalog"u8, .. new byte[64]])];
            case "XML with a DTD":
                return ["extract", Write("A_RES_78_1.xml", Encoding.UTF8.GetBytes(
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<akomaNtoso>&xxe;</akomaNtoso>\n"))];
            case "CR-only line breaks":
                return ["extract", Write("A_RES_62_42.zh.txt", CarriageReturnsOnly(File.ReadAllBytes(TestPaths.Seed)))];
            case "control character in a file name":
                return ["extract", Write("notes\u001b[2J\n.txt", "Shopping list\n"u8.ToArray())];
            case "unknown command":
                return ["frobnicate", TestPaths.Seeds];
            case "symbol not in the graph":
                return ["chain", "62/43", TestPaths.Seeds];
            case "output folder not writable":
                string notAFolder = Write("graphs", "a file where the folder should be"u8.ToArray());
                return ["build", TestPaths.Seeds, "--out", notAFolder];
            case "temporary files of a killed run":
                string graphs = Path.Combine(_folder, "graphs");
                Directory.CreateDirectory(graphs);
                File.WriteAllText(Path.Combine(graphs, $".lineage.graphml.{DeadProcessId()}-{Guid.NewGuid():N}.tmp"), "<graphml");
                return ["build", TestPaths.Seeds, "--out", graphs];
            default:
                throw new ArgumentOutOfRangeException(nameof(row), row, "no such row");
        }
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args) =>
        await Task.Run(() => CliRun.RunAsync(args), TestContext.Current.CancellationToken).WaitAsync(Patience, TestContext.Current.CancellationToken);

    /// <summary>The seed's text with every line break a lone CR, as classic Mac OS wrote text.</summary>
    internal static byte[] CarriageReturnsOnly(byte[] text) =>
        [.. text.Where(b => b != '\r').Select(b => b == '\n' ? (byte)'\r' : b)];

    /// <summary>ASCII text with five stray bytes (<c>ED A0 80</c>, <c>FF FE</c>) that windows-1251 reads as <c>н Ђ</c> and <c>яю</c>.</summary>
    internal static byte[] StrayBytes()
    {
        byte[] body = "62/42. Title\n\nThe General Assembly,\n\nRecalling its resolution 61/78 of 6 December 2006,\n"u8.ToArray();
        return [.. body[..20], 0xED, 0xA0, 0x80, .. body[20..50], 0xFF, 0xFE, .. body[50..]];
    }

    private static void RequireUnix()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("named pipes, sockets and devices in folders are Unix things");
        }
    }

    private static void Mkfifo(string path)
    {
        var info = new System.Diagnostics.ProcessStartInfo("mkfifo") { ArgumentList = { path } };
        using var process = System.Diagnostics.Process.Start(info)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    /// <summary>The id of a process that does not run (a killed run's): above any pid_max, so never alive.</summary>
    private static int DeadProcessId() => 2_000_000_000;
}
