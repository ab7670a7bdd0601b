using System.Text.RegularExpressions;
using B2BPortal.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace B2BPortal.Tests.Browser;

/// <summary>
/// In Chromium, both parties' screens: Anna asks for a quote on a phone; Mia, at her desk, finds it in her queue, prices it with
/// an internal note and sends it; Anna, on the phone, reads the revision (never the note), accepts it and orders it.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class QuoteNegotiationBrowserTests(PortalFixture portal)
{
    private static readonly Guid North = Demo.AcmePlantNorth;

    [Fact]
    public async Task A_buyer_on_a_phone_and_an_account_manager_at_a_desk_negotiate_a_quote_to_an_order()
    {
        var note = $"Internal: floor price agreed with sales {Guid.NewGuid():N}";
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var phone = await (await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true })).NewPageAsync();
        await SpaPages.SignInAsync(phone, portal.BffUrl, Demo.AcmeBuyer);
        await phone.GotoAsync(new Uri(portal.BffUrl, $"/accounts/{North}/quotes").ToString());
        await phone.GetByTestId("new-quote").TapAsync();
        await phone.GetByLabel("Line 1 SKU").FillAsync("SEA-4001");
        await phone.GetByLabel("Line 1 quantity").FillAsync("40");
        await phone.GetByLabel("Line 1 target price").FillAsync("8.5");
        await phone.GetByTestId("new-quote-comment").FillAsync("For the spring maintenance stop.");
        Assert.True(await SpaPages.FitsWidthAsync(phone), "the request form fits a phone's width");
        await phone.GetByTestId("new-quote-send").TapAsync();
        await Expect(phone.GetByTestId("quote-status").Or(phone.GetByTestId("error"))).ToBeVisibleAsync(new() { Timeout = 15_000 });
        if (await phone.GetByTestId("error").IsVisibleAsync())
        {
            Assert.Fail($"{phone.Url}: {await phone.GetByTestId("error").InnerTextAsync()}");
        }

        await Expect(phone.GetByTestId("quote-status")).ToHaveAttributeAsync("data-status", "Submitted");
        var quoteId = await phone.GetByTestId("quote-page").GetAttributeAsync("data-quote-id");

        var desk = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await SpaPages.SignInAsync(desk, portal.BffUrl, Demo.AccountManager);
        await desk.GotoAsync(new Uri(portal.BffUrl, $"/accounts/{Demo.AcmeIndustrial}/quotes").ToString());
        await desk.Locator($"[data-testid=quote-queue-item][data-quote-id='{quoteId}']").ClickAsync();
        await desk.GetByTestId("quote-review").ClickAsync();
        await Expect(desk.GetByTestId("quote-editor")).ToBeVisibleAsync();
        await desk.GetByTestId("staging-unit-price").FillAsync("8.75");
        await desk.GetByTestId("internal-note-text").FillAsync(note);
        await desk.GetByTestId("internal-note-add").ClickAsync();
        await Expect(desk.GetByTestId("internal-note")).ToContainTextAsync(note);
        await desk.GetByTestId("staging-send").ClickAsync();
        await Expect(desk.GetByTestId("quote-status")).ToHaveAttributeAsync("data-status", "Sent");
        await Expect(desk.GetByTestId("quote-status")).ToHaveTextAsync("Waiting for the buyer");

        await phone.ReloadAsync();
        await Expect(phone.GetByTestId("quote-status")).ToHaveTextAsync("Quote received");
        await Expect(phone.GetByTestId("quote-unit-price")).ToContainTextAsync("8.75");
        Assert.DoesNotContain(note, await phone.ContentAsync());
        Assert.True(await SpaPages.FitsWidthAsync(phone), "the quote fits a phone's width");
        await phone.GetByTestId("quote-accept").TapAsync();
        await Expect(phone.GetByTestId("quote-status")).ToHaveAttributeAsync("data-status", "Accepted");
        await phone.GetByTestId("quote-po").FillAsync(TestOrders.NewReference("QPHONE"));
        await phone.GetByTestId("quote-order").TapAsync();
        await Expect(phone.GetByTestId("order-number")).ToHaveTextAsync(new Regex("ORD-\\d+"));
        await Expect(phone.GetByTestId("line-price-explanation").First).ToContainTextAsync("Quote Q-");
    }
}
