using B2BPortal.Contracts.Catalog;
using B2BPortal.Contracts.Entitlements;

namespace B2BPortal.Entitlement.Features.Assortments;

/// <summary>
/// Resolves what an account may see from its own rules and those of the accounts above it. Rules apply from the top of
/// the hierarchy down to the account, so on a conflict the nearer level decides: a unit can exclude what its company
/// includes, and list a SKU or include a category its company excluded. Within one level exclusions win over inclusions.
/// An account with no rules at any level sees nothing.
/// </summary>
public static class AssortmentResolver
{
    public static AssortmentFilterDto Resolve(IReadOnlyList<Guid> chainNearestFirst, IReadOnlyList<AssortmentRule> rules)
    {
        var includedCategories = new HashSet<string>(StringComparer.Ordinal);
        var excludedCategories = new HashSet<string>(StringComparer.Ordinal);
        var includedSkus = new HashSet<string>(StringComparer.Ordinal);
        var excludedSkus = new HashSet<string>(StringComparer.Ordinal);

        foreach (var account in chainNearestFirst.Reverse())
        {
            var own = rules.Where(r => r.AccountId == account).ToList();
            foreach (var rule in own.Where(r => r.Kind is AssortmentRuleKinds.Category or AssortmentRuleKinds.Sku))
            {
                if (rule.Kind == AssortmentRuleKinds.Category)
                {
                    includedCategories.Add(rule.Value);
                    excludedCategories.RemoveWhere(path => CategoryPaths.IsAtOrBelow(path, rule.Value));
                }
                else
                {
                    includedSkus.Add(rule.Value);
                    excludedSkus.Remove(rule.Value);
                }
            }

            foreach (var rule in own.Where(r => r.Kind is AssortmentRuleKinds.ExcludedCategory or AssortmentRuleKinds.Exclusion))
            {
                if (rule.Kind == AssortmentRuleKinds.ExcludedCategory)
                {
                    excludedCategories.Add(rule.Value);
                    includedCategories.RemoveWhere(path => CategoryPaths.IsAtOrBelow(path, rule.Value));
                }
                else
                {
                    excludedSkus.Add(rule.Value);
                    includedSkus.Remove(rule.Value);
                }
            }
        }

        return new AssortmentFilterDto(Sorted(includedCategories), Sorted(excludedCategories), Sorted(includedSkus), Sorted(excludedSkus));
    }

    private static string[] Sorted(HashSet<string> values) => [.. values.Order(StringComparer.Ordinal)];
}
