using System.Globalization;
using B2BPortal.Hosting.Logging;
using B2BPortal.Hosting.Orchestration;
using B2BPortal.Hosting.Processes;

namespace B2BPortal.Hosting.Servers.RabbitMq;

/// <summary>
/// A RabbitMQ node from the OS packages with its own epmd, both supervised children bound to loopback. Ports and data
/// directory stay the same across stop/start, so queues and messages survive.
/// </summary>
internal sealed class RabbitMqLocalLauncher(RabbitMqServerResource server, HostingContext context, ResourceLog log)
    : ResourceLauncher(context, log)
{
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);

    public override async Task<RunningInstance> LaunchAsync(CancellationToken cancellationToken)
    {
        var serverScript = RabbitMqInstallation.Server;
        var layout = new RabbitMqLayout(Context.StatePath("rabbitmq"), server);
        layout.Create();
        var environment = layout.Environment();

        var epmd = await StartEpmdAsync(layout.Root, environment, cancellationToken);
        var broker = StartTracked(server.Name, new ProcessSpec(serverScript, [], layout.Root, environment));
        var health = new RabbitMqHealth(
            server.AmqpPort.Value,
            async probe => (await RunCtlAsync("await_startup", layout.Root, environment, probe)).Succeeded);
        return new RunningInstance(broker, health.CheckAsync, () => StopAsync(broker, epmd, layout.Root, environment));
    }

    /// <summary>The node's own epmd, as a child: one the node started itself would daemonise and outlive it.</summary>
    private async Task<ChildProcess> StartEpmdAsync(string root, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var port = server.EpmdPort.Value;
        var spec = new ProcessSpec(RabbitMqInstallation.Epmd, ["-port", port.ToString(CultureInfo.InvariantCulture), "-address", "127.0.0.1"], root, environment);
        var epmd = StartTracked($"{server.Name}-epmd", spec);
        try
        {
            return await TcpPort.WaitUntilAcceptsAsync(port, TimeSpan.FromSeconds(10), cancellationToken)
                ? epmd
                : throw new LaunchException($"epmd did not listen on port {port}.");
        }
        catch
        {
            epmd.KillTree();
            throw;
        }
    }

    /// <summary>
    /// <c>rabbitmqctl shutdown</c> with the node's environment (SIGTERM when the node is not reachable yet, e.g. still booting),
    /// then <c>epmd -kill</c>; each killed if it does not go in time.
    /// </summary>
    private async Task StopAsync(ChildProcess broker, ChildProcess epmd, string root, IReadOnlyDictionary<string, string> environment)
    {
        await broker.StopAsync(StopGrace, async stop =>
        {
            if (!(await RunCtlAsync("shutdown", root, environment, stop)).Succeeded)
            {
                broker.Signal(PosixSignals.SIGTERM);
            }
        });
        var epmdPort = server.EpmdPort.Value.ToString(CultureInfo.InvariantCulture);
        var killEpmd = new ProcessSpec(RabbitMqInstallation.Epmd, ["-port", epmdPort, "-kill"], root, environment);
        await epmd.StopAsync(TimeSpan.FromSeconds(5), stop => CommandRunner.RunCheckedAsync(killEpmd, Log, CommandTimeout, stop));
        epmd.Dispose();
    }

    private Task<CommandResult> RunCtlAsync(string command, string root, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var spec = new ProcessSpec(RabbitMqInstallation.Ctl, ["-n", server.NodeName, command], root, environment);
        return CommandRunner.RunAsync(spec, Log, CommandTimeout, cancellationToken);
    }
}
