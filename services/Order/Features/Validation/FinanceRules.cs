using B2BPortal.Contracts.Orders;
using static B2BPortal.Order.Features.Validation.Findings;

namespace B2BPortal.Order.Features.Validation;

/// <summary>
/// Layer 3, finance, with the ERP as the authority: the company must not be on credit hold, and its credit use (the ERP's open
/// receivables plus the portal's orders not yet invoiced plus this order) must stay within the ERP's credit limit. Every
/// refusal says whom to call.
/// </summary>
internal static class FinanceRules
{
    private const string Layer = FindingLayers.Finance;

    /// <summary>The credit booking failed though the figures read afterwards would let the order pass: they changed in between.</summary>
    public static OrderFindingDto ChangedMeanwhile(string companyName) => Error(Layer, FindingCodes.CreditLimitExceeded,
        $"{companyName}'s credit changed while this order was being checked. Send it again with the same Idempotency-Key to have it " +
        "checked against the new figures.");

    public static IEnumerable<OrderFindingDto> Check(OrderTotalsDto order, CreditStatusDto? credit, string companyName)
    {
        if (credit is null)
        {
            yield return Error(Layer, FindingCodes.CreditUnavailable,
                $"The ERP has not told the portal {companyName}'s credit yet, so no order can be checked against it. " +
                "Try again in a few minutes; if it goes on, call your account manager.");
            yield break;
        }

        var call = credit.CreditContact is { } contact ? $"call {contact}" : "call your account manager";
        if (credit.OnHold)
        {
            yield return Error(Layer, FindingCodes.CreditHold,
                $"{companyName} is on credit hold in our ERP{(credit.HoldReason is { } reason ? $" ({reason})" : "")}, so no orders can be placed " +
                $"until it is lifted. To have it lifted, {call}.");
        }

        if (credit.CreditLimit is not { } limit || order.NetAmount == 0)
        {
            yield break;
        }

        if (order.Currency is { } currency && currency != credit.Currency)
        {
            yield return Error(Layer, FindingCodes.CreditCurrency,
                $"This order is priced in {currency} but {companyName}'s credit is kept in {credit.Currency}, so it cannot be checked. Please {call}.");
            yield break;
        }

        var used = credit.OpenReceivables + credit.NotYetInvoiced;
        if (used + order.NetAmount > limit)
        {
            var over = used + order.NetAmount - limit;
            yield return Error(Layer, FindingCodes.CreditLimitExceeded,
                $"This order ({Money(order.NetAmount, credit.Currency)}) would take {companyName}'s credit use to {Money(used + order.NetAmount, credit.Currency)}, " +
                $"over its credit limit of {Money(limit, credit.Currency)} (open invoices {Money(credit.OpenReceivables, credit.Currency)}, orders not yet " +
                $"invoiced {Money(credit.NotYetInvoiced, credit.Currency)}). Reduce the order by at least {Money(over, credit.Currency)}, or {call} about the limit.");
        }
    }
}
