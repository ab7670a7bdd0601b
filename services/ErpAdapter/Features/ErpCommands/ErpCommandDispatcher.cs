using System.Diagnostics;
using System.Net;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.ErpAdapter.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Refit;

namespace B2BPortal.ErpAdapter.Features.ErpCommands;

/// <summary>
/// Sends stored commands to the ERP. A batch of due commands (the oldest unfinished one of each subject) is claimed with a lease
/// in a short transaction; each is sent with no transaction open; its result is recorded in another short transaction, together
/// with the events it causes. A failure worth retrying puts the command back with a longer wait (up to
/// <see cref="ErpCommandOptions.MaxRetryInterval"/>, for as long as it takes); after <see cref="ErpCommandOptions.OutageThreshold"/>
/// failures in a row the ERP counts as down, and the dispatcher only probes with one command now and then (the one waiting longest,
/// due or not). The first success after an outage makes every waiting command due at once, so the backlog flows as soon as the ERP
/// is back.
/// </summary>
public sealed partial class ErpCommandDispatcher(
    IServiceScopeFactory scopes, ErpCommandSignal signal, IEnumerable<IErpCommandHandler> handlers, IOptions<ErpCommandOptions> options,
    TimeProvider clock, ILogger<ErpCommandDispatcher> logger) : BackgroundService
{
    private static readonly ActivitySource Tracing = new("B2BPortal.ErpAdapter.Commands");
    private readonly Dictionary<string, IErpCommandHandler> handlerByKind = handlers.ToDictionary(h => h.Kind);
    private readonly ErpCommandOptions settings = options.Value;
    private int failuresInARow;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var (claimed, failed) = await DispatchBatchAsync(probe: failuresInARow >= settings.OutageThreshold, stoppingToken);
                await ErpCommandMetrics.RefreshIfDueAsync(scopes, clock, stoppingToken);
                if (failed)
                {
                    await Task.Delay(Pause(), stoppingToken);
                }
                else if (claimed < settings.BatchSize)
                {
                    await signal.WaitAsync(settings.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogDispatchFailed(logger, exception);
                await Task.Delay(settings.PollInterval, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
            }
        }
    }

    /// <summary>
    /// Sends a batch of due commands; while the ERP counts as down (<paramref name="probe"/>), only the one that has waited longest,
    /// due or not, so the dispatcher notices the ERP is back within <see cref="ErpCommandOptions.MaxProbeInterval"/>.
    /// </summary>
    private async Task<(int Claimed, bool Failed)> DispatchBatchAsync(bool probe, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ErpAdapterDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<IIntegrationEventOutbox>();
        var batch = await ClaimAsync(db, probe, cancellationToken);
        for (var i = 0; i < batch.Count; i++)
        {
            if (!await SendAsync(db, outbox, batch[i], cancellationToken))
            {
                await ReleaseAsync(db, batch.Skip(i + 1), cancellationToken);
                return (batch.Count, true);
            }
        }

        if (batch.Count > 0 && failuresInARow > 0)
        {
            var wasOutage = failuresInARow >= settings.OutageThreshold;
            failuresInARow = 0;
            if (wasOutage)
            {
                var due = await db.ErpCommands.Where(c => c.CompletedAt == null && c.Attempts > 0 && c.NextAttemptAt > clock.GetUtcNow())
                    .ExecuteUpdateAsync(c => c.SetProperty(x => x.NextAttemptAt, clock.GetUtcNow()), cancellationToken);
                LogErpBack(logger, due);
            }
        }

        return (batch.Count, false);
    }

    private async Task<List<ErpCommand>> ClaimAsync(ErpAdapterDbContext db, bool probe, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var dueBy = probe ? DateTimeOffset.MaxValue : now;
        var take = probe ? 1 : settings.BatchSize;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = await db.ErpCommands.FromSql($"""
            SELECT * FROM erp_adapter.erp_commands c
            WHERE c.completed_at IS NULL AND c.next_attempt_at <= {dueBy} AND (c.leased_until IS NULL OR c.leased_until < {now})
              AND NOT EXISTS (SELECT 1 FROM erp_adapter.erp_commands e WHERE e.subject = c.subject AND e.completed_at IS NULL AND e.id < c.id)
            ORDER BY c.next_attempt_at, c.id LIMIT {take} FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
        foreach (var command in batch)
        {
            command.LeasedUntil = now + settings.Lease;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return batch;
    }

    /// <summary>Sends one command and records what came of it; false when the ERP failed and the command waits to be tried again.</summary>
    private async Task<bool> SendAsync(ErpAdapterDbContext db, IIntegrationEventOutbox outbox, ErpCommand command, CancellationToken cancellationToken)
    {
        ActivityContext.TryParse(command.TraceParent, command.TraceState, out var parent);
        using var activity = Tracing.StartActivity($"erp command {command.Kind}", ActivityKind.Client, parent);
        activity?.SetTag("erp.command", command.Kind).SetTag("erp.command.subject", command.Subject).SetTag("erp.command.attempt", command.Attempts + 1);

        ErpCommandResult result;
        try
        {
            result = await HandlerOf(command).SendAsync(command, cancellationToken);
        }
        catch (Exception exception) when (IsWorthRetrying(exception) && !cancellationToken.IsCancellationRequested)
        {
            failuresInARow++;
            command.Attempts++;
            command.LastError = ErpCommand.Bounded($"{exception.GetType().Name}: {exception.Message}");
            command.NextAttemptAt = clock.GetUtcNow() + RetryDelay(command.Attempts);
            command.LeasedUntil = null;
            await db.SaveChangesAsync(cancellationToken);
            activity?.SetStatus(ActivityStatusCode.Error, command.LastError);
            LogSendFailed(logger, command.Kind, command.Subject, command.Attempts, command.NextAttemptAt, exception.Message);
            ErpCommandMetrics.Failed(command.Kind);
            return false;
        }
        catch (Exception exception) when (exception is ErpCommandUnacceptableException or ApiException && !cancellationToken.IsCancellationRequested)
        {
            result = new ErpCommandResult(ErpCommand.Bounded($"parked: {exception.Message}"));
            activity?.SetStatus(ActivityStatusCode.Error, result.Outcome);
            LogParked(logger, exception, command.Id, command.Kind, command.Subject);
            ErpCommandMetrics.Parked(command.Kind);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        command.Attempts++;
        command.CompletedAt = clock.GetUtcNow();
        command.Outcome = ErpCommand.Bounded(result.Outcome);
        command.LastError = null;
        command.LeasedUntil = null;
        result.Record?.Invoke(new ErpCommandRecording(db, outbox));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        ErpCommandMetrics.Completed(command.Kind, clock.GetUtcNow() - command.CreatedAt);
        return true;
    }

    private IErpCommandHandler HandlerOf(ErpCommand command) =>
        handlerByKind.TryGetValue(command.Kind, out var handler)
            ? handler
            : throw new ErpCommandUnacceptableException($"No handler sends commands of kind {command.Kind}.");

    private async Task ReleaseAsync(ErpAdapterDbContext db, IEnumerable<ErpCommand> unsent, CancellationToken cancellationToken)
    {
        foreach (var command in unsent)
        {
            command.LeasedUntil = null;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>5xx, 408, 429, timeouts, refused connections and an open circuit: the ERP may take it later.</summary>
    private static bool IsWorthRetrying(Exception exception) => exception switch
    {
        ApiException api => (int)api.StatusCode >= 500 || api.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests,
        HttpRequestException or TimeoutRejectedException or BrokenCircuitException or TaskCanceledException or TimeoutException => true,
        _ => false,
    };

    private TimeSpan RetryDelay(int attempts) => Jitter(Math.Min(settings.MaxRetryInterval.TotalSeconds, Math.Pow(2, Math.Min(attempts, 20) - 1)));

    private TimeSpan Pause() => failuresInARow < settings.OutageThreshold
        ? TimeSpan.FromMilliseconds(250)
        : Jitter(Math.Min(settings.MaxProbeInterval.TotalSeconds, Math.Pow(2, failuresInARow - settings.OutageThreshold)));

    private static TimeSpan Jitter(double seconds) => TimeSpan.FromSeconds(seconds * (0.8 + Random.Shared.NextDouble() * 0.4));

    [LoggerMessage(Level = LogLevel.Warning, Message = "ERP command {Kind} for {Subject} failed (attempt {Attempts}); next try at {NextAttemptAt:O}: {Error}")]
    private static partial void LogSendFailed(ILogger logger, string kind, string subject, int attempts, DateTimeOffset nextAttemptAt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "ERP command {Id} ({Kind} for {Subject}) can never be accepted as sent; parked, not retried")]
    private static partial void LogParked(ILogger logger, Exception exception, long id, string kind, string subject);

    [LoggerMessage(Level = LogLevel.Information, Message = "The ERP answers again; {Count} waiting command(s) are due now")]
    private static partial void LogErpBack(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Dispatching ERP commands failed; trying again")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception);
}
