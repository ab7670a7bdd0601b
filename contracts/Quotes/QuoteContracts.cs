using Refit;

namespace B2BPortal.Contracts.Quotes;

/// <summary>A line the buyer asks a price for: what, how many, the price they hope for (per unit), and a word to the seller.</summary>
public sealed record QuoteRequestLineRequest(string Sku, decimal Quantity, decimal? TargetUnitPrice = null, string? Comment = null);

/// <summary>A document the buyer points to (a drawing, a specification): by link only, the portal stores no files.</summary>
public sealed record QuoteAttachmentRequest(string Url, string? Label = null);

/// <summary>
/// A request for quotation. Its lines are either <c>Lines</c> or, with <c>FromCartVersion</c>, the caller's cart at that version
/// (refused with 409 when the cart changed since). <c>Submit</c> false keeps it as a draft the seller does not see yet.
/// </summary>
public sealed record CreateQuoteRequest(
    IReadOnlyList<QuoteRequestLineRequest?>? Lines = null,
    string? Comment = null,
    DateOnly? RequestedDeliveryDate = null,
    Guid? ShipToAddressId = null,
    IReadOnlyList<QuoteAttachmentRequest?>? Attachments = null,
    int? FromCartVersion = null,
    bool Submit = true);

/// <summary>A draft request, replaced as a whole while it is still a draft.</summary>
public sealed record UpdateQuoteRequest(
    IReadOnlyList<QuoteRequestLineRequest?>? Lines,
    string? Comment = null,
    DateOnly? RequestedDeliveryDate = null,
    Guid? ShipToAddressId = null,
    IReadOnlyList<QuoteAttachmentRequest?>? Attachments = null);

/// <summary>
/// The buyer's answer to revision <c>Revision</c> (the one they read): accept, decline or ask to renegotiate it. The comment goes
/// to the seller; a renegotiation needs one.
/// </summary>
public sealed record QuoteAnswerRequest(int Revision, string? Comment = null);

/// <summary>A step without a revision to name (submit, take into review, withdraw, close), with an optional word to the other party.</summary>
public sealed record QuoteStepRequest(string? Comment = null);

/// <summary>
/// A line of the seller's staged revision. The price is either <c>UnitPrice</c> or a <c>DiscountPercent</c> off the buyer's
/// current price for the line; neither keeps the current price.
/// </summary>
public sealed record StagedLineRequest(string Sku, decimal Quantity, decimal? UnitPrice = null, decimal? DiscountPercent = null, string? Comment = null);

/// <summary>
/// The seller's next revision, replaced as a whole while the quote is in review: its lines, a discount over the whole quote,
/// the date it is valid until (inclusive, end of that day UTC) and its terms. Nothing reaches the buyer until it is sent.
/// </summary>
public sealed record StageQuoteRequest(
    IReadOnlyList<StagedLineRequest?>? Lines, DateOnly ValidUntil, string? Terms = null, decimal? DiscountPercent = null);

/// <summary>Send the staged revision; <c>Revision</c> is the staged number the seller looked at.</summary>
public sealed record SendQuoteRequest(int Revision);

/// <summary>A note on the quote for the seller's side only: the buyer's roles never read it.</summary>
public sealed record AddInternalNoteRequest(string Text);

public sealed record QuoteAttachmentDto(string Url, string Label);

public sealed record QuoteRequestLineDto(int LineNumber, string Sku, string? Name, decimal Quantity, decimal? TargetUnitPrice, string? Comment);

/// <summary>A person (or partner system) on one side of the quote.</summary>
public sealed record QuotePartyDto(string Subject, string Name, bool IsPartner);

/// <summary>
/// A priced line of a revision. <c>ListUnitPrice</c> is the buyer's own price when the revision was staged (contract or list),
/// <c>DiscountPercent</c> the discount off it when the seller priced by discount; <c>LineAmount</c> is after the line's price,
/// before the quote's discount, which <see cref="QuoteRevisionDto"/> spreads over the lines in <c>NetLineAmount</c>.
/// </summary>
public sealed record QuoteRevisionLineDto(
    int LineNumber, string Sku, string Name, string Unit, decimal Quantity, decimal? ListUnitPrice, decimal? DiscountPercent, decimal UnitPrice,
    decimal LineAmount, decimal NetLineAmount, string? Comment);

