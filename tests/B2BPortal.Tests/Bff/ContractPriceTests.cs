using System.Net;
using System.Net.Http.Json;
using B2BPortal.Contracts.Pricing;
using B2BPortal.Tests.Infrastructure;

namespace B2BPortal.Tests.Bff;

/// <summary>
/// Prices through the BFF from the demo contracts: Acme's frame agreement (inherited by its units), Plant North's own pump
/// programme (overriding it there), Borealis on list prices.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ContractPriceTests(PortalFixture portal)
{
    [Fact]
    public async Task Each_account_gets_its_contract_price_by_tier_with_the_reason_and_others_the_list_price()
    {
        using var approver = await portal.SignInAsync(Demo.AcmeApprover);
        using var buyer = await portal.SignInAsync(Demo.AcmeBuyer);
        using var borealis = await portal.SignInAsync(Demo.BorealisBuyer);

        var companyTier = await PriceAsync(approver, Demo.AcmeIndustrial, "PMP-1001", 10);
        var plantOverride = await PriceAsync(buyer, Demo.AcmePlantNorth, "PMP-1001", 1);
        var lineInherits = await PriceAsync(buyer, Demo.AcmeNorthAssembly, "PMP-1001", 20);
        var valveFromFrame = await PriceAsync(buyer, Demo.AcmePlantNorth, "VLV-2001", 25);
        var list = await PriceAsync(borealis, Demo.BorealisMining, "BRG-3001", 10);

        Assert.Equal((1_650m, 16_500m, "contract", "Acme frame agreement 2026", 10m), (companyTier.UnitPrice, companyTier.LineAmount,
            companyTier.Explanation.Source, companyTier.Explanation.ContractName, companyTier.Explanation.TierMinQuantity));
        Assert.Equal(("Plant North pump programme", 1_680m, false), (plantOverride.Explanation.ContractName, plantOverride.UnitPrice, plantOverride.Explanation.Inherited));
        Assert.Equal(("Plant North pump programme", 1_560m, true), (lineInherits.Explanation.ContractName, lineInherits.UnitPrice, lineInherits.Explanation.Inherited));
        Assert.Equal(("Acme frame agreement 2026", 214m, true), (valveFromFrame.Explanation.ContractName, valveFromFrame.UnitPrice, valveFromFrame.Explanation.Inherited));
        Assert.Equal(("list", 7.85m, "EUR"), (list.Explanation.Source, list.UnitPrice, list.Currency));
        Assert.DoesNotContain("Acme", list.Explanation.Text);
    }

    [Fact]
    public async Task Another_companys_prices_and_unknown_products_answer_404_and_a_bad_quantity_400()
    {
        using var borealis = await portal.SignInAsync(Demo.BorealisBuyer);

        using var acme = await borealis.Http.GetAsync($"/api/v1/accounts/{Demo.AcmeIndustrial}/prices?sku=PMP-1001");
        using var zero = await borealis.Http.GetAsync($"/api/v1/accounts/{Demo.BorealisMining}/prices?sku=PMP-1001&quantity=0");
        using var unknown = await borealis.Http.GetAsync($"/api/v1/accounts/{Demo.BorealisMining}/prices?sku=NO-SUCH-SKU");

        Assert.Equal(HttpStatusCode.NotFound, acme.StatusCode);
        Assert.DoesNotContain("frame agreement", await acme.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, zero.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<PriceDto> PriceAsync(BffSession session, Guid accountId, string sku, decimal quantity)
    {
        using var response = await session.Http.GetAsync($"/api/v1/accounts/{accountId}/prices?sku={sku}&quantity={quantity}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<PriceDto>())!;
    }
}
