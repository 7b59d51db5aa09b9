using System.Collections.Immutable;
using System.Globalization;
using Lineage.Graph;
using Lineage.Model;

namespace Lineage.Export;

/// <summary>
/// The properties every export carries, in one place, so that GraphML, GEXF, Cytoscape.js JSON, DOT, both CSV
/// flavours and Neo4j hold the same facts under the same names. A value is a <see cref="string"/>, an
/// <see cref="int"/>, a <see cref="bool"/> or a <c>string[]</c> (for <see cref="ExportValueType.TextList"/>), or
/// null where the graph does not know it (formats then leave the property out, or the cell empty).
/// </summary>
public static class ExportSchema
{
    /// <summary>Separator of list items in formats without arrays (GraphML, GEXF, DOT, CSV; neo4j-admin's array delimiter).</summary>
    public const char ListSeparator = ';';

    /// <summary>The label every node carries in Neo4j.</summary>
    public const string DocumentLabel = "Document";

    /// <summary>Node properties, in export order.</summary>
    public static ImmutableArray<ExportProperty> NodeProperties { get; } =
    [
        new("symbol", ExportValueType.Text, "canonical UN symbol (A/RES/62/42)"),
        new("kind", ExportValueType.Text, "resolution, decision or document"),
        new("organ", ExportValueType.Text, "general_assembly, security_council, economic_and_social_council, human_rights_council"),
        new("session", ExportValueType.WholeNumber, "session number"),
        new("number", ExportValueType.WholeNumber, "resolution or decision number"),
        new("part", ExportValueType.Text, "part letter of an omnibus resolution (E in 49/75 E)"),
        new("year", ExportValueType.WholeNumber, "year of adoption"),
        new("title", ExportValueType.Text, "title (English preferred)"),
        new("date", ExportValueType.Text, "adoption date, ISO 8601"),
        new("languages", ExportValueType.TextList, "language versions read (ar, en, es, fr, ru, zh)"),
        new("in_corpus", ExportValueType.Boolean, "read from a file (false: only cited)"),
        new("subjects", ExportValueType.TextList, "subjects the citing texts name it by"),
    ];

    /// <summary>Edge properties, in export order (the relationship type, <c>RECALLS</c>, is given apart).</summary>
    public static ImmutableArray<ExportProperty> EdgeProperties { get; } =
    [
        new("relation", ExportValueType.Text, "what the citing verb does (recalls, reaffirms, part_of …)"),
        new("verb", ExportValueType.Text, "the citing verb as written (Recalling, 又回顾)"),
        new("site", ExportValueType.Text, "where the first mention stands (preamble 3, operative 2, footnote 1)"),
        new("date_given", ExportValueType.Text, "the date the citing text gives for the cited document, ISO 8601"),
        new("method", ExportValueType.Text, "text or markup"),
        new("inferred", ExportValueType.Boolean, "inferred from the order of a list, not read"),
        new("inferred_from", ExportValueType.Text, "for an inferred edge, the document whose list gave the order"),
        new("mention_count", ExportValueType.WholeNumber, "mentions merged into the edge"),
        new("languages", ExportValueType.TextList, "languages of the versions that carry a mention"),
    ];

    /// <summary>The node's values in <see cref="NodeProperties"/> order.</summary>
    public static object?[] NodeValues(DocumentNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var symbol = node.Symbol;
        return
        [
            symbol.Canonical,
            KindToken(node.Kind),
            OrganToken(node.Organ),
            symbol.Session,
            symbol.Number,
            symbol.Part,
            node.Year,
            node.Title,
            IsoDate(node.Date),
            LanguageList(node.Languages),
            node.InCorpus,
            node.Subjects.IsDefaultOrEmpty ? null : node.Subjects.ToArray(),
        ];
    }

    /// <summary>The edge's values in <see cref="EdgeProperties"/> order.</summary>
    public static object?[] EdgeValues(CitationEdge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        bool partOf = edge.Relation == Relation.PartOf;
        return
        [
            edge.Relation.ToToken(),
            string.IsNullOrEmpty(edge.Verb) ? null : edge.Verb,
            partOf ? null : edge.Site.ToString(),
            IsoDate(edge.DateGiven),
            MethodToken(edge.Method),
            edge.Inferred,
            edge.InferredFrom?.Canonical,
            edge.MentionCount,
            LanguageList(edge.Languages),
        ];
    }

