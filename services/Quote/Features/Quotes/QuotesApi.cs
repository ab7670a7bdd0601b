using B2BPortal.Contracts.Quotes;
using B2BPortal.Quote.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Quote.Features.Quotes;

internal static class QuotesApi
{
    public static RouteGroupBuilder MapQuotesApi(this RouteGroupBuilder quotes)
    {
        quotes.MapGet("/", ListAsync).WithName("ListQuotes").WithSummary("The account's quotes.");
        return quotes;
    }

    private static async Task<Ok<List<QuoteDto>>> ListAsync(Guid accountId, QuoteDbContext db, CancellationToken cancellationToken)
    {
        var quotes = await db.Quotes.AsNoTracking()
            .Where(q => q.AccountId == accountId)
            .OrderByDescending(q => q.CreatedAt)
            .Take(200)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(quotes.Select(q => q.ToDto()).ToList());
    }
}
