namespace Lineage.Tests.Shared;

/// <summary>
/// A folder of many small real-text files for store tests that must run in a fresh clone: copies of the seed
/// (A/RES/62/42 in Chinese as taken from its PDF), each renumbered as another resolution of session 62 in its
/// heading and file name, so each is a document of its own citing the seed's fourteen resolutions.
/// </summary>
internal static class SeedCopies
{
    /// <summary>Writes <paramref name="count"/> copies, 62/100 onwards, into <paramref name="folder"/>; returns their paths.</summary>
    public static List<string> Write(string folder, int count, int first = 100)
    {
        Directory.CreateDirectory(folder);
        string seed = File.ReadAllText(TestPaths.Seed);
        var paths = new List<string>();
        for (int i = first; i < first + count; i++)
        {
            string path = Path.Combine(folder, $"A_RES_62_{i}.zh.txt");
            File.WriteAllText(path, Renumber(seed, i));
            paths.Add(path);
        }

        return paths;
    }

    public static string Renumber(string seed, int number) =>
        seed.Replace("62/42. ", $"62/{number}. ", StringComparison.Ordinal);
}
