using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using B2BPortal.Contracts.Audit;
using B2BPortal.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;
using static B2BPortal.Tests.Benchmarks.Latencies;

namespace B2BPortal.Tests.Benchmarks;

/// <summary>
/// What the audit trail costs order capture: 10-line partner orders sent to the Order service with its trail on and to its twin
/// with the trail off (<see cref="PortalFixture.WithUnauditedOrderTwin"/>: the same project, settings, database and broker),
/// turn about, so both sides meet the same load, the same database and the same background work at the same moments: 2,000
/// sequential, then 50/s for 60 s, after a warm-up and with the ERP's backlog drained. Then the verification of an account's
/// 100,000-record chain, end to end through the BFF.
/// </summary>
[Collection(PortalCollection.Name)]
[Trait("Category", "Benchmark")]
public sealed class AuditBenchmark(PortalFixture portal, ITestOutputHelper output)
{
    private static readonly Guid Acme = Demo.AcmeIndustrial;
    private const int Sequential = 2_000;
    private const int ChainLength = 100_000;

    [Fact]
    public async Task Order_capture_with_the_trail_on_and_off_turn_about_and_a_100000_record_chain_verified()
    {
        Assert.True(PortalFixture.WithUnauditedOrderTwin, "The audit benchmark needs B2B_AUDIT_TWIN=on (tests/benchmarks.sh sets it).");
        ThreadPool.GetMinThreads(out var workers, out var ports);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(ports, 64));
        using var partner = await portal.PartnerAsync();
        using var audited = Direct(partner, portal.App.GetEndpoint("order"));
        using var unaudited = Direct(partner, portal.App.GetEndpoint(PortalFixture.UnauditedOrder));
        await using (var capture = await AcmeCapture.StartAsync(portal, partner))
        {
            Task<Sample> Place(int i) => TimeAsync(() => OrderCalls.PlaceAsync(i % 2 == 0 ? audited : unaudited, Acme,
                TestOrders.For(Acme, TestOrders.NewReference("AUDIT"), [.. capture.Lines])), HttpStatusCode.Created);

            await OpenLoopAsync(30, TimeSpan.FromSeconds(60), Place);
            await AcmeCapture.ErpBacklogDrainedAsync(portal);
            var before = await AuditRecordsAsync();
            var sequential = new List<Sample>();
            for (var i = 0; i < Sequential; i++)
            {
                sequential.Add(await Place(i));
            }

            var written = await AuditRecordsAsync() - before;
            await AcmeCapture.ErpBacklogDrainedAsync(portal);
            var steady = await PairedOpenLoopAsync(Place);

            Compare($"{Sequential:N0} sequential", sequential);
            Compare("50/s for 60 s", steady);
            output.WriteLine($"audit records written by the sequential run: {written:N0} (one per order the audited service placed)");
            Assert.Equal(sequential.Where((s, i) => i % 2 == 0 && s.Ok).Count(), written);
        }

        await VerifyLongChainAsync();
    }

    /// <summary>50 orders a second for a minute, every other one to the twin; the samples in the order they were sent.</summary>
    private static async Task<List<Sample>> PairedOpenLoopAsync(Func<int, Task<Sample>> place)
    {
        var sent = new List<Task<Sample>>();
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < 50 * 60; i++)
        {
            var due = TimeSpan.FromSeconds(i / 50.0) - Stopwatch.GetElapsedTime(started);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }

            sent.Add(place(i));
        }

        return [.. await Task.WhenAll(sent)];
    }

    /// <summary>The audited orders (even) against the unaudited (odd): p50, p95 and p99 of each, and what the trail adds.</summary>
    private void Compare(string load, List<Sample> samples)
    {
        var on = Sorted(samples.Where((s, i) => i % 2 == 0 && s.Ok).Select(s => s.Milliseconds));
        var off = Sorted(samples.Where((s, i) => i % 2 == 1 && s.Ok).Select(s => s.Milliseconds));
        output.WriteLine($"{load}, trail on : {Describe(on)}");
        output.WriteLine($"{load}, trail off: {Describe(off)}");
        output.WriteLine($"{load}, added by the trail: " + string.Join(", ", new[] { 50, 95, 99 }.Select(p => $"p{p} {Percentile(on, p) - Percentile(off, p):+0.00;-0.00} ms")) +
                         $"; failures on/off {samples.Where((s, i) => i % 2 == 0 && !s.Ok).Count()}/{samples.Where((s, i) => i % 2 == 1 && !s.Ok).Count()}");
    }

    private static HttpClient Direct(HttpClient partner, Uri service) =>
        new() { BaseAddress = service, DefaultRequestHeaders = { Authorization = partner.DefaultRequestHeaders.Authorization } };

    /// <summary>
    /// A chain of 100,000 records in Order's trail of Acme Plant South, written by the service's own role through the chaining trigger
    /// (as the service writes them, one after the other), then verified through the BFF as Acme's admin: five times, each figure printed.
    /// </summary>
    private async Task VerifyLongChainAsync()
    {
        var started = Stopwatch.GetTimestamp();
        await using (var db = new NpgsqlConnection(portal.ServiceDatabases["orderdb"]))
        {
            await db.OpenAsync();
            await using var fill = new NpgsqlCommand($$"""
                INSERT INTO ordering.audit_records (id, account_id, occurred_at, service, action, target, subject_id, summary, actor_kind, actor_id, actor_name,
                                                    ip_address, user_agent, changes, status, correlation_id, trace_id)
                SELECT gen_random_uuid(), '{{Demo.AcmePlantSouth}}', now() - (({{ChainLength}} - n) * interval '1 second'), 'order', 'order.placed',
                       'ORD-BENCH-' || n, gen_random_uuid()::text,
                       'Order ORD-BENCH-' || n || ' placed: 10 line(s), 12345.60 EUR, Submitted.', 'partner', 'acme-erp-connector', 'Acme ERP connector',
                       '203.0.113.' || (n % 250), 'BenchmarkClient/1.0',
                       '[{"field":"processStatus","before":null,"after":"Submitted"},{"field":"netAmount","before":null,"after":"12345.60"}]'::jsonb,
                       201, gen_random_uuid()::text, md5(n::text)
                FROM generate_series(1, {{ChainLength}}) AS n
                """, db) { CommandTimeout = 600 };
            await fill.ExecuteNonQueryAsync();
        }

        output.WriteLine($"{ChainLength:N0} records chained into Order's trail of Acme Plant South in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
        await AcmeCapture.ErpBacklogDrainedAsync(portal);
        using var admin = await portal.SignInAsync(Demo.AcmeAdmin);
        var timings = new List<double>();
        AccountAuditVerificationDto? result = null;
        for (var i = 0; i < 5; i++)
        {
            var call = Stopwatch.GetTimestamp();
            result = await admin.Http.VerifyTrailAsync(Demo.AcmePlantSouth);
            timings.Add(Stopwatch.GetElapsedTime(call).TotalMilliseconds);
        }

        var order = result!.Services.Single(s => s.Service == "order");
        output.WriteLine($"verification of Acme Plant South's trail through the BFF (every service; Order's chain {order.Records:N0} records, intact: {result.Intact}): " +
                         string.Join(", ", timings.Select(t => $"{t:0} ms")));
        Assert.True(result.Intact);
        Assert.True(order.Records >= ChainLength);
    }

    private async Task<long> AuditRecordsAsync()
    {
        await using var db = new NpgsqlConnection(portal.ServiceDatabases["orderdb"]);
        await db.OpenAsync();
        return (long)(await new NpgsqlCommand("SELECT count(*) FROM ordering.audit_records", db).ExecuteScalarAsync())!;
    }
}
