using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using B2BPortal.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;

namespace B2BPortal.Tests.Identity;

/// <summary>The BFF's sign-in, played by hand over HTTP: authorize with PKCE, the sign-in page, code for tokens, refresh.</summary>
[Collection(PortalCollection.Name)]
public sealed class AuthorizationCodeFlowTests(PortalFixture portal)
{
    private string RedirectUri => new Uri(portal.BffUrl, "signin-oidc").ToString();

    [Fact]
    public async Task A_user_signs_in_with_code_and_PKCE_and_refreshes_the_tokens()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = portal.IdentityUrl,
        };
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = QueryHelpers.AddQueryString("connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "bff", ["response_type"] = "code", ["redirect_uri"] = RedirectUri,
            ["scope"] = "openid profile email offline_access portal_api", ["state"] = "s1",
            ["code_challenge"] = challenge, ["code_challenge_method"] = "S256",
        });

        using var toSignIn = await http.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, toSignIn.StatusCode);
        Assert.StartsWith("/account/login", toSignIn.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);

        var afterSignIn = await PortalClients.SubmitSignInFormAsync(http, new Uri(portal.IdentityUrl, toSignIn.Headers.Location!), Demo.AcmeBuyer, Demo.Password);

        using var toClient = await http.GetAsync(afterSignIn);
        Assert.Equal(HttpStatusCode.Redirect, toClient.StatusCode);
        Assert.StartsWith(RedirectUri, toClient.Headers.Location!.ToString());
        var code = QueryHelpers.ParseQuery(toClient.Headers.Location.Query)["code"].ToString();

        var tokens = await TokenAsync(http, new() { ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = RedirectUri, ["code_verifier"] = verifier });
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("id_token").GetString()));
        var refreshed = await TokenAsync(http, new() { ["grant_type"] = "refresh_token", ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()! });
        Assert.False(string.IsNullOrEmpty(refreshed.GetProperty("access_token").GetString()));
    }

    private static async Task<JsonElement> TokenAsync(HttpClient http, Dictionary<string, string> form)
    {
        form["client_id"] = "bff";
        form["client_secret"] = "bff-secret-dev-only";
        using var response = await http.PostAsync("connect/token", new FormUrlEncodedContent(form));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body;
    }
}
