using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Extraction;

/// <summary>
/// What the extractor knows of one language beyond its rules: citing verbs, dates, the words that open a
/// footnote reference ("See", "见"), and the closing lines' meeting formula.
/// </summary>
public sealed record LanguageProfile(Language Language)
{
    public VerbTable Verbs { get; init; } = VerbTable.Empty;

    public IDateReader? Dates { get; init; }

    /// <summary>Verb forms that open a footnote ("See", "见"), with relation <see cref="Relation.Refers"/>.</summary>
    public ImmutableArray<VerbForm> FootnoteLeads { get; init; } = [];

    /// <summary>Matches the meeting line of the closing ("52nd plenary meeting", "第 61 次全体会议").</summary>
    public Regex? Meeting { get; init; }
}
