using B2BPortal.Tests.Infrastructure;

namespace B2BPortal.Tests.Messaging;

/// <summary>The portal's own broker is stopped and started through its resource commands; every service must come back to health.</summary>
[Collection(PortalCollection.Name)]
public sealed class OutboxBrokerOutageTests(PortalFixture portal)
{
    [Fact]
    public async Task Event_committed_while_RabbitMQ_is_stopped_is_delivered_exactly_once_after_it_returns()
    {
        await using var host = await MessagingTestHost.StartAsync(portal.PostgresAdminConnectionString, portal.RabbitMqUri);

        await portal.App.StopResourceAsync("messaging");
        TestEventHappened happened;
        try
        {
            happened = await host.CommitStateChangeWithEventAsync();
            await Task.Delay(TimeSpan.FromSeconds(3));
            var waiting = await host.OutboxRowAsync(happened.EventId);
            Assert.NotNull(waiting);
            Assert.Null(waiting.SentAt);
            Assert.Equal(0, await host.CountConsumedAsync(happened.EventId));
        }
        finally
        {
            await portal.App.StartResourceAsync("messaging");
        }

        await Eventually.TrueAsync(async () => await host.CountConsumedAsync(happened.EventId) > 0,
            TimeSpan.FromSeconds(90), "the event to be consumed after RabbitMQ came back");

        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(1, await host.CountConsumedAsync(happened.EventId));
        Assert.NotNull((await host.OutboxRowAsync(happened.EventId))!.SentAt);
        await portal.App.WaitForServicesToAnswerHealthyAsync(TimeSpan.FromMinutes(2));
    }
}
