using System.Globalization;
using B2BPortal.Dashboard.Otlp.Proto;
using B2BPortal.Dashboard.Telemetry;
using Google.Protobuf;
using Google.Protobuf.Collections;

namespace B2BPortal.Dashboard.Otlp;

/// <summary>From OTLP messages to the records the dashboard keeps.</summary>
internal static class OtlpConversion
{
    public static IEnumerable<SpanRecord> Spans(ExportTraceServiceRequest request) =>
        from resourceSpans in request.ResourceSpans
        let resource = ResourceName(resourceSpans.Resource)
        from scopeSpans in resourceSpans.ScopeSpans
        from span in scopeSpans.Spans
        select new SpanRecord(
            Hex(span.TraceId),
            Hex(span.SpanId),
            span.ParentSpanId.IsEmpty ? null : Hex(span.ParentSpanId),
            span.Name,
            KindName(span.Kind),
            resource,
            scopeSpans.Scope?.Name ?? "",
            Time(span.StartTimeUnixNano),
            Time(span.EndTimeUnixNano),
            Attributes(span.Attributes),
            [.. span.Events.Select(e => new SpanEventRecord(Time(e.TimeUnixNano), e.Name, Attributes(e.Attributes)))],
            [.. span.Links.Select(l => new SpanLinkRecord(Hex(l.TraceId), Hex(l.SpanId), Attributes(l.Attributes)))],
            span.Status?.Code == Proto.Status.Types.StatusCode.Error,
            string.IsNullOrEmpty(span.Status?.Message) ? null : span.Status.Message);

    /// <summary>Log entries without their sequence number, which the <see cref="LogStore"/> gives them.</summary>
    public static IEnumerable<LogEntry> Logs(ExportLogsServiceRequest request) =>
        from resourceLogs in request.ResourceLogs
        let resource = ResourceName(resourceLogs.Resource)
        from scopeLogs in resourceLogs.ScopeLogs
        from record in scopeLogs.LogRecords
        select new LogEntry(
            0,
            Time(record.TimeUnixNano != 0 ? record.TimeUnixNano : record.ObservedTimeUnixNano),
            resource,
            scopeLogs.Scope?.Name ?? "",
            record.SeverityNumber,
            LevelName(record.SeverityNumber, record.SeverityText),
            record.Body is null ? record.EventName : Text(record.Body),
            Attributes(record.Attributes),
            record.TraceId.IsEmpty ? null : Hex(record.TraceId),
            record.SpanId.IsEmpty ? null : Hex(record.SpanId));

    public static IEnumerable<(MetricIdentity, MetricPoint)> MetricPoints(ExportMetricsServiceRequest request)
    {
        foreach (var resourceMetrics in request.ResourceMetrics)
        {
            var resource = ResourceName(resourceMetrics.Resource);
            foreach (var metric in resourceMetrics.ScopeMetrics.SelectMany(scope => scope.Metrics))
            {
                MetricIdentity Identity(string type, bool cumulative, RepeatedField<KeyValue> attributes, bool monotonic = false) =>
                    new(resource, metric.Name, metric.Unit, metric.Description, type, cumulative, Attributes(attributes), monotonic);

                switch (metric.DataCase)
                {
                    case Metric.DataOneofCase.Gauge:
                        foreach (var point in metric.Gauge.DataPoints)
                        {
                            yield return (Identity("gauge", false, point.Attributes), new MetricPoint(Time(point.TimeUnixNano), Number(point)));
                        }

                        break;
                    case Metric.DataOneofCase.Sum:
                        var cumulative = metric.Sum.AggregationTemporality == AggregationTemporality.Cumulative;
                        foreach (var point in metric.Sum.DataPoints)
                        {
                            yield return (Identity("sum", cumulative, point.Attributes, metric.Sum.IsMonotonic), new MetricPoint(Time(point.TimeUnixNano), Number(point)));
                        }

                        break;
                    case Metric.DataOneofCase.Histogram:
                        var cumulativeHistogram = metric.Histogram.AggregationTemporality == AggregationTemporality.Cumulative;
                        foreach (var point in metric.Histogram.DataPoints)
                        {
                            yield return (Identity("histogram", cumulativeHistogram, point.Attributes), new MetricPoint(
                                Time(point.TimeUnixNano), point.HasSum ? point.Sum : 0, point.Count, point.HasSum ? point.Sum : 0,
                                [.. point.ExplicitBounds], [.. point.BucketCounts]));
                        }

                        break;
                }
            }
        }
    }

    private static double Number(NumberDataPoint point) =>
        point.ValueCase == NumberDataPoint.ValueOneofCase.AsInt ? point.AsInt : point.AsDouble;

    /// <summary>The resource's <c>service.name</c> (AppHost sets it to the resource name), else "unknown".</summary>
    public static string ResourceName(Proto.Resource? resource) =>
        resource?.Attributes.FirstOrDefault(a => a.Key == "service.name")?.Value is { } name ? Text(name) : "unknown";

    public static IReadOnlyList<KeyValuePair<string, string>> Attributes(RepeatedField<KeyValue> attributes) =>
        [.. attributes.Select(a => new KeyValuePair<string, string>(a.Key, a.Value is null ? "" : Text(a.Value)))];

    public static DateTimeOffset Time(ulong unixNanoseconds) =>
        DateTimeOffset.UnixEpoch.AddTicks((long)(unixNanoseconds / 100));

    public static string Text(AnyValue value) => value.ValueCase switch
    {
        AnyValue.ValueOneofCase.StringValue => value.StringValue,
        AnyValue.ValueOneofCase.BoolValue => value.BoolValue ? "true" : "false",
        AnyValue.ValueOneofCase.IntValue => value.IntValue.ToString(CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.DoubleValue => value.DoubleValue.ToString(CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.BytesValue => value.BytesValue.ToBase64(),
        AnyValue.ValueOneofCase.ArrayValue => $"[{string.Join(", ", value.ArrayValue.Values.Select(Text))}]",
        AnyValue.ValueOneofCase.KvlistValue => $"{{{string.Join(", ", value.KvlistValue.Values.Select(kv => $"{kv.Key}: {(kv.Value is null ? "" : Text(kv.Value))}"))}}}",
        _ => "",
    };

    private static string Hex(ByteString bytes) => Convert.ToHexStringLower(bytes.Span);

    private static string KindName(Span.Types.SpanKind kind) => kind switch
    {
        Span.Types.SpanKind.Server => "server",
        Span.Types.SpanKind.Client => "client",
        Span.Types.SpanKind.Producer => "producer",
        Span.Types.SpanKind.Consumer => "consumer",
        _ => "internal",
    };

    /// <summary>OTLP severity numbers: 1-4 trace, 5-8 debug, 9-12 info, 13-16 warn, 17-20 error, 21-24 fatal.</summary>
    private static string LevelName(int severityNumber, string severityText) => severityNumber switch
    {
        >= 21 => "Critical",
        >= 17 => "Error",
        >= 13 => "Warning",
        >= 9 => "Information",
        >= 5 => "Debug",
        >= 1 => "Trace",
        _ => string.IsNullOrEmpty(severityText) ? "Unknown" : severityText,
    };
}
