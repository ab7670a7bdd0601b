using System.Net.Http.Json;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Tests.Infrastructure;

namespace B2BPortal.Tests.Bff;

/// <summary><c>GET /api/v1/me/accounts</c>: the accounts a user may act for, their roles there and the accounts above each.</summary>
[Collection(PortalCollection.Name)]
public sealed class MyAccountsTests(PortalFixture portal)
{
    [Fact]
    public async Task A_plant_buyer_gets_the_plant_and_its_line_with_the_accounts_above_each_nearest_first()
    {
        using var buyer = await portal.SignInAsync(Demo.AcmeBuyer);

        var accounts = (await buyer.Http.GetFromJsonAsync<List<AccountAccessDto>>("/api/v1/me/accounts"))!;

        Assert.Equal([Demo.AcmePlantNorth, Demo.AcmeNorthAssembly], accounts.Select(a => a.AccountId));
        Assert.Equal([Demo.AcmeIndustrial], accounts[0].Ancestors);
        Assert.Equal([Demo.AcmePlantNorth, Demo.AcmeIndustrial], accounts[1].Ancestors);
        Assert.All(accounts, a => Assert.Equal((Demo.AcmeIndustrial, "Buyer"), (a.CompanyId, Assert.Single(a.Roles))));
    }
}
