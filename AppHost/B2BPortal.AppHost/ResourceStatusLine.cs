using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace B2BPortal.AppHost;

/// <summary>One console line per resource when it becomes healthy, finishes or fails; its logs stay in the dashboard.</summary>
internal static class ResourceStatusLine
{
    public static void Print(IDistributedApplicationBuilder builder)
    {
        builder.Eventing.Subscribe<BeforeStartEvent>((startEvent, cancellationToken) =>
        {
            var notifications = startEvent.Services.GetRequiredService<ResourceNotificationService>();
            _ = WatchAsync(notifications, cancellationToken);
            return Task.CompletedTask;
        });
    }

    private static async Task WatchAsync(ResourceNotificationService notifications, CancellationToken cancellationToken)
    {
        var lastReported = new ConcurrentDictionary<string, string>();
        try
        {
            await foreach (var change in notifications.WatchAsync(cancellationToken))
            {
                if (Describe(change.Snapshot) is { } status && lastReported.GetValueOrDefault(change.ResourceId) != status)
                {
                    lastReported[change.ResourceId] = status;
                    Console.WriteLine($"  {change.Resource.Name,-22} {status}");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static string? Describe(CustomResourceSnapshot snapshot) => snapshot.State?.Text switch
    {
        "Running" when snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy => "healthy",
        "Exited" or "Finished" when snapshot.ExitCode is 0 => "finished",
        "Exited" or "Finished" => $"exited with code {snapshot.ExitCode} (its log is in the dashboard)",
        "FailedToStart" => "failed to start (its log is in the dashboard)",
        _ => null,
    };
}
