using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Quote.Features.Requests;
using B2BPortal.Quote.Features.Staging;
using B2BPortal.ServiceDefaults.Input;

namespace B2BPortal.Quote.Features.Quotes;

/// <summary>
/// <c>/api/v1/accounts/{accountId}/quotes</c>: the buying company's requests and answers (Purchase), the manufacturer's review,
/// staging and sending (ManageQuotes), and reading for both. Every step answers the quote as the caller's party sees it.
/// </summary>
internal static class QuotesApi
{
    public static RouteGroupBuilder MapQuotesApi(this RouteGroupBuilder quotes)
    {
        quotes.AddEndpointFilter(QuoteTracing.TagQuoteId);
        MapReads(quotes);
        MapBuyerSteps(quotes);
        MapSellerSteps(quotes);
        return quotes;
    }

    private static void MapReads(RouteGroupBuilder quotes)
    {
        quotes.MapGet("/", QuoteReads.ListAsync)
            .WithName("ListQuotes")
            .WithSummary("The account's quotes, most recently changed first, a page at a time; status narrows to one state.");
        quotes.MapGet("/queue", QuoteReads.QueueAsync)
            .WithName("QuoteQueue")
            .WithSummary("Quotes of the account and its units that wait for the manufacturer: new requests, reviews in progress, renegotiations.")
            .RequirePermission(AccountPermission.ManageQuotes);
        quotes.MapGet("/{quoteId:guid}", QuoteReads.GetAsync)
            .WithName("GetQuote")
            .WithSummary("One quote: the request, every revision sent with its changes from the one before, its history and the steps the caller may take.");
    }

    private static void MapBuyerSteps(RouteGroupBuilder quotes)
    {
        quotes.MapPost("/", CreateQuoteHandler.HandleAsync).AcceptsBulkBody()
            .WithName("RequestQuote")
            .WithSummary("Asks for a quotation: lines (sku, quantity, target price, comment) or fromCartVersion for the caller's cart; submitted at once unless submit is false.")
            .WithDescription("Idempotency-Key is required: the same key from the same caller answers the first request (200, Idempotent-Replayed: true).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequirePermission(AccountPermission.Purchase)
            .Audited("quote.requested");
        quotes.MapPost("/{quoteId:guid}/submission", BuyerSteps.SubmitAsync)
            .WithName("SubmitQuoteRequest")
            .WithSummary("Sends a draft request to the manufacturer.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequirePermission(AccountPermission.Purchase)
            .Audited("quote.submitted", "quoteId");
        quotes.MapPost("/{quoteId:guid}/acceptance", BuyerSteps.AcceptAsync)
            .WithName("AcceptQuote")
            .WithSummary("Accepts the latest revision (name it in revision) while it is valid; the quote can then be ordered at its prices.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequirePermission(AccountPermission.Purchase)
            .Audited("quote.accepted", "quoteId");
        quotes.MapPost("/{quoteId:guid}/decline", BuyerSteps.DeclineAsync)
            .WithName("DeclineQuote")
            .WithSummary("Declines the latest revision, with an optional comment to the manufacturer.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequirePermission(AccountPermission.Purchase)
            .Audited("quote.declined", "quoteId");
        quotes.MapPost("/{quoteId:guid}/renegotiation", BuyerSteps.RenegotiateAsync)
            .WithName("RenegotiateQuote")
            .WithSummary("Asks the manufacturer to price the latest revision (or an expired one) again; the comment says what should change.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequirePermission(AccountPermission.Purchase)
            .Audited("quote.renegotiation-requested", "quoteId");
        quotes.MapPost("/{quoteId:guid}/withdrawal", BuyerSteps.WithdrawAsync)
            .WithName("WithdrawQuote")
            .WithSummary("Takes the quote back: the buyer a request not yet accepted, the manufacturer a revision the buyer has not answered.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequirePermission(AccountPermission.Purchase)
            .Audited("quote.withdrawn", "quoteId");
    }

    private static void MapSellerSteps(RouteGroupBuilder quotes)
    {
        quotes.MapPost("/{quoteId:guid}/review", SellerSteps.ReviewAsync)
            .WithName("ReviewQuote")
            .WithSummary("Takes a request or a renegotiation into review, starting the next revision from the last one or the buyer's current prices.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequirePermission(AccountPermission.ManageQuotes)
            .Audited("quote.review-started", "quoteId");
        quotes.MapGet("/{quoteId:guid}/staging", StagingHandlers.GetAsync)
            .WithName("GetQuoteStaging")
            .WithSummary("The manufacturer's working copy: the revision being prepared, its changes from the last one sent, and the internal notes.")
            .RequirePermission(AccountPermission.ManageQuotes);
        quotes.MapPut("/{quoteId:guid}/staging", StagingHandlers.StageAsync).AcceptsBulkBody()
            .WithName("StageQuote")
            .WithSummary("Replaces the revision being prepared: lines with a unit price or a discount off the buyer's price, a discount on the whole, validity and terms.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequirePermission(AccountPermission.ManageQuotes)
            .Audited("quote.staged", "quoteId");
        quotes.MapPost("/{quoteId:guid}/notes", StagingHandlers.AddNoteAsync)
            .WithName("AddQuoteNote")
            .WithSummary("Adds an internal note, read by the manufacturer's side only.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequirePermission(AccountPermission.ManageQuotes)
            .Audited("quote.note-added", "quoteId");
        quotes.MapPost("/{quoteId:guid}/sending", SellerSteps.SendAsync)
            .WithName("SendQuote")
            .WithSummary("Sends the prepared revision (name it in revision) to the buyer; it runs until the end of its validity date (UTC).")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequirePermission(AccountPermission.ManageQuotes)
            .Audited("quote.sent", "quoteId");
        quotes.MapPost("/{quoteId:guid}/closing", SellerSteps.CloseAsync)
            .WithName("CloseQuote")
            .WithSummary("Files away a quote that was declined, withdrawn, expired or ordered.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequirePermission(AccountPermission.ManageQuotes)
            .Audited("quote.closed", "quoteId");
    }
}
