namespace Lineage.Cli.Tests;

/// <summary>Bad input gets a one-line error naming the file and the reason; the rest is still processed (issue 2).</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lineage-bad-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public async Task Each_bad_file_gets_one_line_and_the_good_one_is_still_extracted()
    {
        string empty = Write("empty.txt", []);
        string binary = Write("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0xFF, 0xFE, 0x00]);
        string prose = Write("notes.txt", "Shopping list\n\nmilk, eggs, bread\n"u8.ToArray());
        string missing = Path.Combine(_folder, "no-such-file.txt");
        var (code, output, error) = await CliRunner.RunAsync("extract", empty, binary, prose, missing, TestPaths.Seed);

        Assert.Equal(2, code);
        Assert.Contains("A/RES/49/75E", output, StringComparison.Ordinal);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Contains(lines, l => l.StartsWith(empty, StringComparison.Ordinal) && l.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(binary, StringComparison.Ordinal) && l.Contains("binary", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(prose, StringComparison.Ordinal) && l.Contains("not a UN resolution", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(missing, StringComparison.Ordinal) && l.Contains("no such file", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invalid_utf8_is_reported_with_the_byte_offset()
    {
        byte[] bytes = [.. "62/42. Title\n\nThe General Assembly,\n\nRecalling "u8.ToArray(), 0xC3, 0x28, .. "its resolution 61/78,\n"u8.ToArray()];
        string bad = Write("A_RES_62_42.en.txt", bytes);
        var (code, _, error) = await CliRunner.RunAsync("extract", bad);
        Assert.Equal(2, code);
        Assert.Contains("LIN0009", error, StringComparison.Ordinal);
        Assert.Contains("at byte 47", error, StringComparison.Ordinal);
    }
}
