namespace B2BPortal.Dashboard.Telemetry;

/// <summary>How much telemetry the dashboard keeps in memory; past a limit the oldest is dropped first.</summary>
public sealed record TelemetryLimits
{
    /// <summary>Traces kept; when a new trace arrives beyond this, the trace that arrived first goes.</summary>
    public int MaxTraces { get; init; } = 10_000;

    /// <summary>Spans kept for one trace; later spans of a trace that has this many are counted, not kept.</summary>
    public int MaxSpansPerTrace { get; init; } = 1_000;

    public int MaxLogRecords { get; init; } = 10_000;

    /// <summary>Points kept per metric time series (one per export interval, 1 s under AppHost).</summary>
    public int MaxPointsPerSeries { get; init; } = 600;

    /// <summary>Time series kept (a resource's instrument with one set of attributes); a series beyond it is dropped.</summary>
    public int MaxSeries { get; init; } = 5_000;
}
