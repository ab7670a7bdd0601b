using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Orders;
using B2BPortal.Order.Features.Logistics;
using Microsoft.Extensions.Options;

namespace B2BPortal.Order.Features.Validation;

/// <summary>What the four layers found, with each line as they saw it and the order's totals.</summary>
internal sealed record ValidationOutcome(
    IReadOnlyList<CheckedLine> Lines, OrderTotalsDto Totals, IReadOnlyList<OrderFindingDto> Findings, CreditStatusDto? Credit, ShipToAddressDto? ShipTo)
{
    public bool CanSubmit => Findings.All(f => f.Severity != FindingSeverities.Error);

    public OrderPreviewDto ToPreview() => new([.. Lines.Select(l => l.ToPreview())], Totals, Findings, Credit, CanSubmit);
}

/// <summary>
/// Runs the four layers (data integrity, business, finance, logistics) over an order and its facts, and reports every finding
/// at once. Pure: the facts were gathered before, so the same order and facts always give the same findings.
/// A draft (a cart being edited) has no header yet: its header is not checked, and its lines are placed at the account's
/// default address.
/// </summary>
internal sealed class OrderValidator(IOptions<LogisticsOptions> logistics)
{
    public ValidationOutcome Validate(OrderDraft draft, OrderFacts facts, bool isDraft)
    {
        var profile = facts.Profile;
        var shipTo = isDraft
            ? profile.ShipToAddresses.FirstOrDefault(a => a.Id == draft.ShipToAddressId) ?? profile.ShipToAddresses.FirstOrDefault()
            : profile.ShipToAddresses.FirstOrDefault(a => a.Id == draft.ShipToAddressId);
        var findings = new List<OrderFindingDto>(DataIntegrityRules.Check(draft, facts, isDraft));

        var lines = draft.Lines.Select(line => Checked(line, facts, shipTo?.Country)).ToList();
        var totals = Totals(lines);
        foreach (var line in lines)
        {
            findings.AddRange(BusinessRules.CheckProducts(line, profile.AccountName));
            findings.AddRange(BusinessRules.CheckStock(line, profile.Settings.AllowBackorders, profile.CompanyName));
        }

        findings.AddRange(Currencies(lines));
        findings.AddRange(FinanceRules.Check(totals, facts.Credit, profile.CompanyName));
        foreach (var line in lines)
        {
            findings.AddRange(LogisticsRules.CheckLine(line, shipTo?.Country, logistics.Value));
        }

        if (!isDraft)
        {
            findings.AddRange(LogisticsRules.CheckDate(draft, lines, shipTo?.City, shipTo?.Country, profile.Settings.AllowBackorders));
        }

        return new ValidationOutcome(lines, totals, findings, facts.Credit, shipTo);
    }

    private CheckedLine Checked(DraftLine line, OrderFacts facts, string? country)
    {
        var check = line.Sku is null ? null : facts.Products.GetValueOrDefault(line.Sku);
        var checkedLine = new CheckedLine(line, check, facts.PricesByLine.GetValueOrDefault(line.LineNumber));
        return checkedLine.Product is { } product && line.HasValidShape && country is not null
            ? checkedLine with { Plan = Allocator.Allocate(line.Quantity, line.Warehouse, country, product.Availability, logistics.Value, facts.Today) }
            : checkedLine;
    }

    private static OrderTotalsDto Totals(IReadOnlyList<CheckedLine> lines)
    {
        var priced = lines.Where(l => l.Price is not null).Select(l => l.Price!).ToList();
        return new OrderTotalsDto(priced.FirstOrDefault()?.Currency, priced.Sum(p => p.LineAmount), lines.Count);
    }

    private static IEnumerable<OrderFindingDto> Currencies(IReadOnlyList<CheckedLine> lines)
    {
        var currencies = lines.Where(l => l.Price is not null).Select(l => l.Price!.Currency).Distinct().ToList();
        if (currencies.Count > 1)
        {
            yield return Findings.Error(FindingLayers.Business, FindingCodes.MixedCurrencies,
                $"The lines are priced in {string.Join(" and ", currencies)}; one order has one currency. Order them separately, or ask your account manager.");
        }
    }
}
