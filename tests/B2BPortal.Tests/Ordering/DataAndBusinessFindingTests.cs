using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Orders;
using B2BPortal.Tests.Infrastructure;

namespace B2BPortal.Tests.Ordering;

/// <summary>
/// Each data-integrity and business finding, provoked through the BFF as Acme's partner system (and a Borealis buyer where the
/// account matters): its code, layer, line and a message that says what to do.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class DataAndBusinessFindingTests(PortalFixture portal) : IAsyncLifetime
{
    private static readonly Guid Acme = Demo.AcmeIndustrial;
    private HttpClient partner = null!;

    public async Task InitializeAsync() => partner = await portal.PartnerAsync();

    public Task DisposeAsync()
    {
        partner.Dispose();
        return Task.CompletedTask;
    }

    private static PlaceOrderRequest Order(params OrderLineRequest[] lines) => TestOrders.For(Acme, TestOrders.NewReference("CHECK"), lines);

    private async Task<OrderFindingDto> FindingAsync(object order, string code, Guid? account = null) =>
        (await OrderCalls.RefusedAsync(partner, account ?? Acme, order)).Findings.Single(code);

    [Fact]
    public async Task An_order_without_lines_is_refused()
    {
        var finding = await FindingAsync(Order(), FindingCodes.LinesRequired);

        Assert.Equal((FindingLayers.DataIntegrity, FindingSeverities.Error, "lines"), (finding.Layer, finding.Severity, finding.Field));
        Assert.Contains("Add at least one product", finding.Message);
    }

    [Fact]
    public async Task An_order_of_more_than_5000_lines_is_refused_and_says_to_split_it()
    {
        var lines = Enumerable.Range(0, LineRules.MaxLines + 1).Select(_ => new OrderLineRequest("SEA-4001", 1)).ToArray();

        var finding = await FindingAsync(Order(lines), FindingCodes.TooManyLines);

        Assert.Contains("5,001 lines", finding.Message);
        Assert.Contains("Split it", finding.Message);
    }

    [Fact]
    public async Task A_line_without_a_SKU_and_a_quantity_with_four_decimals_are_each_named()
    {
        var problem = await OrderCalls.RefusedAsync(partner, Acme, Order(new OrderLineRequest("SEA-4001", 1), new OrderLineRequest("", 2),
            new OrderLineRequest("SEA-4001", 1.2345m)));

        var sku = problem.Findings.Single(FindingCodes.SkuInvalid);
        var quantity = problem.Findings.Single(FindingCodes.QuantityInvalid);
        Assert.Equal((2, "lines[1].sku"), (sku.Line, sku.Field));
        Assert.Equal((3, "lines[2].quantity"), (quantity.Line, quantity.Field));
        Assert.Contains("at most 3 decimals", quantity.Message);
        Assert.Contains("2 problems need your attention", problem.Detail);
    }

    [Fact]
    public async Task A_line_note_longer_than_its_column_is_refused()
    {
        var finding = await FindingAsync(Order(new OrderLineRequest("SEA-4001", 1, Note: new string('n', LineRules.MaxNoteLength + 1))), FindingCodes.NoteTooLong);

        Assert.Equal((1, "lines[0].note"), (finding.Line, finding.Field));
        Assert.Contains("at most 500 characters", finding.Message);
    }

    [Fact]
    public async Task Acme_requires_a_purchase_order_reference_and_says_what_one_looks_like()
    {
        var finding = await FindingAsync(Order(new OrderLineRequest("SEA-4001", 1)) with { PurchaseOrderNumber = null }, FindingCodes.PurchaseOrderRequired);

        Assert.Equal("purchaseOrderNumber", finding.Field);
        Assert.Contains("Acme Industrial requires one", finding.Message);
        Assert.Contains("like PO-4711", finding.Message);
    }

    [Fact]
    public async Task A_reference_no_longer_required_applies_to_Acmes_next_order_and_again_once_required()
    {
        using var admin = await portal.SignInAsync(Demo.AcmeAdmin);
        var withoutReference = Order(new OrderLineRequest("SEA-4001", 1)) with { PurchaseOrderNumber = null };
        async Task<bool> RequiredAsync() => (await OrderCalls.PreviewAsync(partner, Acme, withoutReference)).Findings
            .Any(f => f.Code == FindingCodes.PurchaseOrderRequired);
        Assert.True(await RequiredAsync());

        await SetReferenceRequiredAsync(admin.Http, false);
        try
        {
            await Eventually.TrueAsync(async () => !await RequiredAsync(), TimeSpan.FromSeconds(10), "an order without a reference passing");
        }
        finally
        {
            await SetReferenceRequiredAsync(admin.Http, true);
        }

        await Eventually.TrueAsync(RequiredAsync, TimeSpan.FromSeconds(10), "the reference required again");
    }

    private static async Task SetReferenceRequiredAsync(HttpClient admin, bool required)
    {
        using var response = await admin.PutAsJsonAsync($"/api/v1/accounts/{Acme}/ordering-settings", new OrderingSettingsDto(
            required, "^PO-[A-Z0-9-]{2,32}$", "PO- followed by capital letters, digits or dashes, like PO-4711", UniquePurchaseOrders: true,
            AllowBackorders: false));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("po 4711")]
    [InlineData("PO-THIS-REFERENCE-IS-FAR-LONGER-THAN-EDI-ALLOWS")]
    public async Task A_reference_not_in_Acmes_format_is_refused_with_the_format_in_words(string reference)
    {
        var finding = await FindingAsync(Order(new OrderLineRequest("SEA-4001", 1)) with { PurchaseOrderNumber = reference }, FindingCodes.PurchaseOrderFormat);

        Assert.Equal("purchaseOrderNumber", finding.Field);
        Assert.Matches("(capital letters, digits or dashes|letters, digits, spaces)", finding.Message);
    }

    [Fact]
    public async Task A_reference_holding_a_control_character_is_refused_by_the_input_policy_naming_the_field_and_the_character()
    {
        using var response = await OrderCalls.PlaceAsync(partner, Acme, Order(new OrderLineRequest("SEA-4001", 1)) with { PurchaseOrderNumber = "PO-47\u000111" });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("purchaseOrderNumber", problem.GetProperty("field").GetString());
        Assert.Contains("U+0001", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_reference_Acme_used_before_is_refused_naming_the_order_that_has_it()
    {
        var first = await OrderCalls.PlacedAsync(partner, Acme, TestOrders.Small(Acme, TestOrders.NewReference("TWICE")));

        var finding = await FindingAsync(TestOrders.Small(Acme, first.PurchaseOrderNumber!), FindingCodes.PurchaseOrderDuplicate);

        Assert.Contains(first.Number, finding.Message);
        Assert.Contains("uses each reference once", finding.Message);
    }

    [Fact]
    public async Task Borealis_may_use_a_reference_twice_and_order_without_one()
    {
        using var buyer = await portal.SignInAsync(Demo.BorealisBuyer);

        await OrderCalls.PlacedAsync(buyer.Http, Demo.BorealisMining, TestOrders.Small(Demo.BorealisMining, "PO-SAME"));
        await OrderCalls.PlacedAsync(buyer.Http, Demo.BorealisMining, TestOrders.Small(Demo.BorealisMining, "PO-SAME"));
        await OrderCalls.PlacedAsync(buyer.Http, Demo.BorealisMining, TestOrders.Small(Demo.BorealisMining, "PO-SAME") with { PurchaseOrderNumber = null });
    }

    [Fact]
    public async Task A_VAT_id_in_no_known_format_is_refused_and_a_well_formed_one_is_kept()
    {
        var finding = await FindingAsync(TestOrders.Small(Acme, TestOrders.NewReference("VAT")) with { VatId = "DE12" }, FindingCodes.VatIdFormat);
        var placed = await OrderCalls.PlacedAsync(partner, Acme, TestOrders.Small(Acme, TestOrders.NewReference("VAT")) with { VatId = "de 123 456 789" });

        Assert.Equal("vatId", finding.Field);
        Assert.Contains("DE123456789", finding.Message);
        Assert.Equal("DE123456789", placed.VatId);
    }

    [Fact]
    public async Task A_requested_date_in_the_past_is_refused_with_today_offered()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var finding = await FindingAsync(TestOrders.Small(Acme, TestOrders.NewReference("PAST")) with { RequestedDeliveryDate = today.AddDays(-1) },
            FindingCodes.RequestedDateInPast);

        Assert.Equal(("requestedDeliveryDate", today), (finding.Field, finding.SuggestedDate));
        Assert.Contains("has passed", finding.Message);
    }

    [Fact]
    public async Task An_order_needs_a_ship_to_address_of_the_account_and_another_companys_is_not_one()
    {
        var missing = await FindingAsync(TestOrders.Small(Acme, TestOrders.NewReference("SHIP")) with { ShipToAddressId = null }, FindingCodes.ShipToRequired);
        var foreign = await FindingAsync(TestOrders.Small(Acme, TestOrders.NewReference("SHIP")) with { ShipToAddressId = Demo.BorealisHeadOffice },
            FindingCodes.ShipToUnknown);

        Assert.Equal("shipToAddressId", missing.Field);
        Assert.Contains("Acme head office", foreign.Message);
        Assert.DoesNotContain("Borealis", foreign.Message);
    }

    [Fact]
    public async Task A_unit_may_ship_to_its_parents_address()
    {
        var placed = await OrderCalls.PlacedAsync(partner, Demo.AcmePlantNorth,
            TestOrders.Small(Demo.AcmePlantNorth, TestOrders.NewReference("PARENT")) with { ShipToAddressId = Demo.AcmeHeadOffice });

        Assert.Equal(("Acme head office", "Frankfurt am Main"), (placed.ShipTo!.Label, placed.ShipTo.City));
    }

    [Fact]
    public async Task An_unknown_SKU_is_refused_as_not_in_your_catalog()
    {
        var finding = await FindingAsync(Order(new OrderLineRequest("SEA-4001", 1), new OrderLineRequest("NOPE-999", 2)), FindingCodes.UnknownSku);

        Assert.Equal((FindingLayers.Business, 2, "NOPE-999"), (finding.Layer, finding.Line, finding.Sku));
        Assert.Contains("Line 2 (NOPE-999): there is no product NOPE-999 in your catalog", finding.Message);
    }

    [Fact]
    public async Task Another_companys_customer_specific_SKU_reads_exactly_like_an_unknown_one()
    {
        using var borealis = await portal.SignInAsync(Demo.BorealisBuyer);
        var account = Demo.BorealisMining;

        var skid = (await OrderCalls.RefusedAsync(borealis.Http, account, TestOrders.For(account, "PO-SKID", new OrderLineRequest("CUS-7001", 1))))
            .Findings.Single(FindingCodes.UnknownSku);
        var unknown = (await OrderCalls.RefusedAsync(borealis.Http, account, TestOrders.For(account, "PO-SKID", new OrderLineRequest("CUS-7999", 1))))
            .Findings.Single(FindingCodes.UnknownSku);

        Assert.Equal(unknown.Message.Replace("CUS-7999", "{sku}"), skid.Message.Replace("CUS-7001", "{sku}"));
    }

    [Fact]
    public async Task A_standard_product_outside_the_assortment_is_named_as_such()
    {
        using var borealis = await portal.SignInAsync(Demo.BorealisBuyer);

        var finding = (await OrderCalls.RefusedAsync(borealis.Http, Demo.BorealisMining,
            TestOrders.For(Demo.BorealisMining, "PO-PUMP", new OrderLineRequest("PMP-1001", 1)))).Findings.Single(FindingCodes.NotInAssortment);

        Assert.Contains("PMP-1001 is not in Borealis Mining's assortment", finding.Message);
        Assert.Contains("Ask your account manager to add it", finding.Message);
    }

    [Fact]
    public async Task A_discontinued_product_is_refused_with_its_replacement_offered()
    {
        var finding = await FindingAsync(Order(new OrderLineRequest("PMP-100060", 1)), FindingCodes.Discontinued);

        Assert.Equal("PMP-100080", finding.SuggestedSku);
        Assert.Contains("is discontinued. Its replacement is PMP-100080", finding.Message);
    }

    [Fact]
    public async Task Below_the_minimum_order_quantity_the_minimum_is_offered()
    {
        var finding = await FindingAsync(Order(new OrderLineRequest("BRG-3001", 5)), FindingCodes.BelowMinimumQuantity);

        Assert.Equal(10m, finding.SuggestedQuantity);
        Assert.Contains("the minimum order quantity of Deep groove ball bearing 6205 is 10 EA; you asked for 5", finding.Message);
    }

    [Fact]
    public async Task A_quantity_that_is_not_whole_packs_is_refused_with_the_rounded_quantity_offered()
    {
        var finding = await FindingAsync(Order(new OrderLineRequest("BRG-3001", 25)), FindingCodes.PackSizeMultiple);

        Assert.Equal(30m, finding.SuggestedQuantity);
        Assert.Contains("comes in packs of 10; 25 is not a whole number of packs. Order 30 or 20.", finding.Message);
    }

    [Fact]
    public async Task A_product_whose_contract_ended_without_renewal_has_no_price_and_the_reason_is_given()
    {
        var account = Demo.AcmePlantSouth;

        var finding = await FindingAsync(TestOrders.For(account, TestOrders.NewReference("EXPIRED"), new OrderLineRequest("VLV-100003", 1)),
            FindingCodes.NoPrice, account);

        Assert.Contains("there is no price for VLV-100003 for you today", finding.Message);
        Assert.Contains("Plant South valve programme 2025", finding.Message);
    }

    [Fact]
    public async Task Acme_does_not_accept_backorders_so_a_line_beyond_stock_is_refused_with_what_is_there()
    {
        var finding = await FindingAsync(TestOrders.For(Demo.AcmePlantNorth, TestOrders.NewReference("STOCK"), new OrderLineRequest("CUS-7001", 5)),
            FindingCodes.InsufficientStock, Demo.AcmePlantNorth);

        Assert.Equal(2m, finding.SuggestedQuantity);
        Assert.Contains("only 2 of 5 are in stock", finding.Message);
        Assert.Contains("does not accept backorders", finding.Message);
    }

    [Fact]
    public async Task Borealis_accepts_backorders_so_a_line_beyond_stock_is_placed_with_a_warning_and_a_later_date()
    {
        using var buyer = await portal.SignInAsync(Demo.BorealisBuyer);
        var order = TestOrders.For(Demo.BorealisMining, "PO-BACK", new OrderLineRequest("SEA-4001", 120));

        var preview = await OrderCalls.PreviewAsync(buyer.Http, Demo.BorealisMining, order);
        var placed = await OrderCalls.PlacedAsync(buyer.Http, Demo.BorealisMining, order);

        var warning = preview.Findings.Single(FindingCodes.Backorder);
        Assert.Equal(FindingSeverities.Warning, warning.Severity);
        Assert.Contains("will be backordered", warning.Message);
        Assert.True(preview.CanSubmit);
        Assert.Contains(placed.Lines[0].Allocations, a => a.Backorder);
    }
}
