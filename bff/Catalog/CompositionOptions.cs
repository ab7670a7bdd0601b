namespace B2BPortal.Bff.Catalog;

/// <summary>
/// <c>Bff:Composition</c>: how long composed answers are cached in Redis and how long the BFF waits for each service.
/// Price and stock changes drop cached answers at once (see <see cref="CompositionCache"/>); the lifetimes bound everything else.
/// </summary>
public sealed class CompositionOptions
{
    public TimeSpan CatalogPageLifetime { get; set; } = TimeSpan.FromMinutes(2);
    public TimeSpan AssortmentLifetime { get; set; } = TimeSpan.FromMinutes(5);
    public TimeSpan CategoriesLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Catalog and Entitlement must answer within this, or the call fails with 503 (nothing can be shown without them).</summary>
    public TimeSpan CatalogTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Pricing must answer within this; on a catalog or product page the answer then comes without prices, saying so.</summary>
    public TimeSpan PricingTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
