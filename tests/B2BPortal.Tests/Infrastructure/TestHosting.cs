using B2BPortal.Hosting;

namespace B2BPortal.Tests.Infrastructure;

internal static class TestHosting
{
    /// <summary>
    /// Options for an orchestrated test environment: a temp state folder, random free ports, no console output,
    /// telemetry exported only where asked (the portal fixture sends it to its dashboard). Servers the orchestrator starts are local processes; <see cref="TestServers"/> brings
    /// Testcontainers instead when a Docker engine is reachable.
    /// </summary>
    public static DistributedApplicationOptions Options(string purpose, string? otlpEndpoint = null) => new()
    {
        StateDirectory = TempDirectory.Create(purpose),
        ConsoleOutput = false,
        OtlpEndpoint = otlpEndpoint,
        PreferDefaultPorts = false,
        UseContainers = false,
    };
}
