using EditorialLint.Core.Analysis;

namespace EditorialLint.Core.Tests;

/// <summary>The ordered parallel pipeline the session lints drafts with: input order, bounded memory, first failure wins.</summary>
public sealed class OrderedPipelineTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Results_come_in_input_order_whatever_order_the_work_ends_in(int threads)
    {
        var inputs = Enumerable.Range(0, 200).ToList();
        var seen = new List<int>();
        var done = 0;
        OrderedPipeline.Run(
            inputs,
            i =>
            {
                Thread.Sleep((i * 7919) % 5); // later items often end first
                return i * 2;
            },
            seen.Add,
            threads,
            onDone: _ => Interlocked.Increment(ref done));
        Assert.Equal(inputs.Select(i => i * 2), seen);
        Assert.Equal(inputs.Count, done);
    }

    [Fact]
    public void A_slow_first_item_holds_back_only_a_bounded_number_of_results()
    {
        var started = 0;
        var maxAhead = 0;
        var consumed = 0;
        using var firstMayEnd = new ManualResetEventSlim();
        OrderedPipeline.Run(
            Enumerable.Range(0, 500).ToList(),
            i =>
            {
                var ahead = Interlocked.Increment(ref started) - Volatile.Read(ref consumed);
                InterlockedMax(ref maxAhead, ahead);
                if (i == 0)
                {
                    firstMayEnd.Wait(TimeSpan.FromSeconds(2));
                }
                else if (i == 40)
                {
                    firstMayEnd.Set();
                }

                return i;
            },
            _ => Interlocked.Increment(ref consumed),
            maxDegreeOfParallelism: 2);
        Assert.Equal(500, consumed);
        Assert.InRange(maxAhead, 1, 8 + 2 + 1); // the queue's bound (at least 8) and the items running
    }

    [Fact]
    public void The_first_failure_stops_the_run_and_is_thrown()
    {
        var ran = 0;
        var ex = Assert.Throws<InvalidOperationException>(() => OrderedPipeline.Run(
            Enumerable.Range(0, 10_000).ToList(),
            i =>
            {
                Interlocked.Increment(ref ran);
                return i == 3 ? throw new InvalidOperationException("item 3") : i;
            },
            _ => { },
            maxDegreeOfParallelism: 2));
        Assert.Equal("item 3", ex.Message);
        Assert.True(ran < 100, $"{ran} items ran after the failure");
    }

    [Fact]
    public void A_failing_consumer_stops_the_run()
    {
        var consumed = new List<int>();
        Assert.Throws<InvalidOperationException>(() => OrderedPipeline.Run(
            Enumerable.Range(0, 1_000).ToList(),
            i => i,
            i =>
            {
                consumed.Add(i);
                if (i == 5)
                {
                    throw new InvalidOperationException("consumer");
                }
            },
            maxDegreeOfParallelism: 2));
        Assert.Equal([0, 1, 2, 3, 4, 5], consumed);
    }

    [Fact]
    public void Cancellation_ends_the_run_with_operation_canceled()
    {
        using var cancel = new CancellationTokenSource();
        var consumed = 0;
        Assert.ThrowsAny<OperationCanceledException>(() => OrderedPipeline.Run(
            Enumerable.Range(0, 10_000).ToList(),
            i => i,
            i =>
            {
                if (++consumed == 10)
                {
                    cancel.Cancel();
                }
            },
            maxDegreeOfParallelism: 2,
            cancellationToken: cancel.Token));
        Assert.True(consumed < 100, $"{consumed} results after cancelling");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
