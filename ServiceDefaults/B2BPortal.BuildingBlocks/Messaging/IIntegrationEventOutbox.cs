using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using B2BPortal.Contracts.Events;

namespace B2BPortal.BuildingBlocks.Messaging;

/// <summary>
/// Queues an integration event for publication. It is written with the caller's next <c>SaveChanges</c>,
/// in the same transaction as the state change, and published by the relay after commit.
/// The seam a library outbox could replace.
/// </summary>
public interface IIntegrationEventOutbox
{
    void Add(IntegrationEvent integrationEvent);
}

/// <summary>The outbox for code that runs inside EF's save pipeline (an interceptor), where no request scope is at hand.</summary>
public static class OutboxWrites
{
    public static void Add<TDbContext>(TDbContext db, IServiceProvider services, IntegrationEvent integrationEvent)
        where TDbContext : DbContext, IMessagingDbContext =>
        new EfIntegrationEventOutbox<TDbContext>(db, services.GetRequiredService<OutboxSignal>()).Add(integrationEvent);
}
