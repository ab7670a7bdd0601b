using B2BPortal.Hosting.Logging;
using B2BPortal.Hosting.Orchestration;
using B2BPortal.Hosting.Processes;

namespace B2BPortal.Hosting.Servers.Containers;

/// <summary>
/// A server as a Docker container, attached in the foreground so its output is the resource's log and its exit is the container's.
/// The container is kept across stop/start (same data) and removed when the application stops.
/// </summary>
/// <param name="newHealthCheck">Makes the health check for one start of the container.</param>
internal sealed class ContainerLauncher(
    ContainerSpec container,
    Func<Func<CancellationToken, Task<bool>>> newHealthCheck,
    HostingContext context,
    ResourceLog log)
    : ResourceLauncher(context, log)
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);

    public override async Task<RunningInstance> LaunchAsync(CancellationToken cancellationToken)
    {
        var exists = (await DockerAsync(["container", "inspect", container.Name], cancellationToken)).Succeeded;
        string[] arguments = exists ? ["start", "--attach", container.Name] : ["run", .. RunArguments()];
        var process = ChildProcess.Start(new ProcessSpec("docker", arguments, Context.Settings.StateDirectory), Log);
        return new RunningInstance(
            process,
            newHealthCheck(),
            () => process.StopAsync(CommandTimeout, stop => DockerAsync(["stop", container.Name], stop)));
    }

    public override async Task CleanUpAsync() => await DockerAsync(["rm", "--force", container.Name], CancellationToken.None);

    private IEnumerable<string> RunArguments()
    {
        yield return "--name";
        yield return container.Name;
        yield return "--publish";
        yield return $"127.0.0.1:{container.HostPort}:{container.ContainerPort}";
        foreach (var (name, value) in container.Environment)
        {
            yield return "--env";
            yield return $"{name}={value}";
        }

        yield return container.Image;
        foreach (var argument in container.Command)
        {
            yield return argument;
        }
    }

    private Task<CommandResult> DockerAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        CommandRunner.RunAsync(new ProcessSpec("docker", arguments, Context.Settings.StateDirectory), Log, CommandTimeout, cancellationToken);
}
