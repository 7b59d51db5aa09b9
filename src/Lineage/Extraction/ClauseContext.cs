using Lineage.Extraction.Rules;
using Lineage.Model;

namespace Lineage.Extraction;

/// <summary>What a rule sees: the document, the clause, and the language's profile.</summary>
public sealed record ClauseContext(Document Document, Clause Clause, int ClauseIndex, LanguageProfile Profile)
{
    public string Text => Clause.Text;

    /// <summary>The document's printed numbers, indexed once per extraction (null: earlier clauses are scanned).</summary>
    internal EarlierNumbers? Numbers { get; init; }

    /// <summary>
    /// The date the extraction reasons as of, for a document with no date of its own (which numbers a body can have given
    /// by then): <see cref="ExtractorBuilder.AsOf"/>, by default <see cref="AssemblyNumbering.DefaultAsOf"/>; never the clock.
    /// </summary>
    public DateOnly AsOf { get; init; } = AssemblyNumbering.DefaultAsOf;

    /// <summary>The year of the document's date, or of <see cref="AsOf"/> when it has none.</summary>
    public int Year => Document.Date?.Year ?? AsOf.Year;

    /// <summary>The organ of the citing document ("its resolution" means this organ).</summary>
    public Organ HostOrgan => Document.Symbol.Organ == Organ.None ? Organ.GeneralAssembly : Document.Symbol.Organ;
}
