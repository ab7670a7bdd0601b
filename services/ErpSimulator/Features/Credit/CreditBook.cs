using B2BPortal.ErpSimulator.Data;
using B2BPortal.ErpSimulator.Features.Feeds;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.ErpSimulator.Features.Credit;

/// <summary>Changes a customer's credit and appends the whole record to the credit feed, in one transaction.</summary>
internal static class CreditBook
{
    public const string DefaultContact = "Credit control, +49 40 555 0100, credit.control@manufacturer.example";

    public static async Task<CustomerCredit> ChangeAsync(
        ErpDbContext db, Guid customerAccountId, Action<CustomerCredit> change, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var credit = await db.CustomerCredits.SingleOrDefaultAsync(c => c.CustomerAccountId == customerAccountId, cancellationToken);
        if (credit is null)
        {
            credit = new CustomerCredit { CustomerAccountId = customerAccountId, Currency = "EUR", CreditContact = DefaultContact };
            db.CustomerCredits.Add(credit);
        }

        change(credit);
        credit.ChangedAt = now;
        await FeedWriter.AppendAsync(db, [credit.ToChange()], cancellationToken);
        return credit;
    }
}
