using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;

namespace B2BPortal.ErpAdapter.Features.ErpCalls;

/// <summary>
/// Times every call to the ERP (<c>portal.erp.call.duration</c>, seconds) and counts the failed ones
/// (<c>portal.erp.call.failures</c>), tagged with the operation (<c>POST /erp/sales-orders</c>, ids left out) and the outcome.
/// </summary>
internal sealed partial class ErpCallMetricsHandler : DelegatingHandler
{
    private static readonly Meter Meter = new("B2BPortal.ErpAdapter");
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("portal.erp.call.duration", "s", "Time the ERP took to answer a call",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30] });
    private static readonly Counter<long> Failures = Meter.CreateCounter<long>("portal.erp.call.failures", description: "ERP calls that failed (5xx, 429, timeout, unreachable)");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operation = $"{request.Method} {Identifier().Replace(request.RequestUri?.AbsolutePath ?? "", "/{id}")}";
        var started = Stopwatch.GetTimestamp();
        string outcome = "unreachable";
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            outcome = (int)response.StatusCode switch
            {
                >= 500 => "server_error",
                429 => "throttled",
                >= 400 => "refused",
                _ => "ok",
            };
            return response;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            outcome = "timeout";
            throw;
        }
        finally
        {
            var tags = new TagList { { "erp.operation", operation }, { "outcome", outcome } };
            Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
            if (outcome is "server_error" or "throttled" or "timeout" or "unreachable")
            {
                Failures.Add(1, tags);
            }
        }
    }

    /// <summary>A path segment with a digit in it is an identifier (SO-100023, a GUID), not part of the operation.</summary>
    [GeneratedRegex(@"/[^/]*\d[^/]*")]
    private static partial Regex Identifier();
}
