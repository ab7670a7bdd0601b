using System.Globalization;
using System.Text;

namespace B2BPortal.Hosting.Terminal;

internal static class StatusTable
{
    private static readonly string[] Headers = ["NAME", "TYPE", "STATE", "HEALTH", "URL", "PID", "RESTARTS"];

    public static string Render(IReadOnlyList<ResourceSnapshot> resources)
    {
        var rows = resources.Select(resource => new[]
        {
            resource.Name,
            resource.Type,
            resource.State.ToString(),
            resource.Health == ResourceHealth.Unknown ? "-" : resource.Health.ToString(),
            resource.Url?.ToString().TrimEnd('/') ?? "-",
            resource.Pid?.ToString(CultureInfo.InvariantCulture) ?? "-",
            resource.RestartCount.ToString(CultureInfo.InvariantCulture),
        }).Prepend(Headers).ToList();

        var widths = Enumerable.Range(0, Headers.Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
        var table = new StringBuilder();
        foreach (var row in rows)
        {
            table.AppendLine(string.Join("  ", row.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd());
        }

        return table.ToString();
    }
}
