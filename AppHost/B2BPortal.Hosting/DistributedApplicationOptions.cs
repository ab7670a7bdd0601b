namespace B2BPortal.Hosting;

public sealed class DistributedApplicationOptions
{
    /// <summary>Default: the nearest folder above <see cref="AppContext.BaseDirectory"/> holding B2BPortal.sln.</summary>
    public string? RepositoryRoot { get; init; }

    /// <summary>Server data, logs and pid files. Default: <c>{RepositoryRoot}/AppHost/.state</c>.</summary>
    public string? StateDirectory { get; init; }

    /// <summary>Deletes the state directory (after stopping whatever a crashed run left behind) before starting.</summary>
    public bool ResetState { get; init; }

    /// <summary>Which <c>bin/</c> folder projects run from. Default: the configuration this library was built with.</summary>
    public string? Configuration { get; init; }

    /// <summary>Prefixed log lines, state changes and a status table on the console. Off: logs are only kept in memory.</summary>
    public bool ConsoleOutput { get; init; } = true;

    /// <summary>OTLP endpoint injected into every project (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>); null injects none.</summary>
    public string? OtlpEndpoint { get; init; }

    /// <summary>Headers every project's exporter sends (<c>OTEL_EXPORTER_OTLP_HEADERS</c>, <c>key=value,…</c>), e.g. the dashboard's API key.</summary>
    public string? OtlpHeaders { get; init; }

    /// <summary>Run servers as containers (true), as local processes (false), or containers only when a Docker engine answers (null).</summary>
    public bool? UseContainers { get; init; }

    /// <summary>Servers without an explicit port take their preferred port (15432, 15672, 16379) when free. Off: always a random free port.</summary>
    public bool PreferDefaultPorts { get; init; } = true;

    /// <summary>How long <see cref="DistributedApplication.StartAsync"/> waits for every resource to be up.</summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Log lines kept per resource.</summary>
    public int LogLinesPerResource { get; init; } = 2_000;
}
