using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using B2BPortal.Tests.Infrastructure;

namespace B2BPortal.Tests.Identity;

/// <summary>An AccountAdmin's invitation becomes a person in Identity who chooses a password once; repeated failures lock them out.</summary>
[Collection(PortalCollection.Name)]
public sealed class InvitationTests(PortalFixture portal)
{
    [Fact]
    public async Task An_invited_member_chooses_a_password_with_the_link_once_and_then_acts_for_their_unit()
    {
        using var admin = await portal.SignInAsync(Demo.AcmeAdmin);
        var email = $"new.buyer.{Guid.NewGuid():N}@acme.example";
        var link = await portal.InviteAsync(admin, Demo.AcmePlantSouth, email);
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        Assert.Contains("data-testid=\"invitation-accepted\"", await IdentityPages.AcceptInvitationAsync(browser, link, IdentityPages.InviteePassword));
        var openedAgain = await browser.GetStringAsync(link);
        Assert.Contains("has been used already", openedAgain);
        Assert.DoesNotContain("<form", openedAgain);

        using var member = await portal.SignInAsync(email, IdentityPages.InviteePassword);
        var accounts = await member.Http.GetFromJsonAsync<JsonElement>("/api/v1/me/accounts");
        var ids = accounts.EnumerateArray().Select(a => a.GetProperty("accountId").GetGuid()).ToList();
        Assert.Equal([Demo.AcmePlantSouth], ids);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_member_out_even_for_the_right_password()
    {
        using var admin = await portal.SignInAsync(Demo.AcmeAdmin);
        var email = $"locked.{Guid.NewGuid():N}@acme.example";
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        await IdentityPages.AcceptInvitationAsync(browser, await portal.InviteAsync(admin, Demo.AcmePlantSouth, email), IdentityPages.InviteePassword);
        var signInPage = new Uri(portal.IdentityUrl, "/account/login");

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            Assert.Contains("The email or password is not right.", await SignInAsync(browser, signInPage, email, $"Wrong!{attempt}"));
        }

        Assert.Contains("locked for 15 minutes", await SignInAsync(browser, signInPage, email, "Wrong!5"));
        using var rightPassword = await IdentityPages.PostFormForResponseAsync(browser, signInPage, new() { ["Email"] = email, ["Password"] = IdentityPages.InviteePassword });
        Assert.Equal(HttpStatusCode.OK, rightPassword.StatusCode);
        Assert.Contains("locked for 15 minutes", await rightPassword.Content.ReadAsStringAsync());
    }

    private static Task<string> SignInAsync(HttpClient browser, Uri signInPage, string email, string password) =>
        IdentityPages.PostFormAsync(browser, signInPage, new() { ["Email"] = email, ["Password"] = password });
}
