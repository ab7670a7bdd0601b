using System.Net.Http.Json;
using B2BPortal.BuildingBlocks.DemoData;
using B2BPortal.Contracts.Erp;
using B2BPortal.Contracts.Orders;
using B2BPortal.Tests.Infrastructure;
using Npgsql;
using Refit;

namespace B2BPortal.Tests.Ordering;

/// <summary>
/// Each finance and logistics finding through the BFF. Credit is the ERP's: the tests set it in the ERP simulator and wait for
/// the ERP adapter's credit feed to bring it to the Order service, as it would in production.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class FinanceAndLogisticsFindingTests(PortalFixture portal) : IAsyncLifetime
{
    private static readonly Guid Borealis = Demo.BorealisMining;
    private static readonly ErpCreditSetting BorealisCredit = new(100_000m, "EUR", 15_000m, OnHold: false, PaymentTerms: "Net 45");
    private BffSession buyer = null!;

    private IErpAdminApi Erp => RestService.ForGenerated<IErpAdminApi>(new HttpClient { BaseAddress = portal.App.GetEndpoint("erp-simulator") });

    public async Task InitializeAsync() => buyer = await portal.SignInAsync(Demo.BorealisBuyer);

    public Task DisposeAsync()
    {
        buyer.Dispose();
        return Task.CompletedTask;
    }

    private static PlaceOrderRequest Order(params OrderLineRequest[] lines) => TestOrders.For(Borealis, "PO-CREDIT", lines);

    [Fact]
    public async Task An_order_that_would_pass_the_credit_limit_is_refused_with_the_figures_and_whom_to_call()
    {
        var before = await CreditAsync();
        var limit = before.OpenReceivables + before.NotYetInvoiced + 100m;
        await SetCreditAsync(BorealisCredit with { CreditLimit = limit }, credit => credit.CreditLimit == limit);
        try
        {
            var refused = await OrderCalls.RefusedAsync(buyer.Http, Borealis, Order(new OrderLineRequest("SEA-4001", 10)));
            var finding = refused.Findings.Single(FindingCodes.CreditLimitExceeded);

            Assert.Equal((FindingLayers.Finance, null), (finding.Layer, finding.Line));
            Assert.Contains("This order (1,320.00 EUR) would take Borealis Mining's credit use to", finding.Message);
            Assert.Contains($"over its credit limit of {limit:#,0.00} EUR", finding.Message);
            Assert.Contains("Reduce the order by at least 1,220.00 EUR", finding.Message);
            Assert.Contains("credit.control@manufacturer.example", finding.Message);
            await OrderCalls.PlacedAsync(buyer.Http, Borealis, Order(new OrderLineRequest("GSK-100009", 1)) with { PurchaseOrderNumber = null });
        }
        finally
        {
            await SetCreditAsync(BorealisCredit, credit => credit.CreditLimit == BorealisCredit.CreditLimit);
        }
    }

    [Fact]
    public async Task Orders_sent_at_once_that_each_fit_but_not_together_are_placed_only_as_far_as_the_limit_goes()
    {
        var order = Order(new OrderLineRequest("SEA-4001", 10)) with { PurchaseOrderNumber = null };
        var before = await CreditAsync();
        // Room for two orders of 1,320 EUR, not for three.
        var limit = before.OpenReceivables + before.NotYetInvoiced + 3_000m;
        await SetCreditAsync(BorealisCredit with { CreditLimit = limit }, credit => credit.CreditLimit == limit);
        try
        {
            var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
            {
                using var response = await OrderCalls.PlaceAsync(buyer.Http, Borealis, order);
                return response.StatusCode;
            }));
            var after = await CreditAsync();

            Assert.Equal((2, 6), (answers.Count(s => s == System.Net.HttpStatusCode.Created),
                answers.Count(s => s == System.Net.HttpStatusCode.UnprocessableEntity)));
            Assert.Equal(before.NotYetInvoiced + 2 * 1_320m, after.NotYetInvoiced);
        }
        finally
        {
            await SetCreditAsync(BorealisCredit, credit => credit.CreditLimit == BorealisCredit.CreditLimit);
        }
    }

    [Fact]
    public async Task A_credit_hold_set_in_the_ERP_blocks_the_next_order_within_seconds_and_lifting_it_lets_orders_through()
    {
        await Erp.SetCreditAsync(Borealis, BorealisCredit with { OnHold = true, HoldReason = "invoice 2026-4711 is 60 days overdue" });
        try
        {
            var started = DateTime.UtcNow;
            var finding = await Eventually.ReturnsAsync(async () =>
            {
                using var response = await OrderCalls.PlaceAsync(buyer.Http, Borealis, Order(new OrderLineRequest("SEA-4001", 1)));
                return response.StatusCode == System.Net.HttpStatusCode.UnprocessableEntity
                    ? (await response.Content.ReadFromJsonAsync<FindingsProblem>())!.Findings.FirstOrDefault(f => f.Code == FindingCodes.CreditHold)
                    : null;
            }, TimeSpan.FromSeconds(15), "an order to be refused for the credit hold");

            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(15));
            Assert.Contains("Borealis Mining is on credit hold in our ERP (invoice 2026-4711 is 60 days overdue)", finding.Message);
            Assert.Contains("call Credit control, +49 40 555 0100", finding.Message);
        }
        finally
        {
            await SetCreditAsync(BorealisCredit, credit => !credit.OnHold);
        }

        await OrderCalls.PlacedAsync(buyer.Http, Borealis, Order(new OrderLineRequest("SEA-4001", 1)));
    }

    [Fact]
    public async Task Without_credit_information_from_the_ERP_no_order_can_be_placed()
    {
        await using (var db = new NpgsqlConnection(portal.ServiceDatabases["orderdb"]))
        {
            await db.OpenAsync();
            await using var delete = new NpgsqlCommand($"DELETE FROM ordering.credit_accounts WHERE company_id = '{Borealis}'", db);
            await delete.ExecuteNonQueryAsync();
        }

        try
        {
            var finding = (await OrderCalls.RefusedAsync(buyer.Http, Borealis, Order(new OrderLineRequest("SEA-4001", 1)))).Findings
                .Single(FindingCodes.CreditUnavailable);

            Assert.Contains("The ERP has not told the portal Borealis Mining's credit yet", finding.Message);
        }
        finally
        {
            await SetCreditAsync(BorealisCredit, _ => true);
        }
    }

    [Fact]
    public async Task Credit_kept_in_another_currency_than_the_order_cannot_be_checked_and_says_so()
    {
        await SetCreditAsync(BorealisCredit with { Currency = "SEK", CreditLimit = 1_000_000m }, credit => credit.Currency == "SEK");
        try
        {
            var finding = (await OrderCalls.RefusedAsync(buyer.Http, Borealis, Order(new OrderLineRequest("SEA-4001", 1)))).Findings
                .Single(FindingCodes.CreditCurrency);

            Assert.Contains("priced in EUR but Borealis Mining's credit is kept in SEK", finding.Message);
        }
        finally
        {
            await SetCreditAsync(BorealisCredit, credit => credit.Currency == "EUR");
        }
    }

    [Fact]
    public async Task Lines_priced_in_two_currencies_cannot_be_one_order()
    {
        var sku = DemoCatalog.Products(portal.CatalogSize).First(p => p.Category.Path == "parts/gaskets" && !p.Discontinued && p.Sku != "GSK-100009").Sku;
        await Erp.SetListPriceAsync(new ErpListPriceSetting(sku, "USD", 40m));
        try
        {
            await Eventually.TrueAsync(async () =>
                (await OrderCalls.PreviewAsync(buyer.Http, Borealis, Order(new OrderLineRequest(sku, 1)))).Lines[0].Price?.Currency == "USD",
                TimeSpan.FromSeconds(30), $"{sku} to be priced in USD");

            var finding = (await OrderCalls.RefusedAsync(buyer.Http, Borealis, Order(new OrderLineRequest("SEA-4001", 1), new OrderLineRequest(sku, 1))))
                .Findings.Single(FindingCodes.MixedCurrencies);

            Assert.Contains("priced in EUR and USD", finding.Message);
        }
        finally
        {
            await Erp.SetListPriceAsync(new ErpListPriceSetting(sku, "EUR", 40m));
        }
    }

    [Fact]
    public async Task A_warehouse_code_that_does_not_exist_is_refused_naming_the_real_ones()
    {
        var finding = (await OrderCalls.RefusedAsync(buyer.Http, Borealis, Order(new OrderLineRequest("SEA-4001", 1, Warehouse: "XYZ"))))
            .Findings.Single(FindingCodes.UnknownWarehouse);

        Assert.Equal((FindingLayers.Logistics, 1, "lines[0].warehouse"), (finding.Layer, finding.Line, finding.Field));
        Assert.Contains("HAM (Hamburg), LYS (Lyon), POZ (Poznań)", finding.Message);
    }

    [Fact]
    public async Task A_warehouse_that_does_not_ship_to_the_addresses_country_is_refused_with_one_that_does()
    {
        var finding = (await OrderCalls.RefusedAsync(buyer.Http, Borealis, Order(new OrderLineRequest("SEA-4001", 1, Warehouse: "LYS"))))
            .Findings.Single(FindingCodes.WarehouseCannotShip);

        Assert.Contains("Lyon does not ship to Sweden (SE). Choose Hamburg, or best available.", finding.Message);
    }

    [Fact]
    public async Task An_address_no_warehouse_ships_to_is_refused()
    {
        using var partner = await portal.PartnerAsync();
        var order = TestOrders.For(Demo.AcmePlantSouth, TestOrders.NewReference("EXPORT"), new OrderLineRequest("SEA-4001", 1))
            with { ShipToAddressId = Demo.TangierConsolidation };

        var finding = (await OrderCalls.RefusedAsync(partner, Demo.AcmePlantSouth, order)).Findings.Single(FindingCodes.NoWarehouseShipsThere);

        Assert.Contains("none of our warehouses ships to Morocco (MA)", finding.Message);
    }

    [Fact]
    public async Task A_requested_date_inside_the_lead_time_is_refused_with_the_earliest_date_offered()
    {
        using var partner = await portal.PartnerAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var order = TestOrders.For(Demo.AcmePlantNorth, TestOrders.NewReference("SOON"), new OrderLineRequest("SEA-4001", 1, Warehouse: "HAM"))
            with { RequestedDeliveryDate = today.AddDays(1) };

        var finding = (await OrderCalls.RefusedAsync(partner, Demo.AcmePlantNorth, order)).Findings.Single(FindingCodes.RequestedDateTooEarly);

        Assert.Equal(today.AddDays(2), finding.SuggestedDate);
        Assert.Contains($"The earliest delivery to Kiel, Germany (DE) is {today.AddDays(2):yyyy-MM-dd} (Line 1 (SEA-4001) from Hamburg)", finding.Message);
        await OrderCalls.PlacedAsync(partner, Demo.AcmePlantNorth, order with { RequestedDeliveryDate = finding.SuggestedDate });
    }

    [Fact]
    public async Task More_than_a_pallet_that_is_not_whole_pallets_is_a_warning_with_full_pallets_offered()
    {
        using var partner = await portal.PartnerAsync();

        var preview = await OrderCalls.PreviewAsync(partner, Demo.AcmePlantNorth,
            TestOrders.For(Demo.AcmePlantNorth, TestOrders.NewReference("PALLET"), new OrderLineRequest("VLV-2001", 30)));

        var warning = preview.Findings.Single(FindingCodes.PartialPallet);
        Assert.Equal((FindingSeverities.Warning, 48m), (warning.Severity, warning.SuggestedQuantity));
        Assert.Contains("30 EA is 1.25 pallets of 24; 48 fills 2 whole pallets", warning.Message);
        Assert.True(preview.CanSubmit);
    }

    [Fact]
    public async Task Best_available_splits_a_line_over_warehouses_when_the_nearest_lacks_stock_and_says_so()
    {
        using var partner = await portal.PartnerAsync();

        var preview = await OrderCalls.PreviewAsync(partner, Demo.AcmePlantNorth,
            TestOrders.For(Demo.AcmePlantNorth, TestOrders.NewReference("SPLIT"), new OrderLineRequest("PMP-1001", 14)));

        Assert.Equal([("HAM", 12m, false), ("LYS", 2m, false)], preview.Lines[0].Allocations.Select(a => (a.Warehouse, a.Quantity, a.Backorder)));
        var warning = preview.Findings.Single(FindingCodes.SplitShipment);
        Assert.Contains("ships from 2 warehouses: 12 from Hamburg", warning.Message);
        Assert.Contains("2 from Lyon", warning.Message);
    }

    private async Task<CreditStatusDto> CreditAsync() =>
        (await buyer.Http.GetFromJsonAsync<CreditStatusDto>($"/api/v1/accounts/{Borealis}/credit"))!;

    /// <summary>Sets the credit in the ERP and waits until the Order service has it (through the ERP adapter's credit feed).</summary>
    private async Task SetCreditAsync(ErpCreditSetting setting, Func<CreditStatusDto, bool> arrived)
    {
        var changedBefore = (await TryCreditAsync())?.AsOf;
        await Erp.SetCreditAsync(Borealis, setting);
        await Eventually.TrueAsync(async () => await TryCreditAsync() is { } credit && credit.AsOf != changedBefore && arrived(credit),
            TimeSpan.FromSeconds(30), "the ERP's credit change to reach the Order service");
    }

    private async Task<CreditStatusDto?> TryCreditAsync()
    {
        using var response = await buyer.Http.GetAsync($"/api/v1/accounts/{Borealis}/credit");
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<CreditStatusDto>() : null;
    }
}
