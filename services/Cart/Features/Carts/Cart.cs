using B2BPortal.Contracts.Carts;

namespace B2BPortal.Cart.Features.Carts;

/// <summary>The account's shared cart; quick order, CSV upload and per-user carts come with the cart issue.</summary>
public sealed class Cart
{
    public Guid AccountId { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<CartLine> Lines { get; init; } = [];

    public CartDto ToDto() => new(AccountId, Lines.OrderBy(l => l.Sku, StringComparer.Ordinal).Select(l => new CartLineDto(l.Sku, l.Quantity)).ToList(), UpdatedAt);
}

public sealed class CartLine
{
    public required string Sku { get; init; }
    public decimal Quantity { get; set; }
}
