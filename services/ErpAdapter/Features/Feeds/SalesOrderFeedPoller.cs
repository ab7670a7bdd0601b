using B2BPortal.Contracts.Erp;
using B2BPortal.Contracts.Events;

namespace B2BPortal.ErpAdapter.Features.Feeds;

/// <summary>
/// The ERP's sales-order changes (confirmation, allocation, shipments, invoices, payments) as <see cref="ErpSalesOrderChanged"/>, one
/// event per change, each with the sales order's own sequence so the Order service applies them in order.
/// </summary>
public sealed class SalesOrderFeedPoller(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<SalesOrderFeedPoller> logger)
    : FeedPoller<ErpSalesOrderChangeDto>(scopes, configuration, logger)
{
    protected override string Feed => "sales-orders";

    /// <summary>A buyer watches these: a quarter of a second, so a change shows in the portal well within a second.</summary>
    protected override double DefaultPollSeconds => 0.25;

    protected override async Task<IReadOnlyList<ErpSalesOrderChangeDto>> ReadAsync(IServiceProvider services, long after, CancellationToken cancellationToken) =>
        await services.GetRequiredService<IErpSalesOrderChangeApi>().GetChangesAsync(after, PageSize, cancellationToken);

    protected override long SequenceOf(ErpSalesOrderChangeDto entry) => entry.Sequence;

    protected override IEnumerable<IntegrationEvent> ToEvents(IReadOnlyList<ErpSalesOrderChangeDto> entries) =>
        entries.Select(e => new ErpSalesOrderChanged
        {
            AccountId = e.CustomerAccountId,
            CorrelationId = e.PortalOrderId,
            OrderId = e.PortalOrderId,
            OrderNumber = e.PortalOrderNumber,
            ErpOrderNumber = e.SalesOrderNumber,
            Sequence = e.OrderSequence,
            Kind = e.Kind,
            Detail = e.Detail,
            ChangedAt = e.ChangedAt,
        });
}
