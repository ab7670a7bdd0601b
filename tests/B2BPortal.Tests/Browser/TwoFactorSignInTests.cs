using System.Text.RegularExpressions;
using B2BPortal.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace B2BPortal.Tests.Browser;

/// <summary>
/// In Chromium, through Identity's real pages and the BFF: an invited buyer chooses a password, turns on two-factor
/// sign-in from the SPA, and next time signs in with a code from the authenticator app — on a phone-sized screen, where
/// Identity's pages must fit without sideways scrolling.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class TwoFactorSignInTests(PortalFixture portal)
{
    [Fact]
    public async Task An_invited_buyer_enrols_an_authenticator_and_signs_in_with_a_code()
    {
        var email = $"south.buyer.{Guid.NewGuid():N}@acme.example";
        Uri invitation;
        using (var admin = await portal.SignInAsync(Demo.AcmeAdmin))
        {
            invitation = await portal.InviteAsync(admin, Demo.AcmePlantSouth, email);
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });

        await page.GotoAsync(invitation.ToString());
        await page.Locator("#password").FillAsync(IdentityPages.InviteePassword);
        await FitsThePhoneAsync(page);
        await page.Locator("#confirm-password").FillAsync(IdentityPages.InviteePassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await Expect(page.GetByTestId("invitation-accepted")).ToContainTextAsync(email);
        await page.GetByTestId("go-to-portal").ClickAsync();

        await SignInWithPasswordAsync(page, email);
        await Expect(page.GetByTestId("user-name")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("account-switcher").Locator("option")).ToHaveTextAsync([new Regex("Acme Plant South")]);

        await page.GetByTestId("two-factor").ClickAsync();
        await page.WaitForURLAsync(new Regex("/account/two-factor"));
        await Expect(page.GetByTestId("qr-code")).ToBeVisibleAsync();
        await FitsThePhoneAsync(page);
        var key = (await page.GetByTestId("shared-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        await page.Locator("#code").FillAsync(Totp.Now(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        await Expect(page.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);
        await page.GetByTestId("continue").ClickAsync();
        await Expect(page.GetByTestId("user-name")).ToBeVisibleAsync();

        await page.GetByTestId("sign-out").ClickAsync();
        await Expect(page.GetByTestId("sign-in")).ToBeVisibleAsync();

        await SignInWithPasswordAsync(page, email);
        await page.WaitForURLAsync(new Regex("/account/login-2fa"));
        await FitsThePhoneAsync(page);
        await page.Locator("#code").FillAsync(Totp.Now(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        await Expect(page.GetByTestId("user-name")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("account-switcher").Locator("option")).ToHaveTextAsync([new Regex("Acme Plant South")]);
    }

    private static async Task SignInWithPasswordAsync(IPage page, string email)
    {
        await page.GetByTestId("sign-in").ClickAsync();
        await page.WaitForURLAsync(new Regex("/account/login"));
        await FitsThePhoneAsync(page);
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(IdentityPages.InviteePassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>The page lays out at the phone's width (it declares a device-width viewport) and nothing sticks out sideways.</summary>
    private static async Task FitsThePhoneAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("[window.innerWidth, document.documentElement.scrollWidth]");
        Assert.True(widths[0] <= 390 && widths[1] <= widths[0], $"{page.Url} does not fit a phone's screen: viewport {widths[0]} px, content {widths[1]} px");
    }
}
