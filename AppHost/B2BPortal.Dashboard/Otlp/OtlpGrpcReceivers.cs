using B2BPortal.Dashboard.Otlp.Proto;
using B2BPortal.Dashboard.Telemetry;
using Grpc.Core;

namespace B2BPortal.Dashboard.Otlp;

/// <summary><c>opentelemetry.proto.collector.trace.v1.TraceService/Export</c>.</summary>
internal sealed class TraceReceiver(TelemetryStores stores) : TraceService.TraceServiceBase
{
    private static readonly ExportTraceServiceResponse Accepted = new();

    public override Task<ExportTraceServiceResponse> Export(ExportTraceServiceRequest request, ServerCallContext context)
    {
        stores.Traces.Add(OtlpConversion.Spans(request));
        return Task.FromResult(Accepted);
    }
}

internal sealed class LogsReceiver(TelemetryStores stores) : LogsService.LogsServiceBase
{
    private static readonly ExportLogsServiceResponse Accepted = new();

    public override Task<ExportLogsServiceResponse> Export(ExportLogsServiceRequest request, ServerCallContext context)
    {
        stores.Logs.Add(OtlpConversion.Logs(request));
        return Task.FromResult(Accepted);
    }
}

internal sealed class MetricsReceiver(TelemetryStores stores) : MetricsService.MetricsServiceBase
{
    private static readonly ExportMetricsServiceResponse Accepted = new();

    public override Task<ExportMetricsServiceResponse> Export(ExportMetricsServiceRequest request, ServerCallContext context)
    {
        stores.Metrics.Add(OtlpConversion.MetricPoints(request));
        return Task.FromResult(Accepted);
    }
}
