using Lineage.Model;

namespace Lineage.Extraction;

/// <summary>
/// A language's citation rules, registered with an <see cref="ExtractorBuilder"/>. <see cref="Name"/> is the
/// CLI token (<c>--lang en,zh</c>).
/// </summary>
public interface IRuleSet
{
    string Name { get; }

    Language Language { get; }

    void Setup(ExtractorBuilder builder);
}
