using System.Diagnostics;
using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.Contracts.Quotes;
using B2BPortal.Quote.Data;
using B2BPortal.Quote.Features.Quotes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace B2BPortal.Quote.Features.Expiry;

/// <summary>
/// Revisions run out: every <c>Quote:ExpirySweepSeconds</c> (30 by default), each quote sent or accepted whose validity has
/// ended becomes Expired, with its event and history. The schedule is the quotes' own <c>expires_at</c>, so the first sweep after a
/// start catches whatever fell due while the service was down; rows are claimed with <c>SKIP LOCKED</c>, so replicas share the
/// work and a buyer's acceptance being made at that moment wins or waits.
/// </summary>
internal sealed partial class QuoteExpiry(IServiceScopeFactory scopes, IOptions<QuoteOptions> options, TimeProvider clock, ILogger<QuoteExpiry> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.ExpirySweepSeconds);
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
        var db = scope.ServiceProvider.GetRequiredService<QuoteDbContext>();
        var lifecycle = scope.ServiceProvider.GetRequiredService<QuoteLifecycle>();
        var audit = scope.ServiceProvider.GetRequiredService<AuditTrail>();
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await db.Quotes.FromSql($"""
            SELECT * FROM quote.quotes
            WHERE status IN ({QuoteStates.Sent}, {QuoteStates.Accepted}) AND expires_at <= {now}
            ORDER BY expires_at LIMIT 100 FOR UPDATE SKIP LOCKED
            """).Include(q => q.Revisions).AsSplitQuery().ToListAsync(cancellationToken);
        foreach (var quote in due)
        {
            using var activity = QuoteTracing.Source.StartActivity("quote expired");
            activity?.SetTag(QuoteTracing.QuoteIdTag, quote.Id.ToString());
            var (revision, from) = (quote.AcceptedRevision ?? quote.LastSent?.Number, quote.Status);
            lifecycle.Move(quote, QuoteStates.Expired, QuoteActor.Portal, now, $"Revision {revision} was valid until {quote.LastSent?.ValidUntil:yyyy-MM-dd}.", revision);
            QuoteAudit.Moved(audit, quote, "quote.expired", from, revision);
            LogExpired(logger, quote.Number);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Quote {QuoteNumber} expired")]
    private static partial void LogExpired(ILogger logger, string quoteNumber);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Expiring quotes failed; trying again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
