using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Lineage.Model;

namespace Lineage.Documents.Akn;

/// <summary>
/// The <c>metadata.json</c> that the UN publishes beside the language folders of AKN4UN files (one JSON object per
/// line: symbol, title, adoption date, agenda item, meeting). The reader falls back on it where the XML lacks a field.
/// Loaded once per folder; safe to use from several threads.
/// </summary>
internal sealed class AknMetadataIndex
{
    private readonly ConcurrentDictionary<string, Lazy<Folder>> _folders = new(StringComparer.Ordinal);

    /// <summary>The entry for <paramref name="symbol"/> in the metadata.json of the file's folder or its parent.</summary>
    public Entry? Find(string path, DocumentSymbol symbol, List<Diagnostic> diagnostics)
    {
        string? dir = Path.GetDirectoryName(Path.GetFullPath(path));
        for (int up = 0; up < 2 && dir is not null; up++, dir = Path.GetDirectoryName(dir))
        {
            string file = Path.Combine(dir, "metadata.json");
            if (!File.Exists(file))
            {
                continue;
            }

            var folder = _folders.GetOrAdd(file, f => new Lazy<Folder>(() => Load(f))).Value;
            if (folder.Error is not null)
            {
                diagnostics.Add(DiagnosticCatalogue.Create(DiagnosticCodes.MetadataIgnored, path, Messages.Format(Messages.MetadataIgnored, file, folder.Error)));
            }

            return folder.Entries.GetValueOrDefault(symbol.Canonical ?? string.Empty);
        }

        return null;
    }

    private static Folder Load(string file)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        int lineNumber = 0;
        try
        {
            foreach (string line in File.ReadLines(file))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                string? symbolText = Text(root, "symbol");
                if (symbolText is null)
                {
                    continue;
                }

                // "A/RES/78/80 A-B" names a file of several parts: the work.
                int space = symbolText.IndexOf(' ', StringComparison.Ordinal);
                if (!DocumentSymbol.TryParse(symbolText, out var symbol)
                    && !(space > 0 && DocumentSymbol.TryParse(symbolText.AsSpan(0, space), out symbol)))
                {
                    continue;
                }

                DateOnly? date = DateOnly.TryParseExact(Text(root, "adoption_date"), "d MMMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? d
                    : null;
                string? agenda = Text(root, "agenda_item");
                string? agendaName = Text(root, "agenda_item_name");
                if (agenda is not null && agendaName is not null)
                {
                    agenda = $"{agenda}: {agendaName}";
                }

                entries.TryAdd(symbol.Canonical, new Entry(Text(root, "title"), date, agenda ?? agendaName, Text(root, "adoption_meeting")));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return new Folder(entries, string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}: {e.Message}"));
        }

        return new Folder(entries, null);
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    internal sealed record Entry(string? Title, DateOnly? Date, string? Agenda, string? Meeting);

    private sealed record Folder(Dictionary<string, Entry> Entries, string? Error);
}
