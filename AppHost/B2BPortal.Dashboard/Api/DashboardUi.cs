using B2BPortal.Dashboard.DeadLetters;
using B2BPortal.Dashboard.Telemetry;
using B2BPortal.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.FileProviders;

namespace B2BPortal.Dashboard.Api;

/// <summary>The web UI's files and the JSON it reads: resources, console logs, structured logs, traces, metrics.</summary>
internal static class DashboardUi
{
    public static void MapDashboardUi(this WebApplication app, TelemetryStores telemetry, DistributedApplication? application, DeadLetterBroker? deadLetters)
    {
        var files = Path.Combine(AppContext.BaseDirectory, "dashboard-ui");
        if (Directory.Exists(files))
        {
            var provider = new PhysicalFileProvider(files);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = provider });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = provider });
        }

        var api = app.MapGroup("/api");
        api.MapGet("/traces", (string? q, string? resource, double? minMs, bool? errors, int? limit) => telemetry.Traces.Search(new TraceQuery(
            q, resource, minMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null, errors ?? false, Math.Clamp(limit ?? 200, 1, 1000))));
        api.MapGet("/traces/{traceId}", Results<Ok<IReadOnlyList<SpanRecord>>, ProblemHttpResult> (string traceId) =>
            telemetry.Traces.Get(traceId) is { } spans
                ? TypedResults.Ok(spans)
                : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such trace.",
                    detail: $"Trace {traceId} is not kept: it never arrived, or it was dropped as the oldest when the trace limit was reached."));
        api.MapGet("/logs", (string? resource, int? minSeverity, string? q, string? traceId, long? after, int? limit) =>
            telemetry.Logs.Search(new LogQuery(resource, minSeverity ?? 0, string.IsNullOrWhiteSpace(q) ? null : q, traceId, after ?? 0,
                Math.Clamp(limit ?? 500, 1, 5000))));
        api.MapGet("/metrics/{resource}", (string resource) => telemetry.Metrics.Instruments(resource));
        api.MapGet("/metrics/{resource}/{name}", (string resource, string name) => telemetry.Metrics.Series(resource, name));
        if (application is not null)
        {
            api.MapResources(application);
        }

        if (deadLetters is not null)
        {
            api.MapDeadLetters(telemetry, deadLetters);
        }
    }
}
