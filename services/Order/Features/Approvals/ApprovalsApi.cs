using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Orders;
using B2BPortal.Contracts.Text;
using B2BPortal.Order.Data;
using B2BPortal.Order.Features.Credit;
using B2BPortal.Order.Features.Lifecycle;
using B2BPortal.Order.Features.Orders;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Order.Features.Approvals;

/// <summary>
/// The approver's side: the inbox of orders waiting for the caller's decision, the review of one (checked again now), and the
/// decision. Approving carries the total the approver was shown: if the order would cost anything else now, nothing is decided
/// and the answer says what changed (409), so nobody approves an amount they did not see.
/// </summary>
internal static class ApprovalsApi
{
    public const int MaxTextLength = 500;
    private const int MaxInbox = 200;

    public static RouteGroupBuilder MapApprovalInboxApi(this RouteGroupBuilder account)
    {
        account.MapGet("/approvals", InboxAsync).WithName("ApprovalInbox").WithTags("Approvals")
            .WithSummary("Orders of the account and the units below it that wait for the caller's decision, oldest first.")
            .RequirePermission(AccountPermission.Approve);
        return account;
    }

    public static RouteGroupBuilder MapApprovalDecisionsApi(this RouteGroupBuilder orders)
    {
        orders.MapGet("/{orderId:guid}/approval", ReviewAsync).WithName("ReviewApproval").WithTags("Approvals")
            .WithSummary("A waiting order checked again now: what changed since it was placed, the credit, the rule that asks, and whether the caller may decide.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequirePermission(AccountPermission.Approve);
        orders.MapPost("/{orderId:guid}/approve", ApproveAsync).WithName("ApproveOrder").WithTags("Approvals")
            .WithSummary("Approves the order's current step; after the last step the order goes to the ERP. expectedTotal is the total the review showed.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequirePermission(AccountPermission.Approve)
            .Audited("order.approved", "orderId");
        orders.MapPost("/{orderId:guid}/reject", RejectAsync).WithName("RejectOrder").WithTags("Approvals")
            .WithSummary("Rejects the order with a reason for the buyer; it is cancelled and its credit released.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .RequirePermission(AccountPermission.Approve)
            .Audited("order.rejected", "orderId");
        return orders;
    }

    private static async Task<Ok<ApprovalInboxDto>> InboxAsync(
        Guid accountId, HttpContext http, OrderingDbContext db, ICallerScopeSource scopes, CancellationToken cancellationToken)
    {
        var (caller, scope) = await CallerAsync(http, scopes, cancellationToken);
        var accounts = scope.SelfAndBelow(accountId, AccountPermission.Approve);
        var waiting = await db.Orders.AsNoTracking().Include(o => o.Lines)
            .Where(o => accounts.Contains(o.AccountId) && o.ProcessStatus == ProcessStates.PendingApproval)
            .OrderBy(o => o.SubmittedAt).Take(MaxInbox).AsSplitQuery().ToListAsync(cancellationToken);
        var mine = waiting.Where(o => ApprovalEligibility.Refusal(o, o.CurrentApprovalStep!, caller, scope) is null)
            .Select(o => new ApprovalInboxItemDto(o.Id, o.Number, o.AccountId, scope.For(o.AccountId)!.Name, o.PurchaseOrderNumber, o.PlacedByName,
                o.SubmittedAt, o.Currency, o.NetAmount, o.Lines.Count, o.CurrentApprovalStep!.ToDto(), o.ApprovalSteps.Count, o.ApprovalExpiresAt!.Value))
            .ToList();
        return TypedResults.Ok(new ApprovalInboxDto(mine));
    }

    private static async Task<Results<Ok<ApprovalReviewDto>, ProblemHttpResult>> ReviewAsync(
        Guid accountId, Guid orderId, HttpContext http, OrderingDbContext db, ICallerScopeSource scopes, ApprovalReviewer reviewer,
        CancellationToken cancellationToken)
    {
        var (caller, scope) = await CallerAsync(http, scopes, cancellationToken);
        var order = await OrderQueries.FindAsync(db, orderId, cancellationToken);
        if (order is null || order.AccountId != accountId)
        {
            return OrderProblems.NotFound(orderId);
        }

        if (order.CurrentApprovalStep is not { } step)
        {
            return NotWaiting(order);
        }

        var refusal = ApprovalEligibility.Refusal(order, step, caller, scope);
        var (review, _) = await reviewer.ReviewAsync(order, http.ActingFor(), http.AccessToken(), refusal, cancellationToken);
        return TypedResults.Ok(review);
    }

    private static async Task<Results<Ok<OrderDto>, ProblemHttpResult, ValidationProblem>> ApproveAsync(
        Guid accountId, Guid orderId, ApproveOrderRequest request, HttpContext http, OrderingDbContext db, ICallerScopeSource scopes,
        ApprovalReviewer reviewer, IIntegrationEventOutbox outbox, AuditTrail audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (TextProblem(request.Comment, "comment") is { } invalid)
        {
            return invalid;
        }

        var (caller, scope) = await CallerAsync(http, scopes, cancellationToken);
        var order = await OrderQueries.FindAsync(db, orderId, cancellationToken);
        if (order is null || order.AccountId != accountId)
        {
            return OrderProblems.NotFound(orderId);
        }

        if (order.CurrentApprovalStep is not { } step)
        {
            return NotWaiting(order);
        }

        if (ApprovalEligibility.Refusal(order, step, caller, scope) is { } refusal)
        {
            return Forbidden(refusal);
        }

        var (review, prices) = await reviewer.ReviewAsync(order, http.ActingFor(), http.AccessToken(), null, cancellationToken);
        if (review.Findings.Any(f => f.Severity == FindingSeverities.Error))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The order cannot be approved as it stands.",
                detail: $"Checked again now: {review.Changes.FirstOrDefault() ?? review.Findings[0].Message} Reject it, or ask the buyer to order again.",
                extensions: new Dictionary<string, object?> { ["findings"] = review.Findings, ["review"] = review });
        }

        if (review.CurrentTotal != request.ExpectedTotal)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The order changed since you looked.",
                detail: $"It comes to {review.CurrentTotal:0.00} {order.Currency} now, not the {request.ExpectedTotal:0.00} you approved. Review it again: " +
                        string.Join(" ", review.Changes),
                extensions: new Dictionary<string, object?> { ["review"] = review });
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var locked = (await OrderLocks.LoadForUpdateAsync(db, orderId, cancellationToken, withLines: true))!;
        if (locked.CurrentApprovalStep?.Number != step.Number)
        {
            return NotWaiting(locked);
        }

        var before = OrderAudit.Before(locked);
        if (review.CurrentTotal != locked.NetAmount && await RepriceAsync(db, locked, prices, cancellationToken) is { } creditProblem)
        {
            return creditProblem;
        }

        locked.ApproveStep(OrderActor.Of(caller), clock.GetUtcNow(), Trimmed(request.Comment));
        if (locked.ProcessStatus == ProcessStates.Submitted)
        {
            outbox.Add(OrderEvents.Submitted(locked));
        }

        OrderAudit.Changed(audit, locked, "order.approved",
            $"Order {locked.Number}: step {step.Number} of {locked.ApprovalSteps.Count} approved ({step.Rule})" + (Trimmed(request.Comment) is { } comment ? $": {comment}" : "."), before);

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(await ReloadAsync(db, orderId, cancellationToken));
    }

