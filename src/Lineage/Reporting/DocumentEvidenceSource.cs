using System.Collections.Frozen;
using Lineage.Graph;
using Lineage.Model;

namespace Lineage.Reporting;

/// <summary>
/// Sentences from the documents of a run (<see cref="Pipeline.PipelineResult.Documents"/>): each mention's clause,
/// found by the file it was read from, through <see cref="CitationEvidence.Of"/>.
/// </summary>
public sealed class DocumentEvidenceSource : IEvidenceSource
{
    private readonly FrozenDictionary<string, Document> _byFile;

    public DocumentEvidenceSource(IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var byFile = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            byFile.TryAdd(document.Path, document);
        }

        _byFile = byFile.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>No documents: mentions without sentences (a graph built elsewhere).</summary>
    public static IEvidenceSource None { get; } = new DocumentEvidenceSource([]);

    public IReadOnlyList<ReportEvidence> For(CitationEdge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        if (edge.Mentions.IsDefaultOrEmpty)
        {
            return [];
        }

        var evidence = new List<ReportEvidence>(edge.Mentions.Length);
        foreach (var citation in edge.Mentions)
        {
            var sentence = _byFile.TryGetValue(citation.Span.File, out var document) ? CitationEvidence.Of(document, citation) : null;
            evidence.Add(new ReportEvidence(citation, sentence));
        }

        return evidence;
    }
}
