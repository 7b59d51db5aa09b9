namespace Lineage.Cli.Output;

/// <summary>A cell holding several values: joined with <see cref="Separator"/> in text formats, an array in JSON.</summary>
internal sealed record ReportList(IReadOnlyList<string> Items, string Separator = ", ")
{
    public override string ToString() => string.Join(Separator, Items);
}
