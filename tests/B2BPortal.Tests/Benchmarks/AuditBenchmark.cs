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
/// What the audit trail costs: 10-line partner orders through the BFF with the Order service's trail on and off (the service
/// restarted with <c>Audit:Enabled=false</c>), in eight runs ordered on, off, off, on, off, on, on, off — so that a system slowly
/// getting slower weighs on both sides alike — each run 500 sequential, then 50/s for 30 s, after the ERP's backlog drained (and
/// a warm-up after each start). The added cost is read from the pooled samples of each side, beside the spread between runs of
/// one side, which is the noise it has to be read against. Then the verification of an account's 100,000-record chain, end to end
/// through the BFF.
/// </summary>
[Collection(PortalCollection.Name)]
[Trait("Category", "Benchmark")]
public sealed class AuditBenchmark(PortalFixture portal, ITestOutputHelper output)
{
    private static readonly Guid Acme = Demo.AcmeIndustrial;
    private static readonly bool[] Runs = [true, false, false, true, false, true, true, false];
    private const int Sequential = 500;
    private const int ChainLength = 100_000;
    private bool warmedUp;

    [Fact]
    public async Task Order_capture_with_the_trail_on_and_off_and_a_100000_record_chain_verified()
    {
        ThreadPool.GetMinThreads(out var workers, out var ports);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(ports, 64));
        using var partner = await portal.PartnerAsync();
        var runs = new List<Run>();
        await using (var capture = await AcmeCapture.StartAsync(portal, partner))
        {
            foreach (var audited in Runs)
            {
                runs.Add(await CaptureAsync(partner, capture, audited));
            }
        }

        output.WriteLine($"10-line partner orders through the BFF, Order's audit trail {string.Join(" / ", Runs.Select(On))}:");
        foreach (var run in runs)
        {
            output.WriteLine($"  {On(run.Audited),-4} {Sequential} sequential: {Describe(run.Sequential)}");
            output.WriteLine($"       50/s for 30 s : {Describe(run.Steady)}; audit records written {run.Records:N0}");
        }

        Compare("sequential", runs, r => r.Sequential);
        Compare("50/s", runs, r => r.Steady);
        await VerifyLongChainAsync();
        Assert.All(runs.Where(r => !r.Audited), r => Assert.Equal(0, r.Records));
        Assert.All(runs.Where(r => r.Audited), r => Assert.True(r.Records > 0));
    }

    /// <summary>Pooled on less pooled off at p50, p95 and p99, and how far apart the runs of each side lie at each.</summary>
    private void Compare(string load, List<Run> runs, Func<Run, double[]> timings)
    {
        double[] Pooled(bool audited) => Sorted(runs.Where(r => r.Audited == audited).SelectMany(timings));
        string Spread(bool audited, int p)
        {
            var each = runs.Where(r => r.Audited == audited).Select(r => Percentile(timings(r), p)).ToList();
            return $"{each.Max() - each.Min():0.0}";
        }

        var (on, off) = (Pooled(true), Pooled(false));
        output.WriteLine($"added by the trail, {load} (pooled 'on' less pooled 'off'): " + string.Join(", ", new[] { 50, 95, 99 }.Select(p =>
            $"p{p} {Percentile(on, p) - Percentile(off, p):+0.0;-0.0} ms (runs of one side lie {Spread(true, p)} / {Spread(false, p)} ms apart)")));
    }

    private static string On(bool audited) => audited ? "on" : "off";

    private async Task<Run> CaptureAsync(HttpClient partner, AcmeCapture capture, bool audited)
    {
        Task<Sample> Place() => TimeAsync(() => OrderCalls.PlaceAsync(partner, Acme, TestOrders.For(Acme, TestOrders.NewReference("AUDIT"), [.. capture.Lines])),
            HttpStatusCode.Created);
        if (portal.OrderAudit != audited || !warmedUp)
        {
            if (portal.OrderAudit != audited)
            {
                portal.OrderAudit = audited;
                await portal.App.StopResourceAsync("order");
                await portal.App.StartResourceAsync("order");
                await portal.App.ResourceNotifications.WaitForResourceHealthyAsync("order");
            }

            await OpenLoopAsync(30, TimeSpan.FromSeconds(warmedUp ? 30 : 60), _ => Place());
            warmedUp = true;
        }

        await AcmeCapture.ErpBacklogDrainedAsync(portal);
        var before = await AuditRecordsAsync();
        var sequential = new List<double>();
        for (var i = 0; i < Sequential; i++)
        {
            sequential.Add((await Place()).Milliseconds);
        }

        await AcmeCapture.ErpBacklogDrainedAsync(portal);
        var steady = await OpenLoopAsync(50, TimeSpan.FromSeconds(30), _ => Place());
        return new Run(audited, Sorted(sequential), steady.Timings, await AuditRecordsAsync() - before);
    }

    private sealed record Run(bool Audited, double[] Sequential, double[] Steady, long Records);

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
