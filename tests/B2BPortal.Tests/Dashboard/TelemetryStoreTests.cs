using B2BPortal.Dashboard.Telemetry;

namespace B2BPortal.Tests.Dashboard;

/// <summary>The in-memory stores: bounded with the oldest dropped first, and the trace search.</summary>
public sealed class TelemetryStoreTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Past_the_trace_limit_the_trace_that_arrived_first_is_dropped()
    {
        var store = new TraceStore(new TelemetryLimits { MaxTraces = 3 });
        foreach (var id in new[] { "a1", "a2", "a3", "a4", "a5" })
        {
            store.Add([Span(id, "s1", "work", attributes: [new("order.number", $"SO-{id}"), new("account.id", "acme")])]);
        }

        Assert.Equal(["a5", "a4", "a3"], store.Search(new TraceQuery()).Select(t => t.TraceId));
        Assert.Equal(["a5", "a4", "a3"], store.Search(new TraceQuery("account.id=acme")).Select(t => t.TraceId));
        Assert.Empty(store.Search(new TraceQuery("SO-a1")));
        Assert.Null(store.Get("a1"));
        Assert.Equal(2, store.DroppedTraces);
    }

    [Fact]
    public void A_late_span_joins_its_trace_without_making_it_newer_and_spans_past_the_limit_are_counted()
    {
        var store = new TraceStore(new TelemetryLimits { MaxTraces = 2, MaxSpansPerTrace = 2 });
        store.Add([Span("a1", "s1", "first")]);
        store.Add([Span("a2", "s1", "second")]);
        store.Add([Span("a1", "s2", "late", parent: "s1"), Span("a1", "s3", "one too many", parent: "s1")]);
        store.Add([Span("a3", "s1", "third")]);

        Assert.Equal(["a3", "a2"], store.Search(new TraceQuery()).Select(t => t.TraceId));
        Assert.Equal(1, store.DroppedSpans);
    }

    [Fact]
    public void Past_the_log_limit_the_oldest_record_is_dropped()
    {
        var store = new LogStore(new TelemetryLimits { MaxLogRecords = 2 });
        store.Add(new[] { "one", "two", "three" }.Select(Log));
        Assert.Equal(["three", "two"], store.Search(new LogQuery()).Select(l => l.Message));
        Assert.Equal(["three"], store.Search(new LogQuery(After: 2)).Select(l => l.Message));
    }

    [Fact]
    public void Past_the_point_limit_a_series_keeps_its_newest_points()
    {
        var store = new MetricStore(new TelemetryLimits { MaxPointsPerSeries = 2 });
        var identity = new MetricIdentity("order", "queue.depth", "{message}", "", "gauge", false, []);
        store.Add(new[] { 1, 2, 3 }.Select(v => (identity, new MetricPoint(Noon.AddSeconds(v), v))));
        Assert.Equal([2.0, 3.0], Assert.Single(store.Series("order", "queue.depth")).Points.Select(p => p.Value));
    }

    [Fact]
    public void A_search_finds_traces_by_attribute_value_by_key_and_value_and_by_filters()
    {
        var store = new TraceStore(new TelemetryLimits());
        store.Add([Span("a1", "s1", "POST /orders", attributes: [new("order.number", "SO-1001"), new("account.id", "acme")], resource: "bff")]);
        store.Add([Span("a1", "s2", "publish", parent: "s1", resource: "order", error: true)]);
        store.Add([Span("a2", "s1", "GET /catalog", attributes: [new("account.id", "acme")], resource: "bff", seconds: 2)]);
        store.Add([Span("a3", "s1", "GET /catalog", attributes: [new("note", "SO-1001")], resource: "bff")]);

        Assert.Equal(["a3", "a1"], Ids(store, new TraceQuery("so-1001")));
        Assert.Equal(["a1"], Ids(store, new TraceQuery("order.number=SO-1001")));
        Assert.Equal(["a2", "a1"], Ids(store, new TraceQuery("account.id=acme")));
        Assert.Equal(["a1"], Ids(store, new TraceQuery(Resource: "order")));
        Assert.Equal(["a1"], Ids(store, new TraceQuery(ErrorsOnly: true)));
        Assert.Equal(["a2"], Ids(store, new TraceQuery(MinDuration: TimeSpan.FromSeconds(1))));
        Assert.Equal(["a2", "a1"], Ids(store, new TraceQuery("ACME", Resource: "bff")));
        Assert.Empty(Ids(store, new TraceQuery("SO-100")));
        Assert.Equal(["a2"], Ids(store, new TraceQuery("A2")));
    }

    private static List<string> Ids(TraceStore store, TraceQuery query) => [.. store.Search(query).Select(t => t.TraceId)];

    private static SpanRecord Span(
        string traceId, string spanId, string name, string? parent = null, KeyValuePair<string, string>[]? attributes = null,
        string resource = "order", bool error = false, int seconds = 0) =>
        new(traceId, spanId, parent, name, "internal", resource, "test", Noon, Noon.AddMilliseconds(10).AddSeconds(seconds),
            attributes ?? [], [], [], error, null);

    private static LogEntry Log(string message) =>
        new(0, Noon, "order", "Orders", 9, "Information", message, [], null, null);
}
