using B2BPortal.Contracts.Erp;
using B2BPortal.Contracts.Events;

namespace B2BPortal.ErpAdapter.Features.Feeds;

/// <summary>The ERP's credit changes (limit, open receivables, holds) as <see cref="ErpCreditChanged"/>, one event per change.</summary>
public sealed class CreditFeedPoller(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<CreditFeedPoller> logger)
    : FeedPoller<ErpCreditChangeDto>(scopes, configuration, logger)
{
    protected override string Feed => "credit";

    protected override async Task<IReadOnlyList<ErpCreditChangeDto>> ReadAsync(IServiceProvider services, long after, CancellationToken cancellationToken) =>
        await services.GetRequiredService<IErpFeedApi>().GetCreditChangesAsync(after, PageSize, cancellationToken);

    protected override long SequenceOf(ErpCreditChangeDto entry) => entry.Sequence;

    protected override IEnumerable<IntegrationEvent> ToEvents(IReadOnlyList<ErpCreditChangeDto> entries) =>
        entries.Select(e => new ErpCreditChanged
        {
            AccountId = e.CustomerAccountId,
            Sequence = e.Sequence,
            CreditLimit = e.CreditLimit,
            Currency = e.Currency,
            OpenBalance = e.OpenBalance,
            OnHold = e.OnHold,
            HoldReason = e.HoldReason,
            PaymentTerms = e.PaymentTerms,
            CreditContact = e.CreditContact,
            ChangedAt = e.ChangedAt,
        });
}
