using System.Diagnostics;
using System.Net.Http.Headers;
using B2BPortal.Tests.Infrastructure;
using Xunit.Abstractions;

namespace B2BPortal.Tests.Benchmarks;

/// <summary>
/// Latency the BFF adds with its session and scope check: the same account-scoped read (an account's orders) sent
/// straight to the Order service with the caller's token, and through the BFF with the session cookie and X-CSRF.
/// Prints percentiles; asserts nothing about time. Run with <c>bash tests/benchmarks.sh</c>.
/// </summary>
[Collection(PortalCollection.Name)]
[Trait("Category", "Benchmark")]
public sealed class BffOverheadBenchmark(PortalFixture portal, ITestOutputHelper output)
{
    private const int Warmup = 50;
    private const int Samples = 500;

    [Fact]
    public async Task Session_and_scope_check_overhead()
    {
        using var session = await portal.SignInAsync(Demo.AcmeBuyer);
        var path = $"/api/v1/accounts/{Demo.AcmePlantNorth}/orders";
        using var direct = new HttpClient { BaseAddress = portal.App.GetEndpoint("order") };
        // The session's token never leaves the BFF; Acme's partner token makes the service do the same validation and scope check.
        direct.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await portal.ClientCredentialsTokenAsync());

        var directTimes = await MeasureAsync(direct, path);
        var bffTimes = await MeasureAsync(session.Http, path);

        output.WriteLine($"{Samples} sequential GET {path} after {Warmup} warm-up calls each");
        output.WriteLine($"direct to order : {Describe(directTimes)}");
        output.WriteLine($"through the BFF : {Describe(bffTimes)}");
        output.WriteLine($"added by the BFF: p50 {Percentile(bffTimes, 50) - Percentile(directTimes, 50):0.00} ms, " +
                         $"p95 {Percentile(bffTimes, 95) - Percentile(directTimes, 95):0.00} ms");
    }

    private static async Task<double[]> MeasureAsync(HttpClient http, string path)
    {
        for (var i = 0; i < Warmup; i++)
        {
            using var warm = await http.GetAsync(path);
            Assert.Equal(System.Net.HttpStatusCode.OK, warm.StatusCode);
        }

        var times = new double[Samples];
        for (var i = 0; i < Samples; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await http.GetAsync(path);
            await response.Content.ReadAsByteArrayAsync();
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }

        Array.Sort(times);
        return times;
    }

    private static double Percentile(double[] sorted, int p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1)];

    private static string Describe(double[] sorted) =>
        $"p50 {Percentile(sorted, 50):0.00} ms, p95 {Percentile(sorted, 95):0.00} ms, p99 {Percentile(sorted, 99):0.00} ms";
}
