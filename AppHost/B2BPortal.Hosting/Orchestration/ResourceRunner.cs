using B2BPortal.Hosting.Logging;

namespace B2BPortal.Hosting.Orchestration;

/// <summary>Drives one resource through its states, in a loop started by <see cref="Start"/> and ended by <see cref="StopAsync"/>.</summary>
internal abstract class ResourceRunner
{
    private readonly Lock gate = new();
    private readonly ChangeSignal changed = new();
    private readonly Action<ResourceSnapshot> onChanged;
    private ResourceSnapshot snapshot;
    private CancellationTokenSource? stopping;
    private Task loop = Task.CompletedTask;

    protected ResourceRunner(Resource resource, ResourceLog log, Action<ResourceSnapshot> onChanged)
    {
        Resource = resource;
        Log = log;
        this.onChanged = onChanged;
        snapshot = new ResourceSnapshot(resource.Name, resource.TypeName, ResourceState.NotStarted, null, null, null, 0, null, null);
    }

    public Resource Resource { get; }

    public ResourceLog Log { get; }

    public ResourceSnapshot Snapshot
    {
        get
        {
            lock (gate)
            {
                return snapshot with { Url = Resource.Url };
            }
        }
    }

    /// <summary>What this runner waits for before starting; set by the orchestrator.</summary>
    public IReadOnlyList<(ResourceRunner Runner, WaitKind Kind)> Waits { get; set; } = [];

    /// <summary>Whether it was up at least once since it was last started.</summary>
    public bool HasBeenUp { get; private set; }

    /// <summary>Whether it failed only because something it waits for failed.</summary>
    public bool FailedBecauseOfDependency { get; private set; }

    public static bool IsTerminalFailure(ResourceSnapshot state) =>
        state.State is ResourceState.FailedToStart or ResourceState.Exited;

    /// <summary>Up, for start-up to be complete.</summary>
    public virtual bool IsUp(ResourceSnapshot state) => state.State == ResourceState.Healthy;

    public virtual bool Satisfies(WaitKind kind, ResourceSnapshot state) =>
        kind == WaitKind.Completion ? state.State == ResourceState.Finished : IsUp(state);

    public void Start()
    {
        lock (gate)
        {
            if (!loop.IsCompleted)
            {
                return;
            }

            stopping?.Dispose();
            stopping = new CancellationTokenSource();
            HasBeenUp = false;
            FailedBecauseOfDependency = false;
            var token = stopping.Token;
            loop = Task.Run(() => RunGuardedAsync(token), CancellationToken.None);
        }
    }

    public async Task StopAsync()
    {
        Task running;
        lock (gate)
        {
            stopping?.Cancel();
            running = loop;
        }

        await running;
    }

    public async Task<ResourceSnapshot> WaitUntilAsync(Func<ResourceSnapshot, bool> condition, CancellationToken cancellationToken)
    {
        while (true)
        {
            var next = changed.Next;
            var current = Snapshot;
            if (condition(current))
            {
                return current;
            }

            await next.WaitAsync(cancellationToken);
        }
    }

    protected abstract Task RunAsync(CancellationToken stopping);

    protected void Update(Func<ResourceSnapshot, ResourceSnapshot> change)
    {
        ResourceSnapshot updated;
        lock (gate)
        {
            snapshot = change(snapshot);
            updated = snapshot with { Url = Resource.Url };
            HasBeenUp |= IsUp(updated);
        }

        changed.Pulse();
        onChanged(updated);
    }

    protected void SetState(ResourceState state, string? message = null) =>
        Update(current => current with { State = state, Message = message });

    protected void Fail(string reason, bool becauseOfDependency = false)
    {
        FailedBecauseOfDependency = becauseOfDependency;
        Log.Notice(reason);
        Update(current => current with { State = ResourceState.FailedToStart, Pid = null, Message = reason });
    }

    /// <returns>False when something it waits for has failed (and this resource is marked failed too).</returns>
    protected async Task<bool> WaitForDependenciesAsync(CancellationToken stopping)
    {
        if (Waits.Count == 0)
        {
            return true;
        }

        SetState(ResourceState.Waiting, $"waiting for {string.Join(", ", Waits.Select(wait => wait.Runner.Resource.Name))}");
        foreach (var (runner, kind) in Waits)
        {
            var state = await runner.WaitUntilAsync(current => runner.Satisfies(kind, current) || IsTerminalFailure(current), stopping);
            if (!runner.Satisfies(kind, state))
            {
                Fail($"not started: {runner.Resource.Name} is {state.State}", becauseOfDependency: true);
                return false;
            }
        }

        return true;
    }

    private async Task RunGuardedAsync(CancellationToken stopping)
    {
        try
        {
            await RunAsync(stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            Update(current => current with { State = ResourceState.Stopped, Pid = null, Message = null });
        }
        catch (Exception exception)
        {
            Log.Notice($"orchestrator error: {exception}");
            Fail(exception.Message);
        }
    }
}
