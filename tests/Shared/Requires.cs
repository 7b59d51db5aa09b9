using System.Diagnostics;

namespace Lineage.Tests.Shared;

/// <summary>
/// Tests that need something beyond .NET (the corpus, Python's NetworkX, npm packages, a Neo4j server, a
/// command-line tool) call one of these first. Where the thing is absent the test is skipped with the reason;
/// when <c>LINEAGE_REQUIRE_ALL=1</c> (set by <c>.ci/run</c>) a missing requirement fails the test instead.
/// </summary>
internal static class Requires
{
    public static bool All => Environment.GetEnvironmentVariable("LINEAGE_REQUIRE_ALL") == "1";

    public static void Corpus()
    {
        if (!Directory.Exists(TestPaths.Corpus))
        {
            Missing($"the corpus is not at {TestPaths.Corpus} (set LINEAGE_CORPUS or place ../shared beside the repository)");
        }
    }

    /// <summary>
    /// The Python the consumers run under: <c>/usr/bin/python3</c> (Debian's, which sees python3-networkx), or
    /// <c>$LINEAGE_PYTHON</c> (<c>.ci/newcomer-pass</c> points it at nothing, as on a machine without Python).
    /// </summary>
    public static string PythonPath =>
        Environment.GetEnvironmentVariable("LINEAGE_PYTHON") is { Length: > 0 } python ? python : "/usr/bin/python3";

    /// <summary>Requires <see cref="PythonPath"/> with the given modules importable.</summary>
    public static void Python(params string[] modules)
    {
        string python = PythonPath;
        if (!File.Exists(python))
        {
            Missing($"{python} is not installed");
        }

        foreach (string module in modules)
        {
            if (Run(python, ["-c", $"import {module}"]) != 0)
            {
                Missing($"Python module {module} is not installed for {python} (apt-get install python3-{module})");
            }
        }
    }

    /// <summary>
    /// Debian's Chromium (/usr/bin/chromium), which the report tests drive through Playwright; found on PATH like the
    /// other consumers, so a run with a bare PATH (.ci/newcomer-pass) skips them. scripts/install-test-deps.sh installs it.
    /// </summary>
    public static string Chromium()
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            string candidate = Path.Combine(dir, "chromium");
            if (dir.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        Missing("chromium is not on PATH (apt-get install chromium, or run scripts/install-test-deps.sh)");
        return "/usr/bin/chromium";
    }

    /// <summary>Requires a program on PATH (xmllint, dot, node …).</summary>
    public static string Tool(string name)
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            string candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        Missing($"{name} is not on PATH");
        return name;
    }

    /// <summary>Skips (or fails under CI) with the reason.</summary>
    public static void Missing(string reason)
    {
        if (All)
        {
            Assert.Fail($"Required by CI (LINEAGE_REQUIRE_ALL=1) but missing: {reason}");
        }

        Assert.Skip(reason);
    }

    private static int Run(string file, string[] arguments)
    {
        try
        {
            var info = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (string argument in arguments)
            {
                info.ArgumentList.Add(argument);
            }

            using var process = Process.Start(info)!;
            process.WaitForExit(30_000);
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}
