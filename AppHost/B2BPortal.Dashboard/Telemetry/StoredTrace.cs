namespace B2BPortal.Dashboard.Telemetry;

/// <summary>A trace's spans as they arrive (a trace's spans come from several services, in any order).</summary>
internal sealed class StoredTrace(string traceId, long sequence)
{
    public string TraceId { get; } = traceId;

    /// <summary>Order of arrival: a higher number arrived later.</summary>
    public long Sequence { get; } = sequence;

    /// <summary>Dropped from the store; the attribute index forgets it at its next compaction.</summary>
    public bool Evicted { get; set; }

    public List<SpanRecord> Spans { get; } = [];

    public HashSet<string> Resources { get; } = new(StringComparer.Ordinal);

    public DateTimeOffset Start { get; private set; } = DateTimeOffset.MaxValue;

    public DateTimeOffset End { get; private set; } = DateTimeOffset.MinValue;

    public bool HasError { get; private set; }

    public TimeSpan Duration => End - Start;

    public void Add(SpanRecord span)
    {
        Spans.Add(span);
        Resources.Add(span.Resource);
        HasError |= span.IsError;
        Start = span.Start < Start ? span.Start : Start;
        End = span.End > End ? span.End : End;
    }

    public TraceSummary Summarise()
    {
        var root = Root();
        return new TraceSummary(TraceId, root.Name, root.Resource, Start, Duration.TotalMilliseconds,
            [.. Resources.Order(StringComparer.Ordinal)], Spans.Count, HasError);
    }

    /// <summary>The span without a parent here, or else the earliest (the root may not have arrived yet).</summary>
    private SpanRecord Root()
    {
        var ids = Spans.Select(span => span.SpanId).ToHashSet(StringComparer.Ordinal);
        return Spans.Where(span => span.ParentSpanId is null || !ids.Contains(span.ParentSpanId)).MinBy(span => span.Start)
            ?? Spans.MinBy(span => span.Start)!;
    }
}
