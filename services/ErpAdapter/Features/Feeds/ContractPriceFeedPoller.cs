using B2BPortal.Contracts.Erp;
using B2BPortal.Contracts.Events;

namespace B2BPortal.ErpAdapter.Features.Feeds;

/// <summary>The ERP's contract price changes as <see cref="ErpContractPriceChanged"/>, one event per change.</summary>
public sealed class ContractPriceFeedPoller(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ContractPriceFeedPoller> logger)
    : FeedPoller<ErpContractPriceChangeDto>(scopes, configuration, logger)
{
    protected override string Feed => "contract-prices";

    protected override async Task<IReadOnlyList<ErpContractPriceChangeDto>> ReadAsync(IServiceProvider services, long after, CancellationToken cancellationToken) =>
        await services.GetRequiredService<IErpFeedApi>().GetContractPriceChangesAsync(after, PageSize, cancellationToken);

    protected override long SequenceOf(ErpContractPriceChangeDto entry) => entry.Sequence;

    protected override IEnumerable<IntegrationEvent> ToEvents(IReadOnlyList<ErpContractPriceChangeDto> entries) =>
        entries.Select(e => new ErpContractPriceChanged
        {
            AccountId = e.CustomerAccountId, ContractId = e.ContractId, Sku = e.ItemNumber, UnitPrice = e.UnitPrice,
            Tiers = [.. e.Breaks.Select(b => new ContractTier(b.MinQuantity, b.UnitPrice))], ChangedAt = e.ChangedAt,
        });
}
