namespace Lineage.Export;

/// <summary>One property every export format carries for a node or an edge, with its name in the files and its type.</summary>
public sealed record ExportProperty(string Name, ExportValueType Type, string Description);
