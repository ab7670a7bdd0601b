using B2BPortal.Contracts.Orders;
using B2BPortal.Order.Data;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Order.Features.Credit;

/// <summary>
/// A company's credit use: the ERP's open receivables plus the portal's orders the ERP has not invoiced yet (every order not
/// rejected, in the credit's currency, until invoices come from the ERP). Read under <see cref="LockCompanyAsync"/>, two
/// orders of one company cannot both pass the limit that only one of them fits under.
/// </summary>
internal static class CreditLedger
{
    public static async Task<CreditStatusDto?> StatusAsync(OrderingDbContext db, Guid companyId, CancellationToken cancellationToken)
    {
        var credit = await db.CreditAccounts.AsNoTracking().SingleOrDefaultAsync(c => c.CompanyId == companyId, cancellationToken);
        if (credit is null)
        {
            return null;
        }

        var notYetInvoiced = await db.Orders
            .Where(o => o.CompanyId == companyId && o.Status != OrderStatuses.Rejected && o.Currency == credit.Currency)
            .SumAsync(o => o.NetAmount, cancellationToken);
        return new CreditStatusDto(companyId, credit.Currency, credit.CreditLimit, credit.OpenReceivables, notYetInvoiced,
            credit.CreditLimit - credit.OpenReceivables - notYetInvoiced, credit.OnHold, credit.HoldReason, credit.CreditContact, credit.ChangedAt);
    }

    /// <summary>Holds the company's credit for the current transaction: other orders of the company wait until it ends.</summary>
    public static Task LockCompanyAsync(OrderingDbContext db, Guid companyId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({BitConverter.ToInt64(companyId.ToByteArray())})", cancellationToken);
}
