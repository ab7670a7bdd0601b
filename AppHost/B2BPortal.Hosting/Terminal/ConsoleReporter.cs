using System.Globalization;

namespace B2BPortal.Hosting.Terminal;

/// <summary>
/// Every log line prefixed with its resource's name in a colour of its own, a line per state change, and (after start-up)
/// the status table whenever states have changed and settled.
/// </summary>
internal sealed class ConsoleReporter : IDisposable
{
    private const string OwnName = "apphost";
    private static readonly TimeSpan TableDelay = TimeSpan.FromMilliseconds(750);

    private static readonly ConsoleColor[] Palette =
    [
        ConsoleColor.Cyan, ConsoleColor.Green, ConsoleColor.Yellow, ConsoleColor.Magenta, ConsoleColor.Blue,
        ConsoleColor.DarkCyan, ConsoleColor.DarkGreen, ConsoleColor.DarkYellow, ConsoleColor.DarkMagenta, ConsoleColor.Gray,
    ];

    private readonly Lock gate = new();
    private readonly Dictionary<string, ConsoleColor> colours;
    private readonly Dictionary<string, ResourceState> lastStates = [];
    private readonly Func<IReadOnlyList<ResourceSnapshot>> snapshots;
    private readonly Timer tableTimer;
    private readonly int prefixWidth;
    private bool startupCompleted;

    public ConsoleReporter(IReadOnlyList<string> resourceNames, Func<IReadOnlyList<ResourceSnapshot>> snapshots)
    {
        this.snapshots = snapshots;
        colours = resourceNames.Select((name, index) => (name, index)).ToDictionary(item => item.name, item => Palette[item.index % Palette.Length]);
        prefixWidth = resourceNames.Append(OwnName).Max(name => name.Length);
        tableTimer = new Timer(_ => PrintTable());
    }

    public void OnLog(ResourceLogLine line) =>
        Write(line.Resource, colours.GetValueOrDefault(line.Resource, ConsoleColor.Gray), line.Kind == LogLineKind.Orchestrator ? $"» {line.Text}" : line.Text);

    public void OnNotice(string text) => Write(OwnName, ConsoleColor.White, text);

    public void OnChanged(ResourceSnapshot resource)
    {
        lock (gate)
        {
            if (lastStates.TryGetValue(resource.Name, out var last) && last == resource.State)
            {
                return;
            }

            lastStates[resource.Name] = resource.State;
            if (startupCompleted)
            {
                tableTimer.Change(TableDelay, Timeout.InfiniteTimeSpan);
            }
        }

        OnNotice($"{resource.Name}: {resource.State}{Details(resource)}");
    }

    public void OnStartupCompleted(StartupSummary summary, string? failureReport)
    {
        lock (gate)
        {
            startupCompleted = true;
        }

        PrintTable();
        if (failureReport is not null)
        {
            lock (gate)
            {
                Console.ForegroundColor = ConsoleColor.Red;
                Console.WriteLine(failureReport);
                Console.ResetColor();
            }
        }
    }

    public void Dispose() => tableTimer.Dispose();

    private static string Details(ResourceSnapshot resource) => resource.State switch
    {
        ResourceState.Running when resource.Pid is { } pid => string.Create(CultureInfo.InvariantCulture, $" (pid {pid})"),
        _ when resource.Message is { } message => $" ({message})",
        _ => "",
    };

    private void PrintTable()
    {
        var table = StatusTable.Render(snapshots());
        lock (gate)
        {
            Console.WriteLine();
            Console.Write(table);
            Console.WriteLine();
        }
    }

    private void Write(string prefix, ConsoleColor colour, string text)
    {
        lock (gate)
        {
            Console.ForegroundColor = colour;
            Console.Write(prefix.PadRight(prefixWidth));
            Console.Write(" | ");
            Console.ResetColor();
            Console.WriteLine(text);
        }
    }
}
