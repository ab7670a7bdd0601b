using B2BPortal.BuildingBlocks.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace B2BPortal.Tests.Infrastructure;

/// <summary>A bus on the portal's broker that only publishes: for tests that deliver events as another service would, or would not.</summary>
public sealed class TestBus : IAsyncDisposable
{
    private readonly IHost host;

    private TestBus(IHost host) => this.host = host;

    public IBus Bus => host.Services.GetRequiredService<IBus>();

    public static async Task<TestBus> StartAsync(PortalFixture portal)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:messaging"] = portal.RabbitMqUri;
        builder.AddMessageBus($"tests-{Guid.NewGuid():N}"[..14]);
        var host = builder.Build();
        await host.StartAsync();
        return new TestBus(host);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
