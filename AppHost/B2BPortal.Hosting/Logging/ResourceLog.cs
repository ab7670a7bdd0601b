namespace B2BPortal.Hosting.Logging;

/// <summary>The most recent log lines of one resource, bounded; every line is also handed to <paramref name="onLine"/>.</summary>
internal sealed class ResourceLog(string resourceName, int capacity, Action<ResourceLogLine> onLine)
{
    private readonly Queue<ResourceLogLine> lines = new();
    private readonly Lock gate = new();

    public string ResourceName { get; } = resourceName;

    public void Write(string text, LogLineKind kind = LogLineKind.StandardOutput)
    {
        var line = new ResourceLogLine(ResourceName, DateTimeOffset.Now, text, kind);
        lock (gate)
        {
            if (lines.Count == capacity)
            {
                lines.Dequeue();
            }

            lines.Enqueue(line);
        }

        onLine(line);
    }

    /// <summary>A line from the orchestrator about this resource.</summary>
    public void Notice(string text) => Write(text, LogLineKind.Orchestrator);

    public IReadOnlyList<string> Lines() => Tail(capacity);

    public IReadOnlyList<string> Tail(int count)
    {
        lock (gate)
        {
            return [.. lines.Skip(Math.Max(0, lines.Count - count)).Select(line => line.Text)];
        }
    }
}
