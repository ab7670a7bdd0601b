using B2BPortal.BuildingBlocks.Http;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Catalog;
using B2BPortal.Contracts.Entitlements;
using B2BPortal.Contracts.Orders;
using B2BPortal.Contracts.Pricing;
using B2BPortal.Order.Data;
using B2BPortal.Order.Features.AccountFacts;
using B2BPortal.Order.Features.Credit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace B2BPortal.Order.Features.Validation;

/// <summary><c>Order:Downstream</c>: how long the Order service waits for each service it asks before answering 503.</summary>
public sealed class DownstreamOptions
{
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>
/// Gathers <see cref="OrderFacts"/> with the caller's own token, so every service applies the caller's scope again. The
/// account's profile and assortment come from <see cref="AccountFactsCache"/> when kept; the service calls run in parallel
/// (the catalog check waits for the assortment); the database reads run meanwhile.
/// </summary>
internal sealed class OrderFactsLoader(
    IOrderingProfileApi accounts, IEntitlementApi entitlement, ICatalogApi catalog, IPricingApi pricing, AccountFactsCache kept,
    OrderingDbContext db, TimeProvider clock, IOptions<DownstreamOptions> options)
{
    private TimeSpan Timeout => options.Value.Timeout;

    public async Task<OrderFacts> LoadAsync(Guid accountId, AccountAccessDto access, OrderDraft draft, string token, CancellationToken cancellationToken)
    {
        // An order over the line limit is refused for that alone; its lines are not worth asking anyone about.
        var checkable = draft.Lines.Count > LineRules.MaxLines ? [] : draft.Lines.Where(l => l.HasValidShape).ToList();
        // Not tied to this request: other orders of the account may be waiting for the same lookup.
        var profileCall = kept.ProfileAsync(accountId,
            () => Downstream.CallAsync("Account", Timeout, t => accounts.GetOrderingProfileAsync(accountId, token, t), CancellationToken.None),
            cancellationToken);
        var productsCall = ProductsAsync(accountId, checkable, token, cancellationToken);
        var pricesCall = PricesAsync(accountId, checkable, token, cancellationToken);

        var credit = await CreditLedger.StatusAsync(db, access.CompanyId, cancellationToken);
        var earlier = draft.PurchaseOrderNumber is { } reference
            ? await db.Orders.AsNoTracking().Where(o => o.AccountId == accountId && o.PurchaseOrderNumber == reference)
                .OrderBy(o => o.SubmittedAt).Select(o => new EarlierOrder(o.Number, o.SubmittedAt)).FirstOrDefaultAsync(cancellationToken)
            : null;

        return new OrderFacts(await profileCall, await productsCall, await pricesCall, credit, earlier,
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }

    private async Task<IReadOnlyDictionary<string, ProductCheckDto>> ProductsAsync(
        Guid accountId, IReadOnlyList<DraftLine> lines, string token, CancellationToken cancellationToken)
    {
        if (lines.Count == 0)
        {
            return new Dictionary<string, ProductCheckDto>();
        }

        var assortment = await kept.AssortmentAsync(accountId,
            () => Downstream.CallAsync("Entitlement", Timeout, t => entitlement.GetAssortmentAsync(accountId, token, t), CancellationToken.None),
            cancellationToken);
        var skus = lines.Select(l => l.Sku!).Distinct(StringComparer.Ordinal).ToList();
        var checks = await Downstream.CallAsync("Catalog", Timeout,
            t => catalog.CheckAsync(new ProductLookupRequest(assortment.Effective, skus), token, t), cancellationToken);
        return checks.ToDictionary(c => c.Sku, StringComparer.Ordinal);
    }

    private async Task<IReadOnlyDictionary<int, PriceLineResultDto>> PricesAsync(
        Guid accountId, IReadOnlyList<DraftLine> lines, string token, CancellationToken cancellationToken)
    {
        if (lines.Count == 0)
        {
            return new Dictionary<int, PriceLineResultDto>();
        }

        var priced = await Downstream.CallAsync("Pricing", Timeout,
            t => pricing.PriceBatchAsync(accountId, new PriceBatchRequest([.. lines.Select(l => new PriceLineRequest(l.Sku!, l.Quantity))]), token, t),
            cancellationToken);
        return lines.Zip(priced.Lines).ToDictionary(pair => pair.First.LineNumber, pair => pair.Second);
    }
}
