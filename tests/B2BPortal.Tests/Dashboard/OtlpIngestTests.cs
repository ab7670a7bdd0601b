using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using B2BPortal.Dashboard;
using B2BPortal.Dashboard.Otlp.Proto;
using B2BPortal.Dashboard.Telemetry;
using Google.Protobuf;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace B2BPortal.Tests.Dashboard;

/// <summary>The official OpenTelemetry .NET exporter sends to the dashboard's receivers; the dashboard's JSON shows what arrived.</summary>
public sealed class OtlpIngestTests : IAsyncLifetime
{
    private static readonly Uri AnyFreePort = new("http://127.0.0.1:0");
    private DashboardHost dashboard = null!;
    private HttpClient ui = null!;

    public async Task InitializeAsync()
    {
        dashboard = await DashboardHost.StartAsync(new DashboardOptions { UiUrl = AnyFreePort, OtlpGrpcUrl = AnyFreePort, OtlpHttpUrl = AnyFreePort });
        ui = new HttpClient { BaseAddress = dashboard.UiUrl };
    }

    public async Task DisposeAsync()
    {
        ui.Dispose();
        await dashboard.DisposeAsync();
    }

    [Theory]
    [InlineData(OtlpExportProtocol.Grpc)]
    [InlineData(OtlpExportProtocol.HttpProtobuf)]
    public async Task Spans_arrive_as_one_trace_found_by_a_business_attribute(OtlpExportProtocol protocol)
    {
        var orderNumber = $"SO-{Guid.NewGuid():N}"[..14];
        using var source = new ActivitySource($"Test.{protocol}");
        using (var tracing = Sdk.CreateTracerProviderBuilder().SetResourceBuilder(Resource("order")).AddSource(source.Name)
                   .AddOtlpExporter(exporter => Point(exporter, protocol, "v1/traces")).Build())
        {
            using (var submit = source.StartActivity("POST /orders", ActivityKind.Server))
            {
                submit!.SetTag("order.number", orderNumber);
                using var erp = source.StartActivity("ERP create order", ActivityKind.Client);
                erp!.SetStatus(ActivityStatusCode.Error, "ERP timed out");
            }

            Assert.True(tracing.ForceFlush(10_000));
        }

        var found = await ui.GetFromJsonAsync<List<TraceSummary>>($"/api/traces?q={orderNumber}");
        var trace = Assert.Single(found!);
        Assert.Equal(("POST /orders", "order", 2, true), (trace.RootName, trace.RootResource, trace.SpanCount, trace.HasError));
        var spans = await ui.GetFromJsonAsync<List<SpanRecord>>($"/api/traces/{trace.TraceId}");
        var root = Assert.Single(spans!, span => span.ParentSpanId is null);
        var child = Assert.Single(spans!, span => span.ParentSpanId == root.SpanId);
        Assert.Equal(("server", "client", "ERP timed out"), (root.Kind, child.Kind, child.StatusMessage));
        Assert.Contains(new KeyValuePair<string, string>("order.number", orderNumber), root.Attributes);
    }

    [Theory]
    [InlineData(OtlpExportProtocol.Grpc)]
    [InlineData(OtlpExportProtocol.HttpProtobuf)]
    public async Task Log_records_arrive_with_level_category_and_trace_id(OtlpExportProtocol protocol)
    {
        var marker = Guid.NewGuid().ToString("N");
        using var source = new ActivitySource($"Test.Logs.{protocol}");
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == source.Name, Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
        };
        ActivitySource.AddActivityListener(listener);
        string traceId;
        using (var logging = LoggerFactory.Create(builder => builder.AddOpenTelemetry(options =>
               {
                   options.SetResourceBuilder(Resource("erp-adapter"));
                   options.IncludeFormattedMessage = true;
                   options.AddOtlpExporter(exporter => Point(exporter, protocol, "v1/logs"));
               })))
        {
            using var activity = source.StartActivity("handle");
            traceId = activity!.TraceId.ToHexString();
            logging.CreateLogger("ErpAdapter.Orders").LogWarning("ERP slow for {Marker}", marker);
        }

