using B2BPortal.Contracts.Catalog;
using Refit;

namespace B2BPortal.Contracts.Entitlements;

/// <summary>
/// Kinds of assortment rule. <c>Category</c> and <c>ExcludedCategory</c> hold a category path and cover everything below it;
/// <c>Sku</c> and <c>Exclusion</c> hold one SKU.
/// </summary>
public static class AssortmentRuleKinds
{
    public const string Category = "Category";
    public const string ExcludedCategory = "ExcludedCategory";
    public const string Sku = "Sku";
    public const string Exclusion = "Exclusion";
}

public sealed record AssortmentRuleDto(Guid Id, Guid AccountId, string Kind, string Value);

/// <summary>A rule to set: its <see cref="AssortmentRuleKinds">kind</see> and its category path or SKU.</summary>
public sealed record AssortmentRuleRequest(string Kind, string Value);

/// <summary>The account's own rules from now on; they replace the ones it had (inherited rules stay with the accounts above).</summary>
public sealed record SetAssortmentRulesRequest(IReadOnlyList<AssortmentRuleRequest> Rules);

/// <summary>The account's own rules, the rules it inherits, and the filter they resolve to.</summary>
public sealed record AssortmentDto(Guid AccountId, IReadOnlyList<AssortmentRuleDto> Rules, AssortmentFilterDto Effective);

public interface IEntitlementApi
{
    [Get("/api/v1/accounts/{accountId}/assortment")]
    Task<AssortmentDto> GetAssortmentAsync(Guid accountId, [Authorize] string accessToken, CancellationToken cancellationToken = default);
}
