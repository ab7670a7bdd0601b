using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using B2BPortal.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace B2BPortal.Tests.Identity;

[Collection(PortalCollection.Name)]
public sealed class OidcProviderTests(PortalFixture portal)
{
    private const string Acme = "a0000000-0000-4000-8000-000000000001";
    private const string PartnerId = "acme-erp-connector";
    private const string PartnerSecret = "acme-erp-connector-secret-dev-only";

    [Fact]
    public async Task Discovery_announces_the_issuer_and_the_flows_the_portal_uses()
    {
        using var http = new HttpClient { BaseAddress = portal.IdentityUrl };

        var discovery = await http.GetFromJsonAsync<JsonElement>(".well-known/openid-configuration");

        Assert.Equal(portal.IdentityUrl.ToString(), discovery.GetProperty("issuer").GetString());
        Assert.Equal(new Uri(portal.IdentityUrl, "connect/token").ToString(), discovery.GetProperty("token_endpoint").GetString());
        var grants = discovery.GetProperty("grant_types_supported").EnumerateArray().Select(grant => grant.GetString()).ToList();
        Assert.Contains("authorization_code", grants);
        Assert.Contains("refresh_token", grants);
        Assert.Contains("client_credentials", grants);
        Assert.Contains("S256", discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(method => method.GetString()));
    }

    [Fact]
    public async Task A_partner_gets_a_signed_token_bound_to_its_accounts_by_client_credentials()
    {
        using var http = new HttpClient { BaseAddress = portal.IdentityUrl };

        var token = await ClientCredentialsTokenAsync(http, PartnerSecret);

        var validation = await ValidateAsync(http, token);
        Assert.True(validation.IsValid, validation.Exception?.Message);
        var jwt = (JsonWebToken)validation.SecurityToken;
        Assert.Equal(PartnerId, jwt.Subject);
        Assert.Equal([Acme], jwt.Claims.Where(claim => claim.Type == "account_id").Select(claim => claim.Value));
        Assert.Contains("portal-api", jwt.Audiences);
    }

    [Fact]
    public async Task A_wrong_client_secret_gets_no_token()
    {
        using var http = new HttpClient { BaseAddress = portal.IdentityUrl };

        using var response = await http.PostAsync("connect/token", ClientCredentials("not-the-secret"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("invalid_client", error.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Tokens_issued_before_a_restart_still_validate_after_it()
    {
        using var http = new HttpClient { BaseAddress = portal.IdentityUrl };
        var token = await ClientCredentialsTokenAsync(http, PartnerSecret);

        await portal.App.StopResourceAsync("identity");
        await portal.App.StartResourceAsync("identity");

        var validation = await ValidateAsync(http, token);
        Assert.True(validation.IsValid, validation.Exception?.Message);
    }

    private static async Task<string> ClientCredentialsTokenAsync(HttpClient http, string secret)
    {
        using var response = await http.PostAsync("connect/token", ClientCredentials(secret));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("access_token").GetString()!;
    }

    private static FormUrlEncodedContent ClientCredentials(string secret) => new(new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = PartnerId,
        ["client_secret"] = secret,
        ["scope"] = "portal_api",
    });

    private async Task<TokenValidationResult> ValidateAsync(HttpClient http, string token)
    {
        var keys = new JsonWebKeySet(await http.GetStringAsync(".well-known/jwks"));
        return await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = portal.IdentityUrl.ToString(),
            ValidAudience = "portal-api",
            IssuerSigningKeys = keys.GetSigningKeys(),
        });
    }
}
