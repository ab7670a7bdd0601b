using System.Text.Json;
using B2BPortal.Contracts.Erp;
using B2BPortal.Contracts.Events;
using B2BPortal.Contracts.Orders;
using B2BPortal.Order.Data;
using B2BPortal.Order.Features.Credit;
using B2BPortal.Order.Features.Lifecycle;
using B2BPortal.Order.Features.Orders;
using B2BPortal.Order.Features.Validation;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Order.Features.ErpStatus;

/// <summary>
/// Applies the ERP's changes to an order in the order of their sequence, each once: a repeat finds its sequence already seen,
/// a change that overtook an earlier one waits for it (<see cref="ErpChange"/>). Runs in the consumer's transaction with the
/// order's row locked.
/// </summary>
public sealed partial class ErpChangeApplier(OrderingDbContext db, TimeProvider clock, ILogger<ErpChangeApplier> logger)
{
    public async Task ApplyAsync(ErpSalesOrderChanged change, CancellationToken cancellationToken)
    {
        var order = await OrderLocks.LoadForUpdateAsync(db, change.OrderId, cancellationToken, withLines: true);
        if (order is null)
        {
            LogUnknownOrder(logger, change.ErpOrderNumber, change.OrderId);
            return;
        }

        var known = order.ErpSequence >= change.Sequence
            || await db.ErpChanges.AnyAsync(c => c.OrderId == change.OrderId && c.Sequence == change.Sequence, cancellationToken);
        if (known)
        {
            return;
        }

        var received = new ErpChange
        {
            OrderId = change.OrderId, Sequence = change.Sequence, Kind = change.Kind, ErpOrderNumber = change.ErpOrderNumber,
            Detail = JsonSerializer.Serialize(change.Detail, JsonSerializerOptions.Web), ChangedAt = change.ChangedAt, ReceivedAt = clock.GetUtcNow(),
        };
        db.ErpChanges.Add(received);
        var waiting = await db.ErpChanges
            .Where(c => c.OrderId == order.Id && c.AppliedAt == null && c.Sequence > order.ErpSequence)
            .ToListAsync(cancellationToken);
        foreach (var next in waiting.Append(received).OrderBy(c => c.Sequence))
        {
            if (next.Sequence != order.ErpSequence + 1)
            {
                break;
            }

            await ApplyOneAsync(order, next, cancellationToken);
        }
    }

    private async Task ApplyOneAsync(Orders.Order order, ErpChange change, CancellationToken cancellationToken)
    {
        var detail = JsonSerializer.Deserialize<ErpOrderChangeDetail>(change.Detail, JsonSerializerOptions.Web)!;
        var erp = OrderActor.Erp(change.ErpOrderNumber);
        try
        {
            await ApplyAsync(order, change.Kind, detail, erp, change.ChangedAt, change.Sequence, cancellationToken);
        }
        catch (OrderTransitionRefusedException refused)
        {
            change.Refusal = refused.Message;
            order.Note("erp-change-refused", erp, change.ChangedAt, $"The ERP reported {change.Kind}, which the portal did not apply: {refused.Message}",
                change.Sequence);
            LogRefused(logger, change.Kind, change.Sequence, order.Number, refused.Message);
        }

        change.AppliedAt = clock.GetUtcNow();
        order.AppliedErpChange(change.Sequence, change.ErpOrderNumber);
    }

