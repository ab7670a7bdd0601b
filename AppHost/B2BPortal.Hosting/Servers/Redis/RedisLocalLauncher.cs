using System.Globalization;
using B2BPortal.Hosting.Logging;
using B2BPortal.Hosting.Orchestration;
using B2BPortal.Hosting.Processes;

namespace B2BPortal.Hosting.Servers.Redis;

/// <summary>redis-server from the OS packages as a supervised child on loopback; no RDB snapshots, append-only file as configured.</summary>
internal sealed class RedisLocalLauncher(RedisResource redis, HostingContext context, ResourceLog log) : ResourceLauncher(context, log)
{
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);

    public override Task<RunningInstance> LaunchAsync(CancellationToken cancellationToken)
    {
        var executable = ExecutableLocator.Require("redis-server", "Install it (apt-get install -y redis-server) or start a Docker engine.");
        var directory = Context.StatePath("redis");
        Directory.CreateDirectory(directory);
        var port = redis.Port.Value;
        var spec = new ProcessSpec(
            executable,
            ["--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", directory, "--save", "",
             "--appendonly", redis.AppendOnly ? "yes" : "no", "--daemonize", "no"],
            directory);
        var process = StartTracked(redis.Name, spec);
        var instance = new RunningInstance(
            process,
            probe => RedisPingProbe.AnswersAsync(port, probe),
            () => process.StopAsync(StopGrace));
        return Task.FromResult(instance);
    }
}
