using B2BPortal.Contracts.Carts;

namespace B2BPortal.Cart.Features.Carts;

/// <summary>
/// A caller's cart for one account: one per account and user (or partner client, by its client id). <see cref="Version"/> goes
/// up with every change and never down, so an order can name the version it was made from.
/// </summary>
public sealed class Cart
{
    public Guid AccountId { get; init; }
    public required string Owner { get; init; }
    public int Version { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public List<CartLine> Lines { get; init; } = [];

    public CartDto ToDto() => new(AccountId, [.. Lines.OrderBy(l => l.AddedAt).ThenBy(l => l.Sku, StringComparer.Ordinal).Select(l => l.ToDto())],
        UpdatedAt, Version);
}

public sealed class CartLine
{
    public Guid AccountId { get; init; }
    public required string Owner { get; init; }
    public required string Sku { get; init; }
    public decimal Quantity { get; init; }
    public string? Note { get; init; }
    public string? Warehouse { get; init; }
    public DateTimeOffset AddedAt { get; init; }

    public CartLineDto ToDto() => new(Sku, Quantity, Note, Warehouse, AddedAt);
}
