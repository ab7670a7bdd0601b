namespace B2BPortal.Contracts.Events;

/// <summary>
/// A webhook endpoint kept failing and was disabled; Identity mails <c>NotifyEmail</c> (the person who registered it) so someone
/// fixes the receiver and turns it on again.
/// </summary>
public sealed record WebhookEndpointDisabled : IntegrationEvent
{
    public required Guid EndpointId { get; init; }
    public required string Url { get; init; }
    public required string Reason { get; init; }
    public string? NotifyEmail { get; init; }
}
