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

    /// <summary>
    /// Waits until every service answers 200 on its own <c>/health</c> (every dependency it uses, its broker connection too), asked
    /// now: Aspire checks a healthy resource only every 30 s, so its last word may predate an outage.
    /// </summary>
    public static async Task WaitForServicesToAnswerHealthyAsync(this DistributedApplication app, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var services = app.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<ProjectResource>()
            .Where(project => !project.Annotations.OfType<ExplicitStartupAnnotation>().Any());
        await Task.WhenAll(services.Select(service => Eventually.TrueAsync(async () =>
        {
            try
            {
                using var response = await http.GetAsync(new Uri(app.GetEndpoint(service.Name, "http"), "/health"));
                return response.IsSuccessStatusCode;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                return false;
            }
        }, timeout, $"{service.Name} to answer healthy on /health")));
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
