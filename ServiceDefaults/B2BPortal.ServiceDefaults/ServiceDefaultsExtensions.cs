using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace B2BPortal.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
    /// <summary>
    /// Telemetry, health checks, service discovery, resilient HttpClients, problem details, graceful shutdown, an OpenAPI
    /// document of the host's own endpoints, and the process's CPU priority (<see cref="ProcessPriority"/>).
    /// </summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        ProcessPriority.ApplyFrom(builder.Configuration);
        builder.ConfigurePortalTelemetry();
        builder.Services.AddHealthChecks();

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        builder.AddProblemDetailsEverywhere();
        builder.Services.AddOpenApi();
        builder.Services.AddForwardedHeadersFirst();
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(15));
        return builder;
    }

    /// <summary>
    /// <c>/health</c> runs every registered check (the host's database, broker, cache);
    /// <c>/alive</c> only says the process answers; <c>/openapi/v1.json</c> describes the host's endpoints.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health", new() { ResponseWriter = HealthReportWriter.WriteAsync });
        app.MapHealthChecks("/alive", new() { Predicate = _ => false });
        app.MapOpenApi();
        return app;
    }

    internal static bool IsProbe(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/health") || context.Request.Path.StartsWithSegments("/alive");
}