    /// <summary>The relationship type (<c>RECALLS</c>, <c>PART_OF</c>): Neo4j's type, GraphML's edge <c>label</c>.</summary>
    public static string RelationshipType(CitationEdge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        return edge.Relation.ToRelationshipType();
    }

    /// <summary>Neo4j labels: <c>Document</c>, then the kind (<c>Resolution</c>, <c>Decision</c>) and the organ (<c>GeneralAssembly</c> …).</summary>
    public static ImmutableArray<string> Labels(DocumentNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var labels = ImmutableArray.CreateBuilder<string>(3);
        labels.Add(DocumentLabel);
        switch (node.Kind)
        {
            case SymbolKind.Resolution:
                labels.Add("Resolution");
                break;
            case SymbolKind.Decision:
                labels.Add("Decision");
                break;
        }

        string? organ = node.Organ switch
        {
            Organ.GeneralAssembly => "GeneralAssembly",
            Organ.SecurityCouncil => "SecurityCouncil",
            Organ.EconomicAndSocialCouncil => "EconomicAndSocialCouncil",
            Organ.HumanRightsCouncil => "HumanRightsCouncil",
            _ => null,
        };
        if (organ is not null)
        {
            labels.Add(organ);
        }

        return labels.ToImmutable();
    }

    /// <summary>A stable edge id: <c>e</c> and the edge's index in <see cref="CitationGraph.Edges"/>.</summary>
    public static string EdgeId(int index) => "e" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>A value as text for formats without types: ints invariant, booleans <c>true</c>/<c>false</c>, lists joined by <c>;</c>.</summary>
    public static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        int i => i.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        string[] list => string.Join(ListSeparator, list),
        _ => throw new ArgumentException($"Unexpected export value type {value.GetType()}.", nameof(value)),
    };

    internal static string KindToken(SymbolKind kind) => kind switch
    {
        SymbolKind.Resolution => "resolution",
        SymbolKind.Decision => "decision",
        _ => "document",
    };

    internal static string? OrganToken(Organ organ) => organ switch
    {
        Organ.GeneralAssembly => "general_assembly",
        Organ.SecurityCouncil => "security_council",
        Organ.EconomicAndSocialCouncil => "economic_and_social_council",
        Organ.HumanRightsCouncil => "human_rights_council",
        _ => null,
    };

    internal static string MethodToken(CitationMethod method) => method == CitationMethod.Markup ? "markup" : "text";

    internal static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string[]? LanguageList(ImmutableSortedSet<Language> languages)
    {
        // One list per set of languages (at most 2^7), made on first use and shared: a store build writes it for every
        // edge (258,000 on the whole record), where sorting each edge's codes anew was a third of writing the edges.
        int mask = 0;
        foreach (var language in languages)
        {
            if ((int)language is < 0 or >= 31)
            {
                return Codes(languages);
            }

            mask |= 1 << (int)language;
        }

        var lists = s_languageLists;
        if (mask < lists.Length)
        {
            var list = lists[mask] ??= Codes(languages) ?? s_none;
            return list.Length == 0 ? null : list;
        }

        return Codes(languages);

        static string[]? Codes(ImmutableSortedSet<Language> languages)
        {
            string[] codes = [.. languages.Where(l => l != Language.Unknown).Select(l => l.ToCode()).Order(StringComparer.Ordinal)];
            return codes.Length == 0 ? null : codes;
        }
    }

    /// <summary>Marks a set with no language code in <see cref="s_languageLists"/> (its list is null).</summary>
    private static readonly string[] s_none = [];

    /// <summary>The language lists by set, as bits of <see cref="Language"/> values; filled by whichever thread asks first (the same list either way).</summary>
    private static readonly string[]?[] s_languageLists = new string[]?[1 << (Enum.GetValues<Language>().Length)];
}
