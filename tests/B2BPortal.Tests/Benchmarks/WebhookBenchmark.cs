using System.Diagnostics;
using System.Net.Http.Json;
using B2BPortal.Contracts.Events;
using B2BPortal.Contracts.Webhooks;
using B2BPortal.Tests.Infrastructure;
using Xunit.Abstractions;
using static B2BPortal.Tests.Benchmarks.Latencies;

namespace B2BPortal.Tests.Benchmarks;

/// <summary>
/// Webhook fan-out end to end: 1,000 order events published on the broker (as the Order service publishes them) for an account
/// with 10 endpoints that want them, until the local receiver has verified all 10,000 deliveries. Prints the time, the rate and
/// each delivery's delay from event to receipt.
/// </summary>
[Collection(PortalCollection.Name)]
[Trait("Category", "Benchmark")]
public sealed class WebhookBenchmark(PortalFixture portal, ITestOutputHelper output)
{
    private const int Events = 1_000;
    private const int Endpoints = 10;
    private static readonly Guid Kiruna = Demo.BorealisKirunaSite;

    [Fact]
    public async Task Fan_out_of_1000_events_to_10_endpoints()
    {
        using var manager = await portal.SignInAsync(Demo.AccountManager);
        var hooks = $"/api/v1/accounts/{Kiruna}/webhooks";
        var receivers = new List<(WebhookReceiver Receiver, Guid EndpointId)>();
        for (var i = 0; i < Endpoints; i++)
        {
            var receiver = WebhookReceiver.New(portal);
            using var created = await manager.Http.PostAsJsonAsync(hooks, new CreateWebhookEndpointRequest(receiver.Url, [WebhookEventTypes.OrderUpdated], $"bench {i}"));
            var endpoint = (await created.Content.ReadFromJsonAsync<WebhookSecretDto>())!;
            await receiver.SetAsync(new { secrets = new[] { endpoint.Secret } });
            receivers.Add((receiver, endpoint.EndpointId));
        }

        try
        {
            await using var bus = await TestBus.StartAsync(portal);
            var started = Stopwatch.GetTimestamp();
            // Published as an outbox relay publishes: many in flight at once, each confirmed by the broker.
            await Task.WhenAll(Enumerable.Range(0, Events).Select(i => bus.Bus.Publish(new OrderStatusChanged
            {
                AccountId = Kiruna, CompanyId = Demo.BorealisMining, OrderId = Guid.NewGuid(), OrderNumber = $"ORD-FAN-{i:0000}", Kind = "backordered",
                Detail = "Waiting for stock: line 1, 4 of PMP-1001 from 2026-12-20.", ProcessStatus = "Allocated", ValidationStatus = "Approved",
                PaymentStatus = "NotInvoiced",
            })));

            var published = Stopwatch.GetElapsedTime(started);
            var states = new List<WebhookReceiver.HookState>();
            foreach (var (receiver, _) in receivers)
            {
                states.Add(await receiver.WaitForEventsAsync(Events, TimeSpan.FromMinutes(5)));
            }

            var total = Stopwatch.GetElapsedTime(started);
            var delays = Sorted(states.SelectMany(s => s.Events.Select(e => (e.At - OccurredAt(e)).TotalMilliseconds)));
            output.WriteLine($"{Events:N0} events × {Endpoints} endpoints = {Events * Endpoints:N0} deliveries, verified by the receiver:");
            output.WriteLine($"  published in {published.TotalSeconds:0.00} s; all received {total.TotalSeconds:0.00} s after the first publish " +
                             $"({Events * Endpoints / total.TotalSeconds:0} deliveries/s)");
            output.WriteLine($"  event to receipt: {Describe(delays)}");
            output.WriteLine($"  deliveries received {states.Sum(s => s.Deliveries):N0} (a retry counts again), refused signatures {states.Sum(s => s.Refused)}");
            Assert.All(states, s => Assert.Equal(0, s.Refused));
        }
        finally
        {
            foreach (var (receiver, endpointId) in receivers)
            {
                using var _ = await manager.Http.DeleteAsync($"{hooks}/{endpointId}");
                receiver.Dispose();
            }
        }
    }

    private static DateTimeOffset OccurredAt(WebhookReceiver.ReceivedEvent received)
    {
        using var body = System.Text.Json.JsonDocument.Parse(received.Body);
        return body.RootElement.GetProperty("data").GetProperty("occurredAt").GetDateTimeOffset();
    }
}
