using System.Diagnostics;
using Aspire.Hosting.ApplicationModel;
using B2BPortal.Contracts.Orders;
using B2BPortal.LocalServers.RabbitMq.DeadLetters;
using B2BPortal.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace B2BPortal.Tests.Orders;

/// <summary>
/// The ERP is down for two minutes (<c>B2B_ERP_OUTAGE_SECONDS</c>) while orders keep coming: each waits in the ERP adapter and
/// reaches the ERP exactly once when it is back; none is dead-lettered, parked or lost.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ErpOutageTests(PortalFixture portal, ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("B2B_ERP_OUTAGE_SECONDS"), out var seconds) ? seconds : 120);

    private static readonly TimeSpan Between = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Orders_placed_during_an_ERP_outage_reach_the_ERP_exactly_once_when_it_is_back_and_none_is_dead_lettered()
    {
        using var life = await ErpLifecycle.StartAsync(portal);
        var placed = new List<OrderDto>();
        var clock = Stopwatch.StartNew();
        await life.WithErpDownAsync(async () =>
        {
            while (clock.Elapsed < Outage)
            {
                placed.Add(await PlaceAsync(life));
                await Task.Delay(Between);
            }

            foreach (var order in placed)
            {
                Assert.Null((await life.GetAsync(order)).ErpOrderNumber);
            }
        });
        var back = clock.Elapsed;
        placed.Add(await PlaceAsync(life));

        var acknowledged = new List<OrderDto>();
        foreach (var order in placed)
        {
            acknowledged.Add(await Eventually.ReturnsAsync(async () => await life.GetAsync(order) is { ErpOrderNumber: not null } seen ? seen : null,
                TimeSpan.FromMinutes(3), $"the ERP to acknowledge {order.Number}"));
        }

        var drained = clock.Elapsed - back;

        foreach (var order in acknowledged)
        {
            var salesOrders = await life.SalesOrders.FindSalesOrdersAsync(order.Id);
            Assert.Equal([order.ErpOrderNumber], salesOrders.Select(s => s.SalesOrderNumber));
        }

        Assert.Equal(0, await ParkedCommandsAsync(placed));
        Assert.Empty(await DeadLettersAboutAsync(placed));
        output.WriteLine($"{placed.Count} orders, {placed.Count - 1} during a {Outage.TotalSeconds:0} s outage; all acknowledged {drained.TotalSeconds:0.0} s after the ERP was back.");
    }

    private static Task<OrderDto> PlaceAsync(ErpLifecycle life) =>
        OrderCalls.PlacedAsync(life.Partner, Demo.AcmeIndustrial, TestOrders.Small(Demo.AcmeIndustrial, TestOrders.NewReference("OUTAGE")));

    private async Task<long> ParkedCommandsAsync(IEnumerable<OrderDto> orders)
    {
        await using var connection = new NpgsqlConnection(portal.ServiceDatabases["erpadapterdb"]);
        await connection.OpenAsync();
        await using var parked = new NpgsqlCommand(
            "SELECT count(*) FROM erp_adapter.erp_commands WHERE outcome LIKE 'parked%' AND subject = ANY(@subjects)", connection);
        parked.Parameters.AddWithValue("subjects", orders.Select(o => $"order:{o.Id}").ToArray());
        return (long)(await parked.ExecuteScalarAsync())!;
    }

    private async Task<List<DeadLetter>> DeadLettersAboutAsync(IEnumerable<OrderDto> orders)
    {
        var ids = orders.Select(o => o.Id.ToString()).ToHashSet();
        var broker = portal.App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(r => r.Name == "messaging");
        var letters = new List<DeadLetter>();
        foreach (var queue in await broker.Annotations.OfType<DeadLetterQueuesAnnotation>().Single().Queues.ListAsync(CancellationToken.None))
        {
            letters.AddRange((await new DeadLetterBroker(portal.RabbitMqUri).ListAsync(queue, CancellationToken.None))
                .Where(l => ids.Any(id => l.Body?.Contains(id, StringComparison.Ordinal) == true || l.ExceptionMessage?.Contains(id, StringComparison.Ordinal) == true)));
        }

        return letters;
    }
}
