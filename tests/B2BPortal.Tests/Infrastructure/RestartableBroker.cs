using B2BPortal.Hosting;

namespace B2BPortal.Tests.Infrastructure;

/// <summary>A RabbitMQ node of its own that a test may stop and start again on the same port, keeping its data.</summary>
public sealed class RestartableBroker : IAsyncDisposable
{
    private const string Name = "messaging";
    private readonly DistributedApplication app;

    private RestartableBroker(DistributedApplication app, string uri)
    {
        this.app = app;
        Uri = uri;
    }

    public string Uri { get; }

    public static async Task<RestartableBroker> StartNewAsync()
    {
        var builder = DistributedApplication.CreateBuilder(TestHosting.Options("broker"));
        builder.AddRabbitMQ(Name);
        var app = builder.Build();
        await app.StartAsync();
        return new RestartableBroker(app, await app.GetConnectionStringAsync(Name));
    }

    public Task StopAsync() => app.StopResourceAsync(Name);

    public Task StartAsync() => app.StartResourceAsync(Name);

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        TempDirectory.Delete(app.StateDirectory);
    }
}
