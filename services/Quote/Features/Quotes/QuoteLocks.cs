using B2BPortal.Quote.Data;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Quote.Features.Quotes;

/// <summary>
/// Every step loads the quote with its row locked, in the caller's transaction, with its revisions and history: two steps on one
/// quote (a buyer's acceptance and the expiry timer, two retries of one send) never interleave, and the second sees the first's result.
/// </summary>
internal static class QuoteLocks
{
    public static async Task<Quote?> LoadForUpdateAsync(QuoteDbContext db, Guid accountId, Guid quoteId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A quote is locked inside a transaction.");
        }

        var quote = await db.Quotes.FromSql($"SELECT * FROM quote.quotes WHERE id = {quoteId} AND account_id = {accountId} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);
        if (quote is not null)
        {
            await db.Entry(quote).Collection(q => q.Revisions).LoadAsync(cancellationToken);
            await db.Entry(quote).Collection(q => q.History).LoadAsync(cancellationToken);
        }

        return quote;
    }

    /// <summary>A quote to read, with what the reader sees of it.</summary>
    public static Task<Quote?> FindAsync(QuoteDbContext db, Guid accountId, Guid quoteId, CancellationToken cancellationToken) =>
        db.Quotes.AsNoTracking().AsSplitQuery().Include(q => q.Revisions).Include(q => q.History)
            .SingleOrDefaultAsync(q => q.Id == quoteId && q.AccountId == accountId, cancellationToken);
}
