using System.Diagnostics;
using System.Net.Http.Json;
using B2BPortal.Dashboard;
using B2BPortal.Dashboard.Telemetry;
using B2BPortal.Tests.Browser;
using Microsoft.Playwright;
using OpenTelemetry;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Xunit.Abstractions;

namespace B2BPortal.Tests.Benchmarks;

/// <summary>
/// The dashboard alone: spans sent by the official OTLP exporter over gRPC at 5,000 spans/s for 30 s (traces of ten
/// spans, an order number on each root) with the trace list open in Chromium, then trace searches by attribute over the
/// 10,000 traces kept. Prints the rate received, the memory of the process (which also runs the load generator, so the
/// dashboard's share is at most that) and search percentiles; asserts only that searches find their trace.
/// </summary>
[Trait("Category", "Benchmark")]
public sealed class DashboardBenchmark(ITestOutputHelper output)
{
    private const int SpansPerSecond = 5_000;
    private const int SpansPerTrace = 10;
    private static readonly TimeSpan IngestFor = TimeSpan.FromSeconds(30);
    private static readonly Uri AnyFreePort = new("http://127.0.0.1:0");

    [Fact]
    public async Task Otlp_ingest_with_the_ui_open_and_trace_search_by_attribute()
    {
        await using var dashboard = await DashboardHost.StartAsync(new DashboardOptions { UiUrl = AnyFreePort, OtlpGrpcUrl = AnyFreePort, OtlpHttpUrl = AnyFreePort });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(dashboard.UiUrl, "#/traces").ToString());

        var traces = await IngestAsync(dashboard);
        var process = Process.GetCurrentProcess();
        process.Refresh();
        output.WriteLine($"received {dashboard.Telemetry.Traces.ReceivedSpans:N0} of {traces * SpansPerTrace:N0} spans sent in {IngestFor.TotalSeconds:0} s " +
                         $"({dashboard.Telemetry.Traces.ReceivedSpans / IngestFor.TotalSeconds:N0} spans/s); kept {dashboard.Telemetry.Traces.Count:N0} traces");
        output.WriteLine($"process memory after ingest: working set {process.WorkingSet64 / 1024 / 1024} MB, peak {process.PeakWorkingSet64 / 1024 / 1024} MB, " +
                         $"managed heap {GC.GetTotalMemory(false) / 1024 / 1024} MB (load generator and Playwright driver included)");

        using var ui = new HttpClient { BaseAddress = dashboard.UiUrl };
        var random = new Random(7);
        var found = new List<double>();
        var missing = new List<double>();
        for (var i = 0; i < 250; i++)
        {
            var order = $"ORD-B-{traces - 1 - random.Next(9_000):D7}";
            var started = Stopwatch.GetTimestamp();
            var result = await ui.GetFromJsonAsync<List<TraceSummary>>($"/api/traces?q={order}");
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Assert.Single(result!);
            started = Stopwatch.GetTimestamp();
            Assert.Empty((await ui.GetFromJsonAsync<List<TraceSummary>>($"/api/traces?q=order.number=ORD-NONE-{i}"))!);
            var none = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (i >= 50)
            {
                found.Add(elapsed);
                missing.Add(none);
            }
        }

        output.WriteLine($"search by order number over {dashboard.Telemetry.Traces.Count:N0} traces, 200 after 50 warm-up: {Describe(found)}");
        output.WriteLine($"  a search that matches nothing: {Describe(missing)}");
    }

    /// <summary>Sends traces of ten spans at the target rate; returns how many traces were sent.</summary>
    private static async Task<int> IngestAsync(DashboardHost dashboard)
    {
        using var source = new ActivitySource("Benchmark.Load");
        using var tracing = Sdk.CreateTracerProviderBuilder().SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService("load"))
            .AddSource(source.Name)
            .AddOtlpExporter(exporter =>
            {
                exporter.Endpoint = dashboard.OtlpGrpcUrl;
                exporter.BatchExportProcessorOptions.MaxQueueSize = 200_000;
                exporter.BatchExportProcessorOptions.MaxExportBatchSize = 2_048;
                exporter.BatchExportProcessorOptions.ScheduledDelayMilliseconds = 200;
            })
            .Build();
        var tracesPerTick = SpansPerSecond / SpansPerTrace / 10;
        var clock = Stopwatch.StartNew();
        var sent = 0;
        for (var tick = 0; clock.Elapsed < IngestFor; tick++)
        {
            for (var i = 0; i < tracesPerTick; i++, sent++)
            {
                using var root = source.StartActivity("POST /api/v1/accounts/{accountId}/orders", ActivityKind.Server)!;
                root.SetTag("order.number", $"ORD-B-{sent:D7}").SetTag("account.id", "a0000000-0000-4000-8000-000000000001").SetTag("http.response.status_code", 201);
                for (var child = 1; child < SpansPerTrace; child++)
                {
                    using var step = source.StartActivity($"step {child}", ActivityKind.Internal)!;
                    step.SetTag("db.system", "postgresql").SetTag("db.statement", "INSERT INTO ordering.orders …").SetTag("step", child);
                }
            }

            var due = TimeSpan.FromMilliseconds(100 * (tick + 1));
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }
        }

        tracing.ForceFlush(30_000);
        return sent;
    }

    private static string Describe(List<double> timings)
    {
        var sorted = timings.Order().ToArray();
        double P(int p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1)];
        return $"n {sorted.Length}, p50 {P(50):0.0} ms, p95 {P(95):0.0} ms, p99 {P(99):0.0} ms";
    }
}
