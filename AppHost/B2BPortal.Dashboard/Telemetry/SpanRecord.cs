namespace B2BPortal.Dashboard.Telemetry;

/// <summary>One span as the dashboard keeps it: ids in lower-case hex, times in UTC, attribute values as text.</summary>
public sealed record SpanRecord(
    string TraceId,
    string SpanId,
    string? ParentSpanId,
    string Name,
    string Kind,
    string Resource,
    string Scope,
    DateTimeOffset Start,
    DateTimeOffset End,
    IReadOnlyList<KeyValuePair<string, string>> Attributes,
    IReadOnlyList<SpanEventRecord> Events,
    IReadOnlyList<SpanLinkRecord> Links,
    bool IsError,
    string? StatusMessage)
{
    public TimeSpan Duration => End - Start;
}

public sealed record SpanEventRecord(DateTimeOffset Time, string Name, IReadOnlyList<KeyValuePair<string, string>> Attributes);

/// <summary>A link to another span, often the asynchronous step a message started in another trace.</summary>
public sealed record SpanLinkRecord(string TraceId, string SpanId, IReadOnlyList<KeyValuePair<string, string>> Attributes);
