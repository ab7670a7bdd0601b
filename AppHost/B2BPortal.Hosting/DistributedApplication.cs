using B2BPortal.Hosting.Orchestration;
using B2BPortal.Hosting.Processes;
using B2BPortal.Hosting.Projects;
using B2BPortal.Hosting.Terminal;

namespace B2BPortal.Hosting;

/// <summary>The resources declared on a <see cref="DistributedApplicationBuilder"/>, run as local processes (or containers).</summary>
public sealed class DistributedApplication : IAsyncDisposable
{
    private readonly Orchestrator orchestrator;
    private readonly ConsoleReporter? reporter;
    private int disposed;

    internal DistributedApplication(HostingSettings settings, IReadOnlyList<Resource> resources)
    {
        orchestrator = new Orchestrator(settings, resources, OnResourceChanged, OnLogLine, OnNotice);
        if (settings.ConsoleOutput)
        {
            reporter = new ConsoleReporter([.. resources.Select(resource => resource.Name)], () => Resources);
        }

        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    /// <summary>Raised on every change of a resource's state, pid, restart count or message.</summary>
    public event Action<ResourceSnapshot>? ResourceChanged;

    /// <summary>Raised for every log line of every resource.</summary>
    public event Action<ResourceLogLine>? LogReceived;

    /// <summary>Raised once start-up is over: every resource up, one failed, or the start-up timeout passed.</summary>
    public event Action<StartupSummary>? StartupCompleted;

    public IReadOnlyList<ResourceSnapshot> Resources => [.. orchestrator.Runners.Select(runner => runner.Snapshot)];

    public string StateDirectory => orchestrator.StateDirectory;

    public static DistributedApplicationBuilder CreateBuilder(DistributedApplicationOptions? options = null) => new(options ?? new());

    /// <summary>Starts everything and returns when every resource is up; if one fails or the start-up timeout passes, stops everything and throws.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var summary = await StartAllAsync(crashIsFailure: true, cancellationToken);
        if (!summary.Succeeded)
        {
            var explanation = Explain(summary);
            await StopAsync();
            throw new DistributedApplicationException(explanation);
        }
    }

    /// <summary>Starts everything and runs until <paramref name="cancellationToken"/> is cancelled or SIGINT/SIGTERM/SIGHUP arrives; then stops everything.</summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        using var shutdown = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var signals = new ShutdownSignals(signal =>
        {
            if (!shutdown.IsCancellationRequested)
            {
                OnNotice($"{signal} received: stopping");
                shutdown.Cancel();
            }
        });
        try
        {
            await StartAllAsync(crashIsFailure: false, shutdown.Token);
            await Task.Delay(Timeout.Infinite, shutdown.Token);
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
        }
        finally
        {
            await StopAsync();
        }
    }

    /// <summary>Stops every resource, dependents before what they depend on. Safe to call more than once.</summary>
    public Task StopAsync() => orchestrator.StopAllAsync();

    public Task StopResourceAsync(string name) => orchestrator.Runner(name).StopAsync();

    /// <summary>Starts a stopped resource again on the same ports with the same data; returns when it is up.</summary>
    public Task StartResourceAsync(string name, CancellationToken cancellationToken = default) =>
        orchestrator.StartOneAsync(name, cancellationToken);

    /// <summary>The connection string injected as <c>ConnectionStrings__{name}</c>; available once started.</summary>
    public Task<string> GetConnectionStringAsync(string name, CancellationToken cancellationToken = default) =>
        orchestrator.Runner(name).Resource is IResourceWithConnectionString resource
            ? Task.FromResult(resource.GetConnectionString())
            : throw new ArgumentException($"'{name}' has no connection string.", nameof(name));

    /// <summary>Where a resource listens (a project's <c>http://127.0.0.1:PORT</c>); available once started.</summary>
    public Uri GetEndpoint(string name) =>
        orchestrator.Runner(name).Resource switch
        {
            ProjectResource project => project.Endpoint,
            { Url: { } url } => url,
            var other => throw new ArgumentException($"{other} has no endpoint (the application may not have started).", nameof(name)),
        };

    /// <summary>
    /// What AppHost puts in a project's or executable's environment (on top of what it inherits), secrets included:
    /// whoever shows it must mask them. Empty for servers, which are configured by their own files.
    /// </summary>
    public IReadOnlyDictionary<string, string> GetEnvironment(string name) =>
        orchestrator.Runner(name).Resource switch
        {
            ProjectResource project => EnvironmentComposer.ForProject(project, orchestrator.Settings),
            ExecutableResource executable => EnvironmentComposer.ForExecutable(executable),
            _ => new Dictionary<string, string>(),
        };

    /// <summary>The most recent log lines of a resource, oldest first.</summary>
    public IReadOnlyList<string> GetLogs(string name) => orchestrator.Runner(name).Log.Lines();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        await StopAsync();
        reporter?.Dispose();
        orchestrator.Dispose();
    }

    private async Task<StartupSummary> StartAllAsync(bool crashIsFailure, CancellationToken cancellationToken)
    {
        var summary = await orchestrator.StartAllAsync(crashIsFailure, cancellationToken);
        reporter?.OnStartupCompleted(summary, summary.Succeeded || reporter is null ? null : Explain(summary));
        StartupCompleted?.Invoke(summary);
        return summary;
    }

    private string Explain(StartupSummary summary) => StartupReport.Describe(summary, orchestrator.Runner);

    private void OnResourceChanged(ResourceSnapshot snapshot)
    {
        reporter?.OnChanged(snapshot);
        RaiseSafely(ResourceChanged, snapshot);
    }

    private void OnLogLine(ResourceLogLine line)
    {
        reporter?.OnLog(line);
        RaiseSafely(LogReceived, line);
    }

    private void OnNotice(string text) => reporter?.OnNotice(text);

    /// <summary>A test host that exits without disposing the application must not leave servers behind.</summary>
    private void OnProcessExit(object? sender, EventArgs e)
    {
        if (Volatile.Read(ref disposed) == 0)
        {
            orchestrator.StopAllAsync().Wait(TimeSpan.FromSeconds(30));
        }
    }

    private static void RaiseSafely<T>(Action<T>? handlers, T argument)
    {
        foreach (var handler in handlers?.GetInvocationList().Cast<Action<T>>() ?? [])
        {
            try
            {
                handler(argument);
            }
            catch (Exception)
            {
                // A subscriber's failure must not stop the orchestrator.
            }
        }
    }
}
