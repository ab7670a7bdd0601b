using B2BPortal.Hosting;

namespace B2BPortal.AppHost;

internal static class StartupBanner
{
    public static void Print(StartupSummary summary, ProjectResource portal, Uri dashboard)
    {
        var seconds = summary.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        Console.WriteLine(summary.Succeeded
            ? $"All {summary.Resources.Count} resources up in {seconds} s."
            : $"Start-up incomplete after {seconds} s: {string.Join(", ", summary.Failed.Concat(summary.NotUp))} not up (see above). Still running; Ctrl+C stops everything.");
        Console.WriteLine();
        foreach (var resource in summary.Resources.Where(resource => resource.Url is not null))
        {
            Console.WriteLine($"  {resource.Name,-14} {resource.Url}");
        }

        Console.WriteLine();
        Console.WriteLine($"Portal:    {portal.Endpoint.GetLeftPart(UriPartial.Authority)}");
        Console.WriteLine($"Dashboard: {dashboard.GetLeftPart(UriPartial.Authority)}");
        Console.WriteLine();
    }
}
