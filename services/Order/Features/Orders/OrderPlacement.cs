using B2BPortal.BuildingBlocks.Audit;
using System.Diagnostics;
using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Events;
using B2BPortal.Contracts.Orders;
using B2BPortal.Order.Data;
using B2BPortal.Order.Features.Approvals;
using B2BPortal.Order.Features.Credit;
using B2BPortal.Order.Features.Lifecycle;
using B2BPortal.Order.Features.Validation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace B2BPortal.Order.Features.Orders;

/// <summary>An order to place: what was asked, by whom, for which account, under which key.</summary>
internal sealed record Placement(
    Guid AccountId, AccountAccessDto Access, PortalCaller Caller, string AccessToken, string IdempotencyKey, string RequestHash, OrderDraft Draft,
    string Source, int? CartVersion = null, QuotedOrder? Quote = null);

internal abstract record PlacementResult
{
    public sealed record Placed(Order Order) : PlacementResult;

    public sealed record Replayed(Order Order) : PlacementResult;

    public sealed record KeyReused : PlacementResult;

    public sealed record Refused(IReadOnlyList<OrderFindingDto> Findings) : PlacementResult;

    public sealed record CartAlreadyOrdered(string OrderNumber) : PlacementResult;

    public sealed record QuoteAlreadyOrdered(string QuoteNumber, string OrderNumber) : PlacementResult;
}

