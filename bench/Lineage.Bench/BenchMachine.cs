namespace Lineage.Bench;

/// <summary>What every suite's results file says about where it ran: the repository, and the machine's load.</summary>
internal static class BenchMachine
{
    /// <summary>The load averages over 1, 5 and 15 minutes (<c>/proc/loadavg</c>), or "unknown" where there is none.</summary>
    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "unknown";
        }
    }

    /// <summary>The folder holding Lineage.sln above the running bench, else the current folder.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Lineage.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
