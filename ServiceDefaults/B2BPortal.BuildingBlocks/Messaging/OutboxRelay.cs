using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace B2BPortal.BuildingBlocks.Messaging;

/// <summary>
/// Publishes committed outbox rows in order, with publisher confirms, and marks them sent. Rows are claimed with
/// <c>FOR UPDATE SKIP LOCKED</c>, so several instances of a service share the work. When the broker is down the
/// rows stay unsent and the relay backs off; a row published but not yet marked (crash in between) is published
/// again with the same message id, which the consumers' inbox turns into a no-op.
/// </summary>
internal sealed partial class OutboxRelay<TDbContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    IOptions<MessagingOptions> options,
    ILogger<OutboxRelay<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext, IMessagingDbContext
{
    private readonly MessagingOptions settings = options.Value;
    private DateTimeOffset nextCleanup = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var batch = await PublishBatchAsync(stoppingToken);
                failures = 0;
                await CleanUpIfDueAsync(stoppingToken);
                if (batch.Claimed == settings.RelayBatchSize)
                {
                    continue;
                }

                await signal.WaitAsync(settings.RelayPollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                failures++;
                var delay = Backoff(failures);
                LogRelayFailed(logger, exception, delay.TotalSeconds);
                await Task.Delay(delay, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
            }
        }
    }

    private async Task<(int Claimed, int Published)> PublishBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var claimUnsent = $"SELECT * FROM {OutboxTable(db)} WHERE sent_at IS NULL AND parked_at IS NULL ORDER BY sequence LIMIT {{0}} FOR UPDATE SKIP LOCKED";
        var rows = await db.OutboxMessages.FromSqlRaw(claimUnsent, settings.RelayBatchSize).ToListAsync(cancellationToken);

        var published = 0;
        Exception? failure = null;
        var parked = 0;
        foreach (var row in rows)
        {
            if (!TryRead(row, out var messageType, out var message))
            {
                parked++;
                continue;
            }

            try
            {
                await PublishAsync(row, messageType, message, cancellationToken);
                row.SentAt = DateTimeOffset.UtcNow;
                published++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                row.Attempts++;
                row.LastError = Truncate(exception.Message, 2000);
                failure = exception;
                break; // keep the order: later rows wait for this one
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        MessagingMetrics.Published(published);
        MessagingMetrics.SetBacklog(typeof(TDbContext).Name, rows.Count - published - parked);
        MessagingMetrics.Parked(typeof(TDbContext).Name, parked);

        if (failure is not null)
        {
            throw new OutboxPublishException($"Publishing outbox message failed; {rows.Count - published - parked} message(s) wait for the broker.", failure);
        }

        return (rows.Count, published);
    }

    /// <summary>
    /// Reads the row's event; a row that cannot be read (its type unknown here, its body not that type) is parked, not retried:
    /// nothing would change on the next pass, and the rows behind it must not wait for ever.
    /// </summary>
    private bool TryRead(OutboxMessage row, out Type messageType, out object message)
    {
        try
        {
            messageType = MessageJson.ResolveEventType(row.MessageType);
            message = JsonSerializer.Deserialize(row.Body, messageType, MessageJson.Options)
                ?? throw new JsonException("The body is JSON null.");
            return true;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            row.ParkedAt = DateTimeOffset.UtcNow;
            row.LastError = Truncate($"Parked: cannot be read as {row.MessageType}: {exception.Message}", 2000);
            LogParked(logger, exception, row.MessageId, row.MessageType);
            messageType = typeof(object);
            message = null!;
            return false;
        }
    }

    private async Task PublishAsync(OutboxMessage row, Type messageType, object message, CancellationToken cancellationToken)
    {

        ActivityContext.TryParse(row.TraceParent, row.TraceState, out var parent);
        using var activity = MessagingMetrics.ActivitySource.StartActivity(
            $"outbox publish {messageType.Name}", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.message.id", row.MessageId);
        activity?.SetTag("account.id", row.AccountId);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.PublishTimeout);
        await bus.Publish(message, messageType, context =>
        {
            context.MessageId = row.MessageId;
            context.CorrelationId = row.CorrelationId == Guid.Empty ? null : row.CorrelationId;
            context.Headers.Set("account-id", row.AccountId.ToString());
        }, timeout.Token);
    }

    private async Task CleanUpIfDueAsync(CancellationToken cancellationToken)
    {
        if (DateTimeOffset.UtcNow < nextCleanup)
        {
            return;
        }

        nextCleanup = DateTimeOffset.UtcNow.AddMinutes(10);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var sentBefore = DateTimeOffset.UtcNow - settings.KeepSentOutboxMessages;
        var handledBefore = DateTimeOffset.UtcNow - settings.KeepInboxMessages;
        await db.OutboxMessages.Where(m => m.SentAt != null && m.SentAt < sentBefore).ExecuteDeleteAsync(cancellationToken);
        await db.InboxMessages.Where(m => m.HandledAt < handledBefore).ExecuteDeleteAsync(cancellationToken);
    }

    private static string OutboxTable(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(OutboxMessage))!;
        return $"\"{entity.GetSchema()}\".\"{entity.GetTableName()}\"";
    }

    private TimeSpan Backoff(int failures) =>
        TimeSpan.FromMilliseconds(Math.Min(settings.RelayMaxBackoff.TotalMilliseconds, 250 * Math.Pow(2, failures - 1))
            * (0.8 + Random.Shared.NextDouble() * 0.4));

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} ({MessageType}) cannot be read; parked, and the messages after it go on")]
    private static partial void LogParked(ILogger logger, Exception exception, Guid messageId, string messageType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay could not publish; retrying in {DelaySeconds:0.0} s")]
    private static partial void LogRelayFailed(ILogger logger, Exception exception, double delaySeconds);
}

internal sealed class OutboxPublishException(string message, Exception inner) : Exception(message, inner);
