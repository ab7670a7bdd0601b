using System.Net;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Erp;
using B2BPortal.Contracts.Events;
using B2BPortal.ErpAdapter.Data;
using MassTransit;
using Refit;

namespace B2BPortal.ErpAdapter.Features.Credit;

/// <summary>
/// Writes credit terms agreed in the portal to the ERP, the authority for credit. The event id is the idempotency key, so a
/// redelivered event changes nothing twice; the ERP's credit feed then brings the terms back to the portal as
/// <see cref="ErpCreditChanged"/>. ERP failures throw, so the message is retried with back-off and then dead-lettered.
/// </summary>
public sealed partial class CreditTermsChangedConsumer(ErpAdapterDbContext db, IErpCustomerApi erp, ILogger<CreditTermsChangedConsumer> logger)
    : InboxConsumer<CreditTermsChanged, ErpAdapterDbContext>(db)
{
    protected override async Task HandleAsync(ConsumeContext<CreditTermsChanged> context, CancellationToken cancellationToken)
    {
        var terms = context.Message;
        try
        {
            await erp.SetCreditTermsAsync(terms.AccountId,
                new ErpCreditTermsUpdate(terms.CreditLimit, terms.Currency, terms.PaymentTerms, terms.OccurredAt), terms.EventId.ToString(), cancellationToken);
        }
        catch (ApiException exception) when (exception.StatusCode == HttpStatusCode.Conflict)
        {
            // The ERP changed this customer's credit after these terms were agreed (the write waited out an ERP outage, say):
            // the ERP's newer record stands and has reached the portal through the credit feed.
            LogSuperseded(logger, terms.AccountId, terms.OccurredAt);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Credit terms for {AccountId} agreed at {AgreedAt} were superseded by a later change in the ERP; not written")]
    private static partial void LogSuperseded(ILogger logger, Guid accountId, DateTimeOffset agreedAt);
}
