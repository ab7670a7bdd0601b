namespace B2BPortal.BuildingBlocks.Messaging;

/// <summary>An integration event stored in the publisher's schema, in the same transaction as the state change.</summary>
public sealed class OutboxMessage
{
    public Guid MessageId { get; init; }
    public long Sequence { get; init; }
    public required string MessageType { get; init; }
    public required string Body { get; init; }
    public Guid AccountId { get; init; }
    public Guid CorrelationId { get; init; }
    public string? TraceParent { get; init; }
    public string? TraceState { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    /// <summary>Set when the row can never be published (its type is unknown here, or its body does not read as that type): it is
    /// kept, with the reason in <see cref="LastError"/>, and the rows after it go on. Clearing it puts the row back in line.</summary>
    public DateTimeOffset? ParkedAt { get; set; }
}

/// <summary>A message a consumer has handled; its key makes a second delivery a no-op.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }
    public required string Consumer { get; init; }
    public required string MessageType { get; init; }
    public DateTimeOffset HandledAt { get; init; }
}