    private static async Task<Results<Ok<OrderDto>, ProblemHttpResult, ValidationProblem>> RejectAsync(
        Guid accountId, Guid orderId, RejectOrderRequest request, HttpContext http, OrderingDbContext db, ICallerScopeSource scopes, AuditTrail audit,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["Say why, so the buyer knows what to change."] },
                title: "The order was not rejected.");
        }

        if (TextProblem(request.Reason, "reason") is { } invalid)
        {
            return invalid;
        }

        var (caller, scope) = await CallerAsync(http, scopes, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var order = await OrderLocks.LoadForUpdateAsync(db, orderId, cancellationToken);
        if (order is null || order.AccountId != accountId)
        {
            return OrderProblems.NotFound(orderId);
        }

        if (order.CurrentApprovalStep is not { } step)
        {
            return NotWaiting(order);
        }

        if (ApprovalEligibility.Refusal(order, step, caller, scope) is { } refusal)
        {
            return Forbidden(refusal);
        }

        var before = OrderAudit.Before(order);
        order.RejectStep(OrderActor.Of(caller), clock.GetUtcNow(), Trimmed(request.Reason)!);
        OrderAudit.Changed(audit, order, "order.rejected", $"Order {order.Number}: rejected at step {step.Number} ({step.Rule}): {Trimmed(request.Reason)}", before);
        await CreditLedger.ReleaseAsync(db, order.CompanyId, order.Currency, order.NetAmount, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(await ReloadAsync(db, orderId, cancellationToken));
    }

    /// <summary>Takes today's prices, and moves the company's credit use by the difference; a problem when the credit no longer covers it.</summary>
    private static async Task<ProblemHttpResult?> RepriceAsync(
        OrderingDbContext db, Orders.Order order, IReadOnlyDictionary<int, CurrentPrice> prices, CancellationToken cancellationToken)
    {
        var before = order.NetAmount;
        order.Reprice(prices.ToDictionary(p => p.Key, p => (p.Value.UnitPrice, p.Value.LineAmount, p.Value.Source, p.Value.ContractId, p.Value.ContractName,
            p.Value.TierMinQuantity, p.Value.Explanation)));
        var more = order.NetAmount - before;
        if (more > 0 && !await CreditLedger.TryBookAsync(db, order.CompanyId, order.Currency, more, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The order cannot be approved as it stands.",
                detail: $"At today's prices the order needs {more:0.00} {order.Currency} more credit than the company has available. Reject it, or ask the buyer to order less.");
        }

        if (more < 0)
        {
            await CreditLedger.ReleaseAsync(db, order.CompanyId, order.Currency, -more, cancellationToken);
        }

        return null;
    }

    private static async Task<(PortalCaller Caller, CallerScope Scope)> CallerAsync(HttpContext http, ICallerScopeSource scopes, CancellationToken cancellationToken)
    {
        var caller = PlaceOrderHandler.Caller(http);
        return (caller, await scopes.GetAsync(caller, http.AccessToken(), cancellationToken));
    }

    private static ValidationProblem? TextProblem(string? text, string field)
    {
        var problem = text?.Trim().Length > MaxTextLength ? $"Write at most {MaxTextLength} characters."
            : text is null ? null : TextRules.Problem(text);
        return problem is null ? null
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [problem] }, title: "Nothing was decided.");
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static ProblemHttpResult NotWaiting(Orders.Order order) => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
        title: "The order waits for no decision.",
        detail: order.ProcessStatus == ProcessStates.PendingApproval
            ? $"Step {order.ApprovalSteps.Count(s => s.Decision is not null)} of order {order.Number} was decided meanwhile; open it again."
            : $"Order {order.Number} is {order.ProcessStatus} ({order.ValidationStatus}); it waits for nobody's approval.");

    private static ProblemHttpResult Forbidden(string refusal) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You cannot decide this order.", detail: refusal);

    private static async Task<OrderDto> ReloadAsync(OrderingDbContext db, Guid orderId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return (await OrderQueries.FindAsync(db, orderId, cancellationToken))!.ToDto();
    }
}
