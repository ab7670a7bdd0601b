using B2BPortal.Pricing.Features.ContractPrices;

namespace B2BPortal.Tests.Pricing;

/// <summary>The price rules on their own: contract versus list price, every tier boundary, validity edges, expiry both ways, inheritance.</summary>
public sealed class PriceResolverTests
{
    private const string Sku = "PMP-1001";
    private static readonly Guid Company = Guid.Parse("a0000000-0000-4000-8000-000000000001");
    private static readonly Guid Plant = Guid.Parse("a0000000-0000-4000-8000-000000000002");
    private static readonly Guid Line = Guid.Parse("a0000000-0000-4000-8000-000000000004");
    private static readonly Guid[] LineUpwards = [Line, Plant, Company];
    private static readonly DateOnly From = new(2026, 1, 1);
    private static readonly DateOnly Until = new(2026, 12, 31);
    private static readonly ListPriceTerms List = new(Sku, "EUR", 1_250m);

    private static ContractTerms Contract(Guid account, string name = "Frame 2026", ExpiryBehaviour onExpiry = ExpiryBehaviour.FallBackToListPrice,
        DateOnly? from = null, DateOnly? until = null, string sku = Sku, params PriceTier[] tiers) =>
        new(Guid.NewGuid(), name, account, from ?? From, until ?? Until, "EUR", onExpiry,
            new Dictionary<string, IReadOnlyList<PriceTier>> { [sku] = tiers.Length > 0 ? tiers : [new(1, 1_000m), new(10, 950m), new(50, 900m)] });

    private static PricedLine Priced(PriceOutcome outcome) => Assert.IsType<PricedLine>(outcome);

    [Fact]
    public void A_contract_price_beats_the_list_price_and_says_which_contract_and_tier()
    {
        var line = Priced(PriceResolver.Resolve(Sku, 2, new DateOnly(2026, 6, 1), [Company], [Contract(Company)], List));

        Assert.Equal(1_000m, line.UnitPrice);
        Assert.Equal(2_000m, line.LineAmount);
        Assert.Equal("contract", line.Explanation.Source);
        Assert.Equal("Frame 2026", line.Explanation.ContractName);
        Assert.Equal(1m, line.Explanation.TierMinQuantity);
        Assert.False(line.Explanation.Inherited);
    }

    [Fact]
    public void Without_a_contract_the_list_price_applies_and_without_either_there_is_no_price()
    {
        var line = Priced(PriceResolver.Resolve(Sku, 3, From, [Company], [], List));
        Assert.Equal((1_250m, 3_750m, "list"), (line.UnitPrice, line.LineAmount, line.Explanation.Source));

        Assert.IsType<PriceRefused>(PriceResolver.Resolve(Sku, 3, From, [Company], [], listPrice: null));
    }

    [Theory]
    [InlineData(9, 1_000)]
    [InlineData(10, 950)]
    [InlineData(11, 950)]
    [InlineData(49, 950)]
    [InlineData(50, 900)]
    [InlineData(51, 900)]
    [InlineData(9.5, 1_000)]
    public void Each_tier_starts_exactly_at_its_breakpoint(decimal quantity, decimal unitPrice)
    {
        var line = Priced(PriceResolver.Resolve(Sku, quantity, From, [Company], [Contract(Company)], List));

        Assert.Equal(unitPrice, line.UnitPrice);
        Assert.Equal(unitPrice * quantity, line.LineAmount);
    }

    [Fact]
    public void Below_the_lowest_tier_the_list_price_applies_and_says_why()
    {
        var contract = Contract(Company, tiers: [new PriceTier(10, 950m)]);

        var line = Priced(PriceResolver.Resolve(Sku, 9, From, [Company], [contract], List));

        Assert.Equal(("list", 1_250m), (line.Explanation.Source, line.UnitPrice));
        Assert.Contains("from 10 units", line.Explanation.Text);
    }

