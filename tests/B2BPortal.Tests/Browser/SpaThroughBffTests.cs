using System.Text.RegularExpressions;
using B2BPortal.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace B2BPortal.Tests.Browser;

[Collection(PortalCollection.Name)]
public sealed class SpaThroughBffTests(PortalFixture portal)
{
    private const string Acme = "a0000000-0000-4000-8000-000000000001";

    [Fact]
    public async Task The_SPA_served_by_the_BFF_places_an_order_and_shows_its_ERP_number()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        var purchaseOrder = $"PO-UI-{Random.Shared.Next(100000, 999999)}";

        await page.GotoAsync(portal.BffUrl.ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Orders", Level = 1 })).ToBeVisibleAsync();
        await page.GetByTestId("account-select").SelectOptionAsync(Acme);
        await page.GetByTestId("po-number").FillAsync(purchaseOrder);
        await page.GetByTestId("sku").FillAsync("VLV-2001");
        await page.GetByTestId("quantity").FillAsync("3");
        await page.GetByTestId("place-order").ClickAsync();

        var row = page.GetByTestId("order-row").Filter(new() { HasText = purchaseOrder });
        await Expect(row.GetByTestId("order-number")).ToHaveTextAsync(new Regex("ORD-\\d+"));
        await Expect(row.GetByTestId("erp-order-number")).ToHaveTextAsync(new Regex("SO-\\d+"), new() { Timeout = 60_000 });
        await Expect(row.GetByTestId("order-status")).ToContainTextAsync("Acknowledged");
    }
}
