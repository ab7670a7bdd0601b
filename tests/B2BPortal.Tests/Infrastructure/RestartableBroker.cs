using B2BPortal.Hosting;

namespace B2BPortal.Tests.Infrastructure;

/// <summary>A RabbitMQ node of its own that a test may stop and start again on the same port, keeping its data.</summary>
public sealed class RestartableBroker : IAsyncDisposable
{
    private const string Name = "messaging";
    private readonly DistributedApplication app;
    private readonly TestServers servers;

    private RestartableBroker(DistributedApplication app, TestServers servers)
    {
        this.app = app;
        this.servers = servers;
    }

    public string Uri { get; private set; } = "";

    public static async Task<RestartableBroker> StartNewAsync()
    {
        var servers = await TestServers.CreateAsync();
        var builder = DistributedApplication.CreateBuilder(TestHosting.Options("broker"));
        await servers.AddRabbitMqAsync(builder, Name);
        var broker = new RestartableBroker(builder.Build(), servers);
        try
        {
            await broker.app.StartAsync();
            broker.Uri = await broker.app.GetConnectionStringAsync(Name);
            return broker;
        }
        catch
        {
            await broker.DisposeAsync();
            throw;
        }
    }

    public Task StopAsync() => servers.StopAsync(app, Name);

    public Task StartAsync() => servers.StartAsync(app, Name);

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await servers.DisposeAsync();
        TempDirectory.Delete(app.StateDirectory);
    }
}
