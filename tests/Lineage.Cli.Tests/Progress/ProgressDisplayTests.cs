using Lineage.Cli;
using Lineage.Cli.Progress;
using Lineage.Pipeline;

namespace Lineage.Cli.Tests.Progress;

// Issue 4: `lineage build` shows a bar with documents, MB and citations per second on a terminal, plain lines otherwise.
public sealed class ProgressDisplayTests
{
    [Fact]
    public void On_a_terminal_the_bar_is_redrawn_in_place_at_most_ten_times_a_second()
    {
        var time = new ManualTime();
        var output = new StringWriter();
        using (var display = new ProgressDisplay(output, terminal: true, time))
        {
            for (int i = 1; i <= 40; i++)
            {
                time.Advance(TimeSpan.FromMilliseconds(25)); // 40 documents in one second
                display.Report(new PipelineProgress(i, 40, i * (1L << 20) / 4, 10L << 20, i * 3, $"doc{i}.pdf"));
            }
        }

        string text = output.ToString();
        string[] draws = text.Split('\r', StringSplitOptions.RemoveEmptyEntries).Where(d => d.StartsWith('[')).ToArray();
        Assert.InRange(draws.Length, 10, 11); // every 100 ms, and the last one
        Assert.StartsWith("[##########..........]   21/40 docs  5.3/10.0 MB  40.0 docs/s  10.0 MB/s  120 citations/s", draws.First(d => d.Contains(" 21/40", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("[####################]   40/40 docs  10.0/10.0 MB  40.0 docs/s  10.0 MB/s  120 citations/s", text, StringComparison.Ordinal);
        Assert.EndsWith("read 40/40 docs, 10.0/10.0 MB, 120 citations in 1.0 s (40.0 docs/s, 10.0 MB/s, 120 citations/s)\n", text, StringComparison.Ordinal);
        Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void When_output_is_redirected_it_writes_plain_lines_every_few_seconds()
    {
        var time = new ManualTime();
        var output = new StringWriter();
        using (var display = new ProgressDisplay(output, terminal: false, time))
        {
            for (int i = 1; i <= 12; i++)
            {
                time.Advance(TimeSpan.FromSeconds(1));
                display.Report(new PipelineProgress(i, 12, i * 1000L, 12_000, i, null));
            }
        }

        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.DoesNotContain('\r', output.ToString());
        Assert.Equal(
        [
            "read 1/12 docs, 0.0/0.0 MB, 1 citations in 1.0 s (1.0 docs/s, 0.0 MB/s, 1 citations/s)",
            "read 6/12 docs, 0.0/0.0 MB, 6 citations in 6.0 s (1.0 docs/s, 0.0 MB/s, 1 citations/s)",
            "read 11/12 docs, 0.0/0.0 MB, 11 citations in 11.0 s (1.0 docs/s, 0.0 MB/s, 1 citations/s)",
            "read 12/12 docs, 0.0/0.0 MB, 12 citations in 12.0 s (1.0 docs/s, 0.0 MB/s, 1 citations/s)",
        ], lines);
    }

    [Fact]
    public void Reports_from_parallel_workers_out_of_order_keep_the_newest()
    {
        var time = new ManualTime();
        var output = new StringWriter();
        using (var display = new ProgressDisplay(output, terminal: false, time, TimeSpan.Zero))
        {
            display.Report(new PipelineProgress(2, 3, 20, 30, 5, "b"));
            display.Report(new PipelineProgress(1, 3, 10, 30, 2, "a"));
            time.Advance(TimeSpan.FromSeconds(1));
            display.Report(new PipelineProgress(3, 3, 30, 30, 6, "c"));
        }

        Assert.DoesNotContain("read 1/3", output.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("read 3/3 docs, 0.0/0.0 MB, 6 citations in 1.0 s (3.0 docs/s, 0.0 MB/s, 6 citations/s)\n", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_line_context_picks_the_bar_for_a_terminal()
    {
        var output = new StringWriter();
        using (var display = ProgressDisplay.Create(new CliContext(TextWriter.Null, output, OutputRedirected: false)))
        {
            display.Report(new PipelineProgress(1, 2, 1, 2, 0, "x"));
        }

        Assert.StartsWith("\r[##########..........]", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_written_when_nothing_was_reported()
    {
        var output = new StringWriter();
        new ProgressDisplay(output, terminal: true).Dispose();

        Assert.Equal(string.Empty, output.ToString());
    }

    private sealed class ManualTime : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
