using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Events;
using B2BPortal.Contracts.Orders;
using B2BPortal.Order.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace B2BPortal.Order.Features.Orders;

/// <summary>
/// Accepts an order and queues <see cref="OrderSubmitted"/> in the same transaction. With an <c>Idempotency-Key</c>,
/// a repeated request answers the order created the first time instead of creating another.
/// </summary>
internal static class PlaceOrderHandler
{
    public static async Task<Results<Created<OrderDto>, Ok<OrderDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid accountId,
        PlaceOrderRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        OrderingDbContext db,
        IIntegrationEventOutbox outbox,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var errors = PlaceOrderValidation.Validate(request, idempotencyKey);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The order was not accepted.");
        }

        var requestHash = Hash(request);
        if (idempotencyKey is not null
            && await FindByIdempotencyKeyAsync(db, accountId, idempotencyKey, cancellationToken) is { } earlier)
        {
            return Replay(earlier, requestHash, http);
        }

        var order = new Order
        {
            Id = Guid.CreateVersion7(),
            Number = $"ORD-{await db.NextOrderNumberAsync(cancellationToken)}",
            AccountId = accountId,
            PurchaseOrderNumber = string.IsNullOrWhiteSpace(request.PurchaseOrderNumber) ? null : request.PurchaseOrderNumber.Trim(),
            SubmittedAt = DateTimeOffset.UtcNow,
            IdempotencyKey = idempotencyKey,
            RequestHash = requestHash,
            Lines = request.Lines.Select((line, i) => new OrderLine { LineNumber = i + 1, Sku = line.Sku.Trim(), Quantity = line.Quantity }).ToList(),
        };
        Activity.Current?.SetTag("order.id", order.Id).SetTag("order.number", order.Number).SetTag("account.id", accountId);

        db.Orders.Add(order);
        outbox.Add(new OrderSubmitted
        {
            AccountId = accountId,
            CorrelationId = order.Id,
            OrderId = order.Id,
            OrderNumber = order.Number,
            PurchaseOrderNumber = order.PurchaseOrderNumber,
            Lines = order.Lines.Select(line => new Contracts.Events.OrderLine(line.Sku, line.Quantity)).ToList(),
        });

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException
        {
            SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: OrderConstraints.IdempotencyKeyIndex,
        })
        {
            // A concurrent request with the same key committed first.
            db.ChangeTracker.Clear();
            var winner = await FindByIdempotencyKeyAsync(db, accountId, idempotencyKey!, cancellationToken);
            return Replay(winner!, requestHash, http);
        }

        return TypedResults.Created($"/api/v1/accounts/{accountId}/orders/{order.Id}", order.ToDto());
    }

    private static Task<Order?> FindByIdempotencyKeyAsync(OrderingDbContext db, Guid accountId, string key, CancellationToken cancellationToken) =>
        db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.AccountId == accountId && o.IdempotencyKey == key, cancellationToken);

    private static Results<Created<OrderDto>, Ok<OrderDto>, ValidationProblem, ProblemHttpResult> Replay(
        Order earlier, string requestHash, HttpContext http)
    {
        if (earlier.RequestHash != requestHash)
        {
            return OrderProblems.IdempotencyKeyReused();
        }

        http.Response.Headers["Idempotent-Replayed"] = "true";
        return TypedResults.Ok(earlier.ToDto());
    }

    private static string Hash(PlaceOrderRequest request) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request))));
}
