namespace B2BPortal.Dashboard.Telemetry;

/// <summary>The most recent structured log records, at most <c>MaxLogRecords</c>; the oldest is dropped first.</summary>
public sealed class LogStore(TelemetryLimits limits)
{
    private readonly Lock gate = new();
    private readonly Queue<LogEntry> entries = new();
    private long sequence;

    public long Dropped { get; private set; }

    /// <summary>Adds records in the order given, numbering them (<see cref="LogEntry.Sequence"/>) as they come.</summary>
    public void Add(IEnumerable<LogEntry> records)
    {
        lock (gate)
        {
            foreach (var record in records)
            {
                entries.Enqueue(record with { Sequence = ++sequence });
                if (entries.Count > limits.MaxLogRecords)
                {
                    entries.Dequeue();
                    Dropped++;
                }
            }
        }
    }

    /// <summary>Matching records, newest first; with <see cref="LogQuery.After"/>, only those that came after that sequence number.</summary>
    public IReadOnlyList<LogEntry> Search(LogQuery query)
    {
        lock (gate)
        {
            return [.. entries.Reverse()
                .TakeWhile(entry => entry.Sequence > query.After)
                .Where(entry => query.Resource is null || entry.Resource == query.Resource)
                .Where(entry => entry.SeverityNumber >= query.MinimumSeverity)
                .Where(entry => query.TraceId is null || string.Equals(entry.TraceId, query.TraceId, StringComparison.OrdinalIgnoreCase))
                .Where(entry => query.Text is null || entry.Message.Contains(query.Text, StringComparison.OrdinalIgnoreCase)
                    || entry.Category.Contains(query.Text, StringComparison.OrdinalIgnoreCase))
                .Take(query.Limit)];
        }
    }
}

/// <param name="MinimumSeverity">OTLP severity number: 9 Information, 13 Warning, 17 Error, 21 Critical.</param>
public sealed record LogQuery(
    string? Resource = null, int MinimumSeverity = 0, string? Text = null, string? TraceId = null, long After = 0, int Limit = 500);
