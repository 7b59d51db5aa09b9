using Lineage.Documents;
using Lineage.Documents.Text;
using Lineage.Extraction;

namespace Lineage.Pipeline;

/// <summary>How <see cref="CorpusPipeline"/> reads and extracts.</summary>
public sealed record PipelineOptions
{
    /// <summary>
    /// The extractor of every built-in language, built when first asked for and shared (an extractor is immutable): options
    /// made from <see cref="Default"/> with an extractor of their own (the CLI's <c>--lang</c>) do not build this one too.
    /// </summary>
    private static readonly Lazy<CitationExtractor> s_allLanguages = new(() => new ExtractorBuilder().UseAllLanguages().Build());

    private readonly CitationExtractor? _extractor;

    public static PipelineOptions Default { get; } = new();

    public ReaderOptions Reader { get; init; } = ReaderOptions.Default;

    /// <summary>The extractor (all built-in languages by default).</summary>
    public CitationExtractor Extractor
    {
        get => _extractor ?? s_allLanguages.Value;
        init => _extractor = value;
    }

    /// <summary>
    /// The languages the extractor has rules for, without building it when it is the default one: a store's rerun
    /// states them among its settings before it knows whether any file needs extracting, and building the six rule
    /// sets is most of a rerun's start when nothing changed.
    /// </summary>
    internal IEnumerable<Model.Language> ExtractorLanguages => _extractor?.Languages ?? s_allLanguageCodes;

    /// <summary>The languages of <see cref="ExtractorBuilderExtensions.UseAllLanguages"/> (a test holds them equal to the built extractor's).</summary>
    private static readonly Model.Language[] s_allLanguageCodes =
        [Model.Language.Arabic, Model.Language.Chinese, Model.Language.English, Model.Language.French, Model.Language.Russian, Model.Language.Spanish];

    /// <summary>Readers, tried in order; the first whose <see cref="IDocumentReader.CanRead"/> says yes reads the file.</summary>
    public IReadOnlyList<IDocumentReader> Readers { get; init; } = DocumentLoader.DefaultReaders;

    /// <summary>Files read and extracted at once (default: one per core).</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Add the links of marked-up sources (AKN4UN) as citations with method markup. On by default.</summary>
    public bool IncludeMarkupLinks { get; init; } = true;

    /// <summary>Infer series links in the graph (see <see cref="Graph.CitationGraphBuilder.InferSeriesLinks"/>).</summary>
    public bool InferSeriesLinks { get; init; } = true;
}
