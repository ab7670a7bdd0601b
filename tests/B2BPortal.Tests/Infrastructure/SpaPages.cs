using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace B2BPortal.Tests.Infrastructure;

public static class SpaPages
{
    /// <summary>Opens the SPA, signs in on Identity's page with the demo password, and waits for the SPA to show the user.</summary>
    public static async Task SignInAsync(IPage page, Uri bffUrl, string email)
    {
        await page.GotoAsync(bffUrl.ToString());
        await page.GetByTestId("sign-in").ClickAsync();
        await page.WaitForURLAsync(new Regex("/account/login"));
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(Demo.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByTestId("user-name")).ToBeVisibleAsync();
    }

    /// <summary>Empties the signed-in user's cart of the account with the API the SPA itself calls, so a test starts from nothing.</summary>
    public static async Task EmptyCartAsync(IPage page, Guid accountId)
    {
        var status = await page.EvaluateAsync<int>(
            "async account => (await fetch(`/api/v1/accounts/${account}/cart`, { method: 'DELETE', headers: { 'X-CSRF': '1' } })).status",
            accountId.ToString());
        Assert.Equal(200, status);
    }

    /// <summary>True when the page fits the viewport's width (nothing to scroll sideways), as a phone-sized screen needs.</summary>
    public static Task<bool> FitsWidthAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1");
}
