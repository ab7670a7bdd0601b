using B2BPortal.Contracts.Erp;
using B2BPortal.Contracts.Events;

namespace B2BPortal.ErpAdapter.Features.Feeds;

/// <summary>The ERP's stock counts as <see cref="ErpStockLevelsChanged"/>, one event per page of the feed.</summary>
public sealed class StockFeedPoller(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<StockFeedPoller> logger)
    : FeedPoller<ErpStockMovementDto>(scopes, configuration, logger)
{
    protected override string Feed => "stock";

    protected override async Task<IReadOnlyList<ErpStockMovementDto>> ReadAsync(IServiceProvider services, long after, CancellationToken cancellationToken) =>
        await services.GetRequiredService<IErpFeedApi>().GetStockMovementsAsync(after, PageSize, cancellationToken);

    protected override long SequenceOf(ErpStockMovementDto entry) => entry.Sequence;

    protected override IEnumerable<IntegrationEvent> ToEvents(IReadOnlyList<ErpStockMovementDto> entries) =>
    [
        new ErpStockLevelsChanged
        {
            AccountId = Guid.Empty,
            Levels = [.. entries.Select(e => new StockLevel(e.ItemNumber, e.Warehouse, e.Quantity, e.ConfirmedAt))],
        },
    ];
}
