using Refit;

namespace B2BPortal.Contracts.Entitlements;

public static class AssortmentRuleKinds
{
    public const string Category = "Category";
    public const string Sku = "Sku";
    public const string Exclusion = "Exclusion";
}

public sealed record AssortmentRuleDto(Guid Id, Guid AccountId, string Kind, string Value);

public interface IEntitlementApi
{
    [Get("/api/v1/accounts/{accountId}/assortment")]
    Task<IReadOnlyList<AssortmentRuleDto>> GetAssortmentAsync(Guid accountId, CancellationToken cancellationToken = default);
}
