using B2BPortal.Contracts.Orders;
using B2BPortal.Tests.Infrastructure;
using Microsoft.Playwright;
using Refit;
using static Microsoft.Playwright.Assertions;

namespace B2BPortal.Tests.Browser;

/// <summary>
/// An SRE follows an order through every service in the Aspire dashboard, in Chromium: the traces page filtered by the span
/// attribute <c>order.number</c> (docs/operations.md shows the same steps by hand), then the trace's waterfall.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class DashboardTraceTests(PortalFixture portal)
{
    [Fact]
    public async Task Filtering_traces_by_order_number_finds_its_trace_and_the_waterfall_spans_bff_order_erp_adapter_and_erp_simulator()
    {
        using var partner = new HttpClient { BaseAddress = portal.BffUrl };
        partner.DefaultRequestHeaders.Authorization = new("Bearer", await portal.ClientCredentialsTokenAsync());
        var orders = RestService.ForGenerated<IOrderApi>(partner);
        var placed = (await orders.PlaceOrderAsync(Demo.AcmeIndustrial, TestOrders.For(Demo.AcmeIndustrial, TestOrders.NewReference("TRACE"), new OrderLineRequest("VLV-2001", 3)),
            Guid.NewGuid().ToString())).Content!;
        await Eventually.ReturnsAsync(async () =>
        {
            var order = (await orders.GetOrderAsync(Demo.AcmeIndustrial, placed.Id)).Content;
            return order?.ErpOrderNumber is null ? null : order;
        }, TimeSpan.FromSeconds(30), "the ERP acknowledgement of the order");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1600, Height = 1200 } });
        await page.GotoAsync(portal.DashboardLoginUrl.ToString());
        await page.GotoAsync(new Uri(portal.DashboardUrl, $"/traces?filters=order.number:equals:{placed.Number}").ToString());

        var submission = page.GetByRole(AriaRole.Row)
            .Filter(new() { Has = page.Locator(".trace-service-tag", new() { HasText = "erp-simulator" }) })
            .Filter(new() { Has = page.Locator(".trace-service-tag", new() { HasText = "bff" }) });
        await Expect(submission.First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Screenshots.SaveAsync(page, "aspire-traces-filtered-by-order-number");
        await submission.First.ClickAsync();

        foreach (var resource in new[] { "bff", "order", "erp-adapter", "erp-simulator" })
        {
            await Expect(page.Locator(".resource-name", new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^\\s*{resource}\\s*$") }).First)
                .ToBeVisibleAsync();
        }

        await Screenshots.SaveAsync(page, "aspire-order-trace-waterfall");
        await page.Locator(".resource-name", new() { HasText = "erp-simulator" }).Last.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(page, "aspire-order-trace-erp-part");
    }

    [Fact]
    public async Task Filtering_traces_by_quote_id_finds_the_request_for_quotation_through_bff_quote_and_order()
    {
        using var partner = new HttpClient { BaseAddress = portal.BffUrl };
        partner.DefaultRequestHeaders.Authorization = new("Bearer", await portal.ClientCredentialsTokenAsync());
        var quote = await QuoteCalls.RequestedAsync(partner, Demo.AcmeIndustrial,
            new Contracts.Quotes.CreateQuoteRequest([new Contracts.Quotes.QuoteRequestLineRequest("VLV-2001", 40)], Comment: "Trace me"));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1600, Height = 1200 } });
        await page.GotoAsync(portal.DashboardLoginUrl.ToString());
        await page.GotoAsync(new Uri(portal.DashboardUrl, $"/traces?filters=quote.id:equals:{quote.Id}").ToString());

        var request = page.GetByRole(AriaRole.Row)
            .Filter(new() { Has = page.Locator(".trace-service-tag", new() { HasText = "quote" }) })
            .Filter(new() { Has = page.Locator(".trace-service-tag", new() { HasText = "order" }) });
        await Expect(request.First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await request.First.ClickAsync();
        foreach (var resource in new[] { "bff", "quote", "order" })
        {
            await Expect(page.Locator(".resource-name", new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^\\s*{resource}\\s*$") }).First)
                .ToBeVisibleAsync();
        }
    }
}
