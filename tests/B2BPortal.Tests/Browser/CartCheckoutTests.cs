using System.Text.RegularExpressions;
using B2BPortal.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace B2BPortal.Tests.Browser;

/// <summary>
/// A buyer in Chromium drops a CSV on the cart, fixes the line the report flags, checks out and sees the order, on a phone-sized
/// screen and on a desktop one.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class CartCheckoutTests(PortalFixture portal)
{
    private const string Csv = "sku;quantity;note\nSEA-4001;2;spare for pump 3\nBRG-3001;25\nNOPE-999;1\n";

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 900)]
    public async Task A_buyer_drops_a_CSV_fixes_a_line_checks_out_and_sees_the_order_with_its_prices(int width, int height)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var account = Demo.AcmePlantNorth;
        var purchaseOrder = TestOrders.NewReference("CSV");

        await SpaPages.SignInAsync(page, portal.BffUrl, Demo.AcmeBuyer);
        await SpaPages.EmptyCartAsync(page, account);
        await page.GotoAsync(new Uri(portal.BffUrl, $"/accounts/{account}/cart").ToString());
        await DropAsync(page, "csv-drop", Csv);

        var rows = page.GetByTestId("import-row");
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(rows.Nth(0)).ToHaveAttributeAsync("data-outcome", "accepted");
        await Expect(rows.Nth(1)).ToHaveAttributeAsync("data-outcome", "pack-size-multiple");
        await Expect(rows.Nth(1)).ToContainTextAsync("comes in packs of 10");
        await Expect(rows.Nth(2)).ToHaveAttributeAsync("data-outcome", "unknown-sku");
        await Expect(rows.Nth(2)).ToContainTextAsync("there is no product NOPE-999 in your catalog");
        await rows.Nth(1).GetByTestId("use-suggestion").CheckAsync();
        await page.GetByTestId("import-confirm").ClickAsync();

        var bearing = page.GetByTestId("cart-line").Filter(new() { HasText = "BRG-3001" });
        await Expect(bearing.GetByTestId("line-quantity")).ToHaveValueAsync("30");
        await Expect(page.GetByTestId("cart-line")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("cart-total")).ToContainTextAsync(new Regex("\\d"));
        Assert.True(await SpaPages.FitsWidthAsync(page), "The cart scrolls sideways.");

        await page.GetByTestId("checkout").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Checkout", Level = 1 })).ToBeVisibleAsync();
        await page.GetByTestId("place-order").ClickAsync();
        await Expect(page.GetByTestId("checkout-refused")).ToContainTextAsync("purchase-order reference");
        await page.GetByTestId("po-number").FillAsync(purchaseOrder);
        await Expect(page.GetByTestId("ship-to-address")).ToContainTextAsync("Kiel");
        Assert.True(await SpaPages.FitsWidthAsync(page), "The checkout scrolls sideways.");
        await page.GetByTestId("place-order").ClickAsync();

        await Expect(page.GetByTestId("order-confirmation")).ToContainTextAsync(new Regex("ORD-\\d+"));
        await Expect(page.GetByTestId("order-po")).ToHaveTextAsync(purchaseOrder);
        var seal = page.GetByTestId("order-line").Filter(new() { HasText = "SEA-4001" });
        await Expect(seal.GetByTestId("line-note")).ToContainTextAsync("spare for pump 3");
        await Expect(page.GetByTestId("order-line").Filter(new() { HasText = "BRG-3001" }).GetByTestId("line-quantity")).ToContainTextAsync("30");
        await Expect(seal.GetByTestId("line-unit-price")).ToContainTextAsync(new Regex("\\d+\\.\\d{2}"));
        await Expect(page.GetByTestId("order-ship-to")).ToContainTextAsync("Werftstraße 12");
        await Expect(page.GetByTestId("erp-order-number")).ToHaveTextAsync(new Regex("SO-\\d+"), new() { Timeout = 60_000 });
        Assert.True(await SpaPages.FitsWidthAsync(page), "The order page scrolls sideways.");
    }

    /// <summary>A file dropped on the element, as a buyer drags it from the desktop.</summary>
    private static async Task DropAsync(IPage page, string testId, string csv)
    {
        var dataTransfer = await page.EvaluateHandleAsync(
            "csv => { const dt = new DataTransfer(); dt.items.add(new File([csv], 'order.csv', { type: 'text/csv' })); return dt; }", csv);
        await page.GetByTestId(testId).DispatchEventAsync("drop", new Dictionary<string, object> { ["dataTransfer"] = dataTransfer });
    }
}
