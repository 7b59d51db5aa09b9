namespace Lineage.Analysis;

/// <summary>A citation on a timeline, from the mark of the cited document to the mark of the citing one (indexes into <see cref="Timeline.Marks"/>).</summary>
public sealed record TimelineLink(int Cited, int Citing, bool Inferred);
