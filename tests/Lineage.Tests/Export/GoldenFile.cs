using System.Runtime.CompilerServices;
using System.Text;

namespace Lineage.Tests.Export;

/// <summary>
/// Golden files: <c>tests/Lineage.Tests/Golden/&lt;Class&gt;.&lt;Method&gt;.verified.&lt;ext&gt;</c>. A mismatch writes
/// <c>.received.&lt;ext&gt;</c> beside it and fails; <c>LINEAGE_ACCEPT=1</c> overwrites the verified file instead.
/// </summary>
internal static class GoldenFile
{
    public static string Directory => Path.Combine(TestPaths.RepositoryRoot, "tests", "Lineage.Tests", "Golden");

    public static void Verify(string className, byte[] actual, string extension, [CallerMemberName] string method = "")
    {
        string stem = Path.Combine(Directory, $"{className}.{method}");
        string verified = $"{stem}.verified.{extension}";
        string received = $"{stem}.received.{extension}";
        bool accept = Environment.GetEnvironmentVariable("LINEAGE_ACCEPT") == "1";
        if (accept)
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllBytes(verified, actual);
            File.Delete(received);
            return;
        }

        if (File.Exists(verified) && File.ReadAllBytes(verified).AsSpan().SequenceEqual(actual))
        {
            File.Delete(received);
            return;
        }

        File.WriteAllBytes(received, actual);
        Assert.Fail(File.Exists(verified)
            ? $"{Path.GetFileName(received)} differs from {Path.GetFileName(verified)}; compare them, and rerun with LINEAGE_ACCEPT=1 if the change is right."
            : $"No {Path.GetFileName(verified)} yet: review {Path.GetFileName(received)} and rerun with LINEAGE_ACCEPT=1 to accept it.");
    }

    public static void Verify(string className, string actual, string extension, [CallerMemberName] string method = "") =>
        Verify(className, Encoding.UTF8.GetBytes(actual), extension, method);
}
