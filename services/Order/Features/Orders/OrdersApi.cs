using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.Contracts;
using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Orders;
using B2BPortal.Order.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using B2BPortal.ServiceDefaults.Input;

namespace B2BPortal.Order.Features.Orders;

internal static class OrdersApi
{
    private const int MaxPageSize = 100;
    private const int MaxSearchLength = 40;

    public static RouteGroupBuilder MapOrdersApi(this RouteGroupBuilder orders)
    {
        orders.MapPost("/", PlaceOrderHandler.HandleAsync).AcceptsBulkBody()
            .WithName("PlaceOrder")
            .WithSummary("Places an order from its lines, after the four checks (data, business, finance, logistics); 422 lists every finding.")
            .WithDescription("Idempotency-Key is required: the same key from the same caller answers the first order (200, Idempotent-Replayed: true).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequirePermission(AccountPermission.Purchase)
            .Audited("order.placed");
        orders.MapPost("/checkout", CheckoutHandler.HandleAsync)
            .WithName("CheckOut")
            .WithSummary("Orders the caller's cart with a purchase-order reference, ship-to address and requested date, after the same checks.")
            .WithDescription("Idempotency-Key is required. cartVersion, when sent, must be the cart's current version (409 otherwise).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequirePermission(AccountPermission.Purchase)
            .Audited("cart.submitted");
        orders.MapPost("/from-quote", QuoteOrderHandler.HandleAsync)
            .WithName("OrderQuote")
            .WithSummary("Orders an accepted, unexpired quote at its prices, after the same checks and approval rules as a cart; a quote is ordered once.")
            .WithDescription("Idempotency-Key is required. revision is the accepted revision; the lines and prices come from the quote, never from the request.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequirePermission(AccountPermission.Purchase)
            .Audited("order.placed");
        orders.MapPost("/preview", PreviewHandler.HandleAsync).AcceptsBulkBody()
            .WithName("PreviewOrder")
            .WithSummary("Runs the checks on an order without placing it: every finding, the priced lines, stock allocation and totals.");
        orders.MapGet("/{orderId:guid}", GetOrderAsync)
            .WithName("GetOrder")
            .WithSummary("One order with its lines at the prices they were ordered at, its ship-to address and ERP status.");
        orders.MapGet("/", ListOrdersAsync)
            .WithName("ListOrders")
            .WithSummary("The account's orders, newest first, a page at a time; q finds an order number or purchase-order reference by its start.");
        orders.MapPost("/{orderId:guid}/cancellation", CancelOrderHandler.HandleAsync)
            .WithName("CancelOrder")
            .WithSummary("Cancels an order: at once before the ERP confirms it (200); after that the ERP is asked, and answers through the order's history (202).")
            .WithDescription("An order that has shipped cannot be cancelled (409). Asking again for an order already cancelled or asked about changes nothing.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequirePermission(AccountPermission.Purchase)
            .Audited("order.cancelled", "orderId");
        return orders;
    }

    private static async Task<Results<Ok<OrderDto>, ProblemHttpResult>> GetOrderAsync(
        Guid accountId, Guid orderId, OrderingDbContext db, CancellationToken cancellationToken)
    {
        var order = await OrderQueries.FindAsync(db, orderId, cancellationToken);
        return order is null || order.AccountId != accountId
            ? OrderProblems.NotFound(orderId)
            : TypedResults.Ok(order.ToDto());
    }

    private static async Task<Results<Ok<OrderListDto>, ValidationProblem>> ListOrdersAsync(
        Guid accountId, OrderingDbContext db, CancellationToken cancellationToken, string? q = null, int page = 1, int pageSize = 25)
    {
        var errors = new Dictionary<string, string[]>();
        if (PageRules.PageProblem(page) is { } pageProblem)
        {
            errors["page"] = [pageProblem];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"A page holds 1 to {MaxPageSize} orders."];
        }

        if (q?.Trim().Length > MaxSearchLength)
        {
            errors["q"] = [$"Search for an order number or purchase-order reference of at most {MaxSearchLength} characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The orders could not be listed.");
        }

        var orders = db.Orders.AsNoTracking().Where(o => o.AccountId == accountId);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var prefix = Escape(q.Trim()) + "%";
            orders = orders.Where(o => EF.Functions.ILike(o.Number, prefix) || EF.Functions.ILike(o.Number, "ORD-" + prefix)
                || EF.Functions.ILike(o.PurchaseOrderNumber!, prefix));
        }

        var found = await orders.OrderByDescending(o => o.SubmittedAt).Skip((page - 1) * pageSize).Take(pageSize + 1)
            .Select(o => new OrderSummaryDto(o.Id, o.Number, o.PurchaseOrderNumber, o.ProcessStatus, o.ErpOrderNumber, o.SubmittedAt, o.Currency, o.NetAmount,
                o.Lines.Count, o.PlacedByName) { ValidationStatus = o.ValidationStatus, PaymentStatus = o.PaymentStatus })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new OrderListDto([.. found.Take(pageSize)], page, pageSize, found.Count > pageSize));
    }

    private static string Escape(string text) => text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
}
