using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using B2BPortal.Hosting;
using B2BPortal.Tests.Infrastructure;

namespace B2BPortal.Tests.Hosting;

[Collection(PortalCollection.Name)]
public sealed class OrchestrationTests : IDisposable
{
    private readonly List<string> stateDirectories = [];

    [Fact]
    public async Task A_resource_starts_only_after_what_it_waits_for_has_completed()
    {
        var builder = DistributedApplication.CreateBuilder(Options("ordering"));
        var marker = Path.Combine(builder.StateDirectory, "first-done");
        var first = builder.AddExecutable("first", "bash", ".", "-c", $"sleep 2 && touch '{marker}'");
        builder.AddExecutable("second", "bash", ".", "-c", $"test -f '{marker}'").WaitForCompletion(first);

        await using var app = await StartedAsync(builder);

        Assert.All(app.Resources, resource => Assert.Equal(ResourceState.Finished, resource.State));
    }

    [Fact]
    public async Task A_resource_whose_dependency_fails_is_not_started_and_start_up_names_the_failure()
    {
        var builder = DistributedApplication.CreateBuilder(Options("failing-dependency"));
        var broken = builder.AddExecutable("broken", "bash", ".", "-c", "echo 'cannot read its configuration' >&2; exit 3");
        builder.AddExecutable("dependent", "bash", ".", "-c", "exit 0").WaitForCompletion(broken);
        await using var app = builder.Build();

        var failure = await Assert.ThrowsAsync<DistributedApplicationException>(() => app.StartAsync());

        Assert.Contains("broken", failure.Message);
        var dependent = app.Resources.Single(resource => resource.Name == "dependent");
        Assert.Null(dependent.Pid);
        Assert.NotEqual(ResourceState.Finished, dependent.State);
    }

    [Fact]
    public async Task Stopping_leaves_no_process_running_and_no_port_bound()
    {
        var builder = DistributedApplication.CreateBuilder(Options("stop"));
        builder.AddRedis("redis");
        var app = await StartedAsync(builder);
        var redis = app.Resources.Single();
        var pid = redis.Pid!.Value;
        var port = redis.Url!.Port;
        Assert.False(CanListenOn(port), "Redis should be listening while the application runs");

        await app.DisposeAsync();

        Assert.False(IsRunning(pid), $"Redis (pid {pid}) is still running");
        Assert.True(CanListenOn(port), $"port {port} is still bound");
    }

    [Fact]
    public async Task A_server_running_elsewhere_is_used_and_not_started_or_stopped()
    {
        var ownerBuilder = DistributedApplication.CreateBuilder(Options("owner"));
        ownerBuilder.AddRedis("redis");
        await using var owner = await StartedAsync(ownerBuilder);
        var running = owner.Resources.Single();

        var userBuilder = DistributedApplication.CreateBuilder(Options("user"));
        userBuilder.AddRedis("redis").RunningElsewhere(running.Url!.Port);
        var user = await StartedAsync(userBuilder);
        var used = user.Resources.Single();
        Assert.Equal(ResourceState.Healthy, used.State);
        Assert.Null(used.Pid);
        Assert.Equal($"127.0.0.1:{running.Url.Port}", await user.GetConnectionStringAsync("redis"));

        await user.DisposeAsync();

        Assert.True(IsRunning(running.Pid!.Value), "the server that runs elsewhere was stopped");
    }

    public void Dispose() => stateDirectories.ForEach(TempDirectory.Delete);

    private DistributedApplicationOptions Options(string purpose)
    {
        var options = TestHosting.Options(purpose);
        stateDirectories.Add(options.StateDirectory!);
        return options;
    }

    private static async Task<DistributedApplication> StartedAsync(DistributedApplicationBuilder builder)
    {
        var app = builder.Build();
        try
        {
            await app.StartAsync();
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool CanListenOn(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
