namespace B2BPortal.Dashboard.Telemetry;

/// <summary>One structured log record of a resource.</summary>
public sealed record LogEntry(
    long Sequence,
    DateTimeOffset Time,
    string Resource,
    string Category,
    int SeverityNumber,
    string Level,
    string Message,
    IReadOnlyList<KeyValuePair<string, string>> Attributes,
    string? TraceId,
    string? SpanId);
