using B2BPortal.Contracts.Erp;
using B2BPortal.ErpSimulator.Data;
using B2BPortal.ErpSimulator.Features.Faults;
using B2BPortal.ErpSimulator.Features.Lifecycle;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using B2BPortal.ServiceDefaults.Input;

namespace B2BPortal.ErpSimulator.Features.SalesOrders;

internal static class SalesOrdersApi
{
    /// <summary>Item numbers with this prefix do not exist in the simulated ERP: orders holding one are refused with 422.</summary>
    public const string UnknownItemPrefix = "INVALID-";

    public static RouteGroupBuilder MapSalesOrdersApi(this RouteGroupBuilder group)
    {
        group.MapPost("/", CreateAsync).AcceptsBulkBody();
        group.MapGet("/{number}", GetAsync);
        group.MapGet("/", FindByPortalOrderAsync);
        group.MapPost("/{number}/cancellation", LifecycleApi.RequestCancellationAsync);
        return group;
    }

    private static async Task<Results<Created<SalesOrderDto>, Ok<SalesOrderDto>, ProblemHttpResult>> CreateAsync(
        CreateSalesOrderRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ErpDbContext db,
        FaultSettings faults,
        LifecycleSettings lifecycle,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > 100)
        {
            return TypedResults.Problem(statusCode: 400, title: "Idempotency-Key header required.",
                detail: "Every write to the ERP carries an Idempotency-Key of 1 to 100 characters.");
        }

        if (await FindAsync(db, idempotencyKey, cancellationToken) is { } existing)
        {
            return TypedResults.Ok(existing.ToDto());
        }

        if (request.Lines.FirstOrDefault(line => line.ItemNumber.StartsWith(UnknownItemPrefix, StringComparison.OrdinalIgnoreCase)) is { } unknown)
        {
            return TypedResults.Problem(statusCode: 422, title: "Unknown item.", detail: $"Item {unknown.ItemNumber} does not exist in the ERP.");
        }

        if (request.Lines.FirstOrDefault(line => faults.Current.BlockedItems.Contains(line.ItemNumber, StringComparer.OrdinalIgnoreCase)) is { } blocked)
        {
            return TypedResults.Problem(statusCode: 422, title: "Item blocked.",
                detail: faults.Current.BlockedReason ?? $"Item {blocked.ItemNumber} is blocked for sale in the ERP.");
        }

        var now = DateTimeOffset.UtcNow;
        var order = new SalesOrder
        {
            Number = $"SO-{await db.NextSalesOrderNumberAsync(cancellationToken)}",
            IdempotencyKey = idempotencyKey,
            PortalOrderId = request.PortalOrderId,
            PortalOrderNumber = request.PortalOrderNumber,
            CustomerAccountId = request.CustomerAccountId,
            CustomerPurchaseOrder = request.CustomerPurchaseOrder,
            CreatedAt = now,
            Currency = request.Currency,
            NetAmount = request.NetAmount,
            Lines = request.Lines.Select((line, index) => new SalesOrderItem
            {
                ItemNumber = line.ItemNumber, LineNumber = line.LineNumber > 0 ? line.LineNumber : index + 1, Quantity = line.Quantity,
                Warehouse = line.Warehouse, UnitPrice = line.UnitPrice,
            }).ToList(),
            Scenario = lifecycle.Current.Scenario,
            NextStepAt = lifecycle.FirstStepAt(now),
        };
        db.SalesOrders.Add(order);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException
        {
            SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: SalesOrder.IdempotencyKeyIndex,
        })
        {
            db.ChangeTracker.Clear();
            return TypedResults.Ok((await FindAsync(db, idempotencyKey, cancellationToken))!.ToDto());
        }

        return TypedResults.Created($"/erp/sales-orders/{order.Number}", order.ToDto());
    }

    private static async Task<Results<Ok<SalesOrderDto>, ProblemHttpResult>> GetAsync(string number, ErpDbContext db, CancellationToken cancellationToken)
    {
        var order = await db.SalesOrders.AsNoTracking().SingleOrDefaultAsync(o => o.Number == number, cancellationToken);
        return order is null
            ? TypedResults.Problem(statusCode: 404, title: "Sales order not found.", detail: $"There is no sales order {number}.")
            : TypedResults.Ok(order.ToDto());
    }

    private static async Task<Ok<List<SalesOrderDto>>> FindByPortalOrderAsync(Guid portalOrderId, ErpDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.SalesOrders.AsNoTracking().Where(o => o.PortalOrderId == portalOrderId).ToListAsync(cancellationToken))
            .Select(o => o.ToDto()).ToList());

    private static Task<SalesOrder?> FindAsync(ErpDbContext db, string idempotencyKey, CancellationToken cancellationToken) =>
        db.SalesOrders.AsNoTracking().SingleOrDefaultAsync(o => o.IdempotencyKey == idempotencyKey, cancellationToken);
}
