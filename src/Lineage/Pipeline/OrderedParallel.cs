namespace Lineage.Pipeline;

/// <summary>
/// Runs a function over items on several threads and hands the results back in input order as soon as each next
/// one is ready. At most <c>window</c> results wait to be taken, so a slow consumer (or one slow item) holds
/// back the workers instead of letting finished results pile up in memory; given each item's weight (the size of its
/// file), the workers go on past the window while the items waiting weigh at most a budget in all, so that one large
/// file among small ones does not leave the other cores idle once a window's worth of small ones is done.
/// </summary>
internal static class OrderedParallel
{
    /// <summary>Weights are clamped here, so that their sums cannot overflow (an unknown size may be given as <see cref="long.MaxValue"/>).</summary>
    private const long MaxWeight = 1L << 40;

    public static IEnumerable<TResult> Map<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> work, int parallelism, int window, CancellationToken cancellationToken) =>
        Map(items, work, parallelism, window, null, 0, cancellationToken);

    /// <summary>
    /// <see cref="Map{TItem, TResult}(IReadOnlyList{TItem}, Func{TItem, TResult}, int, int, CancellationToken)"/>, where a
    /// worker also starts the next item beyond the <paramref name="window"/> while the items after the first not yet taken,
    /// up to it, weigh at most <paramref name="budget"/> by <paramref name="weight"/>.
    /// </summary>
    public static IEnumerable<TResult> Map<TItem, TResult>(
        IReadOnlyList<TItem> items, Func<TItem, TResult> work, int parallelism, int window, Func<TItem, long>? weight, long budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(work);
        if (items.Count == 0)
        {
            yield break;
        }

        parallelism = Math.Clamp(parallelism, 1, items.Count);
        window = Math.Max(window, parallelism);
        long[]? weights = null;
        if (weight is not null)
        {
            // Running sums: the weight of items [a, b) is weights[b] − weights[a].
            weights = new long[items.Count + 1];
            for (int i = 0; i < items.Count; i++)
            {
                weights[i + 1] = weights[i] + Math.Clamp(weight(items[i]), 0, MaxWeight);
            }
        }

        var state = new State<TResult>(items.Count, window, weights, budget);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var workers = new Task[parallelism];
        for (int w = 0; w < parallelism; w++)
        {
            workers[w] = Task.Factory.StartNew(() => Work(items, work, state, stop.Token), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        try
        {
            for (int i = 0; i < items.Count; i++)
            {
                yield return state.Take(i, stop.Token);
            }
        }
        finally
        {
            // The consumer stopped (done, failed or abandoned the enumeration): let the workers end.
            stop.Cancel();
            state.Release();
            try
            {
                Task.WaitAll(workers, CancellationToken.None);
            }
            catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException))
            {
                // Cancelled workers: nothing to report.
            }
        }
    }

    private static void Work<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> work, State<TResult> state, CancellationToken cancellationToken)
    {
        while (true)
        {
            int i = state.Next(cancellationToken);
            if (i < 0)
            {
                return;
            }

            try
            {
                state.Put(i, work(items[i]));
            }
            catch (Exception e)
            {
                state.Fail(i, e);
                return;
            }
        }
    }

    private sealed class State<TResult>(int count, int window, long[]? weights, long budget)
    {
        private readonly object _lock = new();
        private readonly TResult[] _results = new TResult[count];
        private readonly bool[] _ready = new bool[count];
        private int _next = -1;
        private int _taken;
        private Exception? _failure;
        private int _failedAt = int.MaxValue;

        /// <summary>
        /// The next index to work on, once it is inside the window (fewer than <c>window</c> items started and not yet
        /// taken) or the items after the first not taken, up to it, weigh at most the budget; -1 when there is none.
        /// </summary>
        public int Next(CancellationToken cancellationToken)
        {
            lock (_lock)
            {
                while (true)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    int i = _next + 1;
                    if (i >= count)
                    {
                        return -1;
                    }

                    // The first item not taken is the one the results wait for: its own weight is not what piles up.
                    if (i - _taken < window || (weights is not null && weights[i + 1] - weights[_taken + 1] <= budget))
                    {
                        _next = i;
                        return i;
                    }

                    Monitor.Wait(_lock, 200);
                }
            }
        }

        public void Put(int i, TResult result)
        {
            lock (_lock)
            {
                _results[i] = result;
                _ready[i] = true;
                Monitor.PulseAll(_lock);
            }
        }

        public void Fail(int i, Exception e)
        {
            lock (_lock)
            {
                if (i < _failedAt)
                {
                    _failedAt = i;
                    _failure = e;
                }

                Monitor.PulseAll(_lock);
            }
        }

        public TResult Take(int i, CancellationToken cancellationToken)
        {
            lock (_lock)
            {
                while (!_ready[i])
                {
                    if (_failedAt <= i && _failure is not null)
                    {
                        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_failure);
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                    Monitor.Wait(_lock, 200);
                }

                var result = _results[i];
                _results[i] = default!;
                _taken = i + 1;
                Monitor.PulseAll(_lock);
                return result;
            }
        }

        /// <summary>Wakes every waiting worker (they then see the cancellation).</summary>
        public void Release()
        {
            lock (_lock)
            {
                Monitor.PulseAll(_lock);
            }
        }
    }
}
