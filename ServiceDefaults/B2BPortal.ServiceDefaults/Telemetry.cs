using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace B2BPortal.ServiceDefaults;

public static class Telemetry
{
    /// <summary>Prefix of every ActivitySource and Meter the portal's own code creates.</summary>
    public const string SourcePrefix = "B2BPortal";

    internal static void ConfigurePortalTelemetry(this IHostApplicationBuilder builder)
    {
        // Without a collector to send to, recording spans, metrics and log records would only cost every request its time.
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return;
        }

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit", $"{SourcePrefix}.*"))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName, "MassTransit", $"{SourcePrefix}.*")
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !ServiceDefaultsExtensions.IsProbe(context))
                .AddHttpClientInstrumentation()
                .AddNpgsql())
            // The exporter batches in the background: a slow or absent collector never blocks a request.
            .UseOtlpExporter();
    }
}