    private async Task ApplyAsync(
        Orders.Order order, string kind, ErpOrderChangeDetail detail, OrderActor erp, DateTimeOffset at, int sequence, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case ErpChangeKinds.Confirmed:
                order.Move(OrderAxes.Process, ProcessStates.Confirmed, erp, at, "The ERP confirmed the order.", sequence);
                break;
            case ErpChangeKinds.Allocated:
                RefuseUnknownLines(order, detail);
                order.Move(OrderAxes.Process, ProcessStates.Allocated, erp, at, "Stock is reserved." + Backorders(order, detail), sequence);
                SetBackorders(order, detail);
                break;
            case ErpChangeKinds.Backordered:
                Refuse(order.ProcessStatus is ProcessStates.Cancelled or ProcessStates.Shipped or ProcessStates.Delivered,
                    $"Order {order.Number} is {order.ProcessStatus}; nothing of it can wait for stock.");
                RefuseUnknownLines(order, detail);
                order.Note("backordered", erp, at, "Waiting for stock." + Backorders(order, detail), sequence);
                SetBackorders(order, detail);
                break;
            case ErpChangeKinds.Shipped:
                Ship(order, detail, erp, at, sequence);
                break;
            case ErpChangeKinds.Delivered:
                Deliver(order, detail, erp, at, sequence);
                break;
            case ErpChangeKinds.Cancelled:
                await CancelAsync(order, erp, at, detail.Reason ?? "The ERP cancelled the order.", sequence, cancellationToken);
                break;
            case ErpChangeKinds.CancellationRefused:
                order.CancellationRefused(erp, at, $"The ERP did not cancel the order: {detail.Reason ?? "no reason given"}.", sequence);
                break;
            case ErpChangeKinds.Invoiced:
                await InvoiceAsync(order, detail, erp, at, sequence, cancellationToken);
                break;
            case ErpChangeKinds.PaymentReceived:
                Pay(order, detail, erp, at, sequence);
                break;
            case ErpChangeKinds.Overdue:
                var overdue = InvoiceOf(order, detail);
                overdue.Overdue = true;
                MoveOrNote(order, OrderAxes.Payment, PaymentStates.Overdue, "overdue", erp, at, $"Invoice {overdue.Number} is past its due date.", sequence);
                break;
            default:
                throw new OrderTransitionRefusedException($"The ERP reported a change of a kind the portal does not know ({kind}).");
        }
    }

    private static void Ship(Orders.Order order, ErpOrderChangeDetail detail, OrderActor erp, DateTimeOffset at, int sequence)
    {
        Refuse(detail.ShipmentNumber is null || detail.Lines.Count == 0, "A shipment needs its number and lines.");
        Refuse(order.Shipments.Any(s => s.Number == detail.ShipmentNumber), $"Shipment {detail.ShipmentNumber} is already recorded.");
        RefuseUnknownLines(order, detail);
        var shipped = order.Lines.ToDictionary(l => l.LineNumber, l => l.ShippedQuantity);
        foreach (var line in detail.Lines)
        {
            shipped[line.LineNumber] += line.Quantity;
        }

        var inFull = order.Lines.All(l => shipped[l.LineNumber] >= l.Quantity);
        var target = inFull ? ProcessStates.Shipped : ProcessStates.PartiallyShipped;
        var text = $"Shipment {detail.ShipmentNumber} left with {detail.Carrier ?? "the carrier"}"
            + (detail.TrackingNumber is { } tracking ? $", tracking number {tracking}." : ".");
        MoveOrNote(order, OrderAxes.Process, target, "shipment", erp, at, text, sequence);

        foreach (var line in order.Lines)
        {
            line.ShippedQuantity = shipped[line.LineNumber];
            line.BackorderedQuantity = Math.Min(line.BackorderedQuantity, Math.Max(0, line.Quantity - line.ShippedQuantity));
            line.RevisedDeliveryDate = line.BackorderedQuantity > 0 ? line.RevisedDeliveryDate : null;
        }

        order.Shipments.Add(new Shipment
        {
            Number = detail.ShipmentNumber!, Carrier = detail.Carrier, TrackingNumber = detail.TrackingNumber, ShippedAt = at,
            Lines = [.. detail.Lines.Select(l => new ShipmentLine { LineNumber = l.LineNumber, Quantity = l.Quantity })],
        });
    }

    private static void Deliver(Orders.Order order, ErpOrderChangeDetail detail, OrderActor erp, DateTimeOffset at, int sequence)
    {
        var shipment = order.Shipments.SingleOrDefault(s => s.Number == detail.ShipmentNumber);
        Refuse(shipment is null, $"Order {order.Number} has no shipment {detail.ShipmentNumber}.");
        var allDelivered = order.Shipments.All(s => s == shipment || s.DeliveredAt is not null);
        var text = $"Shipment {shipment!.Number} was delivered.";
        if (allDelivered && order.ProcessStatus == ProcessStates.Shipped)
        {
            order.Move(OrderAxes.Process, ProcessStates.Delivered, erp, at, text, sequence);
        }
        else
        {
            order.Note("delivery", erp, at, text, sequence);
        }

        shipment.DeliveredAt = at;
    }

    private async Task CancelAsync(Orders.Order order, OrderActor erp, DateTimeOffset at, string reason, int sequence, CancellationToken cancellationToken)
    {
        if (order.ProcessStatus == ProcessStates.Cancelled)
        {
            order.Note("erp-cancelled", erp, at, $"The ERP cancelled its sales order too: {reason}", sequence);
            return;
        }

        order.Cancel(erp, at, reason, sequence);
        await CreditLedger.ReleaseAsync(db, order.CompanyId, order.Currency, order.NetAmount - order.InvoicedAmount, cancellationToken);
    }

    private async Task InvoiceAsync(
        Orders.Order order, ErpOrderChangeDetail detail, OrderActor erp, DateTimeOffset at, int sequence, CancellationToken cancellationToken)
    {
        Refuse(detail.InvoiceNumber is null || detail.Amount is not > 0, "An invoice needs its number and an amount above 0.");
        Refuse(order.Invoices.Any(i => i.Number == detail.InvoiceNumber), $"Invoice {detail.InvoiceNumber} is already recorded.");
        var invoice = new Invoice
        {
            Number = detail.InvoiceNumber!, Amount = detail.Amount!.Value, Currency = detail.Currency ?? order.Currency, DueDate = detail.DueDate, IssuedAt = at,
        };
        var text = $"Invoice {invoice.Number}: {Findings.Money(invoice.Amount, invoice.Currency)}" + (invoice.DueDate is { } due ? $", due {Findings.Date(due)}." : ".");
        MoveOrNote(order, OrderAxes.Payment, PaymentStates.Invoiced, "invoice", erp, at, text, sequence);

        // The invoiced amount leaves the portal's not-yet-invoiced sum; the ERP's open receivables take it over (its credit feed).
        var stillUninvoiced = Math.Max(0, order.NetAmount - order.InvoicedAmount);
        order.AddInvoice(invoice);
        await CreditLedger.ReleaseAsync(db, order.CompanyId, order.Currency, Math.Min(invoice.Amount, stillUninvoiced), cancellationToken);
    }

    private static void Pay(Orders.Order order, ErpOrderChangeDetail detail, OrderActor erp, DateTimeOffset at, int sequence)
    {
        Refuse(detail.Amount is not > 0, "A payment needs an amount above 0.");
        var invoice = InvoiceOf(order, detail);
        var paidInFull = order.PaidAmount + detail.Amount!.Value >= order.InvoicedAmount;
        var target = paidInFull ? PaymentStates.Paid : order.PaymentStatus == PaymentStates.Overdue ? PaymentStates.Overdue : PaymentStates.PartiallyPaid;
        MoveOrNote(order, OrderAxes.Payment, target, "payment", erp, at,
            $"Payment of {Findings.Money(detail.Amount.Value, invoice.Currency)} received on invoice {invoice.Number}.", sequence);
        order.AddPayment(invoice, detail.Amount.Value);
    }

    /// <summary>Moves the order when the change takes it to another state; records the step either way.</summary>
    private static void MoveOrNote(
        Orders.Order order, string axis, string to, string kind, OrderActor erp, DateTimeOffset at, string text, int sequence)
    {
        if (order.StateOf(axis) == to)
        {
            order.Note(kind, erp, at, text, sequence);
        }
        else
        {
            order.Move(axis, to, erp, at, text, sequence);
        }
    }

    private static Invoice InvoiceOf(Orders.Order order, ErpOrderChangeDetail detail) =>
        order.Invoices.SingleOrDefault(i => i.Number == detail.InvoiceNumber)
        ?? throw new OrderTransitionRefusedException($"Order {order.Number} has no invoice {detail.InvoiceNumber}.");

    private static void SetBackorders(Orders.Order order, ErpOrderChangeDetail detail)
    {
        foreach (var waiting in detail.Lines)
        {
            var line = order.Lines.Single(l => l.LineNumber == waiting.LineNumber);
            line.BackorderedQuantity = Math.Min(waiting.Quantity, line.Quantity - line.ShippedQuantity);
            line.RevisedDeliveryDate = waiting.RevisedDate;
        }
    }

    private static void RefuseUnknownLines(Orders.Order order, ErpOrderChangeDetail detail)
    {
        if (detail.Lines.FirstOrDefault(l => order.Lines.All(x => x.LineNumber != l.LineNumber)) is { } unknown)
        {
            throw new OrderTransitionRefusedException($"Order {order.Number} has no line {unknown.LineNumber}.");
        }
    }

    private static string Backorders(Orders.Order order, ErpOrderChangeDetail detail) =>
        detail.Lines.Count == 0 ? "" : " " + string.Join("; ", detail.Lines.Select(l =>
            $"line {l.LineNumber} ({order.Lines.FirstOrDefault(x => x.LineNumber == l.LineNumber)?.Sku}): {Findings.Quantity(l.Quantity)} on backorder"
            + (l.RevisedDate is { } date ? $" until {Findings.Date(date)}" : ""))) + ".";

    private static void Refuse(bool refused, string reason)
    {
        if (refused)
        {
            throw new OrderTransitionRefusedException(reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "ERP change to {ErpOrderNumber} names order {OrderId}, which the portal does not have")]
    private static partial void LogUnknownOrder(ILogger logger, string erpOrderNumber, Guid orderId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ERP change {Kind} ({Sequence}) to {OrderNumber} not applied: {Reason}")]
    private static partial void LogRefused(ILogger logger, string kind, int sequence, string orderNumber, string reason);
}
