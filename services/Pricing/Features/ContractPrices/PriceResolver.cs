namespace B2BPortal.Pricing.Features.ContractPrices;

/// <summary>
/// Decides the price of a SKU for an account on a day. The rules, in order:
/// <list type="number">
/// <item>The nearest account on the way up the hierarchy (the account itself, then its parent, …) that has a contract
/// listing the SKU decides: a unit's own contract overrides its parent's for the SKUs it lists, and inherits the rest.</item>
/// <item>Of that account's contracts for the SKU, the one in force on the day applies (validity dates inclusive). Contracts
/// not yet in force are ignored. When none is in force but one has ended, the one that ended last decides by its expiry
/// behaviour: list price, or no price.</item>
/// <item>The tier with the highest minimum quantity not above the quantity applies. Below the lowest tier the contract
/// has no price for that quantity, and the list price applies.</item>
/// <item>Without a contract price, the list price applies; without a list price, there is no price.</item>
/// </list>
/// </summary>
public static class PriceResolver
{
    public static PriceOutcome Resolve(
        string sku, decimal quantity, DateOnly day, IReadOnlyList<Guid> accountAndAncestors, IReadOnlyCollection<ContractTerms> contracts, ListPriceTerms? listPrice)
    {
        if (quantity <= 0)
        {
            return new PriceRefused(sku, quantity, "The quantity must be more than zero.");
        }

        foreach (var account in accountAndAncestors)
        {
            var listing = contracts.Where(c => c.AccountId == account && c.Tiers.ContainsKey(sku) && c.ValidFrom <= day).ToList();
            if (listing.Count == 0)
            {
                continue;
            }

            var inherited = account != accountAndAncestors[0];
            var inForce = listing.Where(c => c.IsInForceOn(day)).OrderByDescending(c => c.ValidFrom).FirstOrDefault();
            if (inForce is not null)
            {
                return FromContract(sku, quantity, inForce, inherited, listPrice);
            }

            var ended = listing.OrderByDescending(c => c.ValidUntil).First();
            return ended.OnExpiry == ExpiryBehaviour.Refuse
                ? new PriceRefused(sku, quantity,
                    $"Contract \"{ended.Name}\" ended on {ended.ValidUntil:yyyy-MM-dd} and does not fall back to the list price. Ask your account manager for a renewed contract or a quote.")
                : FromListPrice(sku, quantity, listPrice,
                    $"Contract \"{ended.Name}\" ended on {ended.ValidUntil:yyyy-MM-dd}; the list price applies until it is renewed.");
        }

        return FromListPrice(sku, quantity, listPrice, "Your account has no contract price for this product; the list price applies.");
    }

    private static PriceOutcome FromContract(string sku, decimal quantity, ContractTerms contract, bool inherited, ListPriceTerms? listPrice)
    {
        var tiers = contract.Tiers[sku];
        var tier = tiers.Where(t => t.MinQuantity <= quantity).MaxBy(t => t.MinQuantity);
        if (tier is null)
        {
            var lowest = tiers.Min(t => t.MinQuantity);
            return FromListPrice(sku, quantity, listPrice,
                $"Contract \"{contract.Name}\" prices this product from {lowest:0.####} units; below that the list price applies.") switch
            {
                PricedLine line => line with { Tiers = Schedule(tiers, listPrice) },
                var refused => refused,
            };
        }

        var from = inherited ? " (inherited from a parent account)" : "";
        var text = $"Contract \"{contract.Name}\"{from}, tier from {tier.MinQuantity:0.####} units, valid {contract.ValidFrom:yyyy-MM-dd} to {contract.ValidUntil:yyyy-MM-dd}.";
        return new PricedLine(sku, quantity, contract.Currency, tier.UnitPrice, tier.UnitPrice * quantity, new PriceExplanation(
            "contract", text, contract.ContractId, contract.Name, contract.AccountId, inherited, tier.MinQuantity, contract.ValidFrom, contract.ValidUntil),
            Schedule(tiers, listPrice));
    }

    private static PriceOutcome FromListPrice(string sku, decimal quantity, ListPriceTerms? listPrice, string why) => listPrice is null
        ? new PriceRefused(sku, quantity, $"There is no price for {sku}. Ask your account manager for a quote.")
        : new PricedLine(sku, quantity, listPrice.Currency, listPrice.UnitPrice, listPrice.UnitPrice * quantity, new PriceExplanation("list", why),
            [new PriceTier(1, listPrice.UnitPrice)]);

    /// <summary>A contract's tiers, lowest first, after the list price from 1 unit when the contract starts higher.</summary>
    private static IReadOnlyList<PriceTier> Schedule(IReadOnlyList<PriceTier> tiers, ListPriceTerms? listPrice)
    {
        var ordered = tiers.OrderBy(t => t.MinQuantity).ToList();
        return listPrice is not null && ordered[0].MinQuantity > 1 ? [new PriceTier(1, listPrice.UnitPrice), .. ordered] : ordered;
    }
}
