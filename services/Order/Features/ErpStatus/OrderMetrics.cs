using System.Diagnostics.Metrics;

namespace B2BPortal.Order.Features.ErpStatus;

/// <summary>
/// <c>portal.order.acknowledgement.duration</c>: from an order's submission to the ERP's acknowledgement, in seconds;
/// <c>portal.order.erp_change.delay</c>: from the ERP making a change to an order to the portal applying it, by kind.
/// </summary>
internal static class OrderMetrics
{
    private static readonly double[] Buckets = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800, 3600];
    private static readonly Meter Meter = new("B2BPortal.Order");
    private static readonly Histogram<double> AcknowledgementDuration = Meter.CreateHistogram<double>(
        "portal.order.acknowledgement.duration", "s", "Time from an order's submission to the ERP's acknowledgement",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = Buckets });

    private static readonly Histogram<double> ErpChangeDelay = Meter.CreateHistogram<double>(
        "portal.order.erp_change.delay", "s", "Time from the ERP changing an order to the portal applying the change",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = Buckets });

    public static void Acknowledged(TimeSpan afterSubmission) => AcknowledgementDuration.Record(Math.Max(afterSubmission.TotalSeconds, 0));

    public static void ErpChangeApplied(string kind, TimeSpan afterChange) =>
        ErpChangeDelay.Record(Math.Max(afterChange.TotalSeconds, 0), new KeyValuePair<string, object?>("erp.change", kind));
}
