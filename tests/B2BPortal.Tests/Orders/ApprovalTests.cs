using System.Net;
using System.Net.Http.Json;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Erp;
using B2BPortal.Contracts.Orders;
using B2BPortal.Tests.Infrastructure;
using Refit;

namespace B2BPortal.Tests.Orders;

/// <summary>
/// Approval chains across real processes: rules kept by Account (set here on Acme Plant South, removed after each test), applied by
/// Order when an order is placed, decided by signed-in approvers through the BFF.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ApprovalTests(PortalFixture portal) : IAsyncLifetime
{
    private static readonly Guid South = Demo.AcmePlantSouth;
    private static readonly Guid North = Demo.AcmePlantNorth;
    private readonly List<IDisposable> sessions = [];
    private ErpLifecycle life = null!;
    private BffSession admin = null!;

    public async Task InitializeAsync()
    {
        life = await ErpLifecycle.StartAsync(portal);
        admin = await SessionAsync(Demo.AcmeAdmin);
    }

    public async Task DisposeAsync()
    {
        foreach (var account in new[] { South, North, Demo.AcmeNorthAssembly })
        {
            using var removed = await admin.Http.DeleteAsync($"/api/v1/accounts/{account}/approval-policy");
        }

        sessions.ForEach(s => s.Dispose());
        life.Dispose();
    }

    [Fact]
    public async Task An_order_at_the_threshold_goes_straight_to_the_ERP_and_one_a_cent_above_waits_for_approval()
    {
        var atThreshold = Valves(10);
        var threshold = (await OrderCalls.PreviewAsync(life.Partner, South, atThreshold)).Totals.NetAmount;
        await SetPolicyAsync(South, new ApprovalPolicyDto([new ApprovalStepRule(threshold)]), life.Partner, Valves(11), expectedSteps: 1);

        var straight = await OrderCalls.PlacedAsync(life.Partner, South, atThreshold);
        var waiting = await OrderCalls.PlacedAsync(life.Partner, South, Valves(11));

        Assert.Equal((ProcessStates.Submitted, ValidationStates.Approved, null), (straight.Status, straight.ValidationStatus, straight.Approval));
        Assert.Equal((ProcessStates.PendingApproval, ValidationStates.PendingCheck), (waiting.Status, waiting.ValidationStatus));
        var step = Assert.Single(waiting.Approval!.Steps);
        Assert.Equal((threshold, ApproverRoles.Approver, ApproverLevels.Unit, null), (step.Above, step.Role, step.Level, step.Decision));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Null((await life.SalesOrders.FindSalesOrdersAsync(waiting.Id)).SingleOrDefault());
    }

    [Fact]
    public async Task A_two_tier_chain_needs_a_unit_approver_then_a_different_approver_of_the_company_and_only_then_reaches_the_ERP()
    {
        var order = Valves(12);
        var total = (await OrderCalls.PreviewAsync(life.Partner, South, order)).Totals.NetAmount;
        await SetPolicyAsync(South, new ApprovalPolicyDto([new ApprovalStepRule(total - 200), new ApprovalStepRule(total - 100, ApproverRoles.Approver, ApproverLevels.Company)]),
            life.Partner, order, expectedSteps: 2);
        var placed = await OrderCalls.PlacedAsync(life.Partner, South, order);
        var arne = Approvals(await SessionAsync(Demo.AcmeApprover));
        var carl = Approvals(await SessionAsync(Demo.AcmeController));

        var first = await ApproveAsync(arne, placed);
        Assert.Equal((ProcessStates.PendingApproval, ApprovalDecisions.Approved), (first.Status, first.Approval!.Steps[0].Decision));
        using (var again = await arne.ApproveAsync(South, placed.Id, new ApproveOrderRequest(total)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, again.StatusCode);
            Assert.Contains("needs another approver", again.ProblemText());
        }

        Assert.DoesNotContain((await arne.InboxAsync(Demo.AcmeIndustrial)).Items, i => i.OrderId == placed.Id);
        Assert.Contains((await carl.InboxAsync(Demo.AcmeIndustrial)).Items, i => i.OrderId == placed.Id && i.Step.Number == 2);
        var approved = await ApproveAsync(carl, placed);

        Assert.Equal((ProcessStates.Submitted, ValidationStates.Approved), (approved.Status, approved.ValidationStatus));
        Assert.Equal([("Arne Approver (Acme)", ApprovalDecisions.Approved), ("Carl Controller (Acme)", ApprovalDecisions.Approved)],
            approved.Approval!.Steps.Select(s => (s.DecidedByName, s.Decision)));
        Assert.Equal(("user", "Carl Controller (Acme)"), (approved.History.Last(h => h.To == ValidationStates.Approved).Actor.Kind,
            approved.History.Last(h => h.To == ValidationStates.Approved).Actor.Name));
        await life.WaitForAsync(placed, o => o.ErpOrderNumber is not null, "the ERP's acknowledgement after the last approval");
        var trail = await admin.Http.RecordsOfAsync(Demo.AcmeIndustrial, placed.Id.ToString());
        Assert.Equal([("order.placed", 201, "partner"), ("order.approved", 200, "Arne Approver (Acme)"), ("order.approved", 403, "Arne Approver (Acme)"),
            ("order.approved", 200, "Carl Controller (Acme)")], trail.Select(r => (r.Action, r.Status, r.Actor.Kind == "partner" ? "partner" : r.Actor.Name)));
        Assert.Contains(trail[3].Changes, c => (c.Field, c.Before, c.After) == ("processStatus", ProcessStates.PendingApproval, ProcessStates.Submitted));
    }

    [Fact]
    public async Task An_approver_cannot_approve_above_their_limit_nor_their_own_order_nor_for_a_unit_they_do_not_belong_to()
    {
        var pumps = Pumps(North, 36);
        await SetPolicyAsync(North, new ApprovalPolicyDto([new ApprovalStepRule(1_000m)]), admin.Http, Pumps(North, 2), expectedSteps: 1);
        await life.Erp.SetStockAsync(new ErpStockSetting("PMP-1001", "HAM", 40)); // 16 are in stock: not enough to pass Arne's limit
        try
        {
            await Eventually.TrueAsync(async () => (await OrderCalls.PreviewAsync(admin.Http, North, pumps)).CanSubmit, ErpLifecycle.Patience, "the stock to arrive");
            await LimitsAndSelfApprovalAsync(pumps);
        }
        finally
        {
            await life.Erp.SetStockAsync(new ErpStockSetting("PMP-1001", "HAM", 12));
        }
    }

    private async Task LimitsAndSelfApprovalAsync(PlaceOrderRequest pumps)
    {
        var placed = await OrderCalls.PlacedAsync(life.Partner, North, pumps);

        var total = placed.NetAmount;
        Assert.True(total > 50_000m, $"{total} must be above Arne's limit");

        var arne = Approvals(await SessionAsync(Demo.AcmeApprover));
        using (var aboveLimit = await arne.ApproveAsync(North, placed.Id, new ApproveOrderRequest(total)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, aboveLimit.StatusCode);
            Assert.Contains("above your approval limit of 50,000.00 EUR", aboveLimit.ProblemText());
        }

        Assert.False((await arne.ReviewAsync(North, placed.Id)).Content!.CanDecide);
        var pia = await SessionAsync(Demo.AcmePlantApprover);
        var own = await OrderCalls.PlacedAsync(pia.Http, North, Pumps(North, 2));
        using (var ownApproval = await Approvals(pia).ApproveAsync(North, own.Id, new ApproveOrderRequest(own.NetAmount)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, ownApproval.StatusCode);
            Assert.Contains("You placed this order", ownApproval.ProblemText());
        }

        var southOrder = await PlaceWaitingAsync(South, Valves(2), threshold: 100m);
        using (var elsewhere = await Approvals(pia).ReviewAsync(South, southOrder.Id))
        {
            Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        }

        var approved = await ApproveAsync(Approvals(pia), placed);
        Assert.Equal(ProcessStates.Submitted, approved.Status);
        using var cancelled = await life.CancelAsync(placed, "Only a test: give Acme's credit back");
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
    }

    [Fact]
    public async Task A_feasibility_step_the_rules_ask_for_is_decided_by_the_manufacturers_Validator_not_by_a_customer_approver()
    {
        var order = Valves(2);
        await SetPolicyAsync(South, new ApprovalPolicyDto([new ApprovalStepRule(100m, ApproverRoles.Validator)]), life.Partner, order, expectedSteps: 1);
        var placed = await OrderCalls.PlacedAsync(life.Partner, South, order);
        Assert.Equal(ApproverRoles.Validator, placed.Approval!.Steps.Single().Role);

        var arne = (await Approvals(await SessionAsync(Demo.AcmeApprover)).ReviewAsync(South, placed.Id)).Content!;
        Assert.False(arne.CanDecide);
        Assert.Contains("feasibility check", arne.CannotDecideReason);

        var vera = Approvals(await SessionAsync(Demo.Validator));
        Assert.Contains((await vera.InboxAsync(Demo.AcmeIndustrial)).Items, i => i.OrderId == placed.Id);
        var approved = await ApproveAsync(vera, placed);
        Assert.Equal((ProcessStates.Submitted, "Vera Validator (order validation)"), (approved.Status, approved.Approval!.Steps[0].DecidedByName));
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_cancels_the_order_and_releases_its_credit()
    {
        var placed = await PlaceWaitingAsync(South, Valves(3), threshold: 100m);
        var carl = Approvals(await SessionAsync(Demo.AcmeController));
        var before = await life.NotYetInvoicedAsync();

        using (var noReason = await carl.RejectAsync(South, placed.Id, new RejectOrderRequest(" ")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        }

        using var rejected = await carl.RejectAsync(South, placed.Id, new RejectOrderRequest("Use the framework supplier for valves this quarter."));

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var order = rejected.Content!;
        Assert.Equal((ProcessStates.Cancelled, ValidationStates.Rejected), (order.Status, order.ValidationStatus));
        Assert.Contains("framework supplier", order.RejectionReason);
        Assert.Equal(ApprovalDecisions.Rejected, order.Approval!.Steps[0].Decision);
        Assert.Equal(before - placed.NetAmount, await life.NotYetInvoicedAsync());
        var trail = await admin.Http.RecordsOfAsync(Demo.AcmeIndustrial, placed.Id.ToString());
        Assert.Equal([("order.placed", 201), ("order.rejected", 400), ("order.rejected", 200)], trail.Select(r => (r.Action, r.Status)));
        Assert.Equal("Carl Controller (Acme)", trail[2].Actor.Name);
        Assert.Contains(trail[2].Changes, c => (c.Field, c.Before, c.After) == ("validationStatus", ValidationStates.PendingCheck, ValidationStates.Rejected));
    }

    [Fact]
    public async Task At_approval_the_order_is_checked_again_and_the_approver_sees_and_must_accept_what_changed()
    {
        var pumps = Pumps(North, 3);
        var placed = await PlaceWaitingAsync(North, pumps, threshold: 100m);
        var pia = Approvals(await SessionAsync(Demo.AcmePlantApprover));
        var unchanged = (await pia.ReviewAsync(North, placed.Id)).Content!;
        Assert.Equal((placed.NetAmount, placed.NetAmount, true), (unchanged.OrderedTotal, unchanged.CurrentTotal, unchanged.CanDecide));
        Assert.Empty(unchanged.Changes);
        Assert.NotNull(unchanged.Credit);

        await SetNorthPumpPriceAsync(1_700m);
        try
        {
            var changed = await Eventually.ReturnsAsync(async () => (await pia.ReviewAsync(North, placed.Id)).Content is { Changes.Count: > 0 } review ? review : null,
                ErpLifecycle.Patience, "the new contract price to reach the review");
            Assert.Equal(placed.NetAmount + 3 * 20m, changed.CurrentTotal);
            Assert.Contains(changed.Changes, c => c.Contains("PMP-1001") && c.Contains("1,680.00 → 1,700.00"));
            Assert.True(changed.Lines.Single().Changed);

            using (var stale = await pia.ApproveAsync(North, placed.Id, new ApproveOrderRequest(placed.NetAmount)))
            {
                Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
                Assert.Contains("changed since you looked", stale.ProblemText());
            }

            var approved = await pia.ApproveAsync(North, placed.Id, new ApproveOrderRequest(changed.CurrentTotal));
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
            Assert.Equal((ProcessStates.Submitted, changed.CurrentTotal, 1_700m), (approved.Content!.Status, approved.Content.NetAmount, approved.Content.Lines[0].Price.UnitPrice));
        }
        finally
        {
            await SetNorthPumpPriceAsync(1_680m);
        }
    }

    [Fact]
    public async Task An_order_nobody_decides_in_time_expires_and_a_buyer_threshold_asks_for_approval_of_that_buyer_only()
    {
        var order = Valves(2);
        var total = (await OrderCalls.PreviewAsync(life.Partner, South, order)).Totals.NetAmount;
        await SetPolicyAsync(South, new ApprovalPolicyDto([new ApprovalStepRule(1_000_000m)], [new BuyerApprovalThreshold(Demo.AcmePartner, total - 1)], 0.001),
            life.Partner, order, expectedSteps: 1);

        var placed = await OrderCalls.PlacedAsync(life.Partner, South, order);
        Assert.Contains("Orders above", placed.Approval!.Steps.Single().Rule);
        Assert.Empty((await OrderCalls.PreviewAsync((await SessionAsync(Demo.AcmeAdmin)).Http, South, order)).ApprovalSteps);

        var expired = await life.WaitForAsync(placed, o => o.Status == ProcessStates.Cancelled, "the order to expire");
        Assert.Equal((ValidationStates.Rejected, "portal"), (expired.ValidationStatus, expired.History[^1].Actor.Kind));
        Assert.Contains("expired", expired.CancellationReason);
    }

    [Fact]
    public async Task Rules_are_inherited_down_the_hierarchy_overridden_per_unit_and_only_an_admin_changes_them()
    {
        var rules = RestService.For<IApprovalPolicyApi>(admin.Http);
        foreach (var unit in new[] { North, Demo.AcmeNorthAssembly })
        {
            using var followsAbove = await rules.RemoveAsync(unit); // other tests (the access matrix) may have given it rules of its own
        }

        var inherited = await rules.GetAsync(Demo.AcmeNorthAssembly);
        Assert.Equal((Demo.AcmeIndustrial, false), (inherited.FromAccountId, inherited.IsOwn));

        var own = await rules.SetAsync(North, new ApprovalPolicyDto([new ApprovalStepRule(5_000m)]));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal((North, 5_000m), ((await rules.GetAsync(Demo.AcmeNorthAssembly)).FromAccountId!.Value, (await rules.GetAsync(Demo.AcmeNorthAssembly)).Policy!.Steps[0].Above));

        using (var invalid = await rules.SetAsync(North, new ApprovalPolicyDto([])))
        {
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        }

        var buyer = await SessionAsync(Demo.AcmeBuyer);
        using (var notAdmin = await RestService.For<IApprovalPolicyApi>(buyer.Http).SetAsync(North, new ApprovalPolicyDto([new ApprovalStepRule(1m)])))
        {
            Assert.Equal(HttpStatusCode.Forbidden, notAdmin.StatusCode);
        }

        var removed = await rules.RemoveAsync(North);
        Assert.Equal(Demo.AcmeIndustrial, removed.Content!.FromAccountId);
    }

    private async Task<OrderDto> PlaceWaitingAsync(Guid account, PlaceOrderRequest order, decimal threshold)
    {
        await SetPolicyAsync(account, new ApprovalPolicyDto([new ApprovalStepRule(threshold)]), life.Partner, order, expectedSteps: 1);
        var placed = await OrderCalls.PlacedAsync(life.Partner, account, order);
        Assert.Equal(ProcessStates.PendingApproval, placed.Status);
        return placed;
    }

    /// <summary>Sets the unit's rules and waits until the Order service applies them (its kept copy is dropped by an event).</summary>
    private async Task SetPolicyAsync(Guid account, ApprovalPolicyDto policy, HttpClient buyer, PlaceOrderRequest probe, int expectedSteps)
    {
        using var set = await RestService.For<IApprovalPolicyApi>(admin.Http).SetAsync(account, policy);
        Assert.True(set.StatusCode == HttpStatusCode.OK, set.ProblemText());
        await Eventually.TrueAsync(async () =>
        {
            await Task.Delay(300); // the buyer may be a partner, whose allowance of requests is small
            return (await OrderCalls.PreviewAsync(buyer, account, probe)).ApprovalSteps.Count == expectedSteps;
        }, ErpLifecycle.Patience, "the Order service to apply the new approval rules");
    }

    private async Task<OrderDto> ApproveAsync(IApprovalApi approver, OrderDto order)
    {
        var review = await approver.ReviewAsync(order.AccountId, order.Id);
        Assert.True(review.IsSuccessStatusCode, review.ProblemText());
        Assert.True(review.Content!.CanDecide, review.Content.CannotDecideReason);
        using var approved = await approver.ApproveAsync(order.AccountId, order.Id, new ApproveOrderRequest(review.Content.CurrentTotal));
        Assert.True(approved.IsSuccessStatusCode, approved.ProblemText());
        return approved.Content!;
    }

    private async Task SetNorthPumpPriceAsync(decimal price)
    {
        await life.Erp.SetContractPriceAsync(new ErpContractPriceSetting(Demo.NorthPumpDeal, North, "PMP-1001", price, [new ErpPriceBreak(20, 1_560m)]));
        await Eventually.TrueAsync(async () => (await life.Partner.GetFromJsonAsync<Contracts.Pricing.PriceDto>(
                $"/api/v1/accounts/{North}/prices?sku=PMP-1001&quantity=1"))!.UnitPrice == price,
            ErpLifecycle.Patience, $"the North pump price to become {price}");
    }

    private async Task<BffSession> SessionAsync(string email)
    {
        var session = await portal.SignInAsync(email);
        sessions.Add(session);
        return session;
    }

    private static IApprovalApi Approvals(BffSession session) => RestService.For<IApprovalApi>(session.Http);

    private static PlaceOrderRequest Valves(int quantity) =>
        TestOrders.For(South, TestOrders.NewReference("APPROVAL"), new OrderLineRequest("VLV-2001", quantity));

    private static PlaceOrderRequest Pumps(Guid account, int quantity) =>
        TestOrders.For(account, TestOrders.NewReference("APPROVAL"), new OrderLineRequest("PMP-1001", quantity));
}
