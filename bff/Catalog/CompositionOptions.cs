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

    /// <summary>A service the answer cannot do without (Catalog, Entitlement; Pricing on the price routes) must answer within this, or the call is a 503.</summary>
    public TimeSpan RequiredTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>On a catalog or product page Pricing must answer within this, or the page comes without prices, saying so.</summary>
    public TimeSpan PagePricesTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
