using B2BPortal.Contracts.Quotes;

namespace B2BPortal.Quote.Features.Quotes;

/// <summary>
/// A request for quotation and everything that came of it: the buyer's request, the seller's revisions (each kept as sent),
/// the internal notes, and every step of its life. Its state moves only through <see cref="QuoteLifecycle"/>.
/// </summary>
public sealed class Quote
{
    public Guid Id { get; init; }
    public Guid AccountId { get; init; }
    public Guid CompanyId { get; init; }
    public required string Number { get; init; }
    public required string Status { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    public required string RequestedBySubject { get; init; }
    public required string RequestedByName { get; init; }
    public string? RequestedByEmail { get; init; }
    public bool RequestedByPartner { get; init; }

    /// <summary>The account manager who took the quote into review last; the buyer's messages go to them.</summary>
    public string? HandledBySubject { get; set; }
    public string? HandledByName { get; set; }
    public string? HandledByEmail { get; set; }

    public string? Comment { get; set; }
    public DateOnly? RequestedDeliveryDate { get; set; }
    public Guid? ShipToAddressId { get; set; }
    public List<QuoteAttachment> Attachments { get; set; } = [];
    public List<QuoteRequestLine> Lines { get; set; } = [];

    /// <summary>The revision the buyer accepted; the one an order is made of.</summary>
    public int? AcceptedRevision { get; set; }

    /// <summary>When the sent (or accepted) revision runs out; the expiry timer's schedule, so it survives restarts.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    public Guid? OrderId { get; set; }
    public string? OrderNumber { get; set; }

    public required string IdempotencyKey { get; init; }
    public required string RequestHash { get; init; }

    public List<QuoteRevision> Revisions { get; init; } = [];
    public List<QuoteHistoryEntry> History { get; init; } = [];

    /// <summary>The revisions the buyer has been sent, oldest first.</summary>
    public IEnumerable<QuoteRevision> SentRevisions => Revisions.Where(r => r.SentAt is not null).OrderBy(r => r.Number);

    /// <summary>The seller's revision not sent yet, if any.</summary>
    public QuoteRevision? Staged => Revisions.SingleOrDefault(r => r.SentAt is null);

    public QuoteRevision? LastSent => SentRevisions.LastOrDefault();
}

public sealed class QuoteRequestLine
{
    public int LineNumber { get; init; }
    public required string Sku { get; init; }
    public string? Name { get; init; }
    public decimal Quantity { get; init; }
    public decimal? TargetUnitPrice { get; init; }
    public string? Comment { get; init; }
}

public sealed class QuoteAttachment
{
    public required string Url { get; init; }
    public required string Label { get; init; }
}

/// <summary>One step of the quote's life; what the buyer may read (internal notes live elsewhere).</summary>
public sealed class QuoteHistoryEntry
{
    public const int MaxCommentLength = 2000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid QuoteId { get; init; }
    public DateTimeOffset At { get; init; }
    public string? FromState { get; init; }
    public required string ToState { get; init; }
    public required string Party { get; init; }
    public required string ActorName { get; init; }
    public int? Revision { get; init; }
    public string? Comment { get; init; }

    public QuoteHistoryEntryDto ToDto() => new(At, FromState, ToState, Party, ActorName, Revision, Comment);
}

/// <summary>A note on the quote for the seller's side; loaded only by the seller's routes.</summary>
public sealed class QuoteInternalNote
{
    public const int MaxTextLength = 4000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid QuoteId { get; init; }
    public DateTimeOffset At { get; init; }
    public required string BySubject { get; init; }
    public required string ByName { get; init; }
    public required string Text { get; init; }

    public QuoteInternalNoteDto ToDto() => new(At, ByName, Text);
}
