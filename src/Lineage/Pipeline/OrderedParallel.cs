namespace Lineage.Pipeline;

/// <summary>
/// Runs a function over items on several threads and hands the results back in input order as soon as each next
/// one is ready. At most <c>window</c> results wait to be taken, so a slow consumer (or one slow item) holds
/// back the workers instead of letting finished results pile up in memory.
/// </summary>
internal static class OrderedParallel
{
    public static IEnumerable<TResult> Map<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> work, int parallelism, int window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(work);
        if (items.Count == 0)
        {
            yield break;
        }

        parallelism = Math.Clamp(parallelism, 1, items.Count);
        window = Math.Max(window, parallelism);
        using var state = new State<TResult>(items.Count, window);
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

    private sealed class State<TResult>(int count, int window) : IDisposable
    {
        private readonly object _lock = new();
        private readonly TResult[] _results = new TResult[count];
        private readonly bool[] _ready = new bool[count];
        private readonly SemaphoreSlim _slots = new(window, int.MaxValue);
        private int _next = -1;
        private Exception? _failure;
        private int _failedAt = int.MaxValue;

        /// <summary>The next index to work on, once a slot in the window is free; -1 when there is none.</summary>
        public int Next(CancellationToken cancellationToken)
        {
            if (Volatile.Read(ref _next) >= count - 1)
            {
                return -1;
            }

            _slots.Wait(cancellationToken);
            int i = Interlocked.Increment(ref _next);
            return i < count ? i : -1;
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
                _slots.Release();
                return result;
            }
        }

        /// <summary>Frees every waiting worker (they then see the cancellation).</summary>
        public void Release() => _slots.Release(count);

        public void Dispose() => _slots.Dispose();
    }
}
