using System.Diagnostics;
using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Events;
using B2BPortal.Contracts.Orders;
using B2BPortal.Contracts.Quotes;
using B2BPortal.Quote.Data;
using B2BPortal.Quote.Features.Quotes;
using MassTransit;

namespace B2BPortal.Quote.Features.Ordering;

/// <summary>
/// An order placed from a quote makes the quote Ordered, naming the order. The Order service lets a quote be ordered once (its
/// unique index), so this happens once; the inbox makes a redelivery change nothing.
/// </summary>
public sealed class OrderPlacedConsumer(QuoteDbContext db, QuoteLifecycle lifecycle, AuditTrail audit)
    : InboxConsumer<OrderPlaced, QuoteDbContext>(db)
{
    protected override bool Concerns(OrderPlaced order) => order is { Source: OrderSources.Quote, QuoteId: not null };

    protected override async Task HandleAsync(ConsumeContext<OrderPlaced> context, CancellationToken cancellationToken)
    {
        var order = context.Message;
        Activity.Current?.SetTag(QuoteTracing.QuoteIdTag, order.QuoteId.ToString());
        var quote = await QuoteLocks.LoadForUpdateAsync(Db, order.AccountId, order.QuoteId!.Value, cancellationToken);
        if (quote is null || quote.OrderId is not null || QuoteLifecycle.Refusal(quote, QuoteStates.Ordered, QuoteParties.Portal) is not null)
        {
            return;
        }

        var from = quote.Status;
        quote.OrderId = order.OrderId;
        quote.OrderNumber = order.OrderNumber;
        quote.ExpiresAt = null;
        lifecycle.Move(quote, QuoteStates.Ordered, QuoteActor.Portal, order.OccurredAt, $"Ordered as {order.OrderNumber}.", order.QuoteRevision);
        QuoteAudit.Moved(audit, quote, "quote.ordered", from, order.QuoteRevision);
    }
}
