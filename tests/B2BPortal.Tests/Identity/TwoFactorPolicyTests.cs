using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Tests.Infrastructure;
using Npgsql;

namespace B2BPortal.Tests.Identity;

/// <summary>
/// A company that requires two-factor sign-in: its members get no session until they enrol; afterwards they sign in with a
/// code from the app or, once each, with a recovery code. The policy is switched on for Borealis and off again afterwards.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class TwoFactorPolicyTests(PortalFixture portal)
{
    private const string ChosenPassword = "Chosen!Pass2026";

    [Fact]
    public async Task A_member_of_a_company_requiring_two_factor_enrols_before_getting_a_session_then_signs_in_with_codes()
    {
        using var manager = await portal.SignInAsync(Demo.AccountManager);
        await SetBorealisPolicyAsync(manager, requireTwoFactor: true);
        try
        {
            var email = $"site.buyer.{Guid.NewGuid():N}@borealis.example";
            using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
            await IdentityPages.AcceptInvitationAsync(browser, await portal.InviteAsync(manager, Demo.BorealisKirunaSite, email), ChosenPassword);
            await Eventually.TrueAsync(() => RequiresTwoFactorAsync(email), TimeSpan.FromSeconds(30), $"Identity to hear that {email} needs a second factor");

            string? key = null;
            IReadOnlyList<string> recoveryCodes = [];
            using (var enrolled = await portal.SignInAsync(email, ChosenPassword, async (http, page) =>
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

            using (var withRecoveryCode = await portal.SignInAsync(email, ChosenPassword, (http, page) =>
                SecondFactorAsync(http, page, "RecoveryCode", recoveryCodes[0])))
            {
                Assert.Equal(HttpStatusCode.OK, (await withRecoveryCode.Http.GetAsync("/bff/user")).StatusCode);
            }

            using var withAppCode = await portal.SignInAsync(email, ChosenPassword, async (http, page) =>
            {
                var reused = await IdentityPages.PostFormAsync(http, page, new() { ["RecoveryCode"] = recoveryCodes[0] }, handler: "RecoveryCode");
                Assert.Contains("has been used already", reused);
                return await SecondFactorAsync(http, page, "Code", Totp.Now(key!));
            });
            var accounts = await withAppCode.Http.GetFromJsonAsync<List<AccountAccessDto>>("/api/v1/me/accounts");
            Assert.Equal([Demo.BorealisKirunaSite], accounts!.Select(a => a.AccountId));
        }
        finally
        {
            await SetBorealisPolicyAsync(manager, requireTwoFactor: false);
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

    private static async Task SetBorealisPolicyAsync(BffSession manager, bool requireTwoFactor)
    {
        using var response = await manager.Http.PutAsJsonAsync($"/api/v1/accounts/{Demo.BorealisMining}/security-policy", new SecurityPolicyDto(requireTwoFactor));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
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