    [Theory]
    [InlineData("2025-12-31", "list")]
    [InlineData("2026-01-01", "contract")]
    [InlineData("2026-12-31", "contract")]
    public void Validity_dates_are_inclusive(string day, string source)
    {
        var line = Priced(PriceResolver.Resolve(Sku, 1, DateOnly.Parse(day), [Company], [Contract(Company)], List));

        Assert.Equal(source, line.Explanation.Source);
    }

    [Fact]
    public void The_day_after_a_contract_ends_it_falls_back_to_the_list_price_when_it_says_so()
    {
        var line = Priced(PriceResolver.Resolve(Sku, 1, Until.AddDays(1), [Company], [Contract(Company)], List));

        Assert.Equal(("list", 1_250m), (line.Explanation.Source, line.UnitPrice));
        Assert.Contains("ended on 2026-12-31", line.Explanation.Text);
    }

    [Fact]
    public void The_day_after_a_contract_ends_it_refuses_to_price_when_it_says_so()
    {
        var refused = Assert.IsType<PriceRefused>(PriceResolver.Resolve(
            Sku, 1, Until.AddDays(1), [Company], [Contract(Company, onExpiry: ExpiryBehaviour.Refuse)], List));

        Assert.Contains("ended on 2026-12-31", refused.Reason);
        Assert.Contains("account manager", refused.Reason);
    }

    [Fact]
    public void A_renewal_in_force_wins_over_the_contract_it_replaces()
    {
        var old = Contract(Company, name: "Frame 2025", from: new DateOnly(2025, 1, 1), until: new DateOnly(2025, 12, 31), onExpiry: ExpiryBehaviour.Refuse);
        var renewal = Contract(Company, name: "Frame 2026", tiers: [new PriceTier(1, 990m)]);

        var line = Priced(PriceResolver.Resolve(Sku, 1, From, [Company], [old, renewal], List));

        Assert.Equal(("Frame 2026", 990m), (line.Explanation.ContractName, line.UnitPrice));
    }

    [Fact]
    public void A_unit_without_a_contract_of_its_own_inherits_its_companys()
    {
        var line = Priced(PriceResolver.Resolve(Sku, 1, From, LineUpwards, [Contract(Company)], List));

        Assert.Equal((1_000m, Company, true), (line.UnitPrice, line.Explanation.ContractAccountId!.Value, line.Explanation.Inherited));
    }

    [Fact]
    public void A_units_own_contract_overrides_its_parents_for_the_products_it_lists_only()
    {
        const string otherSku = "VLV-2001";
        var company = Contract(Company, name: "Acme frame") with
        {
            Tiers = new Dictionary<string, IReadOnlyList<PriceTier>> { [Sku] = [new(1, 1_000m)], [otherSku] = [new(1, 80m)] },
        };
        var plant = Contract(Plant, name: "North plant deal", tiers: [new PriceTier(1, 940m)]);

        var pump = Priced(PriceResolver.Resolve(Sku, 1, From, LineUpwards, [company, plant], List));
        var valve = Priced(PriceResolver.Resolve(otherSku, 1, From, LineUpwards, [company, plant], null));

        Assert.Equal(("North plant deal", 940m, Plant), (pump.Explanation.ContractName, pump.UnitPrice, pump.Explanation.ContractAccountId!.Value));
        Assert.Equal(("Acme frame", 80m, Company), (valve.Explanation.ContractName, valve.UnitPrice, valve.Explanation.ContractAccountId!.Value));
    }

    [Fact]
    public void A_units_contract_that_has_not_started_yet_leaves_the_parents_in_force()
    {
        var future = Contract(Plant, name: "North 2027", from: new DateOnly(2027, 1, 1), until: new DateOnly(2027, 12, 31), tiers: [new PriceTier(1, 700m)]);

        var line = Priced(PriceResolver.Resolve(Sku, 1, From, LineUpwards, [Contract(Company), future], List));

        Assert.Equal(("Frame 2026", 1_000m), (line.Explanation.ContractName, line.UnitPrice));
    }

    [Fact]
    public void A_quantity_of_zero_or_less_gets_no_price()
    {
        Assert.IsType<PriceRefused>(PriceResolver.Resolve(Sku, 0, From, [Company], [Contract(Company)], List));
    }
}
