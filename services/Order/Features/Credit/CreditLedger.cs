using B2BPortal.Contracts.Orders;
using B2BPortal.Order.Data;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Order.Features.Credit;

/// <summary>
/// A company's credit use: the ERP's open receivables plus the portal's orders the ERP has not invoiced yet (every order not
/// cancelled, in the credit's currency, less what the ERP has invoiced of it). The not-yet-invoiced sum is kept on the company's
/// credit row: an order adds to it with one conditional update that refuses to pass the limit, so two orders that each fit
/// cannot together pass it, and orders of one company need no lock while they are checked.
/// </summary>
internal static class CreditLedger
{
    public static async Task<CreditStatusDto?> StatusAsync(OrderingDbContext db, Guid companyId, CancellationToken cancellationToken) =>
        await db.CreditAccounts.AsNoTracking().SingleOrDefaultAsync(c => c.CompanyId == companyId, cancellationToken) is { } credit
            ? new CreditStatusDto(companyId, credit.Currency, credit.CreditLimit, credit.OpenReceivables, credit.NotYetInvoiced,
                credit.CreditLimit - credit.OpenReceivables - credit.NotYetInvoiced, credit.OnHold, credit.HoldReason, credit.CreditContact,
                credit.ChangedAt)
            : null;

    /// <summary>
    /// Books an order of <paramref name="amount"/> in <paramref name="currency"/> against the company's credit, in the caller's
    /// transaction; false (nothing booked) when the company is on hold or the order no longer fits under the limit. An order in
    /// another currency than the credit's is booked as nothing (the finance rules refuse it whenever a limit applies).
    /// </summary>
    public static async Task<bool> TryBookAsync(
        OrderingDbContext db, Guid companyId, string currency, decimal amount, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"""
            UPDATE ordering.credit_accounts
            SET not_yet_invoiced = not_yet_invoiced + CASE WHEN currency = {currency} THEN {amount} ELSE 0 END
            WHERE company_id = {companyId} AND NOT on_hold
              AND (credit_limit IS NULL OR {amount} = 0 OR (currency = {currency} AND open_receivables + not_yet_invoiced + {amount} <= credit_limit))
            """, cancellationToken) == 1;

    /// <summary>Takes a cancelled order (or an invoiced amount, which the ERP's receivables now hold) off the company's credit use, in the caller's transaction.</summary>
    public static Task ReleaseAsync(OrderingDbContext db, Guid companyId, string currency, decimal amount, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            UPDATE ordering.credit_accounts SET not_yet_invoiced = not_yet_invoiced - {amount}
            WHERE company_id = {companyId} AND currency = {currency}
            """, cancellationToken);

    /// <summary>The not-yet-invoiced sum counted again from the orders (when the credit's currency changes, or the row is new).</summary>
    public static Task RecountAsync(OrderingDbContext db, Guid companyId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            UPDATE ordering.credit_accounts c SET not_yet_invoiced = COALESCE((
                SELECT sum(greatest(o.net_amount - o.invoiced_amount, 0)) FROM ordering.orders o
                WHERE o.company_id = c.company_id AND o.process_status <> {ProcessStates.Cancelled} AND o.currency = c.currency), 0)
            WHERE c.company_id = {companyId}
            """, cancellationToken);
}
