using System.Text.RegularExpressions;
using B2BPortal.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace B2BPortal.Tests.Browser;

/// <summary>The SPA's catalog in Chromium at phone size: search, the product page with its contract price and why, parts, a successor.</summary>
[Collection(PortalCollection.Name)]
public sealed class CatalogPageTests(PortalFixture portal)
{
    [Fact]
    public async Task A_buyer_on_a_phone_finds_a_pump_and_sees_its_contract_price_explained_stock_and_parts()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });

        await SpaPages.SignInAsync(page, portal.BffUrl, Demo.AcmeBuyer);
        await page.GetByTestId("account-switcher").SelectOptionAsync(Demo.AcmePlantNorth.ToString());
        await page.GetByTestId("catalog-search").FillAsync("PMP-1001");
        await page.GetByTestId("catalog-search-submit").ClickAsync();
        await page.Locator("[data-testid=catalog-item][data-sku='PMP-1001']").ClickAsync();

        await Expect(page.GetByTestId("product-page")).ToHaveAttributeAsync("data-sku", "PMP-1001");
        await Expect(page.GetByTestId("product-unit-price")).ToContainTextAsync("1,680.00");
        await Expect(page.GetByTestId("price-explanation")).ToContainTextAsync("Plant North pump programme");
        await Expect(page.GetByTestId("price-tiers")).ToContainTextAsync("1,560.00");
        await Expect(page.GetByTestId("stock-table")).ToContainTextAsync("Hamburg");
        await Expect(page.GetByTestId("stock-as-of")).ToContainTextAsync(new Regex("as of", RegexOptions.IgnoreCase));
        await Expect(page.GetByTestId("service-parts")).ToContainTextAsync("SEA-4001");

        await page.GetByTestId("product-quantity").FillAsync("20");
        await Expect(page.GetByTestId("product-unit-price")).ToContainTextAsync("1,560.00");

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The product page scrolls sideways on a phone.");
    }

    [Fact]
    public async Task A_discontinued_product_links_to_its_successor()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();

        await SpaPages.SignInAsync(page, portal.BffUrl, Demo.AcmeBuyer);
        await page.GetByTestId("catalog-search").FillAsync("PMP-100060");
        await page.GetByTestId("catalog-search-submit").ClickAsync();
        await page.Locator("[data-testid=catalog-item][data-sku='PMP-100060']").ClickAsync();

        await Expect(page.GetByTestId("discontinued-notice")).ToBeVisibleAsync();
        await page.GetByTestId("successor-link").ClickAsync();
        await Expect(page.GetByTestId("product-page")).ToHaveAttributeAsync("data-sku", "PMP-100080");
    }
}
