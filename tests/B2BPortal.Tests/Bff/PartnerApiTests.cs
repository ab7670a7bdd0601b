using System.Net;
using System.Net.Http.Json;
using B2BPortal.Tests.Infrastructure;

namespace B2BPortal.Tests.Bff;

/// <summary>Partner systems: client-credentials token from Identity, the same /api/v1 routes with Bearer, bound to their accounts.</summary>
[Collection(PortalCollection.Name)]
public sealed class PartnerApiTests(PortalFixture portal)
{
    private sealed record AccountAccess(Guid AccountId, string Name, string[] Roles);

    [Fact]
    public async Task A_partner_reads_its_own_account_and_gets_404_on_another()
    {
        using var partner = await portal.PartnerAsync();

        var mine = await partner.GetFromJsonAsync<AccountAccess[]>("/api/v1/me/accounts");
        using var own = await partner.GetAsync($"/api/v1/accounts/{Demo.AcmeIndustrial}");
        using var other = await partner.GetAsync($"/api/v1/accounts/{Demo.BorealisMining}/orders");
        using var missing = await partner.GetAsync($"/api/v1/accounts/{Guid.NewGuid()}/orders");

        Assert.Contains(mine!, a => a.AccountId == Demo.AcmeIndustrial && a.Roles.Contains("Partner"));
        Assert.DoesNotContain(mine!, a => a.AccountId == Demo.BorealisMining);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(
            (await missing.Content.ReadFromJsonAsync<Problem>())!.Title,
            (await other.Content.ReadFromJsonAsync<Problem>())!.Title);
    }

    [Fact]
    public async Task The_owning_service_checks_the_scope_again_when_called_past_the_BFF()
    {
        var token = await portal.ClientCredentialsTokenAsync();
        using var order = new HttpClient { BaseAddress = portal.App.GetEndpoint("order") };
        order.DefaultRequestHeaders.Authorization = new("Bearer", token);

        using var own = await order.GetAsync($"/api/v1/accounts/{Demo.AcmeIndustrial}/orders");
        using var other = await order.GetAsync($"/api/v1/accounts/{Demo.BorealisMining}/orders");
        order.DefaultRequestHeaders.Authorization = null;
        using var anonymous = await order.GetAsync($"/api/v1/accounts/{Demo.AcmeIndustrial}/orders");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task An_invalid_bearer_token_is_401_without_a_redirect()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = portal.BffUrl };
        http.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-token");

        using var response = await http.GetAsync($"/api/v1/accounts/{Demo.AcmeIndustrial}/orders");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task A_partner_over_its_allowance_gets_429_with_Retry_After()
    {
        using var partner = await portal.PartnerAsync(PortalFixture.RateProbePartner, PortalFixture.RateProbeSecret);

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i <= PortalFixture.PartnerRequestsPerMinute; i++)
        {
            answers.Add(await partner.GetAsync("/api/v1/me/accounts"));
        }

        var refused = answers.Last();
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After gives the seconds to wait");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.All(answers.SkipLast(1), answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        answers.ForEach(answer => answer.Dispose());
    }

    private sealed record Problem(string Title, int Status);
}
