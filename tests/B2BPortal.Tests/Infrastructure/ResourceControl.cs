using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace B2BPortal.Tests.Infrastructure;

/// <summary>Stops and starts resources through their dashboard commands, as an operator would, and waits until they are back.</summary>
public static class ResourceControl
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static async Task StopResourceAsync(this DistributedApplication app, string name)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await ExecuteAsync(app, name, KnownResourceCommands.StopCommand, timeout.Token);
        await app.ResourceNotifications.WaitForResourceAsync(name, change => IsStopped(change.Snapshot), timeout.Token);
    }

    public static async Task StartResourceAsync(this DistributedApplication app, string name)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await ExecuteAsync(app, name, KnownResourceCommands.StartCommand, timeout.Token);
        await app.ResourceNotifications.WaitForResourceHealthyAsync(name, WaitBehavior.StopOnResourceUnavailable, timeout.Token);
    }

    /// <summary>
    /// Waits until every resource that keeps running is healthy: the SPA build, which the BFF waits for, is left out, and so are
    /// resources that start only on demand (Aspire's hidden project rebuilders).
    /// </summary>
    public static async Task WaitForAllHealthyAsync(this DistributedApplication app, CancellationToken cancellationToken)
    {
        var model = app.Services.GetRequiredService<DistributedApplicationModel>();
        await Task.WhenAll(model.Resources
            .Where(resource => resource is not ExecutableResource { Name: "web" } && !resource.Annotations.OfType<ExplicitStartupAnnotation>().Any()).Select((IResource resource) =>
            app.ResourceNotifications.WaitForResourceHealthyAsync(resource.Name, WaitBehavior.StopOnResourceUnavailable, cancellationToken)));
    }

    private static async Task ExecuteAsync(DistributedApplication app, string name, string command, CancellationToken cancellationToken)
    {
        var resource = app.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(r => r.Name == name);
        var result = await app.ResourceCommands.ExecuteCommandAsync(resource, command, cancellationToken);
        if (!result.Success)
        {
            throw new InvalidOperationException($"The {command} command of {name} failed: {result.Message}");
        }
    }

    private static bool IsStopped(CustomResourceSnapshot snapshot) =>
        snapshot.State?.Text is { } state && KnownResourceStates.TerminalStates.Contains(state) && snapshot.HealthStatus != HealthStatus.Healthy;
}
