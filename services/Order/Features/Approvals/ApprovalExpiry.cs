using System.Globalization;
using B2BPortal.Contracts.Orders;
using B2BPortal.Order.Data;
using B2BPortal.Order.Features.Credit;
using B2BPortal.Order.Features.Lifecycle;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Order.Features.Approvals;

/// <summary>
/// Orders nobody decided in time expire: every <c>Order:Approvals:SweepSeconds</c> (30 by default), each order past its approval
/// deadline is rejected by the portal with the reason, cancelled, and its credit released. Rows are claimed with
/// <c>SKIP LOCKED</c>, so several instances share the work and a decision being made at that moment wins.
/// </summary>
internal sealed partial class ApprovalExpiry(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<ApprovalExpiry> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Order:Approvals:SweepSeconds", 30.0));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ExpireDueAsync(stoppingToken);
                await Task.Delay(interval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogFailed(logger, exception);
                await Task.Delay(interval, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
            }
        }
    }

    private async Task ExpireDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrderingDbContext>();
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await db.Orders.FromSql($"""
            SELECT * FROM ordering.orders
            WHERE process_status = {ProcessStates.PendingApproval} AND approval_expires_at <= {now}
            ORDER BY approval_expires_at LIMIT 100 FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
        foreach (var order in due)
        {
            var waited = (order.ApprovalExpiresAt!.Value - order.SubmittedAt).TotalHours.ToString("0.###", CultureInfo.InvariantCulture);
            order.Reject(OrderActor.Portal, now, $"Nobody decided within {waited} hours, so the order expired. Order it again if it is still needed.");
            await CreditLedger.ReleaseAsync(db, order.CompanyId, order.Currency, order.NetAmount, cancellationToken);
            LogExpired(logger, order.Number);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderNumber} expired waiting for approval")]
    private static partial void LogExpired(ILogger logger, string orderNumber);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Expiring orders waiting for approval failed; trying again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
