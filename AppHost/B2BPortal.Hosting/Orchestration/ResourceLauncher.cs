using B2BPortal.Hosting.Logging;
using B2BPortal.Hosting.Processes;

namespace B2BPortal.Hosting.Orchestration;

/// <summary>Knows how to start one kind of resource as processes (local or in a container).</summary>
internal abstract class ResourceLauncher(HostingContext context, ResourceLog log)
{
    protected HostingContext Context { get; } = context;

    protected ResourceLog Log { get; } = log;

    public abstract Task<RunningInstance> LaunchAsync(CancellationToken cancellationToken);

    /// <summary>Called once when the application stops, after the resource has stopped.</summary>
    public virtual Task CleanUpAsync() => Task.CompletedTask;

    /// <summary>Starts a process and records its pid, so a later run can stop it if this one is killed.</summary>
    protected ChildProcess StartTracked(string pidName, ProcessSpec spec, int stopSignal = PosixSignals.SIGTERM)
    {
        var child = ChildProcess.Start(spec, Log);
        Context.PidFiles.Track(pidName, child, stopSignal);
        return child;
    }
}
