using Lineage.Pipeline;

namespace Lineage.Tests.Pipeline;

public sealed class OrderedParallelTests
{
    /// <summary>(items, window, budget: -1 for none, a slow first item or not)</summary>
    public static TheoryData<int, int, long, bool> Runs => new()
    {
        { 1, 2, -1, false },
        { 50, 2, -1, false },
        { 50, 4, 1_000, false },
        { 200, 2, 10_000, true },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void Results_come_in_input_order(int count, int window, long budget, bool slowFirst)
    {
        var items = Enumerable.Range(0, count).ToList();
        var random = new Random(count);
        var delays = items.Select(_ => random.Next(3)).ToList();
        int Work(int i)
        {
            Thread.Sleep(slowFirst && i == 0 ? 200 : delays[i]);
            return i * 10;
        }

        var results = budget < 0
            ? OrderedParallel.Map(items, Work, 2, window, CancellationToken.None).ToList()
            : OrderedParallel.Map(items, Work, 2, window, _ => 10L, budget, CancellationToken.None).ToList();

        Assert.Equal(items.Select(i => i * 10), results);
    }

    // One large file among small ones: with a budget of waiting bytes the other worker goes on past the window (here two
    // results) and finishes every small file while the first is still being read; the first waits for that to happen.
    [Fact]
    public void A_slow_first_item_does_not_stop_the_others_beyond_the_window_within_the_budget()
    {
        var items = Enumerable.Range(0, 40).ToList();
        using var othersDone = new CountdownEvent(items.Count - 1);
        bool sawOthersDone = false;
        int Work(int i)
        {
            if (i == 0)
            {
                sawOthersDone = othersDone.Wait(TimeSpan.FromSeconds(20));
            }
            else
            {
                othersDone.Signal();
            }

            return i;
        }

        var results = OrderedParallel.Map(items, Work, 2, 2, i => i == 0 ? 64L << 20 : 1_000, 39 * 1_000, CancellationToken.None).ToList();

        Assert.True(sawOthersDone);
        Assert.Equal(items, results);
    }

    // Without a budget (or beyond it) the window holds: while the first item is read, at most window − 1 others start.
    [Theory]
    [InlineData(-1L)]
    [InlineData(5_000L)]
    public void Without_budget_left_the_window_bounds_what_is_started(long budget)
    {
        var items = Enumerable.Range(0, 40).ToList();
        int started = 0;
        int startedWhileFirstRan = -1;
        int Work(int i)
        {
            Interlocked.Increment(ref started);
            if (i == 0)
            {
                Thread.Sleep(500);
                startedWhileFirstRan = Volatile.Read(ref started);
            }

            return i;
        }

        var results = budget < 0
            ? OrderedParallel.Map(items, Work, 2, 4, CancellationToken.None).ToList()
            : OrderedParallel.Map(items, Work, 2, 4, _ => 1_000L, budget, CancellationToken.None).ToList();

        Assert.Equal(items, results);
        Assert.Equal(budget < 0 ? 4 : 6, startedWhileFirstRan);
    }
}
