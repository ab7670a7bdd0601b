using B2BPortal.Cart.Data;
using B2BPortal.Contracts.Carts;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Cart.Features.Carts;

/// <summary>A line as it goes into a cart: what to set, or what to add to the line already there.</summary>
internal sealed record LineChange(string Sku, decimal Quantity, string? Note, string? Warehouse);

/// <summary>
/// Changes to one cart, each in a transaction that first takes the cart's row (created if missing) and moves its version on,
/// so two changes to one cart take turns and every change is a new version.
/// </summary>
internal static class CartStore
{
    public static async Task<CartDto> ReadAsync(CartDbContext db, Guid accountId, string owner, CancellationToken cancellationToken)
    {
        var cart = await db.Carts.AsNoTracking().Include(c => c.Lines)
            .SingleOrDefaultAsync(c => c.AccountId == accountId && c.Owner == owner, cancellationToken);
        return cart?.ToDto() ?? new CartDto(accountId, [], null, 0);
    }

    public static Task TouchAsync(CartDbContext db, Guid accountId, string owner, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO cart.carts (account_id, owner, version, updated_at) VALUES ({accountId}, {owner}, 1, {now})
            ON CONFLICT (account_id, owner) DO UPDATE SET version = carts.version + 1, updated_at = excluded.updated_at
            """, cancellationToken);

    public static Task<int> CountLinesAsync(CartDbContext db, Guid accountId, string owner, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM cart.cart_lines WHERE account_id = {accountId} AND owner = {owner}")
            .SingleAsync(cancellationToken);

    /// <summary>Sets the line to exactly this (a line edited by the buyer).</summary>
    public static Task SetLineAsync(CartDbContext db, Guid accountId, string owner, LineChange line, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO cart.cart_lines (account_id, owner, sku, quantity, note, warehouse, added_at)
            VALUES ({accountId}, {owner}, {line.Sku}, {line.Quantity}, {line.Note}, {line.Warehouse}, {now})
            ON CONFLICT (account_id, owner, sku) DO UPDATE SET quantity = excluded.quantity, note = excluded.note, warehouse = excluded.warehouse
            """, cancellationToken);

    /// <summary>
    /// Adds each quantity to the line already there (an import), keeping its note and warehouse unless it had none; one statement
    /// for any number of lines, lines of one SKU summed first.
    /// </summary>
    public static Task AddToLinesAsync(
        CartDbContext db, Guid accountId, string owner, IReadOnlyList<LineChange> lines, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var skus = lines.Select(l => l.Sku).ToArray();
        var quantities = lines.Select(l => l.Quantity).ToArray();
        var notes = lines.Select(l => l.Note).ToArray();
        var warehouses = lines.Select(l => l.Warehouse).ToArray();
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO cart.cart_lines (account_id, owner, sku, quantity, note, warehouse, added_at)
            SELECT {accountId}, {owner}, l.sku, sum(l.quantity), min(l.note), min(l.warehouse), {now}
            FROM unnest({skus}::text[], {quantities}::numeric[], {notes}::text[], {warehouses}::text[]) AS l(sku, quantity, note, warehouse)
            GROUP BY l.sku
            ON CONFLICT (account_id, owner, sku) DO UPDATE SET quantity = cart_lines.quantity + excluded.quantity,
                note = coalesce(cart_lines.note, excluded.note), warehouse = coalesce(cart_lines.warehouse, excluded.warehouse)
            """, cancellationToken);
    }
}
