using System.Net;
using System.Net.Http.Json;
using System.Text;
using B2BPortal.Contracts.Carts;
using B2BPortal.Contracts.Erp;
using B2BPortal.Contracts.Orders;
using B2BPortal.Tests.Infrastructure;
using Refit;

namespace B2BPortal.Tests.Ordering;

/// <summary>
/// A buyer's cart becomes an order through the BFF: priced and checked while edited, checked out with a reference, date and
/// ship-to, stored with its price snapshot, sent to the ERP once however often the request is retried, and the cart emptied.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class CheckoutTests(PortalFixture portal)
{
    private static readonly Guid North = Demo.AcmePlantNorth;
    private static readonly string Cart = $"/api/v1/accounts/{North}/cart";

    private IErpSalesOrderApi Erp => RestService.ForGenerated<IErpSalesOrderApi>(new HttpClient { BaseAddress = portal.App.GetEndpoint("erp-simulator") });

    [Fact]
    public async Task A_buyer_fills_the_cart_sees_prices_and_stock_checks_out_and_the_order_keeps_the_prices_and_reaches_the_ERP()
    {
        using var buyer = await portal.SignInAsync(Demo.AcmeBuyer);
        await buyer.Http.DeleteAsync(Cart);
        await PutLineAsync(buyer, "PMP-1001", new SetCartLineRequest(2, "for line 3 spare", "HAM"));
        await PutLineAsync(buyer, "BRG-3001", new SetCartLineRequest(20));

        var view = (await buyer.Http.GetFromJsonAsync<CartViewDto>(Cart))!;
        Assert.Equal(["PMP-1001", "BRG-3001"], view.Cart.Lines.Select(l => l.Sku));
        var pump = view.Checks!.Lines.Single(l => l.Sku == "PMP-1001");
        Assert.Equal((1_680.00m, "Plant North pump programme"), (pump.Price!.UnitPrice, pump.Price.Explanation.ContractName));
        Assert.Contains(pump.Product!.Availability.Warehouses, w => w.Warehouse == "HAM" && w.Quantity > 0);
        Assert.Equal([("HAM", 2m)], pump.Allocations.Select(a => (a.Warehouse, a.Quantity)));
        Assert.DoesNotContain(view.Checks.Findings, f => f.Severity == FindingSeverities.Error);
        Assert.Equal(view.Checks.Lines.Sum(l => l.Price!.LineAmount), view.Checks.Totals.NetAmount);

        var reference = TestOrders.NewReference("CART");
        var date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10);
        using var checkout = await CheckoutAsync(buyer, new CheckoutRequest(reference, Demo.PlantNorthGoodsReceipt, date, CartVersion: view.Cart.Version));
        Assert.Equal(HttpStatusCode.Created, checkout.StatusCode);
        var order = (await checkout.Content.ReadFromJsonAsync<OrderDto>())!;

        Assert.Equal((reference, OrderSources.Cart, date, "Kiel"), (order.PurchaseOrderNumber, order.Source, order.RequestedDeliveryDate, order.ShipTo!.City));
        Assert.Equal(("Anna Buyer (Acme Plant North)", false), (order.PlacedBy.Name, order.PlacedBy.IsPartner));
        var line = order.Lines.Single(l => l.Sku == "PMP-1001");
        Assert.Equal((2m, "EA", "for line 3 spare", "HAM"), (line.Quantity, line.Unit, line.Note, line.RequestedWarehouse));
        Assert.Equal((1_680.00m, 3_360.00m, "contract", "Plant North pump programme"),
            (line.Price.UnitPrice, line.Price.LineAmount, line.Price.Source, line.Price.ContractName));
        Assert.Equal(order.Lines.Sum(l => l.Price.LineAmount), order.NetAmount);

        await Eventually.TrueAsync(async () => (await buyer.Http.GetFromJsonAsync<CartViewDto>(Cart))!.Cart.Lines.Count == 0,
            TimeSpan.FromSeconds(30), "the ordered cart to be emptied");
        var acknowledged = await Eventually.ReturnsAsync(async () =>
        {
            var current = await buyer.Http.GetFromJsonAsync<OrderDto>($"/api/v1/accounts/{North}/orders/{order.Id}");
            return current?.ErpOrderNumber is null ? null : current;
        }, TimeSpan.FromSeconds(60), "the ERP's sales order number");
        Assert.Single(await Erp.FindSalesOrdersAsync(order.Id));
        Assert.Equal((ProcessStates.Submitted, ValidationStates.Approved), (acknowledged.Status, acknowledged.ValidationStatus));
        using var admin = await portal.SignInAsync(Demo.AcmeAdmin);
        var submitted = Assert.Single(await admin.Http.RecordsOfAsync(Demo.AcmeIndustrial, order.Id.ToString()));
        Assert.Equal(("cart.submitted", order.Number, "Anna Buyer (Acme Plant North)"), (submitted.Action, submitted.Target, submitted.Actor.Name));
        Assert.Contains(submitted.Changes, c => (c.Field, c.After) == ("source", OrderSources.Cart));
    }

    [Fact]
    public async Task A_checkout_without_reference_and_address_gets_every_finding_at_once()
    {
        using var buyer = await portal.SignInAsync(Demo.AcmeBuyer);
        await buyer.Http.DeleteAsync(Cart);
        await PutLineAsync(buyer, "BRG-3001", new SetCartLineRequest(25));

        using var checkout = await CheckoutAsync(buyer, new CheckoutRequest(null, null, null));
        var problem = (await checkout.Content.ReadFromJsonAsync<FindingsProblem>())!;

        Assert.Equal(HttpStatusCode.UnprocessableEntity, checkout.StatusCode);
        Assert.Equal(
            [FindingCodes.PurchaseOrderRequired, FindingCodes.ShipToRequired, FindingCodes.PackSizeMultiple],
            problem.Findings.Where(f => f.Severity == FindingSeverities.Error).Select(f => f.Code));
        Assert.Contains("3 problems need your attention", problem.Detail);
        Assert.Single((await buyer.Http.GetFromJsonAsync<CartViewDto>(Cart))!.Cart.Lines);
    }

    [Fact]
    public async Task A_cart_changed_since_the_buyer_reviewed_it_is_not_ordered()
    {
        using var buyer = await portal.SignInAsync(Demo.AcmeBuyer);
        var reviewed = await PutLineAsync(buyer, "SEA-4001", new SetCartLineRequest(1));
        await PutLineAsync(buyer, "SEA-4001", new SetCartLineRequest(3));

        using var checkout = await CheckoutAsync(buyer,
            new CheckoutRequest(TestOrders.NewReference("STALE"), Demo.PlantNorthGoodsReceipt, null, CartVersion: reviewed.Version));

        Assert.Equal(HttpStatusCode.Conflict, checkout.StatusCode);
        Assert.Contains("Your cart changed after you reviewed it", await checkout.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Two_checkouts_of_one_cart_with_different_keys_give_one_order()
    {
        using var buyer = await portal.SignInAsync(Demo.AcmeBuyer);
        await buyer.Http.DeleteAsync(Cart);
        var cart = await PutLineAsync(buyer, "SEA-4001", new SetCartLineRequest(2));

        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            using var response = await CheckoutAsync(buyer, new CheckoutRequest(TestOrders.NewReference("DOUBLE"), Demo.PlantNorthGoodsReceipt, null));
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        var other = answers.Single(a => a.StatusCode != HttpStatusCode.Created);
        Assert.True(other.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity, other.Body);
        Assert.Matches("(already ordered as ORD-|cart is empty)", other.Body);
        Assert.True(cart.Version > 0);
    }

    [Fact]
    public async Task Twenty_concurrent_submissions_with_one_key_give_one_order_and_one_ERP_sales_order()
    {
        // A signed-in buyer: a partner's burst would meet the test BFF's small partner allowance (429) before the key is tested.
        using var approver = await portal.SignInAsync(Demo.AcmeApprover);
        var key = Guid.NewGuid().ToString();
        var order = TestOrders.Small(Demo.AcmeIndustrial, TestOrders.NewReference("BURST"));

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await OrderCalls.PlaceAsync(approver.Http, Demo.AcmeIndustrial, order, key);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
            return (response.StatusCode, Order: System.Text.Json.JsonSerializer.Deserialize<OrderDto>(body, System.Text.Json.JsonSerializerOptions.Web));
        }));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        var id = Assert.Single(answers.Select(a => a.Order!.Id).Distinct());
        var listed = (await approver.Http.GetFromJsonAsync<OrderListDto>($"/api/v1/accounts/{Demo.AcmeIndustrial}/orders?q={order.PurchaseOrderNumber}"))!;
        Assert.Equal([id], listed.Items.Select(o => o.Id));
        await Eventually.TrueAsync(async () => (await Erp.FindSalesOrdersAsync(id)).Count > 0, TimeSpan.FromSeconds(60), "the ERP's sales order");
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single(await Erp.FindSalesOrdersAsync(id));
    }

    [Fact]
    public async Task A_retry_that_writes_2_as_2_point_0_is_the_same_order_and_the_key_is_the_callers_own()
    {
        using var partner = await portal.PartnerAsync();
        using var buyer = await portal.SignInAsync(Demo.AcmeBuyer);
        var key = Guid.NewGuid().ToString();
        var reference = TestOrders.NewReference("SAME");
        string Body(string quantity) =>
            $$"""{"purchaseOrderNumber":"{{reference}}","shipToAddressId":"{{Demo.PlantNorthGoodsReceipt}}","lines":[{"sku":"SEA-4001","quantity":{{quantity}}}]}""";

        using var first = await PostRawAsync(partner, Body("2"), key);
        using var retry = await PostRawAsync(partner, Body("2.0"), key);
        using var otherCaller = await PostRawAsync(buyer.Http, Body("2"), key);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, retry.StatusCode));
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal((await first.Content.ReadFromJsonAsync<OrderDto>())!.Id, (await retry.Content.ReadFromJsonAsync<OrderDto>())!.Id);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherCaller.StatusCode);
        Assert.Contains(FindingCodes.PurchaseOrderDuplicate, await otherCaller.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_order_without_an_Idempotency_Key_is_refused_with_what_to_send()
    {
        using var partner = await portal.PartnerAsync();

        using var response = await partner.PostAsJsonAsync($"/api/v1/accounts/{Demo.AcmeIndustrial}/orders",
            TestOrders.Small(Demo.AcmeIndustrial, TestOrders.NewReference("NOKEY")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Send an Idempotency-Key header with every order", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_price_an_order_was_placed_at_stays_with_it_when_the_price_changes_later()
    {
        using var partner = await portal.PartnerAsync();
        var sku = B2BPortal.BuildingBlocks.DemoData.DemoCatalog.Products(portal.CatalogSize)
            .First(p => p.Category.Path == "parts/shafts" && !p.Discontinued).Sku;
        var order = await OrderCalls.PlacedAsync(partner, Demo.AcmeIndustrial,
            TestOrders.For(Demo.AcmeIndustrial, TestOrders.NewReference("SNAP"), new OrderLineRequest(sku, 1)));
        var ordered = order.Lines[0].Price.UnitPrice;

        var erp = RestService.ForGenerated<IErpAdminApi>(new HttpClient { BaseAddress = portal.App.GetEndpoint("erp-simulator") });
        await erp.SetListPriceAsync(new ErpListPriceSetting(sku, "EUR", ordered + 50m));
        await Eventually.TrueAsync(async () =>
            (await partner.GetFromJsonAsync<Contracts.Pricing.PriceDto>($"/api/v1/accounts/{Demo.AcmeIndustrial}/prices?sku={sku}"))!.UnitPrice == ordered + 50m,
            TimeSpan.FromSeconds(30), "the new list price");

        var later = (await partner.GetFromJsonAsync<OrderDto>($"/api/v1/accounts/{Demo.AcmeIndustrial}/orders/{order.Id}"))!;
        Assert.Equal((ordered, ordered, "list"), (later.Lines[0].Price.UnitPrice, later.NetAmount, later.Lines[0].Price.Source));
    }

    private static async Task<CartDto> PutLineAsync(BffSession session, string sku, SetCartLineRequest line)
    {
        using var response = await session.Http.PutAsJsonAsync($"{Cart}/lines/{sku}", line);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CartDto>())!;
    }

    private static async Task<HttpResponseMessage> CheckoutAsync(BffSession session, CheckoutRequest request)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/accounts/{North}/orders/checkout") { Content = JsonContent.Create(request) };
        message.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return await session.Http.SendAsync(message);
    }

    private static async Task<HttpResponseMessage> PostRawAsync(HttpClient http, string json, string key)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/accounts/{North}/orders")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        message.Headers.Add("Idempotency-Key", key);
        return await http.SendAsync(message);
    }
}
