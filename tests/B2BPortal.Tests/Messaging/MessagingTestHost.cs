using B2BPortal.BuildingBlocks.Data;
using B2BPortal.BuildingBlocks.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace B2BPortal.Tests.Messaging;

/// <summary>
/// An in-process host wired exactly like a service (<c>AddServiceDatabase</c> + <c>AddMessaging</c>) that both
/// publishes and consumes <see cref="TestEventHappened"/>, against real PostgreSQL and RabbitMQ.
/// </summary>
public sealed class MessagingTestHost : IAsyncDisposable
{
    private readonly IHost host;

    private MessagingTestHost(IHost host) => this.host = host;

    public DeliveryCounter Deliveries => host.Services.GetRequiredService<DeliveryCounter>();

    public IBus Bus => host.Services.GetRequiredService<IBus>();

    public static async Task<MessagingTestHost> StartAsync(string postgresAdmin, string brokerUri, TimeSpan? relayPollInterval = null)
    {
        await using (var connection = new NpgsqlConnection(postgresAdmin))
        {
            await connection.OpenAsync();
            await new NpgsqlCommand($"CREATE SCHEMA IF NOT EXISTS {MessagingTestDbContext.Schema}", connection).ExecuteNonQueryAsync();
        }

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:testdb"] = postgresAdmin;
        builder.Configuration["ConnectionStrings:messaging"] = brokerUri;
        builder.Configuration["Messaging:RelayMaxBackoff"] = "00:00:02";
        if (relayPollInterval is { } interval)
        {
            builder.Configuration["Messaging:RelayPollInterval"] = interval.ToString();
        }
        builder.AddServiceDatabase<MessagingTestDbContext, CreateTablesSeeder>("testdb", MessagingTestDbContext.Schema);
        builder.AddMessaging<MessagingTestDbContext>($"tests-{Guid.NewGuid():N}"[..14], bus =>
        {
            bus.AddConsumer<TestEventConsumer>();
        });
        builder.Services.AddSingleton<DeliveryCounter>();
        builder.Services.AddConsumeObserver(services => services.GetRequiredService<DeliveryCounter>());

        var host = builder.Build();
        await host.StartAsync();

        // RabbitMQ drops a publish that no queue is bound for yet, so wait until the consumer's queue is declared and bound.
        var status = await host.Services.GetRequiredService<IBusControl>()
            .WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        if (status != BusHealthStatus.Healthy)
        {
            throw new InvalidOperationException($"The test bus is {status}, not healthy, after 60 s.");
        }

        return new MessagingTestHost(host);
    }

    /// <summary>Commits a state change and its event in one transaction, as a service's endpoint would.</summary>
    public async Task<TestEventHappened> CommitStateChangeWithEventAsync()
    {
        var happened = new TestEventHappened { AccountId = Guid.NewGuid(), Payload = "state changed" };
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MessagingTestDbContext>();
        db.Effects.Add(new Effect { EventId = happened.EventId, Kind = "state" });
        scope.ServiceProvider.GetRequiredService<IIntegrationEventOutbox>().Add(happened);
        await db.SaveChangesAsync();
        return happened;
    }

    /// <summary>The same inside an explicit transaction with a second save, as an endpoint that must read its own writes would.</summary>
    public async Task<TestEventHappened> CommitStateChangeWithEventInTransactionAsync()
    {
        var happened = new TestEventHappened { AccountId = Guid.NewGuid(), Payload = "state changed in a transaction" };
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MessagingTestDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Effects.Add(new Effect { EventId = happened.EventId, Kind = "state" });
        scope.ServiceProvider.GetRequiredService<IIntegrationEventOutbox>().Add(happened);
        await db.SaveChangesAsync();
        db.Effects.Add(new Effect { EventId = happened.EventId, Kind = "state-2" });
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return happened;
    }

    public Task<int> CountConsumedAsync(Guid eventId) =>
        QueryAsync(db => db.Effects.CountAsync(e => e.EventId == eventId && e.Kind == "consumed"));

    public Task<int> CountInboxAsync(Guid messageId) =>
        QueryAsync(db => db.InboxMessages.CountAsync(m => m.MessageId == messageId));

    public Task<OutboxMessage?> OutboxRowAsync(Guid eventId) =>
        QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.MessageId == eventId));

    private async Task<T> QueryAsync<T>(Func<MessagingTestDbContext, Task<T>> query)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<MessagingTestDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync(TimeSpan.FromSeconds(10));
        host.Dispose();
    }
}
