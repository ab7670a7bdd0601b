using B2BPortal.Contracts.Orders;
using B2BPortal.Tests.Infrastructure;
using Microsoft.Playwright;
using Refit;
using static Microsoft.Playwright.Assertions;

namespace B2BPortal.Tests.Browser;

/// <summary>An SRE follows an order through every service in the dashboard, in Chromium.</summary>
[Collection(PortalCollection.Name)]
public sealed class DashboardTraceTests(PortalFixture portal)
{
    [Fact]
    public async Task Typing_an_order_number_finds_its_trace_and_the_waterfall_spans_bff_order_erp_adapter_and_erp_simulator()
    {
        using var partner = new HttpClient { BaseAddress = portal.BffUrl };
        partner.DefaultRequestHeaders.Authorization = new("Bearer", await portal.ClientCredentialsTokenAsync());
        var orders = RestService.ForGenerated<IOrderApi>(partner);
        var placed = (await orders.PlaceOrderAsync(Demo.AcmeIndustrial, TestOrders.For(Demo.AcmeIndustrial, TestOrders.NewReference("TRACE"), new OrderLineRequest("VLV-2001", 3)),
            Guid.NewGuid().ToString())).Content!;
        await Eventually.ReturnsAsync(async () =>
        {
            var order = (await orders.GetOrderAsync(Demo.AcmeIndustrial, placed.Id)).Content;
            return order?.Status == OrderStatuses.Acknowledged ? order : null;
        }, TimeSpan.FromSeconds(30), "the ERP acknowledgement of the order");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(portal.Dashboard.UiUrl, "#/traces").ToString());
        await page.Locator("#trace-search").FillAsync(placed.Number);
        await page.Locator("#trace-search").PressAsync("Enter");

        var submission = page.Locator(".trace-row").Filter(new() { HasText = "erp-simulator" }).Filter(new() { HasText = "bff" });
        await Expect(submission.First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await submission.First.ClickAsync();

        foreach (var resource in new[] { "bff", "order", "erp-adapter", "erp-simulator" })
        {
            await Expect(page.Locator($".span-row[data-resource='{resource}']").First).ToBeVisibleAsync();
        }

        await page.Locator(".span-row[data-resource='order']").First.ClickAsync();
        await Expect(page.Locator("#span-details")).ToContainTextAsync(placed.Number);
    }
}
