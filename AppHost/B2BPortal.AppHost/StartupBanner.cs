using System.Diagnostics;
using System.Globalization;

namespace B2BPortal.AppHost;

/// <summary>Once the BFF is healthy, says where the portal, its API reference and the dashboard (with its login link) are.</summary>
internal static class StartupBanner
{
    public static void PrintWhenReady(IDistributedApplicationBuilder builder, ProjectResource bff)
    {
        var started = Stopwatch.StartNew();
        builder.Eventing.Subscribe<ResourceReadyEvent>(bff, (_, _) =>
        {
            var portal = bff.GetEndpoint("http").Url;
            var dashboard = builder.Configuration["ASPNETCORE_URLS"]?.Split(';')[0].TrimEnd('/');
            Console.WriteLine($"""

                The portal is up ({started.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s).
                  Portal:        {portal}
                  API reference: {portal}/api-reference
                  Dashboard:     {dashboard}/login?t={builder.Configuration["AppHost:BrowserToken"]}
                Ctrl+C stops everything.

                """);
            return Task.CompletedTask;
        });
    }
}
