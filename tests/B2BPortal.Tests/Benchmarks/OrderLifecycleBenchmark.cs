using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Erp;
using B2BPortal.Contracts.Orders;
using B2BPortal.Tests.Infrastructure;
using Refit;
using Xunit.Abstractions;
using static B2BPortal.Tests.Benchmarks.Latencies;

namespace B2BPortal.Tests.Benchmarks;

/// <summary>
/// The ERP path as a buyer sees it: partner orders at 20/s for 60 s; a reader polls the account's order list through the BFF every
/// 100 ms, as a buyer's screen would, and times (1) from the 201 to the order showing its ERP number, and (2) from an ERP user
/// confirming the sales order (the admin call's answer) to the order showing Confirmed. Each order is confirmed as soon as the
/// reader sees it acknowledged, so both flows run at 20/s together. Figures include up to 100 ms of the reader's polling.
/// </summary>
[Collection(PortalCollection.Name)]
[Trait("Category", "Benchmark")]
public sealed class OrderLifecycleBenchmark(PortalFixture portal, ITestOutputHelper output)
{
    private const int Rate = 20;
    private static readonly Guid Acme = Demo.AcmeIndustrial;
    private static readonly TimeSpan Run = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ReaderInterval = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task Acknowledgements_and_ERP_changes_are_visible_through_the_BFF()
    {
        ThreadPool.GetMinThreads(out var workers, out var ports);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(ports, 64));
        using var erpHttp = new HttpClient { BaseAddress = portal.App.GetEndpoint("erp-simulator") };
        var erp = RestService.ForGenerated<IErpAdminApi>(erpHttp);
        using var partner = await portal.PartnerAsync();
        using var reader = await portal.SignInAsync(Demo.AcmeAdmin);
        var rules = RestService.For<IApprovalPolicyApi>(reader.Http);
        var ownRules = (await rules.GetAsync(Acme)).Policy;
        await erp.SetCreditAsync(Acme, new ErpCreditSetting(1_000_000_000_000m, "EUR", 60_000m, OnHold: false, PaymentTerms: "Net 30"));
        using (await rules.RemoveAsync(Acme))
        {
        }

        try
        {
            await Eventually.TrueAsync(async () => (await reader.Http.GetFromJsonAsync<CreditStatusDto>($"/api/v1/accounts/{Acme}/credit"))!.CreditLimit > 1_000_000m,
                TimeSpan.FromSeconds(30), "the raised credit limit");
            output.WriteLine($"Warm-up: {Rate}/s for 30 s, untimed.");
            await MeasureAsync(partner, reader.Http, erp, TimeSpan.FromSeconds(30), print: false);
            await MeasureAsync(partner, reader.Http, erp, Run, print: true);
        }
        finally
        {
            await erp.SetCreditAsync(Acme, new ErpCreditSetting(250_000m, "EUR", 60_000m, OnHold: false, PaymentTerms: "Net 30"));
            if (ownRules is not null)
            {
                using var restored = await rules.SetAsync(Acme, ownRules);
            }
        }
    }

    private async Task MeasureAsync(HttpClient partner, HttpClient reader, IErpAdminApi erp, TimeSpan duration, bool print)
    {
        var placedAt = new ConcurrentDictionary<Guid, long>();
        var confirmedAt = new ConcurrentDictionary<Guid, long>();
        var acknowledged = new ConcurrentDictionary<Guid, double>();
        var confirmedSeen = new ConcurrentDictionary<Guid, double>();
        var stepFailures = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();
        var reading = ReadAsync(reader, erp, placedAt, confirmedAt, acknowledged, confirmedSeen, stepFailures, stop.Token);

        var placing = await OpenLoopAsync(Rate, duration, async _ =>
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await OrderCalls.PlaceAsync(partner, Acme, TestOrders.Small(Acme, TestOrders.NewReference("LIFE")));
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.Created)
            {
                return new Sample(false, elapsed, $"{(int)response.StatusCode}");
            }

            placedAt[(await response.Content.ReadFromJsonAsync<OrderDto>())!.Id] = Stopwatch.GetTimestamp();
            return new Sample(true, elapsed);
        });

        var deadline = Stopwatch.StartNew();
        while ((confirmedSeen.Count < placedAt.Count || acknowledged.Count < placedAt.Count) && deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(250);
        }

        await stop.CancelAsync();
        await reading;
        if (!print)
        {
            return;
        }

        output.WriteLine($"Partner orders at {Rate}/s for {duration.TotalSeconds:0} s: placing {Describe(placing.Timings)}, {placing.Refused}");
        output.WriteLine($"  placed (201) → ERP number visible through the BFF: {Describe(Sorted(acknowledged.Values))} ({placedAt.Count - acknowledged.Count} never seen)");
        output.WriteLine($"  ERP confirms (admin call answered) → Confirmed visible through the BFF: {Describe(Sorted(confirmedSeen.Values))} " +
                         $"({confirmedAt.Count - confirmedSeen.Count} never seen, {stepFailures.Count} steps refused{(stepFailures.IsEmpty ? "" : ": " + stepFailures.First())})");
        Assert.Equal(placedAt.Count, acknowledged.Count);
        Assert.Equal(placedAt.Count, confirmedSeen.Count);
    }

    /// <summary>The buyer's screen: the newest 100 orders every 100 ms; confirms each order in the ERP once it shows its ERP number.</summary>
    private static async Task ReadAsync(
        HttpClient reader, IErpAdminApi erp, ConcurrentDictionary<Guid, long> placedAt, ConcurrentDictionary<Guid, long> confirmedAt,
        ConcurrentDictionary<Guid, double> acknowledged, ConcurrentDictionary<Guid, double> confirmedSeen, ConcurrentBag<string> stepFailures,
        CancellationToken stop)
    {
        var steps = new List<Task>();
        while (!stop.IsCancellationRequested)
        {
            var page = await reader.GetFromJsonAsync<OrderListDto>($"/api/v1/accounts/{Acme}/orders?pageSize=100", CancellationToken.None);
            var now = Stopwatch.GetTimestamp();
            foreach (var order in page!.Items)
            {
                if (order.ErpOrderNumber is { } salesOrder && placedAt.TryGetValue(order.Id, out var placed) && acknowledged.TryAdd(order.Id, Milliseconds(placed, now)))
                {
                    steps.Add(ConfirmAsync(erp, order.Id, salesOrder, confirmedAt, stepFailures));
                }

                if (order.Status == ProcessStates.Confirmed && confirmedAt.TryGetValue(order.Id, out var confirmed))
                {
                    confirmedSeen.TryAdd(order.Id, Milliseconds(confirmed, now));
                }
            }

            await Task.Delay(ReaderInterval, CancellationToken.None);
        }

        await Task.WhenAll(steps);
    }

    private static async Task ConfirmAsync(
        IErpAdminApi erp, Guid orderId, string salesOrder, ConcurrentDictionary<Guid, long> confirmedAt, ConcurrentBag<string> stepFailures)
    {
        using var response = await erp.TakeStepAsync(salesOrder, new ErpSalesOrderStep(ErpChangeKinds.Confirmed));
        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            confirmedAt[orderId] = Stopwatch.GetTimestamp();
        }
        else
        {
            stepFailures.Add($"{(int?)response.StatusCode} {response.ProblemText()}");
        }
    }

    private static double Milliseconds(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;
}
