using System.Net;
using System.Net.Http.Json;
using B2BPortal.Contracts.Erp;
using B2BPortal.Contracts.Events;
using B2BPortal.Contracts.Orders;
using B2BPortal.Tests.Infrastructure;

namespace B2BPortal.Tests.Orders;

/// <summary>
/// An order's life as the ERP carries it out, across real processes: ERP user's steps in ErpSimulator → its sales-order feed →
/// ErpAdapter → <see cref="ErpSalesOrderChanged"/> → Order → the order as the BFF answers it.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class OrderLifecycleTests(PortalFixture portal) : IAsyncLifetime
{
    private static readonly DateOnly Revised = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20);
    private ErpLifecycle life = null!;

    public async Task InitializeAsync() => life = await ErpLifecycle.StartAsync(portal);

    public Task DisposeAsync()
    {
        life.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_scripted_lifecycle_runs_from_submission_to_payment_with_every_step_in_the_history()
    {
        var order = await life.PlaceAcknowledgedAsync("LIFE", new OrderLineRequest("SEA-4001", 4), new OrderLineRequest("VLV-2001", 2));
        await life.StepAsync(order, new ErpSalesOrderStep(ErpChangeKinds.Confirmed));
        await life.StepAsync(order, new ErpSalesOrderStep(ErpChangeKinds.Allocated) { Lines = [new ErpLineQuantity(2, 1, Revised)] });

        var allocated = await life.WaitForAsync(order, o => o.Status == ProcessStates.Allocated, "the allocation");
        Assert.Equal((1m, Revised), (allocated.Lines[1].BackorderedQuantity, allocated.Lines[1].RevisedDeliveryDate));
        Assert.Equal(0m, allocated.Lines[0].BackorderedQuantity);

        await life.StepAsync(order, new ErpSalesOrderStep(ErpChangeKinds.Shipped)
        {
            Lines = [new ErpLineQuantity(1, 4), new ErpLineQuantity(2, 1)], Carrier = "DHL Freight", TrackingNumber = "JD0146000012345",
        });
        await life.StepAsync(order, new ErpSalesOrderStep(ErpChangeKinds.Shipped) { Carrier = "DB Schenker", TrackingNumber = "SCH-998877" });
        await life.StepAsync(order, new ErpSalesOrderStep(ErpChangeKinds.Delivered));
        await life.StepAsync(order, new ErpSalesOrderStep(ErpChangeKinds.Delivered));
        var beforeInvoice = await life.NotYetInvoicedAsync();
        await life.StepAsync(order, new ErpSalesOrderStep(ErpChangeKinds.Invoiced));
        await life.StepAsync(order, new ErpSalesOrderStep(ErpChangeKinds.PaymentReceived) { Amount = 100m });
        await life.StepAsync(order, new ErpSalesOrderStep(ErpChangeKinds.PaymentReceived));

        var paid = await life.WaitForAsync(order, o => o.PaymentStatus == PaymentStates.Paid, "the last payment");

        Assert.Equal([ProcessStates.Submitted, ProcessStates.Confirmed, ProcessStates.Allocated, ProcessStates.PartiallyShipped, ProcessStates.Shipped,
            ProcessStates.Delivered], paid.History.Where(h => h.Axis == OrderAxes.Process).Select(h => h.To));
        Assert.Equal([ValidationStates.Approved], paid.History.Where(h => h.Axis == OrderAxes.Validation).Select(h => h.To));
        Assert.Equal([PaymentStates.Invoiced, PaymentStates.PartiallyPaid, PaymentStates.Paid],
            paid.History.Where(h => h.Axis == OrderAxes.Payment).Select(h => h.To));
        Assert.All(paid.History.Where(h => h.Axis is OrderAxes.Payment || h.To is ProcessStates.Confirmed or ProcessStates.Shipped),
            step => Assert.Equal(("erp", paid.ErpOrderNumber), (step.Actor.Kind, step.Actor.Id)));
        Assert.Equal(("placed", "partner"), (paid.History[0].Kind, paid.History[0].Actor.Kind));

        Assert.Equal([("DHL Freight", "JD0146000012345"), ("DB Schenker", "SCH-998877")], paid.Shipments.Select(s => (s.Carrier, s.TrackingNumber)));
        Assert.All(paid.Shipments, s => Assert.NotNull(s.DeliveredAt));
        Assert.Equal([(4m, 0m), (2m, 0m)], paid.Lines.Select(l => (l.ShippedQuantity, l.BackorderedQuantity)));
        var invoice = Assert.Single(paid.Invoices);
        Assert.Equal((order.NetAmount, order.NetAmount, false), (invoice.Amount, invoice.PaidAmount, invoice.Overdue));
        Assert.Equal((order.NetAmount, order.NetAmount), (paid.InvoicedAmount, paid.PaidAmount));
        Assert.Equal(beforeInvoice - order.NetAmount, await life.NotYetInvoicedAsync());
    }

    [Fact]
    public async Task Changes_that_arrive_twice_and_out_of_order_leave_the_order_as_changes_in_order_do()
    {
        OrderLineRequest[] lines = [new("SEA-4001", 3), new("VLV-2001", 2)];
        var inOrder = await life.PlaceAcknowledgedAsync("INORDER", lines);
        var shuffled = await life.PlaceAcknowledgedAsync("SHUFFLED", lines);
        foreach (var step in new ErpSalesOrderStep[]
                 {
                     new(ErpChangeKinds.Confirmed), new(ErpChangeKinds.Allocated) { Lines = [new ErpLineQuantity(1, 2, Revised)] },
                     new(ErpChangeKinds.Shipped) { Lines = [new ErpLineQuantity(1, 1), new ErpLineQuantity(2, 2)], TrackingNumber = "T-1" },
                     new(ErpChangeKinds.Backordered) { Lines = [new ErpLineQuantity(1, 2, Revised.AddDays(7))] },
                     new(ErpChangeKinds.Shipped) { TrackingNumber = "T-2" }, new(ErpChangeKinds.Delivered), new(ErpChangeKinds.Delivered),
                     new(ErpChangeKinds.Invoiced), new(ErpChangeKinds.PaymentReceived) { Amount = 50m }, new(ErpChangeKinds.Overdue),
                     new(ErpChangeKinds.PaymentReceived),
                 })
        {
            await life.StepAsync(inOrder, step);
        }

        var expected = await life.WaitForAsync(inOrder, o => o.PaymentStatus == PaymentStates.Paid, "the in-order changes");
        var changes = await life.FeedOfAsync(inOrder.Id);
        Assert.Equal(Enumerable.Range(1, 11), changes.Select(c => c.OrderSequence));

        // The same changes for the other order, as its ERP would send them: each twice (new message ids), newest first.
        await using var bus = await TestBus.StartAsync(portal);
        foreach (var change in changes.AsEnumerable().Reverse().SelectMany(c => new[] { c, c }))
        {
            await bus.Bus.Publish(new ErpSalesOrderChanged
            {
                AccountId = Demo.AcmeIndustrial, CorrelationId = shuffled.Id, OrderId = shuffled.Id, OrderNumber = shuffled.Number,
                ErpOrderNumber = shuffled.ErpOrderNumber!, Sequence = change.OrderSequence, Kind = change.Kind, Detail = change.Detail, ChangedAt = change.ChangedAt,
            });
        }

        var actual = await life.WaitForAsync(shuffled, o => o.PaymentStatus == PaymentStates.Paid, "the shuffled changes");
        Assert.Equal(Comparable(expected), Comparable(actual));
        Assert.Equal(11, actual.History.Count(h => h.Actor.Kind == "erp" && h.Kind != "erp-acknowledged"));
        Assert.DoesNotContain(actual.History, h => h.Kind == "erp-change-refused");
    }

    [Fact]
    public async Task A_buyer_cancels_an_order_the_ERP_has_not_confirmed_and_the_ERP_drops_its_sales_order()
    {
        var order = await life.PlaceAcknowledgedAsync("CANCEL");
        var before = await life.NotYetInvoicedAsync();

        using var response = await life.CancelAsync(order, "Ordered twice");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cancelled = (await response.Content.ReadFromJsonAsync<OrderDto>())!;
        Assert.Equal(ProcessStates.Cancelled, cancelled.Status);
        Assert.Contains("Ordered twice", cancelled.CancellationReason);
        Assert.Equal(before - order.NetAmount, await life.NotYetInvoicedAsync());
        await Eventually.TrueAsync(async () => (await life.SalesOrders.GetSalesOrderAsync(order.ErpOrderNumber!)).Status == "Cancelled",
            ErpLifecycle.Patience, "the ERP to cancel its sales order");
        await life.WaitForAsync(order, o => o.History.Any(h => h.Kind == "erp-cancelled"), "the ERP's cancellation in the history");

        using var again = await life.CancelAsync(order, "Ordered twice");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task After_confirmation_a_cancellation_is_a_request_the_ERP_answers_and_a_shipped_order_cannot_be_cancelled()
    {
        var confirmed = await life.PlaceAcknowledgedAsync("REQUEST");
        await life.StepAsync(confirmed, new ErpSalesOrderStep(ErpChangeKinds.Confirmed));
        await life.WaitForAsync(confirmed, o => o.Status == ProcessStates.Confirmed, "the confirmation");

        using (var requested = await life.CancelAsync(confirmed, null))
        {
            Assert.Equal(HttpStatusCode.Accepted, requested.StatusCode);
            Assert.NotNull((await requested.Content.ReadFromJsonAsync<OrderDto>())!.CancellationRequestedAt);
        }

        var cancelled = await life.WaitForAsync(confirmed, o => o.Status == ProcessStates.Cancelled, "the ERP to cancel the order");
        Assert.Equal(("erp", null), (cancelled.History[^1].Actor.Kind, cancelled.CancellationRequestedAt));

        var shipped = await life.PlaceAcknowledgedAsync("SHIPPED");
        await life.StepAsync(shipped, new ErpSalesOrderStep(ErpChangeKinds.Confirmed));
        await life.StepAsync(shipped, new ErpSalesOrderStep(ErpChangeKinds.Shipped));
        await life.WaitForAsync(shipped, o => o.Status == ProcessStates.Shipped, "the shipment");

        using var refused = await life.CancelAsync(shipped, null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("has shipped", (await refused.Content.ReadFromJsonAsync<ProblemBody>())!.Detail);
    }

    [Fact]
    public async Task The_ERP_refuses_a_cancellation_for_an_order_that_shipped_while_the_request_waited_out_an_outage()
    {
        var order = await life.PlaceAcknowledgedAsync("LATE");
        await life.StepAsync(order, new ErpSalesOrderStep(ErpChangeKinds.Confirmed));
        await life.WaitForAsync(order, o => o.Status == ProcessStates.Confirmed, "the confirmation");

        await life.WithErpDownAsync(async () =>
        {
            using var requested = await life.CancelAsync(order, "Not needed any more");
            Assert.Equal(HttpStatusCode.Accepted, requested.StatusCode);
            await life.StepAsync(order, new ErpSalesOrderStep(ErpChangeKinds.Shipped));
            await life.WaitForAsync(order, o => o.Status == ProcessStates.Shipped, "the shipment");
        });

        var answered = await life.WaitForAsync(order, o => o.CancellationRequestedAt is null, "the ERP's answer to the cancellation");
        Assert.Equal(ProcessStates.Shipped, answered.Status);
        Assert.Contains(answered.History, h => h.Kind == "cancellation-refused" && h.Detail.Contains("can no longer be cancelled"));
    }

    [Fact]
    public async Task A_change_the_lifecycle_does_not_allow_is_kept_in_the_history_and_changes_nothing()
    {
        var order = await life.PlaceAcknowledgedAsync("RACE");
        await life.WithErpDownAsync(async () =>
        {
            using var cancelled = await life.CancelAsync(order, "Changed our mind");
            Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
            await life.StepAsync(order, new ErpSalesOrderStep(ErpChangeKinds.Confirmed));
            await life.WaitForAsync(order, o => o.History.Any(h => h.Kind == "erp-change-refused"), "the confirmation to be refused");
        });

        var settled = await life.WaitForAsync(order, o => o.History.Any(h => h.Kind == "erp-cancelled"), "the ERP to cancel its sales order");
        Assert.Equal(ProcessStates.Cancelled, settled.Status);
        Assert.DoesNotContain(settled.History, h => h.Axis == OrderAxes.Process && h.To == ProcessStates.Confirmed);
    }

    [Fact]
    public async Task An_ERP_refusal_of_any_length_cancels_the_order_with_its_reason_cut_to_what_is_kept()
    {
        var faults = await life.Erp.GetFaultsAsync();
        var reason = "Item blocked: " + string.Concat(Enumerable.Repeat("the material certificate has expired and must be renewed; ", 60));
        await life.Erp.SetFaultsAsync(faults with { BlockedItems = ["SEA-4001"], BlockedReason = reason });
        try
        {
            var placed = await OrderCalls.PlacedAsync(life.Partner, Demo.AcmeIndustrial,
                TestOrders.For(Demo.AcmeIndustrial, TestOrders.NewReference("LONG"), new OrderLineRequest("SEA-4001", 1)));

            var cancelled = await life.WaitForAsync(placed, o => o.Status == ProcessStates.Cancelled, "the ERP's refusal");

            Assert.StartsWith("The ERP refused the order: Item blocked: the material certificate", cancelled.CancellationReason);
            Assert.InRange(cancelled.CancellationReason!.Length, 400, 500);
        }
        finally
        {
            await life.Erp.SetFaultsAsync(faults);
        }
    }

    /// <summary>What two orders with the same changes must share: states, lines, shipments, invoices and the history's steps.</summary>
    private static string Comparable(OrderDto order) => System.Text.Json.JsonSerializer.Serialize(new
    {
        order.Status, order.ValidationStatus, order.PaymentStatus, order.InvoicedAmount, order.PaidAmount,
        Lines = order.Lines.Select(l => new { l.LineNumber, l.ShippedQuantity, l.BackorderedQuantity, l.RevisedDeliveryDate }),
        Shipments = order.Shipments.Select(s => new { s.Number, s.Carrier, s.TrackingNumber, s.Lines, Delivered = s.DeliveredAt is not null }),
        Invoices = order.Invoices.Select(i => new { i.Number, i.Amount, i.PaidAmount, i.Overdue, i.DueDate }),
        History = order.History.Where(h => h.Kind != "erp-acknowledged" && h.Kind != "placed").Select(h => new { h.Kind, h.Axis, h.From, h.To, h.Detail }),
    });

    private sealed record ProblemBody(string Title, string Detail);
}
