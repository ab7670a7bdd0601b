using B2BPortal.Hosting;

namespace B2BPortal.Tests.Infrastructure;

internal static class ResourceLogs
{
    /// <summary>Keeps what every process printed, under <c>bin/…/resource-logs/</c>, to read after a failed run.</summary>
    public static void Save(DistributedApplication app, string environment)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "resource-logs", environment);
        Directory.CreateDirectory(folder);
        foreach (var resource in app.Resources)
        {
            File.WriteAllLines(Path.Combine(folder, $"{resource.Name}.log"), app.GetLogs(resource.Name));
        }
    }
}
