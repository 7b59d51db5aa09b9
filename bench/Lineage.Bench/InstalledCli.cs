using System.Diagnostics;

namespace Lineage.Bench;

/// <summary>
/// The <c>lineage</c> command as a user installs it: published in Release, compiled ahead of time (ReadyToRun, see
/// <c>src/Lineage.Cli/Lineage.Cli.csproj</c>), the same build the tool package carries. The benchmarks that time the
/// command in new processes run this one, not the JIT-only build output, since start-up is part of what they measure.
/// </summary>
internal static class InstalledCli
{
    /// <summary>Publishes the command into <c>artifacts/cli</c> under <paramref name="repository"/> and gives its path.</summary>
    public static string Publish(string repository)
    {
        string output = Path.Combine(repository, "artifacts", "cli");
        string project = Path.Combine(repository, "src", "Lineage.Cli");
        Console.WriteLine($"publishing the CLI (Release, ReadyToRun) into {output}…");
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = repository, UseShellExecute = false, RedirectStandardOutput = true };
        foreach (string argument in new[] { "publish", project, "-c", "Release", "-o", output, "-v", "q", "-nologo" })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        string log = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish {project} failed with exit code {process.ExitCode}:\n{log}");
        }

        return Path.Combine(output, "lineage");
    }
}
