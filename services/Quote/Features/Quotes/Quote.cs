using B2BPortal.Contracts.Quotes;

namespace B2BPortal.Quote.Features.Quotes;

/// <summary>A request for quotation and its revisions; the quote issue fills in lines, revisions and expiry.</summary>
public sealed class Quote
{
    public Guid Id { get; init; }
    public Guid AccountId { get; init; }
    public required string Number { get; init; }
    public required string Status { get; set; }
    public DateTimeOffset CreatedAt { get; init; }

    public QuoteDto ToDto() => new(Id, AccountId, Number, Status, CreatedAt);
}
