using B2BPortal.ErpSimulator.Data;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.ErpSimulator.Features.Feeds;

/// <summary>
/// Appends to a feed, with whatever else the context has to save. Writers take the table's lock for the transaction, so sequence
/// numbers commit in order and a reader that remembers the last sequence it saw never misses an entry committed later with a smaller
/// one. Inside a caller's transaction the entries commit with it; otherwise in one of their own.
/// </summary>
internal static class FeedWriter
{
    public static async Task AppendAsync<TEntry>(ErpDbContext db, IEnumerable<TEntry> entries, CancellationToken cancellationToken)
        where TEntry : class
    {
        var table = db.Model.FindEntityType(typeof(TEntry))!.GetTableName()!;
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
#pragma warning disable EF1002 // The table name comes from the EF model, not from input.
        await db.Database.ExecuteSqlRawAsync($"LOCK TABLE erp.{table} IN EXCLUSIVE MODE", cancellationToken);
#pragma warning restore EF1002
        db.Set<TEntry>().AddRange(entries);
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
