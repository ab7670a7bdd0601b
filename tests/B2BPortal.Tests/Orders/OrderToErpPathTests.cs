using System.Net;
using System.Net.Http.Json;
using B2BPortal.Contracts.Erp;
using B2BPortal.Contracts.Orders;
using B2BPortal.Tests.Infrastructure;
using Refit;

namespace B2BPortal.Tests.Orders;

/// <summary>
/// Order → OrderSubmitted → ErpAdapter → ErpSimulator → ErpOrderAcknowledged → Order, across real processes,
/// called through the BFF as Acme's partner system.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class OrderToErpPathTests(PortalFixture portal) : IAsyncLifetime
{
    private static readonly Guid Acme = Demo.AcmeIndustrial;
    private static readonly Guid Borealis = Demo.BorealisMining;
    private string partnerToken = "";

    private IOrderApi OrderApi => RestService.ForGenerated<IOrderApi>(Partner());

    public async Task InitializeAsync() => partnerToken = await portal.ClientCredentialsTokenAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private HttpClient Partner() => new()
    {
        BaseAddress = portal.BffUrl,
        DefaultRequestHeaders = { Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", partnerToken) },
    };

    [Fact]
    public async Task An_order_placed_through_the_BFF_gets_its_ERP_order_number()
    {
        var placed = await OrderApi.PlaceOrderAsync(Acme, NewOrder(TestOrders.NewReference("ERP")), Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var order = placed.Content!;
        Assert.Equal(ProcessStates.Submitted, order.Status);
        Assert.StartsWith("ORD-", order.Number);

        var acknowledged = await WaitForErpAsync(Acme, order.Id);

        Assert.Equal(ProcessStates.Submitted, acknowledged.Status);
        Assert.Contains(acknowledged.History, step => step.Kind == "erp-acknowledged" && step.Actor.Kind == "erp");
        Assert.StartsWith("SO-", acknowledged.ErpOrderNumber);
        var erp = RestService.ForGenerated<IErpSalesOrderApi>(new HttpClient { BaseAddress = portal.App.GetEndpoint("erp-simulator") });
        var salesOrder = await erp.GetSalesOrderAsync(acknowledged.ErpOrderNumber!);
        Assert.Equal(order.Id, salesOrder.PortalOrderId);
    }

    [Fact]
    public async Task Repeating_a_request_with_its_Idempotency_Key_answers_the_first_order_and_creates_no_other()
    {
        var key = Guid.NewGuid().ToString();
        var request = NewOrder(TestOrders.NewReference("RETRY"));

        var first = await OrderApi.PlaceOrderAsync(Acme, request, key);
        var again = await OrderApi.PlaceOrderAsync(Acme, request, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(first.Content!.Id, again.Content!.Id);
        var withThatReference = (await OrderApi.ListOrdersAsync(Acme, q: request.PurchaseOrderNumber)).Items;
        Assert.Equal([first.Content.Id], withThatReference.Select(o => o.Id));
    }

    [Fact]
    public async Task Reusing_an_Idempotency_Key_for_different_contents_is_a_409_problem()
    {
        var key = Guid.NewGuid().ToString();
        await OrderApi.PlaceOrderAsync(Acme, NewOrder(TestOrders.NewReference("A")), key);

        using var response = await PostOrderAsync(Acme, NewOrder(TestOrders.NewReference("B")), key);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_invalid_order_gets_a_problem_that_names_each_bad_field()
    {
        using var response = await PostOrderAsync(Acme, new PlaceOrderRequest([new OrderLineRequest("", 0)], "PO"), Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<FindingsProblem>();
        Assert.Contains(problem!.Findings, f => f.Field == "lines[0].sku" && f.Code == FindingCodes.SkuInvalid);
        Assert.Contains(problem.Findings, f => f.Field == "lines[0].quantity" && f.Code == FindingCodes.QuantityInvalid);
    }

    [Fact]
    public async Task Malformed_JSON_gets_a_400_problem_not_a_500()
    {
        using var http = Partner();
        using var body = new StringContent("{\"lines\": [", System.Text.Encoding.UTF8, "application/json");

        using var response = await http.PostAsync($"/api/v1/accounts/{Acme}/orders", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Another_accounts_order_answers_404_like_a_missing_one()
    {
        var placed = await OrderApi.PlaceOrderAsync(Acme, NewOrder(TestOrders.NewReference("PRIVATE")), Guid.NewGuid().ToString());

        var fromBorealis = await OrderApi.GetOrderAsync(Borealis, placed.Content!.Id);
        var missing = await OrderApi.GetOrderAsync(Acme, Guid.NewGuid());

        Assert.Equal(HttpStatusCode.NotFound, fromBorealis.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task An_order_the_ERP_refuses_ends_rejected_with_the_ERPs_reason_and_no_longer_uses_credit()
    {
        var admin = RestService.ForGenerated<IErpAdminApi>(new HttpClient { BaseAddress = portal.App.GetEndpoint("erp-simulator") });
        var faults = await admin.GetFaultsAsync();
        // The ERP answers after half a second, so the credit used while the order waits for it is read before the rejection.
        await admin.SetFaultsAsync(faults with { BlockedItems = ["SEA-4001"], LatencyMilliseconds = 500 });
        try
        {
            var before = await NotYetInvoicedAsync();
            var placed = await OrderApi.PlaceOrderAsync(Acme, TestOrders.Small(Acme, TestOrders.NewReference("BLOCKED")), Guid.NewGuid().ToString());
            Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
            var whilePlaced = await NotYetInvoicedAsync();

            var rejected = await Eventually.ReturnsAsync(async () =>
            {
                var current = (await OrderApi.GetOrderAsync(Acme, placed.Content!.Id)).Content;
                return current?.Status == ProcessStates.Cancelled ? current : null;
            }, TimeSpan.FromSeconds(60), "the order to be rejected");

            Assert.Null(rejected.ErpOrderNumber);
            Assert.Contains("blocked for sale", rejected.CancellationReason);
            Assert.Equal((before + placed.Content!.NetAmount, before), (whilePlaced, await NotYetInvoicedAsync()));
        }
        finally
        {
            await admin.SetFaultsAsync(faults);
        }
    }

    [Fact]
    public async Task The_ERP_answers_a_repeated_create_with_the_same_sales_order()
    {
        var erp = RestService.ForGenerated<IErpSalesOrderApi>(new HttpClient { BaseAddress = portal.App.GetEndpoint("erp-simulator") });
        var request = new CreateSalesOrderRequest(Guid.NewGuid(), "ORD-TEST", Acme, null, [new SalesOrderLine("PMP-1001", 1) { Warehouse = "HAM" }]);
        var key = Guid.NewGuid().ToString();

        var first = await erp.CreateSalesOrderAsync(request, key);
        var second = await erp.CreateSalesOrderAsync(request, key);

        Assert.Equal(first.SalesOrderNumber, second.SalesOrderNumber);
    }

    [Fact]
    public async Task An_unknown_API_route_is_a_404_problem_and_the_BFF_is_healthy()
    {
        using var http = Partner();

        using var unknown = await http.GetAsync("/api/v1/no-such-thing");
        using var health = await http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private static PlaceOrderRequest NewOrder(string purchaseOrder) =>
        TestOrders.For(Acme, purchaseOrder, new OrderLineRequest("PMP-1001", 2), new OrderLineRequest("SEA-4001", 4));

    private async Task<HttpResponseMessage> PostOrderAsync(Guid accountId, PlaceOrderRequest request, string key)
    {
        using var http = Partner();
        using var message = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/accounts/{accountId}/orders")
        {
            Content = JsonContent.Create(request),
        };
        message.Headers.Add("Idempotency-Key", key);
        return await http.SendAsync(message);
    }

    private Task<OrderDto> WaitForErpAsync(Guid accountId, Guid orderId) =>
        Eventually.ReturnsAsync(async () =>
        {
            var current = (await OrderApi.GetOrderAsync(accountId, orderId)).Content;
            return current?.ErpOrderNumber is null ? null : current;
        }, TimeSpan.FromSeconds(60), $"order {orderId} to get its ERP order number");

    private sealed record FindingsProblem(string Title, int Status, List<OrderFindingDto> Findings);

    private async Task<decimal> NotYetInvoicedAsync() =>
        (await Partner().GetFromJsonAsync<CreditStatusDto>($"/api/v1/accounts/{Acme}/credit"))!.NotYetInvoiced;
}
