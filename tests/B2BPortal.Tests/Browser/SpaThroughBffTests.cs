using System.Text.RegularExpressions;
using B2BPortal.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace B2BPortal.Tests.Browser;

/// <summary>The SPA in Chromium: sign-in through Identity's pages and the BFF, the account switcher, an order, sign-out.</summary>
[Collection(PortalCollection.Name)]
public sealed class SpaThroughBffTests(PortalFixture portal)
{
    [Fact]
    public async Task A_buyer_signs_in_sees_only_their_plant_places_an_order_and_signs_out()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        var purchaseOrder = $"PO-UI-{Random.Shared.Next(100000, 999999)}";

        await SpaPages.SignInAsync(page, portal.BffUrl, Demo.AcmeBuyer);
        await page.GetByTestId("nav-orders").ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Orders", Level = 1 })).ToBeVisibleAsync();
        var accounts = page.GetByTestId("account-switcher").Locator("option");
        await Expect(accounts).ToHaveTextAsync([new Regex("Acme Plant North"), new Regex("Acme North Assembly Line")]);
        await page.GetByTestId("account-switcher").SelectOptionAsync(Demo.AcmePlantNorth.ToString());
        await page.GetByTestId("po-number").FillAsync(purchaseOrder);
        await page.GetByTestId("sku").FillAsync("VLV-2001");
        await page.GetByTestId("quantity").FillAsync("3");
        await page.GetByTestId("place-order").ClickAsync();

        var row = page.GetByTestId("order-row").Filter(new() { HasText = purchaseOrder });
        await Expect(row.GetByTestId("order-number")).ToHaveTextAsync(new Regex("ORD-\\d+"));
        await Expect(row.GetByTestId("erp-order-number")).ToHaveTextAsync(new Regex("SO-\\d+"), new() { Timeout = 60_000 });
        await Expect(row.GetByTestId("order-status")).ToContainTextAsync("Acknowledged");

        await page.GetByTestId("sign-out").ClickAsync();
        await Expect(page.GetByTestId("sign-in")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_account_admin_sees_the_company_tree_and_its_people()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();

        await SpaPages.SignInAsync(page, portal.BffUrl, Demo.AcmeAdmin);
        await page.GetByRole(AriaRole.Button, new() { Name = "My company" }).ClickAsync();

        await Expect(page.GetByTestId("unit-tree").Locator("li")).ToHaveTextAsync(
            ["Acme Industrial", "Acme Plant North", "Acme Plant South", "Acme North Assembly Line"]);
        await Expect(page.GetByTestId("member-row").Filter(new() { HasText = Demo.AcmeBuyer })).ToContainTextAsync("Buyer");
        await Expect(page.GetByTestId("members-table")).Not.ToContainTextAsync("Borealis");
        await Expect(page.GetByTestId("invite")).ToBeVisibleAsync();
    }
}
