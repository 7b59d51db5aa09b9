namespace Lineage.Analysis;

/// <summary>
/// A breadth-first walk over a <see cref="GraphIndex"/> from one node, upstream (what it cites) or downstream (what
/// cites it), level by level. Keeps for each reached node its distance, its parent in the walk (so the path found is
/// a shortest one) and the edge slot used. Neighbours are taken in id (symbol) order, so the walk is deterministic.
/// </summary>
internal sealed class Traversal
{
    private Traversal(int capacity, int nodeCount)
    {
        Order = new List<int>(capacity);
        Distance = new List<int>(capacity);
        Parent = new List<int>(capacity);
        Slot = new List<int>(capacity);
        PositionOf = new int[nodeCount];
    }

    /// <summary>Node ids in the order reached; position 0 is the start.</summary>
    public List<int> Order { get; }

    /// <summary>Steps from the start, by position.</summary>
    public List<int> Distance { get; }

    /// <summary>Position of the node it was reached from (-1 for the start), by position.</summary>
    public List<int> Parent { get; }

    /// <summary>The CSR slot of the edge it was reached by (out-slot upstream, in-slot downstream; -1 for the start).</summary>
    public List<int> Slot { get; }

    /// <summary>Position + 1 of each node id reached, 0 for the rest.</summary>
    public int[] PositionOf { get; }

    /// <summary>The greatest distance kept.</summary>
    public int DepthReached { get; private set; }

    /// <summary>True when a further level existed but was left out (depth or node limit).</summary>
    public bool Cut { get; private set; }

    /// <summary>True when the node limit, not the depth limit, stopped the walk.</summary>
    public bool NodeLimitReached { get; private set; }

    public int Count => Order.Count;

    public static Traversal Run(GraphIndex index, int start, bool upstream, EdgeFilter filter, int? maxDepth, int maxNodes = int.MaxValue)
    {
        var walk = new Traversal(Math.Min(index.Count, 1024), index.Count);
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
            for (int p = levelStart; p < levelEnd; p++)
            {
                int u = walk.Order[p];
                for (int s = begin[u]; s < begin[u + 1]; s++)
                {
                    if (!filter.Accepts(code[s]) || walk.PositionOf[other[s]] != 0)
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

                if (more)
                {
                    break;
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
                walk.Truncate(levelEnd);
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

    private void Add(int id, int distance, int parent, int slot)
    {
        Order.Add(id);
        Distance.Add(distance);
        Parent.Add(parent);
        Slot.Add(slot);
        PositionOf[id] = Order.Count;
    }

    private void Truncate(int count)
    {
        for (int p = count; p < Order.Count; p++)
        {
            PositionOf[Order[p]] = 0;
        }

        int extra = Order.Count - count;
        Order.RemoveRange(count, extra);
        Distance.RemoveRange(count, extra);
        Parent.RemoveRange(count, extra);
        Slot.RemoveRange(count, extra);
    }
}
