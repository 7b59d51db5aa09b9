using System.Collections;
using Lineage.Graph;

namespace Lineage.Analysis;

/// <summary>
/// The entries of an <see cref="AncestryResult"/>, nearest first (by distance, then symbol), stored as sixteen-byte
/// steps (document, distance, previous step, edge) over the graph's index rather than one object per document: an
/// ancestry of most of a 100k-document graph costs a megabyte and leaves the garbage collector nothing to trace. The
/// steps sit in chunks of 4,096 (64 KB, under the large-object threshold), so a result that is dropped soon after
/// use dies young instead of filling the large-object heap. Entries are views made on access.
/// </summary>
public sealed class AncestryEntries : IReadOnlyList<AncestryEntry>
{
    private readonly GraphIndex _index;
    private readonly CitationEdge[] _edges;
    private const int ChunkBits = 12;
    private const int ChunkMask = (1 << ChunkBits) - 1;

    private readonly Step[][] _chunks;
    private readonly int _steps;

    /// <param name="index">The index the ids and edge slots refer to.</param>
    /// <param name="upstream">True when slots are out-edge slots (ancestors), false for in-edge slots.</param>
    /// <param name="steps">The number of steps: step 0 is the start; the entries are steps 1 to the end.</param>
    internal AncestryEntries(GraphIndex index, bool upstream, int steps)
    {
        _index = index;
        _edges = upstream ? index.OutEdge : index.InEdge;
        _steps = steps;
        _chunks = new Step[(steps + ChunkMask) >> ChunkBits][];
        for (int c = 0; c < _chunks.Length; c++)
        {
            _chunks[c] = new Step[Math.Min(1 << ChunkBits, steps - (c << ChunkBits))];
        }
    }

    /// <summary>The number of entries (the start not counted).</summary>
    public int Count => _steps - 1;

    public AncestryEntry this[int index] =>
        (uint)index < (uint)Count ? new AncestryEntry(this, index + 1) : throw new ArgumentOutOfRangeException(nameof(index));

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<AncestryEntry> IEnumerable<AncestryEntry>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal DocumentNode NodeAt(int step) => _index.Nodes[At(step).Id];

    internal int DistanceAt(int step) => At(step).Distance;

    internal CitationEdge? EdgeAt(int step) => At(step).Slot is int slot and >= 0 ? _edges[slot] : null;

    internal int PreviousOf(int step) => At(step).Previous;

    /// <summary>Sets a step while the result is built.</summary>
    internal void Set(int step, Step value) => _chunks[step >> ChunkBits][step & ChunkMask] = value;

    private ref readonly Step At(int step) => ref _chunks[step >> ChunkBits][step & ChunkMask];

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

        public bool MoveNext() => ++_step < _owner._steps;

        public void Reset() => _step = 0;

        public readonly void Dispose()
        {
        }
    }
}
