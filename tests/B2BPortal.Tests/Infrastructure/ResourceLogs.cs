using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace B2BPortal.Tests.Infrastructure;

internal static class ResourceLogs
{
    /// <summary>Keeps what every resource printed, under <c>bin/…/resource-logs/</c>, to read after a failed run.</summary>
    public static async Task SaveAsync(DistributedApplication app, string environment)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "resource-logs", environment);
        Directory.CreateDirectory(folder);
        var logs = app.Services.GetRequiredService<ResourceLoggerService>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        foreach (var resource in app.Services.GetRequiredService<DistributedApplicationModel>().Resources)
        {
            var lines = new List<string>();
            try
            {
                await foreach (var batch in logs.GetAllAsync(resource).WithCancellation(timeout.Token))
                {
                    lines.AddRange(batch.Select(line => line.Content));
                }
            }
            catch (OperationCanceledException)
            {
                lines.Add("(the log could not be read to its end)");
            }

            if (lines.Count > 0)
            {
                await File.WriteAllLinesAsync(Path.Combine(folder, $"{resource.Name}.log"), lines);
            }
        }
    }
}
