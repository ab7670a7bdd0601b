using System.Net;
using System.Text.Json.Serialization;
using B2BPortal.Dashboard.Api;
using B2BPortal.Dashboard.DeadLetters;
using B2BPortal.Dashboard.Otlp;
using B2BPortal.Dashboard.Telemetry;
using B2BPortal.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace B2BPortal.Dashboard;

/// <summary>
/// The operations dashboard, inside the AppHost process: an OTLP/gRPC receiver, an OTLP/HTTP receiver and the web UI,
/// each on its own port, sharing one in-memory <see cref="TelemetryStores"/>. Receiving only adds to memory, so an
/// exporter's call returns at once; exporters batch in the background, so a slow dashboard never holds up a request.
/// </summary>
public sealed class DashboardHost : IAsyncDisposable
{
    private readonly IReadOnlyList<WebApplication> apps;

    private DashboardHost(TelemetryStores telemetry, IReadOnlyList<WebApplication> apps)
    {
        Telemetry = telemetry;
        this.apps = apps;
    }

    public TelemetryStores Telemetry { get; }

    public Uri UiUrl => Address(apps[0]);

    public Uri OtlpGrpcUrl => Address(apps[1]);

    public Uri OtlpHttpUrl => Address(apps[2]);

    /// <param name="application">The resources the UI shows and controls; null shows telemetry only.</param>
    public static async Task<DashboardHost> StartAsync(
        DashboardOptions options, DistributedApplication? application = null, CancellationToken cancellationToken = default)
    {
        var telemetry = new TelemetryStores(options.Limits);
        var apiKey = new OtlpApiKey(options.OtlpApiKey);

        var ui = Create(options.UiUrl, HttpProtocols.Http1AndHttp2, telemetry, _ => { });
        ui.MapDashboardUi(telemetry, application, options.BrokerConnectionString is { } broker ? new DeadLetterBroker(broker) : null);

        var grpc = Create(options.OtlpGrpcUrl, HttpProtocols.Http2, telemetry, services => services
            .AddSingleton(apiKey)
            .AddGrpc(grpc =>
            {
                grpc.MaxReceiveMessageSize = OtlpHttpReceiver.MaxBodyBytes;
                grpc.Interceptors.Add<OtlpApiKeyInterceptor>();
            }));
        grpc.MapGrpcService<TraceReceiver>();
        grpc.MapGrpcService<LogsReceiver>();
        grpc.MapGrpcService<MetricsReceiver>();

        var http = Create(options.OtlpHttpUrl, HttpProtocols.Http1AndHttp2, telemetry, _ => { });
        http.MapGroup("").AddEndpointFilter(apiKey.HttpFilter()).MapOtlpHttp(telemetry);

        WebApplication[] apps = [ui, grpc, http];
        var started = new List<WebApplication>();
        try
        {
            foreach (var app in apps)
            {
                await app.StartAsync(cancellationToken);
                started.Add(app);
            }
        }
        catch
        {
            foreach (var app in started)
            {
                await app.DisposeAsync();
            }

            throw;
        }

        return new DashboardHost(telemetry, apps);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in apps)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static WebApplication Create(Uri url, HttpProtocols protocols, TelemetryStores telemetry, Action<IServiceCollection> services)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(telemetry);
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services(builder.Services);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = OtlpHttpReceiver.MaxBodyBytes;
            if (url.IsLoopback && url.Host == "localhost" && url.Port != 0)
            {
                kestrel.ListenLocalhost(url.Port, listen => listen.Protocols = protocols);
            }
            else
            {
                var address = url.Host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(url.Host);
                kestrel.Listen(address, url.Port, listen => listen.Protocols = protocols);
            }
        });
        return builder.Build();
    }

    private static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("127.0.0.1", "localhost", StringComparison.Ordinal).Replace("[::1]", "localhost", StringComparison.Ordinal));
}
