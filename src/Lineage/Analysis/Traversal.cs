using System.Buffers;

namespace Lineage.Analysis;

/// <summary>
/// A breadth-first walk over a <see cref="GraphIndex"/> from one node, upstream (what it cites) or downstream (what
/// cites it), level by level. Keeps for each reached node its distance, its parent in the walk (so the path found is
/// a shortest one) and the edge slot used. Neighbours are taken in CSR order (symbol order), so the walk is
/// deterministic. Its arrays are rented from <see cref="ArrayPool{T}"/> (a walk over a 100k-node graph would
/// otherwise put half a megabyte per array on the large-object heap per call); dispose it to give them back.
/// Entries are valid up to <see cref="Count"/>.
/// </summary>
internal sealed class Traversal : IDisposable
{
    private readonly int _nodeCount;

    private Traversal(int nodeCount)
    {
        _nodeCount = nodeCount;
        int capacity = Math.Min(nodeCount, 256);
        Order = ArrayPool<int>.Shared.Rent(capacity);
        Distance = ArrayPool<int>.Shared.Rent(capacity);
        Parent = ArrayPool<int>.Shared.Rent(capacity);
        Slot = ArrayPool<int>.Shared.Rent(capacity);
        PositionOf = ArrayPool<int>.Shared.Rent(nodeCount);
        Array.Clear(PositionOf, 0, nodeCount);
    }

    /// <summary>Node ids in the order reached; position 0 is the start.</summary>
    public int[] Order { get; private set; }

    /// <summary>Steps from the start, by position.</summary>
    public int[] Distance { get; private set; }

    /// <summary>Position of the node it was reached from (-1 for the start), by position.</summary>
    public int[] Parent { get; private set; }

    /// <summary>The CSR slot of the edge it was reached by (out-slot upstream, in-slot downstream; -1 for the start).</summary>
    public int[] Slot { get; private set; }

    /// <summary>Position + 1 of each node id reached, 0 for the rest.</summary>
    public int[] PositionOf { get; }

    /// <summary>The greatest distance kept.</summary>
    public int DepthReached { get; private set; }

    /// <summary>True when a further level existed but was left out (depth or node limit).</summary>
    public bool Cut { get; private set; }

    /// <summary>True when the node limit, not the depth limit, stopped the walk.</summary>
    public bool NodeLimitReached { get; private set; }

    public int Count { get; private set; }

    public static Traversal Run(GraphIndex index, int start, bool upstream, EdgeFilter filter, int? maxDepth, int maxNodes = int.MaxValue, Func<int, bool>? acceptNode = null)
    {
        var walk = new Traversal(index.Count);
        walk.Add(start, 0, -1, -1);
        int[] begin = upstream ? index.OutStart : index.InStart;
        int[] other = upstream ? index.OutTarget : index.InSource;
        byte[] code = upstream ? index.OutCode : index.InCode;
        int levelStart = 0;
        int depth = 0;
        while (levelStart < walk.Count)
        {
            int levelEnd = walk.Count;
            bool more = false;
            for (int p = levelStart; p < levelEnd && !more; p++)
            {
                int u = walk.Order[p];
                for (int s = begin[u]; s < begin[u + 1]; s++)
                {
                    if (!filter.Accepts(code[s]) || walk.PositionOf[other[s]] != 0 || (acceptNode is not null && !acceptNode(other[s])))
                    {
                        continue;
                    }

                    if (maxDepth is { } max && depth >= max)
                    {
                        more = true;
                        break;
                    }

                    walk.Add(other[s], depth + 1, p, s);
                }
            }

            if (more)
            {
                walk.Cut = true;
                break;
            }

            if (walk.Count > maxNodes && depth >= 1)
            {
                // The next level does not fit: drop it whole, so what is kept is every node within DepthReached steps.
                for (int p = levelEnd; p < walk.Count; p++)
                {
                    walk.PositionOf[walk.Order[p]] = 0;
                }

                walk.Count = levelEnd;
                walk.Cut = true;
                walk.NodeLimitReached = true;
                break;
            }

            if (walk.Count > levelEnd)
            {
                depth++;
                walk.DepthReached = depth;
            }

            levelStart = levelEnd;
        }

        return walk;
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(Order);
        ArrayPool<int>.Shared.Return(Distance);
        ArrayPool<int>.Shared.Return(Parent);
        ArrayPool<int>.Shared.Return(Slot);
        ArrayPool<int>.Shared.Return(PositionOf);
        Order = Distance = Parent = Slot = [];
    }

    private void Add(int id, int distance, int parent, int slot)
    {
        if (Count == Order.Length)
        {
            int size = Math.Min(_nodeCount, Math.Max(256, Order.Length * 2));
            Order = Grow(Order, size);
            Distance = Grow(Distance, size);
            Parent = Grow(Parent, size);
            Slot = Grow(Slot, size);
        }

        Order[Count] = id;
        Distance[Count] = distance;
        Parent[Count] = parent;
        Slot[Count] = slot;
        Count++;
        PositionOf[id] = Count;
    }

    private int[] Grow(int[] array, int size)
    {
        var bigger = ArrayPool<int>.Shared.Rent(size);
        Array.Copy(array, bigger, Count);
        ArrayPool<int>.Shared.Return(array);
        return bigger;
    }
}
