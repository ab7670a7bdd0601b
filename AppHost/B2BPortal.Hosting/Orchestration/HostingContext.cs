using B2BPortal.Hosting.Processes;

namespace B2BPortal.Hosting.Orchestration;

/// <summary>What every runner and launcher of one application shares.</summary>
internal sealed class HostingContext(HostingSettings settings) : IDisposable
{
    public HostingSettings Settings { get; } = settings;

    public PidFiles PidFiles { get; } = new(settings.PidDirectory);

    public HttpClient Http { get; } = new(new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
    {
        Timeout = TimeSpan.FromSeconds(5),
    };

    /// <summary>Decided when the application starts.</summary>
    public bool UseContainers { get; set; }

    public string StatePath(params string[] parts) => Path.Combine([Settings.StateDirectory, .. parts]);

    public void Dispose() => Http.Dispose();
}
