using System.Diagnostics.Metrics;

namespace B2BPortal.Order.Features.ErpStatus;

/// <summary><c>portal.order.acknowledgement.duration</c>: from an order's submission to the ERP's acknowledgement, in seconds.</summary>
internal static class OrderMetrics
{
    private static readonly Meter Meter = new("B2BPortal.Order");
    private static readonly Histogram<double> AcknowledgementDuration = Meter.CreateHistogram<double>(
        "portal.order.acknowledgement.duration", "s", "Time from an order's submission to the ERP's acknowledgement");

    public static void Acknowledged(TimeSpan afterSubmission) => AcknowledgementDuration.Record(Math.Max(afterSubmission.TotalSeconds, 0));
}
