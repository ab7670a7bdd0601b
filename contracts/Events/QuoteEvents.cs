namespace B2BPortal.Contracts.Events;

/// <summary>
/// A quote moved from one state to another (<see cref="Quotes.QuoteStates"/>): published by the Quote service in the transition's
/// transaction, once per transition. <c>Comment</c> is what the moving party wrote to the other; it never holds internal notes.
/// <c>NotifyEmails</c> are the other party's people to tell (empty when the other party is a partner system or nobody is known).
/// </summary>
public sealed record QuoteStatusChanged : IntegrationEvent
{
    public required Guid CompanyId { get; init; }
    public required Guid QuoteId { get; init; }
    public required string QuoteNumber { get; init; }
    public string? From { get; init; }
    public required string To { get; init; }
    public required string Party { get; init; }
    public required string ActorName { get; init; }
    public int? Revision { get; init; }
    public string? Currency { get; init; }
    public decimal? NetAmount { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    public Guid? OrderId { get; init; }
    public string? OrderNumber { get; init; }
    public string? Comment { get; init; }
    public IReadOnlyList<string> NotifyEmails { get; init; } = [];
}
