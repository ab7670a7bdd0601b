using B2BPortal.Hosting.Processes;

namespace B2BPortal.Hosting.Orchestration;

/// <summary>One start of a resource: its main process, how to tell it is healthy, and how to stop it (with any helper process).</summary>
internal sealed class RunningInstance(
    ChildProcess process,
    Func<CancellationToken, Task<bool>> checkHealth,
    Func<Task> stop)
{
    public int Pid => process.Pid;

    public Task<int> Exited => process.Exited;

    /// <summary>Waits (briefly) for the last lines a process printed before it exited.</summary>
    public Task DrainOutputAsync() => process.DrainOutputAsync();

    public Task<bool> CheckHealthAsync(CancellationToken cancellationToken) => checkHealth(cancellationToken);

    /// <summary>Stops the instance and cleans up after it; also called after the main process exited by itself.</summary>
    public async Task StopAsync()
    {
        await stop();
        process.Dispose();
    }

    public static Task<bool> NoHealthCheck(CancellationToken cancellationToken) => Task.FromResult(true);
}
