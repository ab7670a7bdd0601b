using System.Net;
using B2BPortal.Contracts.Erp;
using B2BPortal.Contracts.Events;
using B2BPortal.ErpAdapter.Features.ErpCommands;
using Refit;

namespace B2BPortal.ErpAdapter.Features.Credit;

/// <summary>
/// Writes credit terms agreed in the portal to the ERP, the authority for credit. The event id is the idempotency key, so a command
/// sent again changes nothing twice; the ERP's credit feed then brings the terms back to the portal as <see cref="ErpCreditChanged"/>.
/// </summary>
public sealed partial class SetCreditTermsHandler(IErpCustomerApi erp, ILogger<SetCreditTermsHandler> logger) : IErpCommandHandler
{
    public const string CommandKind = "set-credit-terms";

    public string Kind => CommandKind;

    public async Task<ErpCommandResult> SendAsync(ErpCommand command, CancellationToken cancellationToken)
    {
        var terms = ErpCommandQueue.Read<CreditTermsChanged>(command);
        try
        {
            await erp.SetCreditTermsAsync(terms.AccountId,
                new ErpCreditTermsUpdate(terms.CreditLimit, terms.Currency, terms.PaymentTerms, terms.OccurredAt), terms.EventId.ToString(), cancellationToken);
            return new ErpCommandResult("written");
        }
        catch (ApiException exception) when (exception.StatusCode == HttpStatusCode.Conflict)
        {
            // The ERP changed this customer's credit after these terms were agreed (the write waited out an ERP outage, say):
            // the ERP's newer record stands and has reached the portal through the credit feed.
            LogSuperseded(logger, terms.AccountId, terms.OccurredAt);
            return new ErpCommandResult("superseded by a later change in the ERP");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Credit terms for {AccountId} agreed at {AgreedAt} were superseded by a later change in the ERP; not written")]
    private static partial void LogSuperseded(ILogger logger, Guid accountId, DateTimeOffset agreedAt);
}
