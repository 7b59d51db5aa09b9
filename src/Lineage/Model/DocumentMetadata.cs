namespace Lineage.Model;

/// <summary>
/// What is known of a document besides its text: identity, date, meeting and the file it was read from. What the
/// citation graph needs of a document (<see cref="Graph.CitationGraphBuilder.Add(DocumentMetadata, IEnumerable{Citation})"/>),
/// so a graph can be built from a store without holding any text.
/// </summary>
public sealed record DocumentMetadata
{
    public required DocumentSymbol Symbol { get; init; }

    public required Language Language { get; init; }

    public string? Title { get; init; }

    public DateOnly? Date { get; init; }

    public string? Meeting { get; init; }

    /// <summary>The file it was read from, as given to the reader.</summary>
    public required string Path { get; init; }

    /// <summary>The metadata of a document read from a file.</summary>
    public static DocumentMetadata Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DocumentMetadata
        {
            Symbol = document.Symbol,
            Language = document.Language,
            Title = document.Title,
            Date = document.Date,
            Meeting = document.Meeting,
            Path = document.Path,
        };
    }
}
