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
