using System.Text.RegularExpressions;
using B2BPortal.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace B2BPortal.Tests.Browser;

/// <summary>The SPA in Chromium: sign-in through Identity's pages and the BFF, the account switcher, quick order to checkout, sign-out.</summary>
[Collection(PortalCollection.Name)]
public sealed class SpaThroughBffTests(PortalFixture portal)
{
    [Fact]
    public async Task A_buyer_signs_in_sees_only_their_plant_orders_by_quick_order_finds_the_order_by_its_reference_and_signs_out()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        var purchaseOrder = TestOrders.NewReference("UI");

        await SpaPages.SignInAsync(page, portal.BffUrl, Demo.AcmeBuyer);
        var accounts = page.GetByTestId("account-switcher").Locator("option");
        await Expect(accounts).ToHaveTextAsync([new Regex("Acme Plant North"), new Regex("Acme North Assembly Line")]);
        await page.GetByTestId("account-switcher").SelectOptionAsync(Demo.AcmeNorthAssembly.ToString());
        await SpaPages.EmptyCartAsync(page, Demo.AcmeNorthAssembly);
        await page.GetByTestId("nav-cart").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/accounts/{Demo.AcmeNorthAssembly}/cart$"));

        await page.GetByTestId("quick-order-text").FillAsync("VLV-2001 3");
        await page.GetByTestId("quick-order-submit").ClickAsync();
        await Expect(page.GetByTestId("import-row")).ToHaveAttributeAsync("data-outcome", "accepted");
        await page.GetByTestId("import-confirm").ClickAsync();
        await Expect(page.GetByTestId("cart-line").Filter(new() { HasText = "VLV-2001" }).GetByTestId("line-unit-price")).ToContainTextAsync("229.00");
        await page.GetByTestId("checkout").ClickAsync();
        await page.GetByTestId("po-number").FillAsync(purchaseOrder);
        await page.GetByTestId("place-order").ClickAsync();

        await Expect(page.GetByTestId("order-confirmation")).ToBeVisibleAsync();
        await page.GetByTestId("nav-orders").ClickAsync();
        await page.GetByTestId("order-search").FillAsync(purchaseOrder);
        await page.GetByTestId("order-search-submit").ClickAsync();
        var row = page.GetByTestId("order-row").Filter(new() { HasText = purchaseOrder });
        await Expect(page.GetByTestId("order-row")).ToHaveCountAsync(1);
        await Expect(row.GetByTestId("order-number")).ToHaveTextAsync(new Regex("ORD-\\d+"));
        await Expect(row.GetByTestId("erp-order-number")).ToHaveTextAsync(new Regex("SO-\\d+"), new() { Timeout = 60_000 });
        await Expect(row.GetByTestId("order-status")).ToContainTextAsync("Submitted");

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
        await page.GetByTestId("nav-company").ClickAsync();

        await Expect(page.GetByTestId("unit-tree").Locator("li")).ToHaveTextAsync(
            ["Acme Industrial", "Acme Plant North", "Acme Plant South", "Acme North Assembly Line"]);
        await Expect(page.GetByTestId("member-row").Filter(new() { HasText = Demo.AcmeBuyer })).ToContainTextAsync("Buyer");
        await Expect(page.GetByTestId("members-table")).Not.ToContainTextAsync("Borealis");
        await Expect(page.GetByTestId("invite")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Inviting_an_approver_asks_for_the_approval_limit_and_the_new_member_has_it()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        var email = $"approver-{Guid.NewGuid():N}@acme.example";

        await SpaPages.SignInAsync(page, portal.BffUrl, Demo.AcmeAdmin);
        await page.GetByTestId("nav-company").ClickAsync();
        await Expect(page.GetByTestId("invite-approval-limit")).ToHaveCountAsync(0);
        await page.GetByTestId("invite-email").FillAsync(email);
        await page.GetByTestId("invite-role").SelectOptionAsync("Approver");
        await page.GetByTestId("invite-approval-limit").FillAsync("12500");
        await page.GetByTestId("invite").ClickAsync();

        var member = page.GetByTestId("member-row").Filter(new() { HasText = email });
        await Expect(member.GetByLabel($"Role of {email}")).ToHaveValueAsync("Approver");
        await Expect(member).ToContainTextAsync("(limit 12500)");
    }
    [Fact]
    public async Task The_activity_page_shows_who_did_what_filters_it_and_proves_it_unaltered_and_an_order_shows_its_own_activity()
    {
        using var admin = await portal.SignInAsync(Demo.AcmeAdmin);
        var order = await OrderCalls.PlacedAsync(admin.Http, Demo.AcmeIndustrial, TestOrders.Small(Demo.AcmeIndustrial, TestOrders.NewReference("ACTIVITY")));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();

        await SpaPages.SignInAsync(page, portal.BffUrl, Demo.AcmeAdmin);
        await page.GetByTestId("nav-activity").ClickAsync();
        await Expect(page.GetByTestId("audit-row").First).ToBeVisibleAsync();
        await page.GetByTestId("audit-target").FillAsync(order.Number);
        await page.GetByTestId("audit-search").ClickAsync();
        var row = page.GetByTestId("audit-row");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToHaveAttributeAsync("data-action", "order.placed");
        await Expect(row).ToContainTextAsync("Ada Admin (Acme)");
        await page.GetByTestId("audit-verify").ClickAsync();
        await Expect(page.GetByTestId("audit-verification")).ToHaveAttributeAsync("data-intact", "true");

        await page.GotoAsync(new Uri(portal.BffUrl, $"/accounts/{Demo.AcmeIndustrial}/orders/{order.Id}").ToString());
        await Expect(page.GetByTestId("order-activity").GetByTestId("audit-row")).ToHaveAttributeAsync("data-action", "order.placed");
    }
}
