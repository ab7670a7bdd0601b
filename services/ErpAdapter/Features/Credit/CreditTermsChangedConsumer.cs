using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Erp;
using B2BPortal.Contracts.Events;
using B2BPortal.ErpAdapter.Data;
using MassTransit;

namespace B2BPortal.ErpAdapter.Features.Credit;

/// <summary>
/// Writes credit terms agreed in the portal to the ERP, the authority for credit. The event id is the idempotency key, so a
/// redelivered event changes nothing twice; the ERP's credit feed then brings the terms back to the portal as
/// <see cref="ErpCreditChanged"/>. ERP failures throw, so the message is retried with back-off and then dead-lettered.
/// </summary>
public sealed class CreditTermsChangedConsumer(ErpAdapterDbContext db, IErpCustomerApi erp)
    : InboxConsumer<CreditTermsChanged, ErpAdapterDbContext>(db)
{
    protected override async Task HandleAsync(ConsumeContext<CreditTermsChanged> context, CancellationToken cancellationToken)
    {
        var terms = context.Message;
        await erp.SetCreditTermsAsync(terms.AccountId, new ErpCreditTermsUpdate(terms.CreditLimit, terms.Currency, terms.PaymentTerms),
            terms.EventId.ToString(), cancellationToken);
    }
}
