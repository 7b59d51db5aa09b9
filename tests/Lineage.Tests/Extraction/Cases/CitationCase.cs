using Lineage.Model;

namespace Lineage.Tests.Extraction.Cases;

/// <summary>
/// One row of a citation table: a verbatim excerpt of a real resolution (it starts where its clause starts and may
/// stop after the citations), the file it comes from, and every resolution or decision Lineage must find in it.
/// </summary>
/// <param name="File">The source file, relative to the corpus folder (<c>akn4un-ga/78/French/…xml</c>).</param>
/// <param name="Source">The citing resolution's symbol.</param>
/// <param name="Site">Where the clause stands in the source.</param>
/// <param name="Text">The excerpt, verbatim (non-breaking spaces and all).</param>
/// <param name="Expected">The resolutions and decisions cited, in reading order; documents (A/78/23) are not listed.</param>
internal sealed record CitationCase(string File, string Source, CitationSite Site, string Text, params ExpectedCitation[] Expected)
{
    /// <summary>Stable id, language code and row number (<c>fr-07</c>); set by <see cref="CitationCaseTable"/>.</summary>
    public string Id { get; init; } = string.Empty;

    public Language Language { get; init; }

    /// <summary>What the row shows (the rule it covers).</summary>
    public string Note { get; init; } = string.Empty;

    /// <summary>For a footnote: the verbatim clause carrying its marker, whose verb the footnote's citations take.</summary>
    public string? Host { get; init; }

    /// <summary>Where <see cref="Host"/> stands.</summary>
    public CitationSite? HostSite { get; init; }

    public override string ToString() => $"{Id} {Source} {Site}: {Note}";
}
