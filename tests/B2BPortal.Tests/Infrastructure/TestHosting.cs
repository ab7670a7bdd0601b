using B2BPortal.Hosting;

namespace B2BPortal.Tests.Infrastructure;

internal static class TestHosting
{
    /// <summary>
    /// Options for an orchestrated test environment: a temp state folder, random free ports, no console output,
    /// no telemetry export. Servers the orchestrator starts are local processes; <see cref="TestServers"/> brings
    /// Testcontainers instead when a Docker engine is reachable.
    /// </summary>
    public static DistributedApplicationOptions Options(string purpose) => new()
    {
        StateDirectory = TempDirectory.Create(purpose),
        ConsoleOutput = false,
        OtlpEndpoint = null,
        PreferDefaultPorts = false,
        UseContainers = false,
    };
}