/// <summary>
/// Places an order (its handler has answered a repeated key with <see cref="ReplayAsync"/> first): gather facts → run the four
/// layers → ask the account's approval rules → store the order with <see cref="OrderPlaced"/> (and, when no approval is needed,
/// <see cref="OrderSubmitted"/>) in its outbox and book it against the company's credit, in one transaction. What other orders may have changed since the facts
/// were read is settled by the database: the key's unique index (concurrent requests with one key give one order), the
/// purchase-order reference's key and the credit booking's condition (two orders that each fit cannot together pass the limit).
/// </summary>
internal sealed partial class OrderPlacement(
    OrderingDbContext db, IIntegrationEventOutbox outbox, OrderFactsLoader loader, OrderValidator validator, AuditTrail audit, TimeProvider clock,
    ILogger<OrderPlacement> logger)
{
    public async Task<PlacementResult?> ReplayAsync(Placement placement, CancellationToken cancellationToken) =>
        await FindByKeyAsync(placement, cancellationToken) is { } earlier
            ? Replay((await OrderQueries.FindAsync(db, earlier, cancellationToken))!, placement)
            : null;

    /// <summary>Places an order whose key the caller has just looked up with <see cref="ReplayAsync"/> and found unused.</summary>
    public async Task<PlacementResult> PlaceAsync(Placement placement, CancellationToken cancellationToken)
    {
        var facts = await loader.LoadAsync(placement.AccountId, placement.Access, placement.Draft, placement.AccessToken, cancellationToken);
        facts = placement.Quote is { } quote ? facts with { PricesByLine = quote.Prices } : facts;
        var outcome = validator.Validate(placement.Draft, facts, isDraft: false);
        if (!outcome.CanSubmit)
        {
            // A concurrent retry with this key may have placed the order meanwhile (its reference then reads as taken), or another
            // request the same quote.
            return await ReplayAsync(placement, cancellationToken) ?? await QuoteOrderedMeanwhileAsync(placement, cancellationToken)
                ?? new PlacementResult.Refused(outcome.Findings);
        }

        var order = Build(placement, facts, outcome, await db.NextOrderNumberAsync(cancellationToken));
        var result = await StoreAsync(placement, order, facts, outcome, cancellationToken);
        if (result is PlacementResult.Placed)
        {
            Activity.Current?.SetTag("order.id", order.Id).SetTag("order.number", order.Number).SetTag("account.id", order.AccountId);
            LogPlaced(logger, order.Number, order.Lines.Count, order.NetAmount, order.Currency, order.Source);
        }

        return result;
    }

    /// <summary>
    /// Writes the order and its events, then books it against the company's credit, then adds its audit record, in one transaction.
    /// The booking's row lock makes one company's orders commit one at a time, so as little as possible follows it: the audit
    /// record (whose chain lock is the account's, inside the company's) and the commit. Booking first would hold the company's
    /// lock over the whole insert, and a company ordering many times a second would queue on it.
    /// </summary>
    private async Task<PlacementResult> StoreAsync(
        Placement placement, Order order, OrderFacts facts, ValidationOutcome outcome, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Orders.Add(order);
        if (order.PurchaseOrderNumber is { } reference && facts.Profile.Settings.UniquePurchaseOrders)
        {
            db.PurchaseOrderReferences.Add(new PurchaseOrderReference
            {
                AccountId = order.AccountId, Number = reference, OrderNumber = order.Number, UsedAt = order.SubmittedAt,
            });
        }

        outbox.Add(OrderEvents.Placed(order));
        if (order.ProcessStatus == ProcessStates.Submitted)
        {
            outbox.Add(OrderEvents.Submitted(order));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await TakenMeanwhileAsync(placement, facts, unique.ConstraintName, cancellationToken);
        }

        if (!await CreditLedger.TryBookAsync(db, order.CompanyId, order.Currency, order.NetAmount, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var credit = await CreditLedger.StatusAsync(db, order.CompanyId, cancellationToken);
            var findings = FinanceRules.Check(outcome.Totals, credit, facts.Profile.CompanyName).ToList();
            return new PlacementResult.Refused(findings.Count > 0 ? findings : [FinanceRules.ChangedMeanwhile(facts.Profile.CompanyName)]);
        }

        OrderAudit.Placed(audit, order);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PlacementResult.Placed(order);
    }

    /// <summary>A unique key said another order took what this one needed while it was checked: its key, its cart or its reference.</summary>
    private async Task<PlacementResult> TakenMeanwhileAsync(Placement placement, OrderFacts facts, string? constraint, CancellationToken cancellationToken)
    {
        // An order of a quote that lost to another: whichever key PostgreSQL checked first, the answer is that order.
        if (placement.Quote is not null
            && (await ReplayAsync(placement, cancellationToken) ?? await QuoteOrderedMeanwhileAsync(placement, cancellationToken)) is { } answered)
        {
            return answered;
        }

        switch (constraint)
        {
            case OrderConstraints.IdempotencyKeyIndex:
                return await ReplayAsync(placement, cancellationToken) ?? throw new InvalidOperationException("The key's order is gone.");
            case OrderConstraints.CartVersionIndex:
                var ordered = await db.Orders.AsNoTracking().SingleAsync(o => o.AccountId == placement.AccountId
                    && o.PlacedBySubject == placement.Caller.Subject && o.CartVersion == placement.CartVersion, cancellationToken);
                return new PlacementResult.CartAlreadyOrdered(ordered.Number);
            case OrderConstraints.PurchaseOrderReferenceKey:
                var taken = await db.PurchaseOrderReferences.AsNoTracking()
                    .SingleAsync(r => r.AccountId == placement.AccountId && r.Number == placement.Draft.PurchaseOrderNumber, cancellationToken);
                return new PlacementResult.Refused([DataIntegrityRules.PurchaseOrderTaken(
                    taken.Number, new EarlierOrder(taken.OrderNumber, taken.UsedAt), facts.Profile.CompanyName)]);
            default:
                throw new InvalidOperationException($"Unexpected unique violation on {constraint}.");
        }
    }

    /// <summary>The order another request placed of this placement's quote, if any.</summary>
    private async Task<PlacementResult?> QuoteOrderedMeanwhileAsync(Placement placement, CancellationToken cancellationToken) =>
        placement.Quote is { } quote && await db.Orders.AsNoTracking().Where(o => o.QuoteId == quote.QuoteId).Select(o => o.Number)
            .SingleOrDefaultAsync(cancellationToken) is { } number
            ? new PlacementResult.QuoteAlreadyOrdered(quote.Number, number)
            : null;

    /// <summary>The id of the caller's order with this key, if any: asked before every placement, so it reads one indexed row only.</summary>
    private async Task<Guid?> FindByKeyAsync(Placement placement, CancellationToken cancellationToken) =>
        await db.Orders.AsNoTracking()
            .Where(o => o.AccountId == placement.AccountId && o.PlacedBySubject == placement.Caller.Subject && o.IdempotencyKey == placement.IdempotencyKey)
            .Select(o => (Guid?)o.Id).SingleOrDefaultAsync(cancellationToken);

    private static PlacementResult Replay(Order earlier, Placement placement) =>
        earlier.RequestHash == placement.RequestHash ? new PlacementResult.Replayed(earlier) : new PlacementResult.KeyReused();

    private Order Build(Placement placement, OrderFacts facts, ValidationOutcome outcome, long number)
    {
        var id = Guid.CreateVersion7();
        var order = new Order
        {
            Id = id,
            Number = $"ORD-{number}",
            AccountId = placement.AccountId,
            CompanyId = placement.Access.CompanyId,
            PurchaseOrderNumber = placement.Draft.PurchaseOrderNumber,
            SubmittedAt = clock.GetUtcNow(),
            PlacedBySubject = placement.Caller.Subject,
            PlacedByName = placement.Caller.Name,
            PlacedByPartner = placement.Caller.IsPartner,
            Source = placement.Source,
            CartVersion = placement.CartVersion,
            QuoteId = placement.Quote?.QuoteId,
            QuoteNumber = placement.Quote?.Number,
            QuoteRevision = placement.Quote?.Revision,
            RequestedDeliveryDate = placement.Draft.RequestedDeliveryDate,
            ShipTo = outcome.ShipTo is { } address ? OrderShipTo.From(address) : null,
            VatId = placement.Draft.VatId,
            Currency = outcome.Totals.Currency ?? facts.Credit?.Currency ?? "EUR",
            NetAmount = outcome.Totals.NetAmount,
            IdempotencyKey = placement.IdempotencyKey,
            RequestHash = placement.RequestHash,
            Lines = [.. outcome.Lines.Select(line => Line(id, line))],
        };
        var placedBy = OrderActor.Of(placement.Caller);
        order.Note("placed", placedBy, order.SubmittedAt, placement.Source switch
        {
            OrderSources.Cart => "Ordered from the cart.",
            OrderSources.Quote => $"Ordered from quote {placement.Quote!.Number}, revision {placement.Quote.Revision}.",
            _ => "Ordered through the API.",
        });
        var policy = facts.Profile.ApprovalPolicy;
        var chain = ApprovalChains.For(policy, order.NetAmount, placement.Caller.Subject);
        if (chain.Count == 0)
        {
            order.Submit(OrderActor.Portal, order.SubmittedAt, "No approval rule applies to this order.");
        }
        else
        {
            order.AwaitApproval([.. chain.Select((rule, i) => ApprovalStep.From(rule, i + 1))], order.SubmittedAt,
                order.SubmittedAt + TimeSpan.FromHours(policy!.ExpireAfterHours));
        }

        return order;
    }

    private static OrderLine Line(Guid orderId, CheckedLine line)
    {
        var price = line.Price!;
        var why = price.Explanation;
        return new OrderLine
        {
            OrderId = orderId,
            LineNumber = line.Draft.LineNumber,
            Sku = line.Draft.Sku!,
            Name = line.Product!.Name,
            Quantity = line.Draft.Quantity,
            Unit = line.Product.UnitOfMeasure,
            Note = line.Draft.Note,
            RequestedWarehouse = line.Draft.Warehouse,
            Currency = price.Currency,
            UnitPrice = price.UnitPrice,
            LineAmount = price.LineAmount,
            PriceSource = why.Source,
            ContractId = why.ContractId,
            ContractName = why.ContractName,
            TierMinQuantity = why.TierMinQuantity,
            PriceExplanation = why.Text,
            Allocations = [.. line.Plan!.Allocations.Select(a => new LineAllocation
            {
                Warehouse = a.Warehouse, WarehouseName = a.WarehouseName, Quantity = a.Quantity, EarliestDelivery = a.EarliestDelivery, Backorder = a.Backorder,
            })],
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderNumber} placed: {LineCount} lines, {NetAmount} {Currency} ({Source})")]
    private static partial void LogPlaced(ILogger logger, string orderNumber, int lineCount, decimal netAmount, string currency, string source);
}
