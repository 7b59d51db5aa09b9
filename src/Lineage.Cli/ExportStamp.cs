using System.Globalization;
using System.Text;
using Lineage.Export;

namespace Lineage.Cli;

/// <summary>
/// What <c>lineage build</c> notes in the store about the export files it wrote: the formats, folder and base name
/// asked for, then each file with its size and modification time. A rerun whose graph did not change (the build
/// clears the note when it does) and whose files are still as written leaves them be instead of rewriting them.
/// </summary>
internal static class ExportStamp
{
    /// <summary>The formats, folder and base name of one run.</summary>
    public static string Key(IEnumerable<IGraphExporter> exporters, string directory, string baseName) =>
        $"formats={string.Join(',', exporters.Select(e => e.Name))}; folder={Path.GetFullPath(directory)}; name={baseName}";

    /// <summary>The note for <paramref name="files"/> just written under <paramref name="key"/>.</summary>
    public static string Of(string key, IEnumerable<string> files)
    {
        var text = new StringBuilder(key);
        foreach (string file in files)
        {
            var info = new FileInfo(file);
            text.Append('\n').Append(file).Append('\t').Append(info.Length.ToString(CultureInfo.InvariantCulture))
                .Append('\t').Append(info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>The files of <paramref name="stamp"/> when it was made under <paramref name="key"/> and every file is still as written; else null.</summary>
    public static IReadOnlyList<string>? Unchanged(string? stamp, string key)
    {
        if (stamp is null)
        {
            return null;
        }

        string[] lines = stamp.Split('\n');
        if (lines[0] != key || lines.Length < 2)
        {
            return null;
        }

        var files = new List<string>();
        foreach (string line in lines.Skip(1))
        {
            string[] parts = line.Split('\t');
            if (parts.Length != 3 || !File.Exists(parts[0]))
            {
                return null;
            }

            var info = new FileInfo(parts[0]);
            if (info.Length.ToString(CultureInfo.InvariantCulture) != parts[1] || info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture) != parts[2])
            {
                return null;
            }

            files.Add(parts[0]);
        }

        return files;
    }
}
