using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.Contracts;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Quotes;
using B2BPortal.Quote.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Quote.Features.Quotes;

/// <summary>The account's quotes, one quote, and the seller's queue across the accounts they manage.</summary>
internal static class QuoteReads
{
    public const int MaxPageSize = 100;
    private const int MaxQueue = 200;

    public static async Task<Results<Ok<QuoteListDto>, ValidationProblem>> ListAsync(
        Guid accountId, HttpContext http, QuoteDbContext db, CancellationToken cancellationToken, string? status = null, int page = 1, int pageSize = 25)
    {
        var errors = new Dictionary<string, string[]>();
        if (PageRules.PageProblem(page) is { } pageProblem)
        {
            errors["page"] = [pageProblem];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"A page holds 1 to {MaxPageSize} quotes."];
        }

        if (status is not null && !QuoteStates.All.Contains(status))
        {
            errors["status"] = [$"Give one of {string.Join(", ", QuoteStates.All)}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The quotes could not be listed.");
        }

        var party = QuoteCaller.PartyOf(http);
        var query = db.Quotes.AsNoTracking().Include(q => q.Revisions).Where(q => q.AccountId == accountId);
        // A buyer's draft is theirs alone until it is submitted.
        query = party == QuoteParties.Seller ? query.Where(q => q.Status != QuoteStates.Draft) : query;
        query = status is null ? query : query.Where(q => q.Status == status);
        var quotes = await query.OrderByDescending(q => q.UpdatedAt).Skip((page - 1) * pageSize).Take(pageSize + 1).AsSplitQuery().ToListAsync(cancellationToken);
        return TypedResults.Ok(new QuoteListDto([.. quotes.Take(pageSize).Select(q => QuoteView.Summary(q, party))], page, pageSize, quotes.Count > pageSize));
    }

    public static async Task<Results<Ok<QuoteDto>, ProblemHttpResult>> GetAsync(
        Guid accountId, Guid quoteId, HttpContext http, QuoteDbContext db, CancellationToken cancellationToken)
    {
        var party = QuoteCaller.PartyOf(http);
        return await QuoteLocks.FindAsync(db, accountId, quoteId, cancellationToken) is { } quote && !QuoteView.HiddenFrom(quote, party)
            ? TypedResults.Ok(QuoteView.Of(quote, party, http.ActingFor().Roles))
            : QuoteProblems.NotFound(quoteId);
    }

    /// <summary>Quotes waiting for the seller in the account and the units below it that the caller manages, oldest first.</summary>
    public static async Task<Ok<QuoteListDto>> QueueAsync(Guid accountId, HttpContext http, QuoteDbContext db, CancellationToken cancellationToken)
    {
        var accounts = http.Features.Get<CallerScope>()?.SelfAndBelow(accountId, AccountPermission.ManageQuotes) ?? [accountId];
        var waiting = await db.Quotes.AsNoTracking().Include(q => q.Revisions)
            .Where(q => accounts.Contains(q.AccountId) && QuoteStates.WaitingForSeller.Contains(q.Status))
            .OrderBy(q => q.UpdatedAt).Take(MaxQueue).AsSplitQuery().ToListAsync(cancellationToken);
        return TypedResults.Ok(new QuoteListDto([.. waiting.Select(q => QuoteView.Summary(q, QuoteParties.Seller))], 1, MaxQueue, false));
    }
}
