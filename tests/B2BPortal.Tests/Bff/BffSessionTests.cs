using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using B2BPortal.Tests.Infrastructure;
using Npgsql;

namespace B2BPortal.Tests.Bff;

/// <summary>The Duende.BFF-compatible session contract, against the real BFF, Identity and Redis.</summary>
[Collection(PortalCollection.Name)]
public sealed class BffSessionTests(PortalFixture portal)
{
    [Fact]
    public async Task A_signed_in_user_gets_claims_a_logout_url_with_the_sid_and_the_session_lifetime()
    {
        using var session = await portal.SignInAsync(Demo.AcmeBuyer);

        var claims = await session.Http.GetFromJsonAsync<JsonElement[]>("/bff/user");

        string Claim(string type) => claims!.Single(c => c.GetProperty("type").GetString() == type).GetProperty("value").ToString();
        Assert.Equal("c0000000-0000-4000-8000-000000000001", Claim("sub"));
        Assert.Equal($"/bff/logout?sid={Claim("sid")}", Claim("bff:logout_url"));
        var expiresIn = claims!.Single(c => c.GetProperty("type").GetString() == "bff:session_expires_in").GetProperty("value");
        Assert.Equal(JsonValueKind.Number, expiresIn.ValueKind);
        Assert.InRange(expiresIn.GetInt32(), 1, 8 * 3600);
    }

    [Fact]
    public async Task Without_X_CSRF_the_user_endpoint_and_the_API_answer_401()
    {
        using var session = await portal.SignInAsync(Demo.AcmeBuyer);
        session.Http.DefaultRequestHeaders.Remove("X-CSRF");

        using var user = await session.Http.GetAsync("/bff/user");
        using var api = await session.Http.GetAsync("/api/v1/me/accounts");

        Assert.Equal(HttpStatusCode.Unauthorized, user.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Contains("X-CSRF", await api.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_anonymous_caller_gets_401_never_a_redirect()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = portal.BffUrl };
        http.DefaultRequestHeaders.Add("X-CSRF", "1");

        using var user = await http.GetAsync("/bff/user");
        using var api = await http.GetAsync($"/api/v1/accounts/{Demo.AcmeIndustrial}/orders");

        Assert.Equal(HttpStatusCode.Unauthorized, user.StatusCode);
        Assert.Equal("", await user.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Null(api.Headers.Location);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_partner_token_is_refused_on_the_session_only_user_endpoint()
    {
        using var partner = await portal.PartnerAsync();
        partner.DefaultRequestHeaders.Add("X-CSRF", "1");

        using var user = await partner.GetAsync("/bff/user");

        Assert.Equal(HttpStatusCode.Unauthorized, user.StatusCode);
    }

    [Fact]
    public async Task A_session_survives_a_BFF_restart()
    {
        using var session = await portal.SignInAsync(Demo.AcmeApprover);

        await portal.App.StopResourceAsync("bff");
        await portal.App.StartResourceAsync("bff");

        using var user = await session.Http.GetAsync("/bff/user");
        using var accounts = await session.Http.GetAsync("/api/v1/me/accounts");
        Assert.Equal(HttpStatusCode.OK, user.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accounts.StatusCode);
    }

    [Fact]
    public async Task Logout_needs_the_sessions_sid_and_then_ends_the_session_here_and_at_Identity()
    {
        using var session = await portal.SignInAsync(Demo.AcmeBuyer);
        var claims = await session.Http.GetFromJsonAsync<JsonElement[]>("/bff/user");
        var logoutUrl = claims!.Single(c => c.GetProperty("type").GetString() == "bff:logout_url").GetProperty("value").GetString()!;
        var cookie = session.SessionCookie;

        using var wrongSid = await session.Http.GetAsync("/bff/logout?sid=not-mine");
        Assert.Equal(HttpStatusCode.BadRequest, wrongSid.StatusCode);

        using var logout = await session.Http.GetAsync(logoutUrl);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.StartsWith(new Uri(portal.IdentityUrl, "connect/endsession").ToString(), logout.Headers.Location!.ToString());
        Assert.Contains("id_token_hint=", logout.Headers.Location.Query);

        using var after = await session.Http.GetAsync("/bff/user");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        using var replayed = await ReplayAsync(cookie, "/api/v1/me/accounts");
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
    }

    [Fact]
    public async Task Signing_out_at_Identity_ends_the_BFF_session_by_back_channel()
    {
        using var session = await portal.SignInAsync(Demo.AcmeAdmin);
        var cookie = session.SessionCookie;

        using var signOut = await session.Http.GetAsync(new Uri(portal.IdentityUrl, "connect/endsession"));

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        using var replayed = await ReplayAsync(cookie, "/bff/user");
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
    }

    [Fact]
    public async Task A_forged_back_channel_logout_token_is_refused()
    {
        using var http = new HttpClient { BaseAddress = portal.BffUrl };

        using var response = await http.PostAsync("/bff/backchannel", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["logout_token"] = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJjMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDEifQ.",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Parallel_requests_with_an_expiring_token_share_one_refresh()
    {
        using var session = await portal.SignInAsync(Demo.BorealisBuyer);
        var before = await RefreshTokensIssuedAsync("c0000000-0000-4000-8000-000000000004");

        await Task.Delay(TimeSpan.FromSeconds(11));
        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => session.Http.GetAsync("/api/v1/me/accounts")));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        Assert.Equal(before + 1, await RefreshTokensIssuedAsync("c0000000-0000-4000-8000-000000000004"));
    }

    private async Task<HttpResponseMessage> ReplayAsync(string sessionCookie, string path)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = portal.BffUrl };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", $"bff_session={sessionCookie}");
        request.Headers.Add("X-CSRF", "1");
        return await http.SendAsync(request);
    }

    private async Task<long> RefreshTokensIssuedAsync(string subject)
    {
        await using var connection = new NpgsqlConnection(portal.ServiceDatabases["identitydb"]);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM identity.openiddict_tokens WHERE subject = @subject AND type LIKE '%ref%'", connection);
        command.Parameters.AddWithValue("subject", subject);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
