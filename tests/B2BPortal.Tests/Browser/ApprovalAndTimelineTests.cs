using System.Text.RegularExpressions;
using B2BPortal.Contracts.Erp;
using B2BPortal.Contracts.Orders;
using B2BPortal.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace B2BPortal.Tests.Browser;

/// <summary>
/// In Chromium: a buyer's order above Acme's threshold waits for approval; the plant's approver, on a phone-sized screen, opens
/// it from the inbox and approves it in two taps; the buyer, on the order's page, watches the timeline move as the ERP confirms
/// and ships it.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ApprovalAndTimelineTests(PortalFixture portal)
{
    private static readonly Guid North = Demo.AcmePlantNorth;

    [Fact]
    public async Task An_approver_approves_on_a_phone_and_the_buyer_sees_the_timeline_move()
    {
        using var life = await ErpLifecycle.StartAsync(portal);
        using var buyerSession = await portal.SignInAsync(Demo.AcmeBuyer);
        // 16 pumps at Plant North's contract price come to 26,880 EUR: above Acme's 25,000 threshold (demo rules).
        var placed = await OrderCalls.PlacedAsync(buyerSession.Http, North,
            TestOrders.For(North, TestOrders.NewReference("PHONE"), new OrderLineRequest("PMP-1001", 16)));
        Assert.Equal(ProcessStates.PendingApproval, placed.Status);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var buyer = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await SpaPages.SignInAsync(buyer, portal.BffUrl, Demo.AcmeBuyer);
        await buyer.GotoAsync(new Uri(portal.BffUrl, $"/accounts/{North}/orders/{placed.Id}").ToString());
        await Expect(buyer.GetByTestId("order-axis-process")).ToContainTextAsync("PendingApproval");
        await Expect(buyer.GetByTestId("order-approval")).ToContainTextAsync("Orders above 25,000");

        var phone = await (await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true })).NewPageAsync();
        await SpaPages.SignInAsync(phone, portal.BffUrl, Demo.AcmePlantApprover);
        await phone.GotoAsync(new Uri(portal.BffUrl, $"/accounts/{North}/approvals").ToString());
        var item = phone.Locator($"[data-testid=approval-item][data-order-id='{placed.Id}']");
        await item.TapAsync();
        await Expect(phone.GetByTestId("approval-rule")).ToContainTextAsync("Orders above 25,000");
        await Expect(phone.GetByTestId("approval-credit")).ToBeVisibleAsync();
        await Expect(phone.GetByTestId("approval-line")).ToHaveCountAsync(1);
        Assert.True(await SpaPages.FitsWidthAsync(phone), "the review fits a phone's width");
        await Expect(phone.GetByTestId("approval-approve")).ToBeInViewportAsync();
        await phone.GetByTestId("approval-approve").TapAsync();
        await Expect(phone.GetByTestId("approval-done")).ToHaveAttributeAsync("data-status", ProcessStates.Submitted);

        await Expect(buyer.GetByTestId("order-axis-validation")).ToContainTextAsync("Approved", new() { Timeout = 30_000 });
        await Expect(buyer.GetByTestId("erp-order-number")).ToHaveTextAsync(new Regex("SO-\\d+"), new() { Timeout = 60_000 });
        var acknowledged = await life.WaitForAsync(placed, o => o.ErpOrderNumber is not null, "the ERP's number");
        await life.StepAsync(acknowledged, new ErpSalesOrderStep(ErpChangeKinds.Confirmed));
        await Expect(buyer.Locator("[data-testid=timeline-entry][data-to=Confirmed]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await life.StepAsync(acknowledged, new ErpSalesOrderStep(ErpChangeKinds.Shipped) { Carrier = "DHL Freight", TrackingNumber = "JD014600009999" });
        await Expect(buyer.Locator("[data-testid=timeline-entry][data-to=Shipped]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(buyer.GetByTestId("shipment-tracking")).ToContainTextAsync("JD014600009999");
        await Expect(buyer.GetByTestId("order-axis-process")).ToContainTextAsync("Shipped");
    }
}
