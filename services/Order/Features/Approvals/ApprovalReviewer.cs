using System.Globalization;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Orders;
using B2BPortal.Order.Features.Orders;
using B2BPortal.Order.Features.Validation;

namespace B2BPortal.Order.Features.Approvals;

/// <summary>A line's price now, as the order would take it on approval.</summary>
internal sealed record CurrentPrice(decimal UnitPrice, decimal LineAmount, string Source, Guid? ContractId, string? ContractName, decimal? TierMinQuantity, string Explanation);

/// <summary>
/// Checks a waiting order again, as the approver looks at it: the same four layers as at placement, on facts gathered now (prices
/// may have expired or changed, credit may have moved). The order's own reference and its own share of the credit are left out:
/// it holds both already.
/// </summary>
internal sealed class ApprovalReviewer(OrderFactsLoader loader, OrderValidator validator)
{
    public async Task<(ApprovalReviewDto Review, IReadOnlyDictionary<int, CurrentPrice> Prices)> ReviewAsync(
        Orders.Order order, AccountAccessDto access, string token, string? cannotDecide, CancellationToken cancellationToken)
    {
        var lines = order.Lines.OrderBy(l => l.LineNumber).ToList();
        var draft = new OrderDraft(order.PurchaseOrderNumber, order.ShipTo?.AddressId, order.RequestedDeliveryDate, order.VatId,
            [.. lines.Select(l => new DraftLine(l.LineNumber, l.Sku, l.Quantity, l.Note, l.RequestedWarehouse))]);
        var facts = await loader.LoadAsync(order.AccountId, access, draft, token, cancellationToken);
        var credit = facts.Credit;
        // An order of a quote keeps the quote's prices: the price was agreed, whatever the price lists say now.
        facts = facts with
        {
            PurchaseOrderUsedBy = null, Credit = credit is null ? null : Without(credit, order),
            PricesByLine = order.QuoteId is null ? facts.PricesByLine : QuotedPrices.Of(order),
        };
        var outcome = validator.Validate(draft, facts, isDraft: false);

        var prices = new Dictionary<int, CurrentPrice>();
        var reviewed = new List<ApprovalLineDto>();
        var changes = new List<string>();
        foreach (var line in lines)
        {
            var now = outcome.Lines.FirstOrDefault(l => l.Draft.LineNumber == line.LineNumber)?.Price;
            if (now is not null)
            {
                prices[line.LineNumber] = new CurrentPrice(now.UnitPrice, now.LineAmount, now.Explanation.Source, now.Explanation.ContractId,
                    now.Explanation.ContractName, now.Explanation.TierMinQuantity, now.Explanation.Text);
            }

            var changed = now is null || now.UnitPrice != line.UnitPrice;
            reviewed.Add(new ApprovalLineDto(line.LineNumber, line.Sku, line.Name, line.Quantity, line.Unit, line.UnitPrice, line.LineAmount, now?.UnitPrice,
                now?.LineAmount, changed));
            if (changed)
            {
                changes.Add(now is null
                    ? $"Line {line.LineNumber} ({line.Sku}) has no price now."
                    : $"Line {line.LineNumber} ({line.Sku}): {Money(line.UnitPrice)} → {Money(now.UnitPrice)} {line.Currency} per {line.Unit} ({now.Explanation.Text}).");
            }
        }

        var currentTotal = outcome.Totals.NetAmount;
        if (currentTotal != order.NetAmount)
        {
            changes.Add($"The total is {Findings.Money(currentTotal, order.Currency)} now, {Findings.Money(order.NetAmount, order.Currency)} when the order was placed.");
        }

        var findings = outcome.Findings.Where(f => f.Code != FindingCodes.PurchaseOrderDuplicate).ToList();
        changes.AddRange(findings.Where(f => f.Severity == FindingSeverities.Error).Select(f => f.Message));
        var step = order.CurrentApprovalStep!;
        var review = new ApprovalReviewDto(order.ToDto(), step.ToDto(), order.ApprovalSteps.Count, reviewed, order.NetAmount, currentTotal, changes, credit,
            findings, cannotDecide is null, cannotDecide);
        return (review, prices);
    }

    private static CreditStatusDto Without(CreditStatusDto credit, Orders.Order order)
    {
        var share = credit.Currency == order.Currency ? order.NetAmount : 0;
        return credit with { NotYetInvoiced = credit.NotYetInvoiced - share, Available = credit.Available + share };
    }

    private static string Money(decimal amount) => amount.ToString("#,0.00##", CultureInfo.InvariantCulture);
}
