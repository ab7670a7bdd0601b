using B2BPortal.Hosting.Logging;
using B2BPortal.Hosting.Processes;

namespace B2BPortal.Hosting.Orchestration;

/// <summary>Runs a process-backed resource: waits for its dependencies, launches it, watches its health and restarts it when it crashes.</summary>
internal sealed class SupervisedRunner(
    Resource resource,
    ResourceLog log,
    Action<ResourceSnapshot> onChanged,
    SupervisionPolicy policy,
    Func<ResourceLauncher> createLauncher)
    : ResourceRunner(resource, log, onChanged)
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(15);

    private readonly RestartBackoff backoff = new();
    private volatile bool healthyThisRun;

    private enum Outcome
    {
        StopRequested,
        Exited,
        NeverHealthy,
    }

    public ResourceLauncher? Launcher { get; private set; }

    public override bool IsUp(ResourceSnapshot state) =>
        policy.RunsToCompletion ? state.State == ResourceState.Finished : state.State == ResourceState.Healthy;

    public override bool Satisfies(WaitKind kind, ResourceSnapshot state) =>
        kind == WaitKind.Healthy && policy.RunsToCompletion
            ? state.State is ResourceState.Running or ResourceState.Finished
            : base.Satisfies(kind, state);

    protected override async Task RunAsync(CancellationToken stopping)
    {
        if (!await WaitForDependenciesAsync(stopping))
        {
            return;
        }

        Launcher ??= createLauncher();
        while (true)
        {
            SetState(ResourceState.Starting);
            RunningInstance instance;
            try
            {
                instance = await Launcher.LaunchAsync(stopping);
            }
            catch (LaunchException exception)
            {
                Fail(exception.Message);
                return;
            }

            var startedAt = DateTimeOffset.Now;
            Update(current => current with
            {
                State = ResourceState.Running, Pid = instance.Pid, StartedAt = startedAt, ExitCode = null, Message = null,
            });

            var outcome = await WatchAsync(instance, stopping);
            if (outcome == Outcome.StopRequested)
            {
                SetState(ResourceState.Stopping);
                await instance.StopAsync();
                Update(current => current with { State = ResourceState.Stopped, Pid = null, Message = null });
                return;
            }

            if (outcome == Outcome.Exited)
            {
                await instance.DrainOutputAsync();
            }

            await instance.StopAsync();
            if (outcome == Outcome.NeverHealthy)
            {
                Fail($"{Resource.Name} did not become healthy within {policy.StartupTimeout?.TotalSeconds:0} s");
                return;
            }

            var exitCode = await instance.Exited;
            if (!await ShouldRestartAsync(exitCode, DateTimeOffset.Now - startedAt, stopping))
            {
                return;
            }
        }
    }

    private async Task<bool> ShouldRestartAsync(int exitCode, TimeSpan ranFor, CancellationToken stopping)
    {
        if (policy.RunsToCompletion)
        {
            var finished = exitCode == 0;
            Update(current => current with
            {
                State = finished ? ResourceState.Finished : ResourceState.Exited,
                Pid = null,
                ExitCode = exitCode,
                Message = finished ? null : $"exited with code {exitCode}",
            });
            return false;
        }

        if (policy.FailsIfExitsBeforeHealthy && !healthyThisRun)
        {
            Update(current => current with { ExitCode = exitCode });
            Fail($"{Resource.Name} exited with code {exitCode} before it became healthy");
            return false;
        }

        var delay = backoff.Next(ranFor);
        var restart = Snapshot.RestartCount + 1;
        var message = $"{Resource.Name} exited with code {exitCode}; restarting in {delay.TotalSeconds:0} s (restart {restart})";
        Log.Notice(message);
        Update(current => current with
        {
            State = ResourceState.Crashed, Pid = null, ExitCode = exitCode, RestartCount = restart, Message = message,
        });
        await Task.Delay(delay, stopping);
        return true;
    }

    private async Task<Outcome> WatchAsync(RunningInstance instance, CancellationToken stopping)
    {
        healthyThisRun = false;
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var health = policy.RunsToCompletion
            ? Task.Delay(Timeout.Infinite, watching.Token)
            : MonitorHealthAsync(instance, watching.Token);
        var stopRequested = Task.Delay(Timeout.Infinite, stopping);

        var first = await Task.WhenAny(instance.Exited, health, stopRequested);
        await watching.CancelAsync();
        await health.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        if (stopping.IsCancellationRequested)
        {
            return Outcome.StopRequested;
        }

        return first == health ? Outcome.NeverHealthy : Outcome.Exited;
    }

    /// <summary>Polls health until cancelled; returns early only when a start-up timeout passes without the first healthy answer.</summary>
    private async Task MonitorHealthAsync(RunningInstance instance, CancellationToken cancellationToken)
    {
        DateTimeOffset? deadline = policy.StartupTimeout is { } timeout ? DateTimeOffset.Now + timeout : null;
        while (true)
        {
            var healthy = await ProbeAsync(instance, cancellationToken);
            if (healthy)
            {
                healthyThisRun = true;
                if (Snapshot.State != ResourceState.Healthy)
                {
                    SetState(ResourceState.Healthy);
                }
            }
            else if (healthyThisRun)
            {
                if (Snapshot.State == ResourceState.Healthy)
                {
                    SetState(ResourceState.Unhealthy, "health check failing");
                }
            }
            else if (DateTimeOffset.Now > deadline)
            {
                return;
            }

            await Task.Delay(healthy ? policy.PollWhileHealthy : policy.PollWhileNotHealthy, cancellationToken);
        }
    }

    private static async Task<bool> ProbeAsync(RunningInstance instance, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(ProbeTimeout);
        try
        {
            return await instance.CheckHealthAsync(limit.Token);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
