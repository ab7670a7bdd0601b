namespace B2BPortal.Dashboard.Telemetry;

/// <summary>
/// The traces the dashboard keeps, bounded by <see cref="TelemetryLimits"/>: past <c>MaxTraces</c> the trace that
/// arrived first is dropped. A search by attribute value goes through an <see cref="AttributeIndex"/>.
/// </summary>
public sealed class TraceStore(TelemetryLimits limits)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, StoredTrace> traces = new(StringComparer.Ordinal);
    private readonly LinkedList<StoredTrace> byArrival = new();
    private readonly AttributeIndex index = new();
    private long arrivals;

    /// <summary>Spans received since start, kept or not.</summary>
    public long ReceivedSpans { get; private set; }

    public long DroppedTraces { get; private set; }

    public long DroppedSpans { get; private set; }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return traces.Count;
            }
        }
    }

    public void Add(IEnumerable<SpanRecord> spans)
    {
        lock (gate)
        {
            foreach (var span in spans)
            {
                ReceivedSpans++;
                if (!traces.TryGetValue(span.TraceId, out var trace))
                {
                    trace = new StoredTrace(span.TraceId, ++arrivals);
                    byArrival.AddLast(trace);
                    traces.Add(span.TraceId, trace);
                }

                if (trace.Spans.Count >= limits.MaxSpansPerTrace)
                {
                    DroppedSpans++;
                    continue;
                }

                trace.Add(span);
                index.Add(trace, span);
            }

            while (traces.Count > limits.MaxTraces && byArrival.First is { } oldest)
            {
                byArrival.RemoveFirst();
                traces.Remove(oldest.Value.TraceId);
                index.Dropped(oldest.Value, traces.Values);
                DroppedTraces++;
            }
        }
    }

    /// <summary>Traces that match, newest first.</summary>
    public IReadOnlyList<TraceSummary> Search(TraceQuery query)
    {
        var text = TraceText.Parse(query.Text);
        var found = new List<TraceSummary>();
        lock (gate)
        {
            foreach (var trace in text is null ? Newest() : Matching(text))
            {
                if (found.Count == query.Limit)
                {
                    break;
                }

                if ((query.Resource is null || trace.Resources.Contains(query.Resource))
                    && (!query.ErrorsOnly || trace.HasError)
                    && (query.MinDuration is not { } minimum || trace.Duration >= minimum))
                {
                    found.Add(trace.Summarise());
                }
            }
        }

        return found;
    }

    private IEnumerable<StoredTrace> Newest()
    {
        for (var node = byArrival.Last; node is not null; node = node.Previous)
        {
            yield return node.Value;
        }
    }

    private IEnumerable<StoredTrace> Matching(TraceText text)
    {
        var matching = index.Find(text.Value, text.Key).ToList();
        if (text.Key is null && traces.TryGetValue(text.Value.ToLowerInvariant(), out var byId) && !matching.Contains(byId))
        {
            matching.Add(byId);
        }

        return matching.OrderByDescending(trace => trace.Sequence);
    }

    /// <summary>Every kept span of a trace, by start time; null when the trace is unknown (or was dropped).</summary>
    public IReadOnlyList<SpanRecord>? Get(string traceId)
    {
        lock (gate)
        {
            return traces.TryGetValue(traceId.ToLowerInvariant(), out var trace) ? [.. trace.Spans.OrderBy(span => span.Start)] : null;
        }
    }
}

/// <summary>
/// A trace search. <see cref="Text"/> is either <c>key=value</c> (a span attribute with that value) or a bare value:
/// any span attribute's value, or a trace id. Values compare whole, ignoring case.
/// </summary>
public sealed record TraceQuery(string? Text = null, string? Resource = null, TimeSpan? MinDuration = null, bool ErrorsOnly = false, int Limit = 200);

public sealed record TraceSummary(
    string TraceId, string RootName, string RootResource, DateTimeOffset Start, double DurationMs, IReadOnlyList<string> Resources, int SpanCount, bool HasError);
