using B2BPortal.Contracts.Erp;
using B2BPortal.Contracts.Events;

namespace B2BPortal.ErpAdapter.Features.Feeds;

/// <summary>The ERP's list price changes as <see cref="ErpListPriceChanged"/>, one event per change.</summary>
public sealed class PriceFeedPoller(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<PriceFeedPoller> logger)
    : FeedPoller<ErpPriceChangeDto>(scopes, configuration, logger)
{
    protected override string Feed => "list-prices";

    protected override async Task<IReadOnlyList<ErpPriceChangeDto>> ReadAsync(IServiceProvider services, long after, CancellationToken cancellationToken) =>
        await services.GetRequiredService<IErpFeedApi>().GetPriceChangesAsync(after, PageSize, cancellationToken);

    protected override long SequenceOf(ErpPriceChangeDto entry) => entry.Sequence;

    protected override IEnumerable<IntegrationEvent> ToEvents(IReadOnlyList<ErpPriceChangeDto> entries) =>
        entries.Select(e => new ErpListPriceChanged { AccountId = Guid.Empty, Sku = e.ItemNumber, Currency = e.Currency, Amount = e.Amount, ChangedAt = e.ChangedAt });
}
