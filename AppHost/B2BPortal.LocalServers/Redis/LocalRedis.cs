using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace B2BPortal.LocalServers.Redis;

internal static class LocalRedis
{
    public static string RequirePrograms() => ExecutableLocator.Require("redis-server", "Install it: apt-get install -y redis-server.");

    public static IResourceBuilder<LocalRedisResource> Add(LocalServers servers, string name, int port)
    {
        var directory = servers.PathFor("redis");
        Directory.CreateDirectory(directory);
        var executable = RequirePrograms();
        var redis = new LocalRedisResource(name, executable, directory, port);
        var healthCheck = $"{name}_check";
        servers.Builder.Services.AddHealthChecks().AddRedis($"127.0.0.1:{port},abortConnect=false", name: healthCheck);
        return servers.Builder.AddResource(redis)
            .WithEndpoint(name: "tcp", port: port, targetPort: port, isProxied: false)
            // Sessions survive a restart through the append-only file; no RDB snapshots on top.
            .WithArgs("--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", directory, "--save", "",
                "--appendonly", "yes", "--daemonize", "no")
            .WithHealthCheck(healthCheck);
    }
}
