using System.IO.Compression;
using B2BPortal.Dashboard.Otlp.Proto;
using B2BPortal.Dashboard.Telemetry;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace B2BPortal.Dashboard.Otlp;

/// <summary>OTLP over HTTP with protobuf bodies: <c>POST /v1/traces</c>, <c>/v1/logs</c>, <c>/v1/metrics</c>.</summary>
internal static class OtlpHttpReceiver
{
    public const int MaxBodyBytes = 4 * 1024 * 1024;
    private const string Protobuf = "application/x-protobuf";

    public static void MapOtlpHttp(this IEndpointRouteBuilder endpoints, TelemetryStores stores)
    {
        endpoints.MapPost("/v1/traces", (HttpRequest request) => ReceiveAsync(request.HttpContext, ExportTraceServiceRequest.Parser,
            request => stores.Traces.Add(OtlpConversion.Spans(request)), new ExportTraceServiceResponse()));
        endpoints.MapPost("/v1/logs", (HttpRequest request) => ReceiveAsync(request.HttpContext, ExportLogsServiceRequest.Parser,
            request => stores.Logs.Add(OtlpConversion.Logs(request)), new ExportLogsServiceResponse()));
        endpoints.MapPost("/v1/metrics", (HttpRequest request) => ReceiveAsync(request.HttpContext, ExportMetricsServiceRequest.Parser,
            request => stores.Metrics.Add(OtlpConversion.MetricPoints(request)), new ExportMetricsServiceResponse()));
    }

    private static async Task<IResult> ReceiveAsync<TRequest>(HttpContext http, MessageParser<TRequest> parser, Action<TRequest> store, IMessage response)
        where TRequest : IMessage<TRequest>
    {
        if (!string.Equals(http.Request.ContentType?.Split(';')[0].Trim(), Protobuf, StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send OTLP as protobuf.",
                detail: $"This receiver takes Content-Type {Protobuf} (OTLP/HTTP binary encoding); set OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf.");
        }

        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return TooLarge();
        }

        using var body = new MemoryStream();
        try
        {
            // Exporters may gzip their bodies (OTEL_EXPORTER_OTLP_COMPRESSION=gzip).
            await using var source = string.Equals(http.Request.Headers.ContentEncoding, "gzip", StringComparison.OrdinalIgnoreCase)
                ? new GZipStream(http.Request.Body, CompressionMode.Decompress)
                : http.Request.Body;
            if (!await CopyAtMostAsync(source, body, MaxBodyBytes, http.RequestAborted))
            {
                return TooLarge();
            }
        }
        catch (InvalidDataException exception)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not valid gzip.", detail: exception.Message);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }

        TRequest request;
        try
        {
            request = parser.ParseFrom(body.GetBuffer().AsSpan(0, (int)body.Length));
        }
        catch (InvalidProtocolBufferException exception)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not an OTLP export request.", detail: exception.Message);
        }

        store(request);
        return TypedResults.Bytes(response.ToByteArray(), Protobuf);
    }

    /// <summary>False as soon as more than <paramref name="limit"/> bytes came: a small gzip body may inflate without end.</summary>
    private static async Task<bool> CopyAtMostAsync(Stream source, MemoryStream target, int limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[81_920];
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (target.Length + read > limit)
            {
                return false;
            }

            target.Write(buffer, 0, read);
        }

        return true;
    }

    private static IResult TooLarge() => TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The export is too large.", detail: $"Send at most {MaxBodyBytes / 1024 / 1024} MB per request (smaller batches).");
}
