using B2BPortal.Tests.Infrastructure;
using MassTransit;

namespace B2BPortal.Tests.Messaging;

[Collection(PortalCollection.Name)]
public sealed class InboxDuplicateTests(PortalFixture portal)
{
    [Fact]
    public async Task A_message_delivered_several_times_has_one_effect()
    {
        await using var host = await MessagingTestHost.StartAsync(portal.PostgresAdminConnectionString, portal.RabbitMqUri);
        var happened = new TestEventHappened { AccountId = Guid.NewGuid(), Payload = "sent five times" };

        // Five copies with one message id, as a relay retry or a broker redelivery would produce; published at once so
        // that some are handled concurrently.
        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            host.Bus.Publish(happened, context => context.MessageId = happened.EventId)));

        await Eventually.TrueAsync(() => Task.FromResult(host.Deliveries.DeliveriesOf(happened.EventId) == 5),
            TimeSpan.FromSeconds(60), "all five copies to pass through the consumer");
        Assert.Equal(1, await host.CountConsumedAsync(happened.EventId));
        Assert.Equal(1, await host.CountInboxAsync(happened.EventId));
    }

    [Fact]
    public async Task An_event_committed_through_the_outbox_is_published_and_consumed_once()
    {
        await using var host = await MessagingTestHost.StartAsync(portal.PostgresAdminConnectionString, portal.RabbitMqUri);

        var happened = await host.CommitStateChangeWithEventAsync();

        await Eventually.TrueAsync(async () => await host.CountConsumedAsync(happened.EventId) == 1,
            TimeSpan.FromSeconds(30), "the committed event to be consumed");
        Assert.NotNull((await host.OutboxRowAsync(happened.EventId))!.SentAt);
        Assert.Equal(1, host.Deliveries.DeliveriesOf(happened.EventId));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_committed_event_wakes_the_relay_without_waiting_for_its_poll(bool inExplicitTransaction)
    {
        var poll = TimeSpan.FromMinutes(5);
        await using var host = await MessagingTestHost.StartAsync(portal.PostgresAdminConnectionString, portal.RabbitMqUri, poll);
        await Task.Delay(TimeSpan.FromSeconds(1)); // the relay has made its first pass and now waits for a signal or the poll

        var happened = inExplicitTransaction
            ? await host.CommitStateChangeWithEventInTransactionAsync()
            : await host.CommitStateChangeWithEventAsync();

        await Eventually.TrueAsync(async () => await host.CountConsumedAsync(happened.EventId) == 1,
            TimeSpan.FromSeconds(30), "the committed event to be published on the relay's signal, well before its five-minute poll");
    }
}
