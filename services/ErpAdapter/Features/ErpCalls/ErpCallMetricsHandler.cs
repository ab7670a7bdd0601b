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
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("portal.erp.call.duration", "s", "Time the ERP took to answer a call");
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
