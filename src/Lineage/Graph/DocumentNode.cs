using System.Collections.Immutable;
using Lineage.Model;

namespace Lineage.Graph;

/// <summary>
/// A document in the citation graph: one node per canonical symbol, whatever files and languages it was read
/// from. Documents that are only cited (not in the corpus) are nodes too, with what the citations say of them.
/// </summary>
public sealed record DocumentNode
{
    public required DocumentSymbol Symbol { get; init; }

    /// <summary>Title as the document gives it (first language read, English preferred), or null.</summary>
    public string? Title { get; init; }

    /// <summary>Titles by language, for documents read in several.</summary>
    public ImmutableSortedDictionary<Language, string> Titles { get; init; } = ImmutableSortedDictionary<Language, string>.Empty;

    /// <summary>Adoption date: from the document itself where read, else the date the citations give most often.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>True when <see cref="Date"/> came from the document; false when only citations gave it.</summary>
    public bool DateFromDocument { get; init; }

    /// <summary>Languages of the files it was read from (empty for a cited-only document).</summary>
    public ImmutableSortedSet<Language> Languages { get; init; } = [];

    /// <summary>Files it was read from, sorted.</summary>
    public ImmutableArray<string> Files { get; init; } = [];

    /// <summary>Subjects the citing texts name it by ("关于核裁军的", "on nuclear disarmament"), distinct, sorted.</summary>
    public ImmutableArray<string> Subjects { get; init; } = [];

    public string? Meeting { get; init; }

    /// <summary>True when the document was read from a file; false when it is only cited.</summary>
    public bool InCorpus => !Files.IsDefaultOrEmpty;

    public SymbolKind Kind => Symbol.Kind;

    public Organ Organ => Symbol.Organ;

    /// <summary>The year of adoption, from <see cref="Date"/>, else from the symbol (SC and ECOSOC print it).</summary>
    public int? Year => Date?.Year ?? Symbol.Year;

    public bool Equals(DocumentNode? other) => other is not null && Symbol.Equals(other.Symbol);

    public override int GetHashCode() => Symbol.GetHashCode();

    public override string ToString() => Symbol.ToString();
}
