using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Events;
using B2BPortal.Order.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Order.Features.Credit;

/// <summary>
/// Keeps the company's credit as the ERP reports it; a change older than the one held changes nothing. A new company, or a new
/// currency, has its orders not yet invoiced counted again in that currency. The row is locked before its sequence is compared, so
/// two changes handled at once cannot both pass the check and leave the older one standing (two first changes of a new company
/// collide on its key instead, and the retry finds the row).
/// </summary>
public sealed class ErpCreditChangedConsumer(OrderingDbContext db) : InboxConsumer<ErpCreditChanged, OrderingDbContext>(db)
{
    protected override async Task HandleAsync(ConsumeContext<ErpCreditChanged> context, CancellationToken cancellationToken)
    {
        var change = context.Message;
        var credit = await Db.CreditAccounts.FromSql($"SELECT * FROM ordering.credit_accounts WHERE company_id = {change.AccountId} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);
        if (credit is null)
        {
            credit = new CreditAccount { CompanyId = change.AccountId, Currency = change.Currency };
            Db.CreditAccounts.Add(credit);
        }
        else if (credit.Sequence >= change.Sequence)
        {
            return;
        }

        var recount = Db.Entry(credit).State == EntityState.Added || credit.Currency != change.Currency;
        credit.Sequence = change.Sequence;
        credit.CreditLimit = change.CreditLimit;
        credit.Currency = change.Currency;
        credit.OpenReceivables = change.OpenBalance;
        credit.OnHold = change.OnHold;
        credit.HoldReason = change.HoldReason;
        credit.CreditContact = change.CreditContact;
        credit.ChangedAt = change.ChangedAt;
        if (recount)
        {
            await Db.SaveChangesAsync(cancellationToken);
            await CreditLedger.RecountAsync(Db, change.AccountId, cancellationToken);
        }
    }
}
