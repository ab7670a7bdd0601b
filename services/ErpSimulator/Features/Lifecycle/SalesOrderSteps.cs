using System.Globalization;
using System.Text.Json;
using B2BPortal.Contracts.Erp;
using B2BPortal.ErpSimulator.Data;
using B2BPortal.ErpSimulator.Features.Credit;
using B2BPortal.ErpSimulator.Features.Feeds;
using B2BPortal.ErpSimulator.Features.SalesOrders;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.ErpSimulator.Features.Lifecycle;

/// <summary>
/// What an ERP user (or a scripted scenario) does to a sales order: confirm, allocate, backorder, ship, deliver, cancel, invoice,
/// take a payment, flag an invoice overdue. Each step checks what the ERP itself would refuse, changes the sales order and appends
/// the change to the sales-order feed, in one transaction with the order's row locked. An invoice adds to the customer's open
/// receivables and a payment takes off them (the credit feed says so).
/// </summary>
public sealed class SalesOrderSteps(ErpDbContext db, TimeProvider clock)
{
    private static readonly string[] Carriers = ["DHL Freight", "DB Schenker", "DSV Road", "Kuehne+Nagel"];

    /// <summary>
    /// Takes the step: <c>Found</c> false for an unknown sales order, else <c>Refusal</c> null when it was taken or why the ERP refuses
    /// it. A customer's request (it has an <paramref name="idempotencyKey"/>) is answered in the feed even when refused, and the same
    /// key again changes nothing.
    /// </summary>
    public async Task<(bool Found, string? Refusal)> TakeAsync(
        string number, ErpSalesOrderStep step, string? idempotencyKey, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var order = await db.SalesOrders.FromSql($"SELECT * FROM erp.sales_orders WHERE number = {number} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);
        if (order is null || (idempotencyKey is not null && await db.AppliedRequests.AnyAsync(r => r.IdempotencyKey == idempotencyKey, cancellationToken)))
        {
            return (order is not null, null);
        }

        var now = clock.GetUtcNow();
        ErpOrderChangeDetail detail;
        string? refusal = null;
        try
        {
            detail = Apply(order, step, now);
        }
        catch (StepRefusedException refused) when (idempotencyKey is not null)
        {
            refusal = refused.Message;
            step = new ErpSalesOrderStep(ErpChangeKinds.CancellationRefused) { Reason = refusal };
            detail = Apply(order, step, now);
        }
        catch (StepRefusedException refused)
        {
            return (true, refused.Message);
        }

        if (idempotencyKey is not null)
        {
            db.AppliedRequests.Add(new AppliedRequest { IdempotencyKey = idempotencyKey, AppliedAt = now });
        }

        await BookCreditAsync(order, step.Kind, detail, now, cancellationToken);
        order.LastSequence++;
        await FeedWriter.AppendAsync(db,
        [
            new SalesOrderChange
            {
                SalesOrderNumber = order.Number, PortalOrderId = order.PortalOrderId, PortalOrderNumber = order.PortalOrderNumber,
                CustomerAccountId = order.CustomerAccountId, OrderSequence = order.LastSequence, Kind = step.Kind,
                Detail = JsonSerializer.Serialize(detail, JsonSerializerOptions.Web), ChangedAt = now,
            },
        ], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (true, refusal);
    }

    private static ErpOrderChangeDetail Apply(SalesOrder order, ErpSalesOrderStep step, DateTimeOffset now)
    {
        switch (step.Kind)
        {
            case ErpChangeKinds.Confirmed:
                Require(order.Status == SalesOrderStatuses.Open, $"Sales order {order.Number} is {order.Status}; only an open order is confirmed.");
                order.Status = SalesOrderStatuses.Confirmed;
                return new ErpOrderChangeDetail();
            case ErpChangeKinds.Allocated:
                Require(order.Status == SalesOrderStatuses.Confirmed, $"Sales order {order.Number} is {order.Status}; only a confirmed order is allocated.");
                order.Status = SalesOrderStatuses.Allocated;
                return new ErpOrderChangeDetail { Lines = Waiting(order, step.Lines ?? [], now) };
            case ErpChangeKinds.Backordered:
                Require(SalesOrderStatuses.CanShip(order.Status), $"Sales order {order.Number} is {order.Status}; nothing of it waits for stock.");
                Require(step.Lines is { Count: > 0 }, "Name the lines that wait for stock.");
                return new ErpOrderChangeDetail { Lines = Waiting(order, step.Lines!, now) };
            case ErpChangeKinds.Shipped:
                return Ship(order, step);
            case ErpChangeKinds.Delivered:
                return Deliver(order, step);
            case ErpChangeKinds.Cancelled:
                Require(SalesOrderStatuses.CanCancel(order.Status), $"Sales order {order.Number} is {order.Status} and can no longer be cancelled.");
                order.Status = SalesOrderStatuses.Cancelled;
                return new ErpOrderChangeDetail { Reason = step.Reason ?? "Cancelled in the ERP." };
            case ErpChangeKinds.CancellationRefused:
                return new ErpOrderChangeDetail { Reason = step.Reason ?? $"Sales order {order.Number} is {order.Status}." };
            case ErpChangeKinds.Invoiced:
                Require(order.Status is SalesOrderStatuses.Shipped or SalesOrderStatuses.Delivered,
                    $"Sales order {order.Number} is {order.Status}; it is invoiced once it has shipped in full.");
                Require(order.InvoiceNumber is null, $"Sales order {order.Number} is already invoiced ({order.InvoiceNumber}).");
                order.InvoiceNumber = $"INV-{order.Number[3..]}";
                order.InvoicedAmount = step.Amount ?? order.InvoiceAmount();
                return new ErpOrderChangeDetail
                {
                    InvoiceNumber = order.InvoiceNumber, Amount = order.InvoicedAmount, Currency = order.Currency ?? "EUR",
                    DueDate = step.DueDate ?? DateOnly.FromDateTime(now.UtcDateTime).AddDays(30),
                };
            case ErpChangeKinds.PaymentReceived:
                Require(order.InvoiceNumber is not null, $"Sales order {order.Number} has no invoice to pay.");
                var open = order.InvoicedAmount - order.PaidAmount;
                var amount = step.Amount ?? open;
                Require(amount > 0 && amount <= open, $"Invoice {order.InvoiceNumber} has {open.ToString("0.00", CultureInfo.InvariantCulture)} open; a payment must be above 0 and at most that.");
                order.PaidAmount += amount;
                return new ErpOrderChangeDetail { InvoiceNumber = order.InvoiceNumber, Amount = amount, Currency = order.Currency ?? "EUR" };
            case ErpChangeKinds.Overdue:
                Require(order.InvoiceNumber is not null && order.PaidAmount < order.InvoicedAmount && !order.Overdue,
                    $"Sales order {order.Number} has no unpaid invoice that is not overdue already.");
                order.Overdue = true;
                return new ErpOrderChangeDetail { InvoiceNumber = order.InvoiceNumber };
            default:
                throw new StepRefusedException($"The ERP knows no step {step.Kind}; use one of {string.Join(", ", ErpChangeKinds.All)}.");
        }
    }

    private static ErpOrderChangeDetail Ship(SalesOrder order, ErpSalesOrderStep step)
    {
        Require(SalesOrderStatuses.CanShip(order.Status), $"Sales order {order.Number} is {order.Status}; only a confirmed order ships.");
        var unshipped = order.Unshipped();
        var lines = step.Lines is { Count: > 0 } asked ? asked : [.. unshipped.Where(u => u.Value > 0).Select(u => new ErpLineQuantity(u.Key, u.Value))];
        foreach (var line in lines)
        {
            Require(unshipped.TryGetValue(line.LineNumber, out var left) && line.Quantity > 0 && line.Quantity <= left,
                $"Line {line.LineNumber} of sales order {order.Number} has {left.ToString("0.###", CultureInfo.InvariantCulture)} left to ship; ship above 0 and at most that.");
            var toShip = line.Quantity;
            foreach (var item in order.Lines.Where(l => l.LineNumber == line.LineNumber && l.ShippedQuantity < l.Quantity))
            {
                var part = Math.Min(toShip, item.Quantity - item.ShippedQuantity);
                item.ShippedQuantity += part;
                toShip -= part;
            }
        }

        var shipment = step.ShipmentNumber ?? $"SH-{order.Number[3..]}-{order.Shipments.Count + 1}";
        Require(order.Shipments.All(s => s.Number != shipment), $"Shipment {shipment} exists already.");
        order.Shipments.Add(new SalesOrderShipment { Number = shipment });
        order.Status = order.Lines.All(l => l.ShippedQuantity >= l.Quantity) ? SalesOrderStatuses.Shipped : SalesOrderStatuses.PartiallyShipped;
        return new ErpOrderChangeDetail
        {
            Lines = lines, ShipmentNumber = shipment, Carrier = step.Carrier ?? Carriers[Math.Abs(shipment.GetHashCode()) % Carriers.Length],
            TrackingNumber = step.TrackingNumber ?? $"00{Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999)}",
        };
    }

    private static ErpOrderChangeDetail Deliver(SalesOrder order, ErpSalesOrderStep step)
    {
        var shipment = step.ShipmentNumber is null
            ? order.Shipments.FirstOrDefault(s => !s.Delivered)
            : order.Shipments.SingleOrDefault(s => s.Number == step.ShipmentNumber && !s.Delivered);
        Require(shipment is not null, $"Sales order {order.Number} has no shipment {step.ShipmentNumber} on its way.");
        shipment!.Delivered = true;
        if (order.Status == SalesOrderStatuses.Shipped && order.Shipments.All(s => s.Delivered))
        {
            order.Status = SalesOrderStatuses.Delivered;
        }

        return new ErpOrderChangeDetail { ShipmentNumber = shipment.Number };
    }

    private static List<ErpLineQuantity> Waiting(SalesOrder order, IReadOnlyList<ErpLineQuantity> lines, DateTimeOffset now)
    {
        var unshipped = order.Unshipped();
        foreach (var line in lines)
        {
            Require(unshipped.TryGetValue(line.LineNumber, out var left) && line.Quantity > 0 && line.Quantity <= left,
                $"Line {line.LineNumber} of sales order {order.Number} has {left.ToString("0.###", CultureInfo.InvariantCulture)} unshipped; at most that waits for stock.");
        }

        return [.. lines.Select(l => l with { RevisedDate = l.RevisedDate ?? DateOnly.FromDateTime(now.UtcDateTime).AddDays(14) })];
    }

    private async Task BookCreditAsync(SalesOrder order, string kind, ErpOrderChangeDetail detail, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var change = kind switch
        {
            ErpChangeKinds.Invoiced => detail.Amount!.Value,
            ErpChangeKinds.PaymentReceived => -detail.Amount!.Value,
            _ => 0m,
        };
        if (change != 0 && await db.CustomerCredits.AnyAsync(c => c.CustomerAccountId == order.CustomerAccountId, cancellationToken))
        {
            await CreditBook.ChangeAsync(db, order.CustomerAccountId, credit => credit.OpenBalance = Math.Max(0, credit.OpenBalance + change), now,
                cancellationToken);
        }
    }

    private static void Require(bool condition, string refusal)
    {
        if (!condition)
        {
            throw new StepRefusedException(refusal);
        }
    }

    private sealed class StepRefusedException(string message) : Exception(message);
}
