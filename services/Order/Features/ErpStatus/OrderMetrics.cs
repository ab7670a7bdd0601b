using System.Diagnostics.Metrics;

namespace B2BPortal.Order.Features.ErpStatus;

/// <summary><c>portal.order.acknowledgement.duration</c>: from an order's submission to the ERP's acknowledgement, in seconds.</summary>
internal static class OrderMetrics
{
    private static readonly Meter Meter = new("B2BPortal.Order");
    private static readonly Histogram<double> AcknowledgementDuration = Meter.CreateHistogram<double>(
        "portal.order.acknowledgement.duration", "s", "Time from an order's submission to the ERP's acknowledgement",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800, 3600] });

    public static void Acknowledged(TimeSpan afterSubmission) => AcknowledgementDuration.Record(Math.Max(afterSubmission.TotalSeconds, 0));
}
