using System.Net;
using System.Net.Http.Json;
using B2BPortal.Contracts.Erp;
using B2BPortal.Contracts.Orders;
using Refit;

namespace B2BPortal.Tests.Infrastructure;

/// <summary>
/// Orders followed through their life: placed as Acme's partner system through the BFF, moved on by an ERP user's steps in the
/// simulated ERP, and read back through the BFF until they show what the ERP did. Reads go through Acme's admin's session: a
/// partner is rate-limited, and polling would spend its allowance.
/// </summary>
public sealed class ErpLifecycle(PortalFixture portal, HttpClient partner, BffSession watcher) : IDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly HttpClient erpHttp = new() { BaseAddress = portal.App.GetEndpoint("erp-simulator") };

    public HttpClient Partner { get; } = partner;

    public IErpAdminApi Erp => RestService.For<IErpAdminApi>(erpHttp);

    public IErpSalesOrderApi SalesOrders => RestService.For<IErpSalesOrderApi>(erpHttp);

    public IOrderApi Orders => RestService.For<IOrderApi>(watcher.Http);

    public static async Task<ErpLifecycle> StartAsync(PortalFixture portal) =>
        new(portal, await portal.PartnerAsync(), await portal.SignInAsync(Demo.AcmeAdmin));

    /// <summary>Places an Acme order of these lines and waits for the ERP to acknowledge it.</summary>
    public async Task<OrderDto> PlaceAcknowledgedAsync(string what, params OrderLineRequest[] lines)
    {
        var placed = await OrderCalls.PlacedAsync(Partner, Demo.AcmeIndustrial,
            TestOrders.For(Demo.AcmeIndustrial, TestOrders.NewReference(what), lines.Length > 0 ? lines : [new OrderLineRequest("SEA-4001", 1)]));
        return await WaitForAsync(placed, o => o.ErpOrderNumber is not null, "the ERP's acknowledgement");
    }

    /// <summary>Takes an ERP user's step on the order's sales order (it must be accepted).</summary>
    public async Task StepAsync(OrderDto order, ErpSalesOrderStep step)
    {
        using var response = await Erp.TakeStepAsync(order.ErpOrderNumber!, step);
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"{step.Kind}: {(int)response.StatusCode} {response.ProblemText()}");
    }

    public async Task<OrderDto> GetAsync(OrderDto order) => (await Orders.GetOrderAsync(order.AccountId, order.Id)).Content!;

    public Task<OrderDto> WaitForAsync(OrderDto order, Func<OrderDto, bool> condition, string what) =>
        Eventually.ReturnsAsync(async () => await GetAsync(order) is { } now && condition(now) ? now : null, Patience, what);

    public async Task<decimal> NotYetInvoicedAsync() =>
        (await watcher.Http.GetFromJsonAsync<CreditStatusDto>($"/api/v1/accounts/{Demo.AcmeIndustrial}/credit"))!.NotYetInvoiced;

    public async Task<HttpResponseMessage> CancelAsync(OrderDto order, string? reason) =>
        await Partner.PostAsJsonAsync($"/api/v1/accounts/{order.AccountId}/orders/{order.Id}/cancellation", new CancelOrderRequest(reason));

    /// <summary>The ERP's outage knob, on for the duration of <paramref name="during"/>.</summary>
    public async Task WithErpDownAsync(Func<Task> during)
    {
        var faults = await Erp.GetFaultsAsync();
        await Erp.SetFaultsAsync(faults with { Outage = true });
        try
        {
            await during();
        }
        finally
        {
            await Erp.SetFaultsAsync(faults with { Outage = false });
        }
    }

    /// <summary>The ERP's changes to one portal order's sales order, from its feed, in order.</summary>
    public async Task<List<ErpSalesOrderChangeDto>> FeedOfAsync(Guid orderId)
    {
        var feed = RestService.For<IErpSalesOrderChangeApi>(erpHttp);
        var changes = new List<ErpSalesOrderChangeDto>();
        for (long after = 0; ;)
        {
            var page = await feed.GetChangesAsync(after, 1000);
            changes.AddRange(page.Where(c => c.PortalOrderId == orderId));
            if (page.Count < 1000)
            {
                return changes;
            }

            after = page[^1].Sequence;
        }
    }

    public static IEnumerable<(string? Axis, string? To)> StepsOn(OrderDto order, string axis) =>
        order.History.Where(h => h.Axis == axis).Select(h => (h.Axis, h.To));

    public void Dispose()
    {
        erpHttp.Dispose();
        Partner.Dispose();
        watcher.Dispose();
    }
}
