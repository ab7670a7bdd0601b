using System.Collections.Concurrent;
using System.Diagnostics;

namespace B2BPortal.Tests.Benchmarks;

/// <summary>One timed call; <paramref name="Failure"/> says what a failed one answered.</summary>
internal readonly record struct Sample(bool Ok, double Milliseconds, string? Failure = null);

/// <summary>The timings of a load run and how many calls failed, with the commonest failure answers.</summary>
internal sealed record LoadResult(
    double[] Timings, int Failures, IReadOnlyList<string> CommonFailures, IReadOnlyList<(int Second, double Milliseconds)> BySecond, DateTimeOffset StartedAt)
{
    public string Refused => Failures == 0 ? "refused 0" : $"refused {Failures} ({string.Join("; ", CommonFailures)})";

    /// <summary>The seconds of the run the slowest 1 % of calls were sent in: a tail spread evenly, or bunched into a few pauses.</summary>
    public string SlowestPercentBySecond()
    {
        var slow = BySecond.OrderByDescending(s => s.Milliseconds).Take(Math.Max(1, BySecond.Count / 100)).ToList();
        return $"slowest 1 % sent in second (of the run started {StartedAt:HH:mm:ss} UTC): " + string.Join(", ", slow.GroupBy(s => s.Second).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => $"{g.Key} ({g.Count()}×, up to {g.Max(s => s.Milliseconds):0} ms)"));
    }
}

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

    /// <summary>Times an HTTP call that succeeds with <paramref name="expected"/>; a failure keeps its status and the start of its body.</summary>
    public static async Task<Sample> TimeAsync(Func<Task<HttpResponseMessage>> call, System.Net.HttpStatusCode expected)
    {
        var started = Stopwatch.GetTimestamp();
        string? failure;
        try
        {
            using var response = await call();
            var body = await response.Content.ReadAsStringAsync();
            failure = response.StatusCode == expected ? null : $"{(int)response.StatusCode} {Detail(body)}";
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            failure = exception.GetType().Name;
        }

        return new Sample(failure is null, Stopwatch.GetElapsedTime(started).TotalMilliseconds, failure);
    }

    /// <summary>A problem's first finding code or its detail, or the start of any other body.</summary>
    private static string Detail(string body)
    {
        try
        {
            using var problem = System.Text.Json.JsonDocument.Parse(body);
            var root = problem.RootElement;
            if (root.TryGetProperty("findings", out var findings) && findings.GetArrayLength() > 0)
            {
                return findings[0].GetProperty("code").GetString() ?? "finding";
            }

            return root.TryGetProperty("detail", out var detail) ? detail.GetString() ?? "" : body[..Math.Min(body.Length, 200)];
        }
        catch (System.Text.Json.JsonException)
        {
            return body[..Math.Min(body.Length, 200)];
        }
    }

    /// <summary>Sends <paramref name="request"/> <paramref name="rate"/> times a second for <paramref name="duration"/>; each times itself.</summary>
    public static async Task<LoadResult> OpenLoopAsync(int rate, TimeSpan duration, Func<int, Task<Sample>> request)
    {
        var timings = new ConcurrentBag<(int Second, double Milliseconds)>();
        var failures = new ConcurrentBag<string>();
        var total = (int)(rate * duration.TotalSeconds);
        var startedAt = DateTimeOffset.UtcNow;
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
                timings.Add((index / rate, sample.Milliseconds));
                if (!sample.Ok)
                {
                    failures.Add(sample.Failure ?? "failed");
                }
            }));
        }

        await Task.WhenAll(inFlight);
        var common = failures.GroupBy(f => f).OrderByDescending(g => g.Count()).Take(3).Select(g => $"{g.Count()}× {g.Key}").ToList();
        return new LoadResult(Sorted(timings.Select(t => t.Milliseconds)), failures.Count, common, [.. timings.OrderBy(t => t.Second)], startedAt);
    }
}
