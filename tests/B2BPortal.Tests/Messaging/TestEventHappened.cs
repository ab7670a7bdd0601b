using B2BPortal.Contracts.Events;

namespace B2BPortal.Tests.Messaging;

/// <summary>An event only these tests publish, so the services' queues never see it.</summary>
public sealed record TestEventHappened : IntegrationEvent
{
    public required string Payload { get; init; }
}
