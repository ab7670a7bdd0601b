using B2BPortal.Dashboard.Telemetry;

namespace B2BPortal.Dashboard;

public sealed record DashboardOptions
{
    /// <summary>The web UI. Port 0 picks a free port (tests); <see cref="DashboardHost.UiUrl"/> says which.</summary>
    public Uri UiUrl { get; init; } = new("http://localhost:18888");

    /// <summary>OTLP over gRPC (HTTP/2 without TLS), what services export to by default.</summary>
    public Uri OtlpGrpcUrl { get; init; } = new("http://localhost:18889");

    /// <summary>OTLP over HTTP/protobuf: <c>/v1/traces</c>, <c>/v1/logs</c>, <c>/v1/metrics</c>.</summary>
    public Uri OtlpHttpUrl { get; init; } = new("http://localhost:18890");

    /// <summary>
    /// When set, every OTLP export must carry it in the <c>x-otlp-api-key</c> header; for a receiver that listens on
    /// more than loopback. Null accepts every export (loopback only, the default).
    /// </summary>
    public string? OtlpApiKey { get; init; }

    public TelemetryLimits Limits { get; init; } = new();

    /// <summary>The broker's AMQP connection string, for the dead-letter view; null leaves the view out.</summary>
    public Func<CancellationToken, Task<string>>? BrokerConnectionString { get; init; }
}
