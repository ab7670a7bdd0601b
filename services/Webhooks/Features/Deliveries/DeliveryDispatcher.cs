using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Events;
using B2BPortal.Contracts.Webhooks;
using B2BPortal.Webhooks.Data;
using B2BPortal.Webhooks.Features.Endpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace B2BPortal.Webhooks.Features.Deliveries;

/// <summary>
/// Delivers from the database, never from a request: claims due deliveries with a lease in one short transaction (any number of
/// instances share the work, and a crashed one's claims fall due again when the lease ends), sends them with no transaction
/// open, then records every attempt, the next try or the end, and the endpoints' health, in one transaction per batch.
/// Deliveries of an endpoint that is paused or disabled wait, untried, until it is turned on.
/// </summary>
internal sealed partial class DeliveryDispatcher(
    IServiceScopeFactory scopes, DeliverySender sender, DeliverySignal signal, IOptions<WebhookOptions> options, WebhookMetrics metrics,
    TimeProvider clock, ILogger<DeliveryDispatcher> logger) : BackgroundService
{
    public const int BatchSize = 200;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunBatchAsync(stoppingToken) < BatchSize)
                {
                    await signal.WaitAsync(IdlePoll, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogBatchFailed(logger, exception);
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }

    /// <summary>Claims, sends and records one batch; answers how many deliveries it claimed.</summary>
    internal async Task<int> RunBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebhooksDbContext>();
        var now = clock.GetUtcNow();
        var claimed = await ClaimAsync(db, now, cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var deliveries = await db.Deliveries.Where(d => claimed.Contains(d.Id)).ToListAsync(cancellationToken);
        var messageIds = deliveries.Select(d => d.MessageId).Distinct().ToList();
        var messages = await db.Messages.AsNoTracking().Where(m => messageIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        var endpointIds = deliveries.Select(d => d.EndpointId).Distinct().ToList();
        var endpoints = await db.Endpoints.Include(e => e.Secrets).Where(e => endpointIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);

        var outcomes = new Dictionary<Guid, AttemptOutcome>();
        var sendable = deliveries.Where(d => endpoints[d.EndpointId].Status == WebhookEndpointStatuses.Active).ToList();
        await Parallel.ForEachAsync(sendable, new ParallelOptions { MaxDegreeOfParallelism = options.Value.Concurrency, CancellationToken = cancellationToken },
            async (delivery, token) =>
            {
                var outcome = await sender.SendAsync(endpoints[delivery.EndpointId], messages[delivery.MessageId], clock.GetUtcNow(), token);
                lock (outcomes)
                {
                    outcomes[delivery.Id] = outcome;
                }
            });

        var done = clock.GetUtcNow();
        foreach (var delivery in deliveries)
        {
            if (outcomes.TryGetValue(delivery.Id, out var outcome))
            {
                Record(db, delivery, endpoints[delivery.EndpointId], outcome, done, scope.ServiceProvider);
            }
            else
            {
                // The endpoint is off: the delivery waits, untried, and is looked at again now and then.
                delivery.NextAttemptAt = done + TimeSpan.FromMinutes(1);
                delivery.LeaseUntil = null;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return claimed.Count;
    }

    private static async Task<List<Guid>> ClaimAsync(WebhooksDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<Guid>($"""
            UPDATE webhooks.deliveries SET lease_until = {now + Lease}, next_attempt_at = {now + Lease}
            WHERE id IN (SELECT id FROM webhooks.deliveries
                         WHERE status = 'Pending' AND next_attempt_at <= {now}
                         ORDER BY next_attempt_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);

    private void Record(WebhooksDbContext db, WebhookDelivery delivery, WebhookEndpoint endpoint, AttemptOutcome outcome, DateTimeOffset now, IServiceProvider services)
    {
        delivery.Attempts++;
        delivery.LeaseUntil = null;
        db.Attempts.Add(new DeliveryAttempt
        {
            DeliveryId = delivery.Id, At = now, StatusCode = outcome.StatusCode, LatencyMs = outcome.LatencyMs, Response = outcome.Response, Error = outcome.Error,
        });
        metrics.Attempted(outcome, delivery.EventType);
        if (outcome.Succeeded)
        {
            (delivery.Status, delivery.DeliveredAt, delivery.NextAttemptAt) = (WebhookDeliveryStatuses.Succeeded, now, null);
            endpoint.FailingSince = null;
            return;
        }

        var delays = options.Value.RetryDelays.Count > 0 ? options.Value.RetryDelays : [.. WebhookOptions.DefaultRetryDelays];
        if (delivery.Attempts <= delays.Count)
        {
            delivery.NextAttemptAt = now + delays[delivery.Attempts - 1] * (0.8 + (0.4 * Random.Shared.NextDouble()));
        }
        else
        {
            (delivery.Status, delivery.NextAttemptAt) = (WebhookDeliveryStatuses.Failed, null);
            LogGaveUp(logger, delivery.MessageId, endpoint.Url, delivery.Attempts);
        }

        endpoint.FailingSince ??= now;
        if (endpoint.Status == WebhookEndpointStatuses.Active && now - endpoint.FailingSince >= options.Value.DisableAfterFailingFor)
        {
            Disable(endpoint, services);
        }
    }

    private void Disable(WebhookEndpoint endpoint, IServiceProvider services)
    {
        var reason = $"Every delivery failed since {endpoint.FailingSince:u}. Fix the receiver, then turn the endpoint on again: what waited is sent then.";
        (endpoint.Status, endpoint.DisabledReason) = (WebhookEndpointStatuses.Disabled, reason);
        services.GetRequiredService<IIntegrationEventOutbox>().Add(new WebhookEndpointDisabled
        {
            AccountId = endpoint.AccountId, EndpointId = endpoint.Id, Url = endpoint.Url, Reason = reason, NotifyEmail = endpoint.NotifyEmail,
        });
        services.GetRequiredService<AuditTrail>().Record(endpoint.AccountId, "webhook.endpoint-disabled", $"Webhook endpoint {endpoint.Url} disabled. {reason}",
            new AuditDetails(endpoint.Url, endpoint.Id.ToString(), new AuditChanges().Field("status", WebhookEndpointStatuses.Active, WebhookEndpointStatuses.Disabled),
                Actor: AuditActor.Portal));
        metrics.Disabled();
        LogDisabled(logger, endpoint.Url, endpoint.AccountId, endpoint.FailingSince!.Value);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook delivery batch failed; trying again in 5 s")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook message {MessageId} to {Url} failed {Attempts} times; no more retries (redeliver it from the log)")]
    private static partial void LogGaveUp(ILogger logger, string messageId, string url, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook endpoint {Url} of account {AccountId} disabled: failing since {FailingSince}")]
    private static partial void LogDisabled(ILogger logger, string url, Guid accountId, DateTimeOffset failingSince);
}
