using Lineage.Model;

namespace Lineage.Extraction;

/// <summary>A citing verb as a language writes it ("Recalling also", "又回顾") and its normalized relation.</summary>
public sealed record VerbForm(string Text, Relation Relation);
