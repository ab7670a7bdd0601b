using Refit;

namespace B2BPortal.Contracts.Orders;

/// <summary>What an approver decided on a step.</summary>
public static class ApprovalDecisions
{
    public const string Approved = "approved";
    public const string Rejected = "rejected";
}

/// <summary>
/// One step of an order's approval chain: the rule that asked for it, and once decided, who decided what and when. <c>Decision</c>
/// is one of <see cref="ApprovalDecisions"/>; null while the step waits.
/// </summary>
public sealed record ApprovalStepDto(
    int Number, decimal Above, string Role, string Level, string Rule, string? Decision, string? DecidedBy, string? DecidedByName, DateTimeOffset? DecidedAt,
    string? Comment);

/// <summary>An order's approvals: its chain, and when it expires if nobody decides.</summary>
public sealed record OrderApprovalDto(IReadOnlyList<ApprovalStepDto> Steps, DateTimeOffset RequestedAt, DateTimeOffset ExpiresAt);

/// <summary>An order waiting for the caller's decision, as the approver's inbox lists it.</summary>
public sealed record ApprovalInboxItemDto(
    Guid OrderId, string Number, Guid AccountId, string AccountName, string? PurchaseOrderNumber, string PlacedBy, DateTimeOffset PlacedAt, string Currency,
    decimal NetAmount, int LineCount, ApprovalStepDto Step, int StepCount, DateTimeOffset ExpiresAt);

public sealed record ApprovalInboxDto(IReadOnlyList<ApprovalInboxItemDto> Items);

/// <summary>A line as ordered and as it would be priced now; <c>Changed</c> when its price moved since the order was placed.</summary>
public sealed record ApprovalLineDto(
    int LineNumber, string Sku, string Name, decimal Quantity, string Unit, decimal OrderedUnitPrice, decimal OrderedAmount, decimal? CurrentUnitPrice,
    decimal? CurrentAmount, bool Changed);

/// <summary>
/// What an approver sees before deciding: the order checked again now (prices, credit, everything the checks look at), what changed
/// since it was placed, the company's credit with this order in it, the rule that asks, and whether the caller may decide it.
/// Approving sends <c>CurrentTotal</c> back as <c>ExpectedTotal</c>, so nobody approves an amount they did not see.
/// </summary>
public sealed record ApprovalReviewDto(
    OrderDto Order, ApprovalStepDto Step, int StepCount, IReadOnlyList<ApprovalLineDto> Lines, decimal OrderedTotal, decimal CurrentTotal,
    IReadOnlyList<string> Changes, CreditStatusDto? Credit, IReadOnlyList<OrderFindingDto> Findings, bool CanDecide, string? CannotDecideReason);

/// <summary>Approve the current step; <c>ExpectedTotal</c> is the total the approver was shown (the review's <c>CurrentTotal</c>).</summary>
public sealed record ApproveOrderRequest(decimal ExpectedTotal, string? Comment = null);

/// <summary>Reject the order; the reason goes to the buyer.</summary>
public sealed record RejectOrderRequest(string Reason);

public interface IApprovalApi
{
    [Get("/api/v1/accounts/{accountId}/approvals")]
    Task<ApprovalInboxDto> InboxAsync(Guid accountId, CancellationToken cancellationToken = default);

    [Get("/api/v1/accounts/{accountId}/orders/{orderId}/approval")]
    Task<IApiResponse<ApprovalReviewDto>> ReviewAsync(Guid accountId, Guid orderId, CancellationToken cancellationToken = default);

    [Post("/api/v1/accounts/{accountId}/orders/{orderId}/approve")]
    Task<IApiResponse<OrderDto>> ApproveAsync(Guid accountId, Guid orderId, [Body] ApproveOrderRequest request, CancellationToken cancellationToken = default);

    [Post("/api/v1/accounts/{accountId}/orders/{orderId}/reject")]
    Task<IApiResponse<OrderDto>> RejectAsync(Guid accountId, Guid orderId, [Body] RejectOrderRequest request, CancellationToken cancellationToken = default);
}
