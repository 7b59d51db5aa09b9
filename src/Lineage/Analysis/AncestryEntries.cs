using System.Collections;
using Lineage.Graph;

namespace Lineage.Analysis;

/// <summary>
/// The entries of an <see cref="AncestryResult"/>, nearest first (by distance, then symbol), stored as one array of
/// sixteen-byte steps (document, distance, previous step, edge) over the graph's index rather than one object per
/// document: an ancestry of most of a 100k-document graph costs a megabyte and leaves the garbage collector nothing
/// to trace. Entries are views made on access.
/// </summary>
public sealed class AncestryEntries : IReadOnlyList<AncestryEntry>
{
    private readonly GraphIndex _index;
    private readonly CitationEdge[] _edges;
    private readonly Step[] _steps;

    /// <param name="index">The index the ids and edge slots refer to.</param>
    /// <param name="upstream">True when slots are out-edge slots (ancestors), false for in-edge slots.</param>
    /// <param name="steps">Step 0 is the start; the entries are steps 1 to the end.</param>
    internal AncestryEntries(GraphIndex index, bool upstream, Step[] steps)
    {
        _index = index;
        _edges = upstream ? index.OutEdge : index.InEdge;
        _steps = steps;
    }

    /// <summary>The number of entries (the start not counted).</summary>
    public int Count => _steps.Length - 1;

    public AncestryEntry this[int index] =>
        (uint)index < (uint)Count ? new AncestryEntry(this, index + 1) : throw new ArgumentOutOfRangeException(nameof(index));

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<AncestryEntry> IEnumerable<AncestryEntry>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal DocumentNode NodeAt(int step) => _index.Nodes[_steps[step].Id];

    internal int DistanceAt(int step) => _steps[step].Distance;

    internal CitationEdge? EdgeAt(int step) => _steps[step].Slot is int slot and >= 0 ? _edges[slot] : null;

    internal int PreviousOf(int step) => _steps[step].Previous;

    /// <summary>One document reached: its id in the index, its distance, the step it was reached from (-1 for the start) and the edge slot used (-1 for the start).</summary>
    internal readonly record struct Step(int Id, int Distance, int Previous, int Slot);

    public struct Enumerator : IEnumerator<AncestryEntry>
    {
        private readonly AncestryEntries _owner;
        private int _step;

        internal Enumerator(AncestryEntries owner)
        {
            _owner = owner;
            _step = 0;
        }

        public readonly AncestryEntry Current => new(_owner, _step);

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_step < _owner._steps.Length;

        public void Reset() => _step = 0;

        public readonly void Dispose()
        {
        }
    }
}
