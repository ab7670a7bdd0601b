using Microsoft.EntityFrameworkCore;
using B2BPortal.Contracts.Money;
using B2BPortal.Contracts.Orders;

namespace B2BPortal.Pricing.Features.ContractPrices;

/// <summary>A contract price list agreed with one account; its units inherit it unless they have their own.</summary>
public sealed class Contract
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid AccountId { get; init; }
    public required string Name { get; set; }
    public required string Currency { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly ValidUntil { get; set; }
    public ExpiryBehaviour OnExpiry { get; set; }
    public List<ContractPrice> Prices { get; init; } = [];

    public ContractTerms ToTerms() => new(Id, Name, AccountId, ValidFrom, ValidUntil, Currency, OnExpiry,
        Prices.GroupBy(p => p.Sku).ToDictionary(g => g.Key, g => (IReadOnlyList<PriceTier>)[.. g.Select(p => new PriceTier(p.MinQuantity, p.UnitPrice))]));
}

/// <summary>One tier of a contract's price for a SKU: from <see cref="MinQuantity"/> units on, <see cref="UnitPrice"/> each.</summary>
public sealed class ContractPrice
{
    public Guid ContractId { get; init; }
    public required string Sku { get; init; }
    public decimal MinQuantity { get; init; }
    public decimal UnitPrice { get; set; }

    /// <summary>When the ERP set this price (all tiers of a SKU share it); a change older than this is stale.</summary>
    public DateTimeOffset ChangedAt { get; set; } = DateTimeOffset.UnixEpoch;
}

internal static class ContractModel
{
    public static void Map(ModelBuilder model)
    {
        model.Entity<Contract>(contract =>
        {
            contract.Property(c => c.Name).HasMaxLength(200);
            contract.Property(c => c.Currency).HasMaxLength(MoneyRules.CurrencyLength).IsFixedLength();
            contract.Property(c => c.OnExpiry).HasConversion<string>().HasMaxLength(30);
            contract.HasIndex(c => c.AccountId);
            contract.HasMany(c => c.Prices).WithOne().HasForeignKey(p => p.ContractId);
        });
        model.Entity<ContractPrice>(price =>
        {
            price.HasKey(p => new { p.ContractId, p.Sku, p.MinQuantity });
            price.Property(p => p.Sku).HasMaxLength(LineRules.MaxSkuLength);
            price.Property(p => p.MinQuantity).HasPrecision(18, 4);
            price.Property(p => p.UnitPrice).HasPrecision(18, 4);
            price.HasIndex(p => p.Sku);
        });
    }
}
