using System.Runtime.CompilerServices;
using System.Text;

namespace Lineage.Cli.Tests.Analysis;

/// <summary>
/// Golden files: <c>Golden/&lt;Class&gt;.&lt;Method&gt;.verified.&lt;ext&gt;</c> beside this project. A mismatch writes
/// <c>.received.&lt;ext&gt;</c> next to it and fails; <c>LINEAGE_ACCEPT=1</c> overwrites the verified file instead.
/// </summary>
internal static class GoldenFile
{
    public static void Verify(string actual, string extension, string className, [CallerMemberName] string method = "")
    {
        string folder = Path.Combine(TestPaths.RepositoryRoot, "tests", "Lineage.Cli.Tests", "Golden");
        string verified = Path.Combine(folder, $"{className}.{method}.verified.{extension}");
        string received = Path.Combine(folder, $"{className}.{method}.received.{extension}");
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        if (Environment.GetEnvironmentVariable("LINEAGE_ACCEPT") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(verified, actual, utf8);
            File.Delete(received);
            return;
        }

        string? expected = File.Exists(verified) ? File.ReadAllText(verified, utf8) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(received, actual, utf8);
        Assert.Fail(expected is null
            ? $"No golden file {verified}; wrote {received}. Review it and rerun with LINEAGE_ACCEPT=1 to accept."
            : $"Output differs from {verified}; wrote {received}. Diff them; rerun with LINEAGE_ACCEPT=1 to accept a deliberate change.");
    }
}
