using Lineage.Model;

namespace Lineage.Documents.Text;

/// <summary>The clauses <see cref="LayoutBuilder"/> found, by zone.</summary>
internal sealed class Layout
{
    public List<Clause> Heading { get; } = [];

    public List<Clause> Body { get; } = [];

    public List<Clause> Footnotes { get; } = [];

    public List<Clause> Closing { get; } = [];
}
