using System.Diagnostics;
using B2BPortal.Hosting.Logging;
using B2BPortal.Hosting.Networking;
using B2BPortal.Hosting.Servers.Containers;

namespace B2BPortal.Hosting.Orchestration;

/// <summary>Starts every resource (each waits for its own dependencies), watches start-up, and stops them dependents-first.</summary>
internal sealed class Orchestrator : IDisposable
{
    private readonly HostingContext context;
    private readonly IReadOnlyList<ResourceRunner> runners;
    private readonly Dictionary<string, ResourceRunner> runnersByName;
    private readonly ChangeSignal anyChange = new();
    private readonly SemaphoreSlim preparing = new(1, 1);
    private readonly Action<string> notice;
    private bool prepared;

    public Orchestrator(
        HostingSettings settings,
        IReadOnlyList<Resource> resources,
        Action<ResourceSnapshot> onChanged,
        Action<ResourceLogLine> onLog,
        Action<string> notice)
    {
        context = new HostingContext(settings);
        this.notice = notice;
        runners =
        [
            .. resources.Select(resource => RunnerFactory.Create(
                resource,
                context,
                new ResourceLog(resource.Name, settings.LogLinesPerResource, onLog),
                snapshot =>
                {
                    anyChange.Pulse();
                    onChanged(snapshot);
                })),
        ];
        runnersByName = runners.ToDictionary(runner => runner.Resource.Name);
        foreach (var runner in runners)
        {
            runner.Waits = WaitsOf(runner.Resource);
        }
    }

    public IReadOnlyList<ResourceRunner> Runners => runners;

    public string StateDirectory => context.Settings.StateDirectory;

    public HostingSettings Settings => context.Settings;

    public ResourceRunner Runner(string name) =>
        runnersByName.GetValueOrDefault(name) ?? throw new ArgumentException($"There is no resource named '{name}'.", nameof(name));

    /// <param name="crashIsFailure">
    /// Whether a project that crashes before it was ever up fails start-up at once (tests), or may still come up
    /// after restarts before the start-up timeout (a developer's run).
    /// </param>
    public async Task<StartupSummary> StartAllAsync(bool crashIsFailure, CancellationToken cancellationToken)
    {
        await PrepareAsync(cancellationToken);
        var clock = Stopwatch.StartNew();
        foreach (var runner in runners)
        {
            runner.Start();
        }

        return await WaitForStartupAsync(clock, crashIsFailure, cancellationToken);
    }

    /// <summary>Starts one resource (after a stop) and returns when it is up.</summary>
    public async Task StartOneAsync(string name, CancellationToken cancellationToken)
    {
        await PrepareAsync(cancellationToken);
        var runner = Runner(name);
        runner.Start();
        var state = await runner.WaitUntilAsync(
            current => runner.IsUp(current) || IsStartupFailure(runner, current, crashIsFailure: true), cancellationToken);
        if (!runner.IsUp(state))
        {
            throw new DistributedApplicationException(StartupReport.DescribeFailure(runner));
        }
    }

    public async Task StopAllAsync()
    {
        var dependents = runners.ToDictionary(
            runner => runner,
            runner => runners.Where(other => ResourceGraph.DependenciesOf(other.Resource).Contains(runner.Resource)).ToList());
        var stops = new Dictionary<ResourceRunner, Task>();

        Task StopAfterDependents(ResourceRunner runner)
        {
            if (!stops.TryGetValue(runner, out var stop))
            {
                stop = StopAfterAsync(runner, [.. dependents[runner].Select(StopAfterDependents)]);
                stops[runner] = stop;
            }

            return stop;
        }

        await Task.WhenAll(runners.Select(StopAfterDependents));
        await Task.WhenAll(runners.OfType<SupervisedRunner>().Select(runner => runner.Launcher?.CleanUpAsync() ?? Task.CompletedTask));
    }

    public void Dispose()
    {
        PortAllocator.Release(runners.SelectMany(runner => runner.Resource.PortsToAllocate));
        context.Dispose();
        preparing.Dispose();
    }

    /// <summary>A resource waits for its parent (a schema for its database, a database for its server) and for what it was told to wait for.</summary>
    private IReadOnlyList<(ResourceRunner Runner, WaitKind Kind)> WaitsOf(Resource resource)
    {
        var waits = resource.Waits.Select(wait => (runnersByName[wait.Target.Name], wait.Kind));
        return resource.Parent is { } parent ? [(runnersByName[parent.Name], WaitKind.Healthy), .. waits] : [.. waits];
    }

    private static async Task StopAfterAsync(ResourceRunner runner, IReadOnlyList<Task> dependentsStopping)
    {
        await Task.WhenAll(dependentsStopping);
        await runner.StopAsync();
    }

    private static bool IsStartupFailure(ResourceRunner runner, ResourceSnapshot state, bool crashIsFailure) =>
        ResourceRunner.IsTerminalFailure(state) || (crashIsFailure && state.State == ResourceState.Crashed && !runner.HasBeenUp);

    /// <summary>Once per application: stop what a killed run left, reset state if asked, pick the server flavour and every port.</summary>
    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await preparing.WaitAsync(cancellationToken);
        try
        {
            if (prepared)
            {
                return;
            }

            var settings = context.Settings;
            foreach (var line in await context.PidFiles.StopLeftoversAsync())
            {
                notice(line);
            }

            if (settings.ResetState && Directory.Exists(settings.StateDirectory))
            {
                Directory.Delete(settings.StateDirectory, recursive: true);
                notice($"deleted {settings.StateDirectory}");
            }

            Directory.CreateDirectory(settings.StateDirectory);
            var hasServers = runners.Any(runner => runner.Resource.ServicePort is not null && !runner.Resource.RunsElsewhere);
            context.UseContainers = settings.UseContainers ?? (hasServers && await DockerEngine.IsAvailableAsync(cancellationToken));
            if (hasServers)
            {
                notice(context.UseContainers ? "servers run as Docker containers" : "servers run as local processes (no Docker engine)");
            }

            PortAllocator.Allocate([.. runners.SelectMany(runner => runner.Resource.PortsToAllocate)], settings.PreferDefaultPorts);
            prepared = true;
        }
        finally
        {
            preparing.Release();
        }
    }

    private async Task<StartupSummary> WaitForStartupAsync(Stopwatch clock, bool crashIsFailure, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(context.Settings.StartupTimeout);
        while (true)
        {
            var next = anyChange.Next;
            var failed = runners.Where(runner => IsStartupFailure(runner, runner.Snapshot, crashIsFailure)).ToList();
            var notUp = runners.Where(runner => !runner.IsUp(runner.Snapshot)).ToList();
            if (failed.Count > 0 || notUp.Count == 0)
            {
                return Summarise(clock, failed, []);
            }

            try
            {
                await next.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return Summarise(clock, [], notUp);
            }
        }
    }

    private StartupSummary Summarise(Stopwatch clock, IReadOnlyList<ResourceRunner> failed, IReadOnlyList<ResourceRunner> notUp) => new(
        clock.Elapsed,
        [.. runners.Select(runner => runner.Snapshot)],
        [.. failed.Select(runner => runner.Resource.Name)],
        [.. notUp.Select(runner => runner.Resource.Name)]);
}
