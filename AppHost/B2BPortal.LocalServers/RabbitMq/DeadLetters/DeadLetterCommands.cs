using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace B2BPortal.LocalServers.RabbitMq.DeadLetters;

/// <summary>
/// Two commands on the broker resource, in the dashboard's resource menu: "Show dead letters" writes every <c>_error</c> queue's
/// messages (id, type, exception, body) to the broker's console log; "Replay dead letters" sends them back to their queues.
/// How many wait per queue is the services' <c>portal.queue.dead_letters</c> metric.
/// </summary>
public static class DeadLetterCommands
{
    public const string Show = "show-dead-letters";
    public const string Replay = "replay-dead-letters";

    /// <summary>The commands on <paramref name="broker"/>, which finds its <c>_error</c> queues through <paramref name="queues"/>.</summary>
    public static IResourceBuilder<TBroker> WithDeadLetterCommands<TBroker>(this IResourceBuilder<TBroker> broker, IDeadLetterQueues queues)
        where TBroker : IResourceWithConnectionString
    {
        CommandOptions Options(string description, string icon, string? confirmation = null) => new()
        {
            Description = description,
            IconName = icon,
            ConfirmationMessage = confirmation,
            UpdateState = context => context.ResourceSnapshot.HealthStatus == HealthStatus.Healthy ? ResourceCommandState.Enabled : ResourceCommandState.Disabled,
        };

        return broker
            .WithAnnotation(new DeadLetterQueuesAnnotation(queues))
            .WithCommand(Show, "Show dead letters", context => ShowAsync(broker.Resource, queues, context),
                Options("Writes every message that failed all its retries to this resource's console log.", "DocumentSearch"))
            .WithCommand(Replay, "Replay dead letters", context => ReplayAsync(broker.Resource, queues, context),
                Options("Sends every dead letter back to the queue it failed in.", "ArrowRepeatAll",
                    "Send every dead letter back to the queue it failed in? One that fails again returns to its _error queue."));
    }

    private static async Task<ExecuteCommandResult> ShowAsync(IResourceWithConnectionString broker, IDeadLetterQueues queues, ExecuteCommandContext context)
    {
        var waiting = await queues.ListAsync(context.CancellationToken);
        var log = context.Services.GetRequiredService<ResourceLoggerService>().GetLogger(broker);
        var reader = new DeadLetterBroker(await ConnectionStringAsync(broker, context.CancellationToken));
        foreach (var queue in waiting)
        {
            log.LogInformation("Dead letters in {ErrorQueue}: {Count}", queue.ErrorQueue, queue.Count);
            foreach (var letter in await reader.ListAsync(queue, context.CancellationToken))
            {
                log.LogInformation("  {MessageId} {MessageType} failed at {FaultedAt}: {ExceptionType}: {ExceptionMessage}\n    {Body}",
                    letter.MessageId, letter.MessageType, letter.FaultedAt, letter.ExceptionType, letter.ExceptionMessage, letter.Body);
            }
        }

        return CommandResults.Success();
    }

    private static async Task<ExecuteCommandResult> ReplayAsync(IResourceWithConnectionString broker, IDeadLetterQueues queues, ExecuteCommandContext context)
    {
        var waiting = await queues.ListAsync(context.CancellationToken);
        var log = context.Services.GetRequiredService<ResourceLoggerService>().GetLogger(broker);
        var replayer = new DeadLetterBroker(await ConnectionStringAsync(broker, context.CancellationToken));
        foreach (var queue in waiting)
        {
            var replayed = await replayer.ReplayAsync(queue, context.CancellationToken);
            log.LogInformation("Replayed {Replayed} dead letters from {ErrorQueue} to {Queue}", replayed, queue.ErrorQueue, queue.Queue);
        }

        return CommandResults.Success();
    }

    private static async Task<string> ConnectionStringAsync(IResourceWithConnectionString broker, CancellationToken cancellationToken) =>
        await broker.GetConnectionStringAsync(cancellationToken) ?? throw new InvalidOperationException($"{broker.Name} has no connection string yet.");
}
