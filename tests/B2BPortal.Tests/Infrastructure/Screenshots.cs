using Microsoft.Playwright;

namespace B2BPortal.Tests.Infrastructure;

/// <summary>With <c>B2B_SCREENSHOTS=dir</c>, browser tests save the pages the docs show (docs/images is where they are kept).</summary>
public static class Screenshots
{
    public static async Task SaveAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("B2B_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png") });
        }
    }
}
