using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Tests.Infrastructure;
using Npgsql;

namespace B2BPortal.Tests.Identity;

/// <summary>
/// A company that requires two-factor sign-in. A new Borealis AccountAdmin switches the policy on: their own session (and
/// every other Borealis member's) ends at its next token refresh, and they get no new one until they enrol; afterwards
/// they sign in with a code from the app or, once each, with a recovery code, make new recovery codes only with a current
/// code, and switch the policy off again.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class TwoFactorPolicyTests(PortalFixture portal)
{
    [Fact]
    public async Task Requiring_two_factor_ends_sessions_at_refresh_and_sends_members_to_enrol_then_codes_sign_them_in()
    {
        var email = $"admin.{Guid.NewGuid():N}@borealis.example";
        using (var manager = await portal.SignInAsync(Demo.AccountManager))
        using (var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }))
        {
            var invitation = await portal.InviteAsync(manager, Demo.BorealisMining, email, AccountRoles.AccountAdmin);
            await IdentityPages.AcceptInvitationAsync(browser, invitation, IdentityPages.InviteePassword);
        }

        using var sessionFromBefore = await portal.SignInAsync(email, IdentityPages.InviteePassword);
        var signedInAt = DateTimeOffset.UtcNow;
        var switchedOffByApi = false;
        await SetBorealisPolicyAsync(sessionFromBefore, requireTwoFactor: true);
        try
        {
            await Eventually.TrueAsync(() => RequiresTwoFactorAsync(email), TimeSpan.FromSeconds(30), $"Identity to hear that {email} needs a second factor");

            // The test BFF refreshes an access token ten seconds after it was issued (PortalFixture.RefreshBeforeExpiry);
            // Identity refuses that refresh now, which ends the session.
            var untilRefresh = signedInAt.AddSeconds(11) - DateTimeOffset.UtcNow;
            if (untilRefresh > TimeSpan.Zero)
            {
                await Task.Delay(untilRefresh);
            }

            using var afterPolicy = await sessionFromBefore.Http.GetAsync("/api/v1/me/accounts");
            Assert.Equal(HttpStatusCode.Unauthorized, afterPolicy.StatusCode);

            string? key = null;
            IReadOnlyList<string> recoveryCodes = [];
            using (var enrolled = await portal.SignInAsync(email, IdentityPages.InviteePassword, async (http, page) =>
            {
                Assert.Equal("/account/two-factor", page.AbsolutePath);
                var enrolment = await http.GetStringAsync(page);
                Assert.Contains("data-testid=\"two-factor-required\"", enrolment);
                key = IdentityPages.SharedKey(enrolment);
                var enabled = await IdentityPages.PostFormAsync(http, page, new() { ["Code"] = Totp.Now(key) }, handler: "Enable");
                recoveryCodes = IdentityPages.RecoveryCodes(enabled);
                return new Uri(page, WebUtility.HtmlDecode(ContinueLink().Match(enabled).Groups[1].Value));
            }))
            {
                Assert.Equal(10, recoveryCodes.Count);
                Assert.Equal(HttpStatusCode.OK, (await enrolled.Http.GetAsync("/bff/user")).StatusCode);
            }

            using (var withRecoveryCode = await portal.SignInAsync(email, IdentityPages.InviteePassword, (http, page) =>
                SecondFactorAsync(http, page, "RecoveryCode", recoveryCodes[0])))
            {
                Assert.Equal(HttpStatusCode.OK, (await withRecoveryCode.Http.GetAsync("/bff/user")).StatusCode);
            }

            using var withAppCode = await portal.SignInAsync(email, IdentityPages.InviteePassword, async (http, page) =>
            {
                var reused = await IdentityPages.PostFormAsync(http, page, new() { ["RecoveryCode"] = recoveryCodes[0] }, handler: "RecoveryCode");
                Assert.Contains("has been used already", reused);
                return await SecondFactorAsync(http, page, "Code", Totp.Now(key!));
            });
            var accounts = await withAppCode.Http.GetFromJsonAsync<List<AccountAccessDto>>("/api/v1/me/accounts");
            Assert.Contains(Demo.BorealisMining, accounts!.Select(a => a.AccountId));

            var twoFactorPage = new Uri(portal.IdentityUrl, "/account/two-factor");
            var refused = await IdentityPages.PostFormAsync(withAppCode.Http, twoFactorPage, new() { ["Code"] = "000000" }, handler: "RecoveryCodes");
            Assert.Contains("Enter the code your authenticator app shows now", refused);
            Assert.Empty(IdentityPages.RecoveryCodes(refused));
            var renewed = await IdentityPages.PostFormAsync(withAppCode.Http, twoFactorPage, new() { ["Code"] = Totp.Now(key!) }, handler: "RecoveryCodes");
            Assert.Equal(10, IdentityPages.RecoveryCodes(renewed).Count);
            var trail = (await withAppCode.Http.TrailAsync(Demo.BorealisMining, $"target={Uri.EscapeDataString(email)}")).Reverse().ToList();
            Assert.Equal(["two-factor.enabled", "two-factor.recovery-codes-replaced"], trail.Where(r => r.Action.StartsWith("two-factor.")).Select(r => r.Action));
            Assert.Contains(trail, r => r.Action == "sign-in.succeeded" && r.Actor.Id is not null);

            await SetBorealisPolicyAsync(withAppCode, requireTwoFactor: false);
            switchedOffByApi = true;
        }
        finally
        {
            if (!switchedOffByApi)
            {
                await ForcePolicyOffAsync();
            }

            await Eventually.TrueAsync(async () => await CountRequiringTwoFactorAsync() == 0, TimeSpan.FromSeconds(30),
                "Identity to hear that Borealis no longer requires a second factor");
        }
    }

    private static async Task<Uri> SecondFactorAsync(HttpClient http, Uri page, string handler, string code)
    {
        Assert.Equal("/account/login-2fa", page.AbsolutePath);
        using var response = await IdentityPages.PostFormForResponseAsync(http, page, new() { [handler] = code }, handler);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{handler} was not accepted: {await response.Content.ReadAsStringAsync()}");
        return new Uri(page, response.Headers.Location!);
    }

    private static async Task SetBorealisPolicyAsync(BffSession admin, bool requireTwoFactor)
    {
        using var response = await admin.Http.PutAsJsonAsync($"/api/v1/accounts/{Demo.BorealisMining}/security-policy", new SecurityPolicyDto(requireTwoFactor));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Clean-up after a failure, when nobody with a session is left to switch the policy off through the API.</summary>
    private async Task ForcePolicyOffAsync()
    {
        await using (var account = new NpgsqlConnection(portal.ServiceDatabases["accountdb"]))
        {
            await account.OpenAsync();
            await using var command = new NpgsqlCommand("UPDATE account.accounts SET require_two_factor = false WHERE id = @id", account);
            command.Parameters.AddWithValue("id", Demo.BorealisMining);
            await command.ExecuteNonQueryAsync();
        }

        await using var identity = new NpgsqlConnection(portal.ServiceDatabases["identitydb"]);
        await identity.OpenAsync();
        await using var reset = new NpgsqlCommand("UPDATE identity.security_requirements SET require_two_factor = false", identity);
        await reset.ExecuteNonQueryAsync();
    }

    private async Task<bool> RequiresTwoFactorAsync(string email) =>
        (bool?)await ScalarAsync(
            """
            SELECT r.require_two_factor FROM identity.security_requirements r
            JOIN identity."AspNetUsers" u ON u.id = r.user_id WHERE u.normalized_email = upper(@email)
            """, email) == true;

    private async Task<long> CountRequiringTwoFactorAsync() =>
        (long)(await ScalarAsync("SELECT count(*) FROM identity.security_requirements WHERE require_two_factor", null))!;

    private async Task<object?> ScalarAsync(string sql, string? email)
    {
        await using var connection = new NpgsqlConnection(portal.ServiceDatabases["identitydb"]);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (email is not null)
        {
            command.Parameters.AddWithValue("email", email);
        }

        return await command.ExecuteScalarAsync();
    }

    [GeneratedRegex("href=\"([^\"]+)\" data-testid=\"continue\"")]
    private static partial Regex ContinueLink();
}
