using System.Net;
using System.Net.Http.Json;
using B2BPortal.Contracts.Catalog;
using B2BPortal.Contracts.Orders;
using B2BPortal.Contracts.Pricing;
using B2BPortal.Tests.Infrastructure;

namespace B2BPortal.Tests.Bff;

/// <summary>
/// The composed catalog through the BFF against the demo catalog and assortments: Acme buys the whole range plus its own
/// pump skid CUS-7001, Plant North leaves out servo motors, Borealis buys bearings, seals, gaskets and AC motors only.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class CatalogCompositionTests(PortalFixture portal)
{
    [Fact]
    public async Task A_catalog_page_has_fifty_entitled_products_with_contract_prices_tiers_and_fresh_stock()
    {
        using var buyer = await portal.SignInAsync(Demo.AcmeBuyer);

        var page = await GetAsync<CatalogPageDto>(buyer, $"/api/v1/accounts/{Demo.AcmePlantNorth}/catalog");
        var pump = (await GetAsync<CatalogPageDto>(buyer, $"/api/v1/accounts/{Demo.AcmePlantNorth}/catalog?q=cp-50")).Items[0];

        Assert.Equal((50, true), (page.Items.Count, page.HasMore));
        Assert.Empty(page.Missing);
        Assert.All(page.Items, item => Assert.Equal("EUR", item.Price?.Currency));
        Assert.All(page.Items, item => Assert.Equal(3, item.Product.Availability.Warehouses.Count));
        Assert.All(page.Items, item => Assert.NotNull(item.Product.Availability.AsOf));
        Assert.Equal(("PMP-1001", 1_680m, "contract"), (pump.Product.Sku, pump.Price!.UnitPrice, pump.Price.Explanation.Source));
        Assert.Equal([1m, 20m], pump.Price.Tiers.Select(t => t.MinQuantity));
    }

    [Fact]
    public async Task Borealis_never_sees_an_Acme_only_product_or_its_price_by_any_route()
    {
        using var borealis = await portal.SignInAsync(Demo.BorealisBuyer);
        var account = $"/api/v1/accounts/{Demo.BorealisMining}";

        var bySku = await GetAsync<CatalogPageDto>(borealis, $"{account}/catalog?q=CUS-7001");
        var byName = await GetAsync<CatalogPageDto>(borealis, $"{account}/catalog?q=pump skid");
        var pumps = await GetAsync<CatalogPageDto>(borealis, $"{account}/catalog?category=pumps");
        var categories = await GetAsync<List<CategoryDto>>(borealis, $"{account}/categories");
        using var skid = await borealis.Http.GetAsync($"{account}/products/CUS-7001");
        using var unknown = await borealis.Http.GetAsync($"{account}/products/NO-SUCH-1");
        using var price = await borealis.Http.GetAsync($"{account}/prices?sku=PMP-1001");
        var batch = await PostAsync<PriceBatchResultDto>(borealis, $"{account}/prices",
            new PriceBatchRequest([new("CUS-7001", 1), new("PMP-1001", 1), new("BRG-3001", 10)]));
        var cp50Parts = await GetAsync<EquipmentPartsDto>(borealis, $"{account}/equipment/CP-50/parts");

        Assert.Empty(bySku.Items);
        Assert.Empty(byName.Items);
        Assert.Empty(pumps.Items);
        Assert.DoesNotContain(categories, c => c.Path.StartsWith("pumps", StringComparison.Ordinal) || c.Path == "custom");
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (skid.StatusCode, unknown.StatusCode));
        Assert.Equal(await ProblemAsync(unknown, "NO-SUCH-1"), await ProblemAsync(skid, "CUS-7001"));
        Assert.Equal(HttpStatusCode.NotFound, price.StatusCode);
        Assert.Equal([404, 404, 200], batch.Lines.Select(l => l.Status));
        Assert.Null(batch.Lines[0].Price);
        Assert.Equal((null, null), (cp50Parts.EquipmentSku, cp50Parts.EquipmentName));
        Assert.Equal(["SEA-4001", "BRG-3001"], cp50Parts.Parts.Select(p => p.Sku));
    }

    [Fact]
    public async Task A_unit_inherits_its_companys_assortment_and_leaves_out_what_it_excludes()
    {
        using var admin = await portal.SignInAsync(Demo.AcmeAdmin);

        var servoAtCompany = await GetAsync<CatalogPageDto>(admin, $"/api/v1/accounts/{Demo.AcmeIndustrial}/catalog?category=motors/servo");
        var servoAtNorth = await GetAsync<CatalogPageDto>(admin, $"/api/v1/accounts/{Demo.AcmePlantNorth}/catalog?category=motors/servo");
        var skidAtLine = await GetAsync<ProductPageDto>(admin, $"/api/v1/accounts/{Demo.AcmeNorthAssembly}/products/CUS-7001");

        Assert.NotEmpty(servoAtCompany.Items);
        Assert.Empty(servoAtNorth.Items);
        Assert.Equal("CUS-7001", skidAtLine.Product.Summary.Sku);
    }

    [Fact]
    public async Task A_change_of_a_units_assortment_reaches_its_cached_catalog_at_once_and_leaves_its_parent_alone()
    {
        using var manager = await portal.SignInAsync(Demo.AccountManager);
        var line = $"/api/v1/accounts/{Demo.AcmeNorthAssembly}";
        var north = $"/api/v1/accounts/{Demo.AcmePlantNorth}";
        Assert.NotEmpty((await GetAsync<CatalogPageDto>(manager, $"{line}/catalog?category=valves")).Items);

        await PutRulesAsync(manager, line, new { kind = "ExcludedCategory", value = "valves" });
        try
        {
            await Eventually.TrueAsync(async () => (await GetAsync<CatalogPageDto>(manager, $"{line}/catalog?category=valves")).Items.Count == 0,
                TimeSpan.FromSeconds(10), "the line's cached catalog to drop valves");
            using var valveAtLine = await manager.Http.GetAsync($"{line}/products/VLV-2001");
            Assert.Equal(HttpStatusCode.NotFound, valveAtLine.StatusCode);
            Assert.NotEmpty((await GetAsync<CatalogPageDto>(manager, $"{north}/catalog?category=valves")).Items);
        }
        finally
        {
            await PutRulesAsync(manager, line);
        }

        await Eventually.TrueAsync(async () => (await GetAsync<CatalogPageDto>(manager, $"{line}/catalog?category=valves")).Items.Count > 0,
            TimeSpan.FromSeconds(10), "valves to come back once the line inherits again");
    }

    [Fact]
    public async Task A_product_page_has_parts_fits_and_a_successor_when_discontinued()
    {
        using var buyer = await portal.SignInAsync(Demo.AcmeBuyer);
        var account = $"/api/v1/accounts/{Demo.AcmePlantNorth}";

        var pump = await GetAsync<ProductPageDto>(buyer, $"{account}/products/PMP-1001");
        var bearing = await GetAsync<ProductPageDto>(buyer, $"{account}/products/BRG-3001");
        var old = await GetAsync<ProductPageDto>(buyer, $"{account}/products/PMP-100060");

        Assert.Equal([("010", "SEA-4001"), ("020", "BRG-3001")], pump.Product.ServiceParts.Select(p => (p.Position, p.Sku)));
        Assert.Equal("cast iron", pump.Product.Attributes["material"]);
        Assert.Contains("CP-50", bearing.Product.CompatibleEquipmentModels);
        Assert.Equal("Discontinued", old.Product.Summary.Lifecycle);
        Assert.Equal(old.Product.Summary.SuccessorSku, old.Successor?.Sku);
        Assert.Equal("Active", old.Successor!.Lifecycle);
        Assert.Equal(["datasheet", "drawing"], pump.Product.Media.Select(m => m.Kind));
        Assert.Equal(["datasheet"], bearing.Product.Media.Select(m => m.Kind));
    }

    [Fact]
    public async Task Attribute_filters_narrow_a_search_to_products_whose_data_match_and_a_malformed_one_is_refused()
    {
        using var buyer = await portal.SignInAsync(Demo.AcmeBuyer);
        var account = $"/api/v1/accounts/{Demo.AcmePlantNorth}";

        var valves = await GetAsync<CatalogPageDto>(buyer, $"{account}/catalog?category=valves");
        var stainless = await GetAsync<CatalogPageDto>(buyer, $"{account}/catalog?category=valves&attr=material:stainless steel");
        var details = await Task.WhenAll(stainless.Items.Take(5).Select(i => GetAsync<ProductPageDto>(buyer, $"{account}/products/{i.Product.Sku}")));
        using var malformed = await buyer.Http.GetAsync($"{account}/catalog?attr=material");

        Assert.NotEmpty(stainless.Items);
        Assert.NotEqual(valves.Items.Select(i => i.Product.Sku), stainless.Items.Select(i => i.Product.Sku));
        Assert.All(details, page => Assert.Equal("stainless steel", page.Product.Attributes["material"]));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("attr=name:value", await malformed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_prices_5000_lines_in_one_call_and_5001_lines_are_refused()
    {
        using var buyer = await portal.SignInAsync(Demo.AcmeBuyer);
        var account = $"/api/v1/accounts/{Demo.AcmePlantNorth}";
        var skus = (await GetAsync<CatalogPageDto>(buyer, $"{account}/catalog?category=bearings")).Items.Select(i => i.Product.Sku).ToList();
        var lines = Enumerable.Range(0, LineRules.MaxLines).Select(i => new PriceLineRequest(skus[i % skus.Count], 1 + i % 40)).ToList();

        var priced = await PostAsync<PriceBatchResultDto>(buyer, $"{account}/prices", new PriceBatchRequest(lines));
        using var tooMany = await buyer.Http.PostAsJsonAsync($"{account}/prices", new PriceBatchRequest([.. lines, lines[0]]));

        Assert.Equal(LineRules.MaxLines, priced.Lines.Count);
        Assert.All(priced.Lines, line => Assert.Equal(200, line.Status));
        Assert.Equal(lines.Select(l => (l.Sku, l.Quantity)), priced.Lines.Select(l => (l.Sku, l.Quantity)));
        Assert.All(priced.Lines, line => Assert.Equal(line.Quantity * line.Price!.UnitPrice, line.Price.LineAmount));
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
    }

    [Fact]
    public async Task A_price_change_in_the_ERP_reaches_the_cached_answers_without_a_restart()
    {
        using var borealis = await portal.SignInAsync(Demo.BorealisBuyer);
        var account = $"/api/v1/accounts/{Demo.BorealisMining}";
        const string sku = "BRG-100007";
        var before = await Eventually.ReturnsAsync(async () => (await GetAsync<ProductPageDto>(borealis, $"{account}/products/{sku}")).Price,
            TimeSpan.FromSeconds(30), "a first price (Pricing may still be warming up)");
        var newPrice = before.UnitPrice + 1.25m;

        await ErpAdmin().SetListPriceAsync(new(sku, "EUR", newPrice));

        await Eventually.TrueAsync(async () =>
            (await GetAsync<ProductPageDto>(borealis, $"{account}/products/{sku}")).Price?.UnitPrice == newPrice,
            TimeSpan.FromSeconds(30), $"the product page to show the new list price {newPrice}");
        var page = await GetAsync<CatalogPageDto>(borealis, $"{account}/catalog?q={sku}");
        Assert.Equal([(sku, newPrice)], page.Items.Select(i => (i.Product.Sku, i.Price?.UnitPrice)));
    }

    [Fact]
    public async Task A_contract_price_set_in_the_ERP_reaches_the_contracts_account_and_no_other()
    {
        using var admin = await portal.SignInAsync(Demo.AcmeAdmin);
        var sku = B2BPortal.BuildingBlocks.DemoData.DemoCatalog.Products(portal.CatalogSize)
            .First(p => p.Category.Path.StartsWith("seals/", StringComparison.Ordinal) && !p.Discontinued && p.Sku != "SEA-4001").Sku;
        var north = $"/api/v1/accounts/{Demo.AcmePlantNorth}/products/{sku}";
        var south = $"/api/v1/accounts/{Demo.AcmePlantSouth}/products/{sku}";
        var listPrice = (await Eventually.ReturnsAsync(async () => (await GetAsync<ProductPageDto>(admin, south)).Price,
            TimeSpan.FromSeconds(30), "a first price (Pricing may still be warming up)")).UnitPrice;
        Assert.Equal("list", (await GetAsync<ProductPageDto>(admin, north)).Price?.Explanation.Source);
        var unitPrice = decimal.Round(listPrice * 0.8m, 2);

        await ErpAdmin().SetContractPriceAsync(new(NorthPumpDeal, Demo.AcmePlantNorth, sku, unitPrice, [new(10, unitPrice - 0.5m)]));

        var contract = await Eventually.ReturnsAsync(async () =>
        {
            var price = (await GetAsync<ProductPageDto>(admin, north)).Price;
            return price?.Explanation.Source == "contract" ? price : null;
        }, TimeSpan.FromSeconds(30), "Plant North's product page to show the new contract price");
        Assert.Equal((unitPrice, "Plant North pump programme"), (contract.UnitPrice, contract.Explanation.ContractName));
        Assert.Equal([(1m, unitPrice), (10m, unitPrice - 0.5m)], contract.Tiers.Select(t => (t.MinQuantity, t.UnitPrice)));
        Assert.Equal((listPrice, "list"), ((await GetAsync<ProductPageDto>(admin, south)).Price!.UnitPrice, (await GetAsync<ProductPageDto>(admin, south)).Price!.Explanation.Source));
    }

    [Fact]
    public async Task The_latest_stock_count_in_the_ERP_reaches_the_answer_with_the_time_it_was_confirmed()
    {
        using var buyer = await portal.SignInAsync(Demo.AcmeBuyer);
        var path = $"/api/v1/accounts/{Demo.AcmePlantNorth}/products/SEA-4001";
        var before = await GetAsync<ProductPageDto>(buyer, path);
        var quantity = before.Product.Summary.Availability.Warehouses.Single(w => w.Warehouse == "LYS").Quantity + 7;
        var booked = DateTimeOffset.UtcNow;

        // Two counts of one warehouse in a row, usually read from the feed together: the later one stands.
        await ErpAdmin().SetStockAsync(new("SEA-4001", "LYS", quantity + 100));
        await ErpAdmin().SetStockAsync(new("SEA-4001", "LYS", quantity));

        var after = await Eventually.ReturnsAsync(async () =>
        {
            var page = await GetAsync<ProductPageDto>(buyer, path);
            return page.Product.Summary.Availability.Warehouses.Single(w => w.Warehouse == "LYS").Quantity == quantity ? page : null;
        }, TimeSpan.FromSeconds(30), "the product page to show the new stock count");
        var lyon = after.Product.Summary.Availability.Warehouses.Single(w => w.Warehouse == "LYS");
        Assert.Equal("Lyon", lyon.WarehouseName);
        Assert.InRange(lyon.ConfirmedAt, booked.AddSeconds(-5), DateTimeOffset.UtcNow);
    }

    private static readonly Guid NorthPumpDeal = Guid.Parse("e0000000-0000-4000-8000-000000000002");

    private B2BPortal.Contracts.Erp.IErpAdminApi ErpAdmin() =>
        Refit.RestService.ForGenerated<B2BPortal.Contracts.Erp.IErpAdminApi>(new HttpClient { BaseAddress = portal.App.GetEndpoint("erp-simulator") });

    private static async Task PutRulesAsync(BffSession session, string account, params object[] rules)
    {
        using var response = await session.Http.PutAsJsonAsync($"{account}/assortment/rules", new { rules });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<T> GetAsync<T>(BffSession session, string path)
    {
        using var response = await session.Http.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    private static async Task<string> ProblemAsync(HttpResponseMessage response, string sku)
    {
        var problem = (await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>())!;
        return $"{problem.Status} {problem.Title} {problem.Detail?.Replace(sku, "{sku}", StringComparison.Ordinal)}";
    }

    private static async Task<T> PostAsync<T>(BffSession session, string path, object body)
    {
        using var response = await session.Http.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}
