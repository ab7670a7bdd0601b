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
}
