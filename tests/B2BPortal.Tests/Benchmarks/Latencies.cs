using System.Collections.Concurrent;
using System.Diagnostics;

namespace B2BPortal.Tests.Benchmarks;

internal readonly record struct Sample(bool Ok, double Milliseconds);

/// <summary>Latency figures the benchmarks print, and an open-loop load: request i leaves at start + i / rate, answered or not.</summary>
internal static class Latencies
{
    public static double[] Sorted(IEnumerable<double> timings) => [.. timings.Order()];

    public static double Percentile(double[] sorted, int p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1)];

    public static string Describe(double[] sorted) => sorted.Length == 0 ? "no samples" :
        $"n {sorted.Length}, p50 {Percentile(sorted, 50):0.0} ms, p95 {Percentile(sorted, 95):0.0} ms, p99 {Percentile(sorted, 99):0.0} ms, max {sorted[^1]:0.0} ms";

    /// <summary>Times a call that answers whether it succeeded.</summary>
    public static async Task<Sample> TimeAsync(Func<Task<bool>> call)
    {
        var started = Stopwatch.GetTimestamp();
        var ok = await call();
        return new Sample(ok, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>Sends <paramref name="request"/> <paramref name="rate"/> times a second for <paramref name="duration"/>; each times itself.</summary>
    public static async Task<(double[] Timings, int Failures)> OpenLoopAsync(int rate, TimeSpan duration, Func<int, Task<Sample>> request)
    {
        var timings = new ConcurrentBag<double>();
        var failures = 0;
        var total = (int)(rate * duration.TotalSeconds);
        var clock = Stopwatch.StartNew();
        var inFlight = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var index = i;
            inFlight.Add(Task.Run(async () =>
            {
                var sample = await request(index);
                timings.Add(sample.Milliseconds);
                if (!sample.Ok)
                {
                    Interlocked.Increment(ref failures);
                }
            }));
        }

        await Task.WhenAll(inFlight);
        return (Sorted(timings), failures);
    }
}
