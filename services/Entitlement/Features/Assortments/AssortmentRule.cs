using B2BPortal.Contracts.Entitlements;

namespace B2BPortal.Entitlement.Features.Assortments;

/// <summary>One rule of an account's assortment: a category, an explicit SKU, or an excluded SKU.</summary>
public sealed class AssortmentRule
{
    public Guid Id { get; init; }
    public Guid AccountId { get; init; }
    public required string Kind { get; init; }
    public required string Value { get; init; }

    public AssortmentRuleDto ToDto() => new(Id, AccountId, Kind, Value);
}
