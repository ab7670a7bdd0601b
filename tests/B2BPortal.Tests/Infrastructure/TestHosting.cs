using B2BPortal.Hosting;

namespace B2BPortal.Tests.Infrastructure;

internal static class TestHosting
{
    /// <summary>
    /// Options for an orchestrated test environment: a temp state folder, random free ports, no console output,
    /// no telemetry export. Servers run as containers when a Docker engine is reachable, else as local processes.
    /// </summary>
    public static DistributedApplicationOptions Options(string purpose) => new()
    {
        StateDirectory = TempDirectory.Create(purpose),
        ConsoleOutput = false,
        OtlpEndpoint = null,
        PreferDefaultPorts = false,
    };
}
