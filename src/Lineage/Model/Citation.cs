namespace Lineage.Model;

/// <summary>
/// One citation: <see cref="Source"/> cites <see cref="Target"/>, in the words <see cref="Text"/> found at
/// <see cref="Span"/>. Immutable; every citation keeps where it was read.
/// </summary>
/// <param name="Source">The citing document.</param>
/// <param name="Target">The cited document, canonical.</param>
/// <param name="Verb">The citing verb as written ("Recalling also", "又回顾"); empty when the clause has none.</param>
/// <param name="Relation">The verb normalized.</param>
/// <param name="Site">Where the citation stands.</param>
/// <param name="Date">The date the text gives for the cited document, if any.</param>
/// <param name="Language">Language of the citing text.</param>
/// <param name="Span">Position in the source.</param>
/// <param name="Text">The exact source text of the reference (line breaks and all).</param>
public sealed record Citation(
    DocumentSymbol Source,
    DocumentSymbol Target,
    string Verb,
    Relation Relation,
    CitationSite Site,
    DateOnly? Date,
    Language Language,
    SourceSpan Span,
    string Text)
{
    /// <summary>The subject the text cites the target "on" (关于核裁军的, "on nuclear disarmament"), if given.</summary>
    public string? Subject { get; init; }

    /// <summary>Text or markup.</summary>
    public CitationMethod Method { get; init; } = CitationMethod.Text;

    /// <summary>For a footnote citation, the clause carrying the footnote marker; null otherwise.</summary>
    public CitationSite? Anchor { get; init; }

    /// <summary>Position of this reference in its clause, from 0, in reading order.</summary>
    public int Ordinal { get; init; }

    /// <summary>True when the citation came from a list of several references under one verb (a series).</summary>
    public bool InList { get; init; }

    /// <summary>
    /// For a Security Council resolution, the year the text prints with its number, which may not be the year of the
    /// number (<c>2214 (2014)</c> cites <c>S/RES/2214(2015)</c>); null when it prints none.
    /// </summary>
    public int? PrintedYear => Target.Organ == Organ.SecurityCouncil && Target.Kind == SymbolKind.Resolution && Target.Number is { } number
        ? SecurityCouncilNumbering.PrintedYear(Text, number)
        : null;
}
