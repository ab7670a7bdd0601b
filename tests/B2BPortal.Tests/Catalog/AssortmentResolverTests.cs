using B2BPortal.Contracts.Entitlements;
using B2BPortal.Entitlement.Features.Assortments;

namespace B2BPortal.Tests.Catalog;

/// <summary>Assortment inheritance on its own: a unit inherits its company's rules, and the nearer level decides a conflict.</summary>
public sealed class AssortmentResolverTests
{
    private static readonly Guid Company = Guid.NewGuid();
    private static readonly Guid Plant = Guid.NewGuid();
    private static readonly Guid Line = Guid.NewGuid();
    private static readonly Guid[] LineUpwards = [Line, Plant, Company];

    private static AssortmentRule Rule(Guid account, string kind, string value) => new() { Id = Guid.NewGuid(), AccountId = account, Kind = kind, Value = value };

    [Fact]
    public void A_unit_without_rules_inherits_its_companys_assortment()
    {
        var filter = AssortmentResolver.Resolve(LineUpwards,
            [Rule(Company, AssortmentRuleKinds.Category, "pumps"), Rule(Company, AssortmentRuleKinds.Sku, "CUS-7001")]);

        Assert.Equal(["pumps"], filter.IncludedCategories);
        Assert.Equal(["CUS-7001"], filter.IncludedSkus);
    }

    [Fact]
    public void A_unit_excludes_a_category_its_company_includes_and_its_own_units_inherit_the_exclusion()
    {
        var filter = AssortmentResolver.Resolve(LineUpwards,
            [Rule(Company, AssortmentRuleKinds.Category, "motors"), Rule(Plant, AssortmentRuleKinds.ExcludedCategory, "motors/servo")]);

        Assert.Equal(["motors"], filter.IncludedCategories);
        Assert.Equal(["motors/servo"], filter.ExcludedCategories);
    }

    [Fact]
    public void A_unit_includes_again_what_its_company_excluded()
    {
        var filter = AssortmentResolver.Resolve(LineUpwards,
        [
            Rule(Company, AssortmentRuleKinds.Category, "valves"), Rule(Company, AssortmentRuleKinds.ExcludedCategory, "valves/check"),
            Rule(Company, AssortmentRuleKinds.Exclusion, "VLV-2001"),
            Rule(Line, AssortmentRuleKinds.Category, "valves"), Rule(Line, AssortmentRuleKinds.Sku, "VLV-2001"),
        ]);

        Assert.Empty(filter.ExcludedCategories);
        Assert.Empty(filter.ExcludedSkus);
        Assert.Equal(["VLV-2001"], filter.IncludedSkus);
    }

    [Fact]
    public void A_unit_excluding_a_whole_category_drops_the_narrower_ones_its_company_included()
    {
        var filter = AssortmentResolver.Resolve(LineUpwards,
            [Rule(Company, AssortmentRuleKinds.Category, "valves/ball"), Rule(Plant, AssortmentRuleKinds.ExcludedCategory, "valves")]);

        Assert.Empty(filter.IncludedCategories);
        Assert.Equal(["valves"], filter.ExcludedCategories);
    }

    [Fact]
    public void On_one_level_an_exclusion_wins_over_an_inclusion_of_the_same_sku()
    {
        var filter = AssortmentResolver.Resolve([Company],
            [Rule(Company, AssortmentRuleKinds.Sku, "BRG-3001"), Rule(Company, AssortmentRuleKinds.Exclusion, "BRG-3001")]);

        Assert.Empty(filter.IncludedSkus);
        Assert.Equal(["BRG-3001"], filter.ExcludedSkus);
    }

    [Fact]
    public void Rules_of_accounts_outside_the_chain_do_not_count_and_no_rules_means_nothing_to_see()
    {
        var filter = AssortmentResolver.Resolve(LineUpwards, [Rule(Guid.NewGuid(), AssortmentRuleKinds.Category, "pumps")]);

        Assert.Empty(filter.IncludedCategories);
        Assert.Empty(filter.IncludedSkus);
    }
}