        var logs = await ui.GetFromJsonAsync<List<LogEntry>>($"/api/logs?q={marker}");
        var entry = Assert.Single(logs!);
        Assert.Equal(("erp-adapter", "ErpAdapter.Orders", "Warning", $"ERP slow for {marker}", traceId),
            (entry.Resource, entry.Category, entry.Level, entry.Message, entry.TraceId));
        Assert.Single((await ui.GetFromJsonAsync<List<LogEntry>>($"/api/logs?traceId={traceId}&minSeverity=13"))!);
    }

    [Theory]
    [InlineData(OtlpExportProtocol.Grpc)]
    [InlineData(OtlpExportProtocol.HttpProtobuf)]
    public async Task Counters_and_histograms_arrive_as_series_per_resource(OtlpExportProtocol protocol)
    {
        using var meter = new Meter($"Test.Metrics.{protocol}");
        var acknowledged = meter.CreateCounter<long>("portal.orders.acknowledged");
        var latency = meter.CreateHistogram<double>("portal.erp.call.duration", "s");
        using (var metrics = Sdk.CreateMeterProviderBuilder().SetResourceBuilder(Resource("erp-adapter")).AddMeter(meter.Name)
                   .AddOtlpExporter(exporter => Point(exporter, protocol, "v1/metrics")).Build())
        {
            acknowledged.Add(3);
            latency.Record(0.2);
            latency.Record(0.4);
            Assert.True(metrics.ForceFlush(10_000));
        }

        var instruments = await ui.GetFromJsonAsync<List<InstrumentSummary>>("/api/metrics/erp-adapter");
        Assert.Equal(["portal.erp.call.duration", "portal.orders.acknowledged"], instruments!.Select(i => i.Name));
        var counter = Assert.Single((await ui.GetFromJsonAsync<List<SeriesSnapshot>>("/api/metrics/erp-adapter/portal.orders.acknowledged"))!);
        Assert.Equal((3.0, "sum", true), (counter.Points[^1].Value, counter.Identity.Type, counter.Identity.Monotonic));
        var histogram = Assert.Single((await ui.GetFromJsonAsync<List<SeriesSnapshot>>("/api/metrics/erp-adapter/portal.erp.call.duration"))!);
        Assert.Equal(("histogram", 2UL), (histogram.Identity.Type, histogram.Points[^1].Count));
        Assert.Equal(0.6, histogram.Points[^1].Sum, 6);
    }

    [Fact]
    public async Task The_http_receiver_refuses_json_with_a_problem_that_names_protobuf()
    {
        using var http = new HttpClient { BaseAddress = dashboard.OtlpHttpUrl };
        using var response = await http.PostAsJsonAsync("/v1/traces", new { resourceSpans = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/x-protobuf", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gzipped_http_export_is_read_like_a_plain_one()
    {
        var request = new ExportTraceServiceRequest
        {
            ResourceSpans =
            {
                new ResourceSpans
                {
                    Resource = new B2BPortal.Dashboard.Otlp.Proto.Resource { Attributes = { new KeyValue { Key = "service.name", Value = new AnyValue { StringValue = "partner-gateway" } } } },
                    ScopeSpans =
                    {
                        new ScopeSpans
                        {
                            Spans =
                            {
                                new Span
                                {
                                    TraceId = ByteString.CopyFrom(Convert.FromHexString("0af7651916cd43dd8448eb211c80319c")),
                                    SpanId = ByteString.CopyFrom(Convert.FromHexString("b7ad6b7169203331")),
                                    Name = "gzipped", StartTimeUnixNano = 1_764_676_800_000_000_000, EndTimeUnixNano = 1_764_676_800_005_000_000,
                                },
                            },
                        },
                    },
                },
            },
        };
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            request.WriteTo(gzip);
        }

        using var http = new HttpClient { BaseAddress = dashboard.OtlpHttpUrl };
        using var body = new ByteArrayContent(compressed.ToArray());
        body.Headers.ContentType = new("application/x-protobuf");
        body.Headers.ContentEncoding.Add("gzip");
        using var response = await http.PostAsync("/v1/traces", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var trace = Assert.Single((await ui.GetFromJsonAsync<List<TraceSummary>>("/api/traces?q=0af7651916cd43dd8448eb211c80319c"))!);
        Assert.Equal(("gzipped", "partner-gateway", 5.0), (trace.RootName, trace.RootResource, trace.DurationMs));
    }

    [Fact]
    public async Task A_gzip_body_that_inflates_past_the_limit_is_refused_as_too_large()
    {
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(new byte[5 * 1024 * 1024]);
        }

        using var http = new HttpClient { BaseAddress = dashboard.OtlpHttpUrl };
        using var body = new ByteArrayContent(compressed.ToArray());
        body.Headers.ContentType = new("application/x-protobuf");
        body.Headers.ContentEncoding.Add("gzip");
        using var response = await http.PostAsync("/v1/traces", body);

        Assert.True(compressed.Length < 100_000, $"The test body should be small on the wire, not {compressed.Length} bytes.");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private static ResourceBuilder Resource(string service) => ResourceBuilder.CreateEmpty().AddService(service);

    private void Point(OtlpExporterOptions exporter, OtlpExportProtocol protocol, string httpPath)
    {
        exporter.Protocol = protocol;
        exporter.Endpoint = protocol == OtlpExportProtocol.Grpc ? dashboard.OtlpGrpcUrl : new Uri(dashboard.OtlpHttpUrl, httpPath);
    }
}