/// <summary>One thing a revision changed from the previous one: a line's field (<c>LineNumber</c> set) or the quote's.</summary>
public sealed record QuoteChangeDto(int? LineNumber, string? Sku, string Field, string? Before, string? After);

/// <summary>
/// A revision as sent to the buyer, kept unchanged for good. <c>Changes</c> is its difference from the revision before it
/// (empty for the first).
/// </summary>
public sealed record QuoteRevisionDto(
    int Number, DateTimeOffset SentAt, string SentBy, string Currency, DateOnly ValidUntil, DateTimeOffset ExpiresAt, string? Terms,
    decimal? DiscountPercent, decimal Subtotal, decimal DiscountAmount, decimal NetAmount, IReadOnlyList<QuoteRevisionLineDto> Lines,
    IReadOnlyList<QuoteChangeDto> Changes);

/// <summary>One step of the quote's life, as both parties read it (internal notes are never in it).</summary>
public sealed record QuoteHistoryEntryDto(DateTimeOffset At, string? From, string To, string Party, string ActorName, int? Revision, string? Comment);

/// <summary>
/// A quote as its reader's party sees it: <c>Label</c> names the state for that party, <c>Actions</c> are the steps the caller
/// may take now (<c>submit</c>, <c>accept</c>, <c>review</c>, …). Internal notes and the staged revision are not part of it.
/// </summary>
public sealed record QuoteDto(
    Guid Id, Guid AccountId, string Number, string Status, string Label, string Party, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    QuotePartyDto RequestedBy, QuotePartyDto? HandledBy, string? Comment, DateOnly? RequestedDeliveryDate, Guid? ShipToAddressId,
    IReadOnlyList<QuoteAttachmentDto> Attachments, IReadOnlyList<QuoteRequestLineDto> Lines, IReadOnlyList<QuoteRevisionDto> Revisions,
    int? AcceptedRevision, DateTimeOffset? ExpiresAt, Guid? OrderId, string? OrderNumber, IReadOnlyList<QuoteHistoryEntryDto> History,
    IReadOnlyList<string> Actions);

/// <summary>The seller's working copy: the staged revision (not yet sent), its difference from the last sent one, and the internal notes.</summary>
public sealed record QuoteStagingDto(
    Guid QuoteId, string Status, int Revision, string Currency, DateOnly? ValidUntil, string? Terms, decimal? DiscountPercent, decimal Subtotal,
    decimal DiscountAmount, decimal NetAmount, IReadOnlyList<QuoteRevisionLineDto> Lines, IReadOnlyList<QuoteChangeDto> Changes,
    IReadOnlyList<QuoteInternalNoteDto> InternalNotes);

public sealed record QuoteInternalNoteDto(DateTimeOffset At, string ByName, string Text);

/// <summary>A quote in a list (the buyer's quotes, the seller's queue).</summary>
public sealed record QuoteSummaryDto(
    Guid Id, Guid AccountId, string Number, string Status, string Label, DateTimeOffset UpdatedAt, string RequestedBy, int LineCount,
    int? Revision, string? Currency, decimal? NetAmount, DateTimeOffset? ExpiresAt);

public sealed record QuoteListDto(IReadOnlyList<QuoteSummaryDto> Items, int Page, int PageSize, bool HasMore);

/// <summary>The steps a quote's reader may take, as <see cref="QuoteDto.Actions"/> names them.</summary>
public static class QuoteActions
{
    public const string Edit = "edit";
    public const string Submit = "submit";
    public const string Withdraw = "withdraw";
    public const string Review = "review";
    public const string Stage = "stage";
    public const string Send = "send";
    public const string Accept = "accept";
    public const string Decline = "decline";
    public const string Renegotiate = "renegotiate";
    public const string Order = "order";
    public const string Close = "close";
}

/// <summary>What other services read of a quote (Order, to turn an accepted revision into an order).</summary>
public interface IQuoteApi
{
    [Get("/api/v1/accounts/{accountId}/quotes/{quoteId}")]
    Task<QuoteDto> GetQuoteAsync(Guid accountId, Guid quoteId, [Authorize] string accessToken, CancellationToken cancellationToken = default);
}
