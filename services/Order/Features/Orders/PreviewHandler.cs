using B2BPortal.Contracts.Accounts;
using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.Contracts.Orders;
using B2BPortal.Order.Features.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace B2BPortal.Order.Features.Orders;

/// <summary>
/// <c>POST …/orders/preview</c>: the same checks as placing the order, without placing it. <c>draft=true</c> is a cart being
/// edited: no header is checked yet, and errors are shown to the buyer as warnings.
/// </summary>
internal static class PreviewHandler
{
    public static async Task<Ok<OrderPreviewDto>> HandleAsync(
        Guid accountId, PlaceOrderRequest request, HttpContext http, OrderFactsLoader loader, OrderValidator validator,
        CancellationToken cancellationToken, bool draft = false)
    {
        var order = OrderDraft.From(request);
        var facts = await loader.LoadAsync(accountId, http.ActingFor(), order, http.AccessToken(), cancellationToken);
        var outcome = validator.Validate(order, facts, draft);
        return TypedResults.Ok(outcome.ToPreview() with
        {
            ApprovalSteps = ApprovalChains.For(facts.Profile.ApprovalPolicy, outcome.Totals.NetAmount, PlaceOrderHandler.Caller(http).Subject),
        });
    }
}
