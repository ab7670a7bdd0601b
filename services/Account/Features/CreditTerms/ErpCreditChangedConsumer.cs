using B2BPortal.Account.Data;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Events;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Account.Features.CreditTerms;

/// <summary>
/// The ERP is the authority for credit: its credit feed overwrites the company's terms here, whatever was set in the portal
/// before (a change made here was sent to the ERP and comes back this way once the ERP has it). A change older than the one
/// applied is ignored; one for an account this service does not know is dropped (the ERP knows customers the portal does not).
/// The company's row is locked before its sequence is compared, so two changes handled at once cannot both pass the check and
/// leave the older one standing.
/// </summary>
public sealed class ErpCreditChangedConsumer(AccountDbContext db) : InboxConsumer<ErpCreditChanged, AccountDbContext>(db)
{
    protected override async Task HandleAsync(ConsumeContext<ErpCreditChanged> context, CancellationToken cancellationToken)
    {
        var change = context.Message;
        var company = await Db.Accounts.FromSql($"SELECT * FROM account.accounts WHERE id = {change.AccountId} FOR UPDATE")
            .SingleOrDefaultAsync(a => a.ParentId == null, cancellationToken);
        if (company is null || company.ErpCreditSequence >= change.Sequence)
        {
            return;
        }

        company.CreditLimit = change.CreditLimit;
        company.Currency = change.Currency;
        company.PaymentTerms = change.PaymentTerms;
        company.ErpCreditSequence = change.Sequence;
        company.CreditConfirmedByErpAt = change.ChangedAt;
        company.CreditTermsUpdatedAt = change.ChangedAt;
    }
}
