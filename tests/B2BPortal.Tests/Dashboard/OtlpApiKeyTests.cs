using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using B2BPortal.Dashboard;
using B2BPortal.Dashboard.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Trace;

namespace B2BPortal.Tests.Dashboard;

/// <summary>With an API key configured, only exports that carry it in <c>x-otlp-api-key</c> are kept.</summary>
public sealed class OtlpApiKeyTests
{
    private static readonly Uri AnyFreePort = new("http://127.0.0.1:0");

    [Theory]
    [InlineData(OtlpExportProtocol.Grpc)]
    [InlineData(OtlpExportProtocol.HttpProtobuf)]
    public async Task Exports_without_the_key_are_refused_and_with_it_kept(OtlpExportProtocol protocol)
    {
        await using var dashboard = await DashboardHost.StartAsync(new DashboardOptions
        {
            UiUrl = AnyFreePort, OtlpGrpcUrl = AnyFreePort, OtlpHttpUrl = AnyFreePort, OtlpApiKey = "test-key-dev-only",
        });

        Export(dashboard, protocol, "without-key", headers: null);
        Export(dashboard, protocol, "wrong-key", headers: "x-otlp-api-key=guess");
        Export(dashboard, protocol, "with-key", headers: "x-otlp-api-key=test-key-dev-only");

        using var ui = new HttpClient { BaseAddress = dashboard.UiUrl };
        var traces = await ui.GetFromJsonAsync<List<TraceSummary>>("/api/traces");
        Assert.Equal(["with-key"], traces!.Select(t => t.RootName));
    }

    [Fact]
    public async Task An_http_export_without_the_key_gets_a_401_problem_naming_the_header()
    {
        await using var dashboard = await DashboardHost.StartAsync(new DashboardOptions
        {
            UiUrl = AnyFreePort, OtlpGrpcUrl = AnyFreePort, OtlpHttpUrl = AnyFreePort, OtlpApiKey = "test-key-dev-only",
        });
        using var http = new HttpClient { BaseAddress = dashboard.OtlpHttpUrl };
        using var body = new ByteArrayContent([]);
        body.Headers.ContentType = new("application/x-protobuf");
        using var response = await http.PostAsync("/v1/traces", body);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("x-otlp-api-key", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static void Export(DashboardHost dashboard, OtlpExportProtocol protocol, string spanName, string? headers)
    {
        using var source = new ActivitySource($"Test.Key.{spanName}.{protocol}");
        using var tracing = Sdk.CreateTracerProviderBuilder().AddSource(source.Name).AddOtlpExporter(exporter =>
        {
            exporter.Protocol = protocol;
            exporter.Endpoint = protocol == OtlpExportProtocol.Grpc ? dashboard.OtlpGrpcUrl : new Uri(dashboard.OtlpHttpUrl, "v1/traces");
            exporter.Headers = headers;
        }).Build();
        source.StartActivity(spanName)!.Dispose();
        tracing.ForceFlush(10_000);
    }
}
