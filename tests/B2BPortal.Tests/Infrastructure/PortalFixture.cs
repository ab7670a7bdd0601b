using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace B2BPortal.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}

/// <summary>
/// The one fixture of the test run: the AppHost people run (<c>AppHost/B2BPortal.AppHost</c>), started through
/// <c>Aspire.Hosting.Testing</c> with real PostgreSQL, RabbitMQ and Redis, every service as a real process and the Aspire dashboard.
/// Test settings only: random ports, a temporary state folder, a second partner client, a BFF that refreshes tokens early and
/// allows fewer partner calls, feeds that poll quickly. Everything is stopped when the run ends, whether tests passed or not.
/// </summary>
public class PortalFixture : IAsyncLifetime
{
    private static readonly string[] SchemaConnections =
        ["accountdb", "orderdb", "erpadapterdb", "identitydb", "quotedb", "cartdb", "entitlementdb", "pricingdb", "catalogdb", "webhooksdb"];

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(6);

    /// <summary>A second partner, bound to Acme, whose allowance the rate-limit test may use up.</summary>
    public const string RateProbePartner = "rate-probe";
    public const string RateProbeSecret = "rate-probe-secret-test-only";

    /// <summary>
    /// Access tokens live 10 minutes; the test BFF refreshes them once they are 10 s old, so tests can watch a refresh.
    /// The benchmarks set <c>B2B_BFF_REFRESH_BEFORE_EXPIRY</c> to the BFF's own default, so they measure what runs in production.
    /// </summary>
    public const string RefreshBeforeExpiry = "00:09:50";

    /// <summary>
    /// The partner allowance of the test BFF: room for the access matrix, small enough to reach in the rate-limit test. The
    /// benchmarks raise it (<c>B2B_PARTNER_REQUESTS_PER_MINUTE</c>) to measure orders, not the limiter.
    /// </summary>
    public const int PartnerRequestsPerMinute = 200;

    /// <summary>
    /// Partners the order benchmark checks out as, each bound to Acme (<c>B2B_BENCHMARK_PARTNERS</c>, none unless set): a cart
    /// belongs to one caller and account, so a minute of checkouts at 50/s from carts filled beforehand needs 3,000 of them.
    /// </summary>
    public int BenchmarkPartners { get; } = int.TryParse(Environment.GetEnvironmentVariable("B2B_BENCHMARK_PARTNERS"), out var partners) ? partners : 0;

    public const string BenchmarkPartnerSecret = "bench-partner-secret-test-only";

    public static string BenchmarkPartner(int index) => $"bench-partner-{index}";

    /// <summary>When the BFF refreshes a session's access token, as time left before it expires.</summary>
    protected virtual string BffRefreshBeforeExpiry => Environment.GetEnvironmentVariable("B2B_BFF_REFRESH_BEFORE_EXPIRY") ?? RefreshBeforeExpiry;

    /// <summary>Calls a partner may make per minute.</summary>
    protected virtual int PartnerAllowancePerMinute =>
        int.TryParse(Environment.GetEnvironmentVariable("B2B_PARTNER_REQUESTS_PER_MINUTE"), out var perMinute) ? perMinute : PartnerRequestsPerMinute;

    private static int portalsStarted;
    private readonly string stateDirectory = TempDirectory.Create("portal");

    /// <summary>Where the resource logs go on dispose: <c>portal</c>, then <c>portal-2</c> for a second collection's own portal.</summary>
    private readonly string logsName = Interlocked.Increment(ref portalsStarted) is var n && n == 1 ? "portal" : $"portal-{n}";
    private DistributedApplication? app;

    public DistributedApplication App => app ?? throw new InvalidOperationException("The portal has not started.");

    public Uri BffUrl => App.GetEndpoint("bff");

    /// <summary>The OIDC provider's issuer: its own port on localhost, as a browser would reach it.</summary>
    public Uri IdentityUrl => new(App.GetEndpoint("identity"), "/");

    /// <summary>B2B_TELEMETRY=off (the benchmarks' default) runs the portal without the dashboard and without exporting telemetry.</summary>
    public static bool WithTelemetry => Environment.GetEnvironmentVariable("B2B_TELEMETRY") != "off";

    /// <summary>The Aspire dashboard's login link (its browser token in the query), as the AppHost prints it.</summary>
    public Uri DashboardLoginUrl { get; private set; } = new("http://localhost/");

    public Uri DashboardUrl { get; private set; } = new("http://localhost/");

    public string PostgresAdminConnectionString { get; private set; } = "";

    /// <summary>Products in the demo catalog: 5,000 unless <c>B2B_CATALOG_SIZE</c> says otherwise (the benchmarks load 200,000).</summary>
    public int CatalogSize { get; } = BuildingBlocks.DemoData.DemoCatalog.Size(Environment.GetEnvironmentVariable("B2B_CATALOG_SIZE"));

    public string RabbitMqUri { get; private set; } = "";

    /// <summary>Connection string of each service's own login role, by connection name (<c>orderdb</c>, <c>accountdb</c>, …).</summary>
    public IReadOnlyDictionary<string, string> ServiceDatabases { get; private set; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        try
        {
            await StartAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    private async Task StartAsync()
    {
        string[] args =
        [
            "--catalog-size", CatalogSize.ToString(CultureInfo.InvariantCulture),
            "--AppHost:StateDirectory", stateDirectory,
            "--ASPNETCORE_URLS", $"http://localhost:{B2BPortal.LocalServers.FreePort.Any()}",
            "--Logging:LogLevel:Default", "Warning",
            "--ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL", $"http://localhost:{B2BPortal.LocalServers.FreePort.Any()}",
            "--ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL", $"http://localhost:{B2BPortal.LocalServers.FreePort.Any()}",
            "--AppHost:UnauditedOrderTwin", WithUnauditedOrderTwin ? "true" : "false",
        ];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.B2BPortal_AppHost>(args,
            (options, _) =>
            {
                options.DisableDashboard = !WithTelemetry;
                options.EnableResourceLogging = false; // resource logs stay in ResourceLoggerService; ResourceLogs saves them when a test fails
            });
        ApplyTestSettings(builder);
        if (!WithTelemetry)
        {
            foreach (var project in builder.Resources.OfType<ProjectResource>())
            {
                project.Annotations.Remove(project.Annotations.OfType<OtlpExporterAnnotation>().Single());
            }
        }

        app = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        await app.StartAsync(timeout.Token);
        await app.WaitForAllHealthyAsync(timeout.Token);

        // The testing builder randomises the dashboard's port like every proxied one; its endpoint says where it ended up.
        DashboardUrl = WithTelemetry ? App.GetEndpoint("aspire-dashboard", "http") : DashboardUrl;
        DashboardLoginUrl = new Uri(DashboardUrl, $"/login?t={app.Services.GetRequiredService<IConfiguration>()["AppHost:BrowserToken"]}");
        PostgresAdminConnectionString = await ConnectionStringAsync("postgres");
        RabbitMqUri = await ConnectionStringAsync("messaging");
        var connections = new Dictionary<string, string>();
        foreach (var name in SchemaConnections)
        {
            connections[name] = await ConnectionStringAsync(name);
        }

        ServiceDatabases = connections;
    }

    private void ApplyTestSettings(IDistributedApplicationTestingBuilder builder)
    {
        builder.CreateResourceBuilder<ProjectResource>("identity").WithEnvironment(context =>
        {
            string[] partners = [RateProbePartner, .. Enumerable.Range(0, BenchmarkPartners).Select(BenchmarkPartner)];
            for (var i = 0; i < partners.Length; i++)
            {
                var client = $"Identity__Clients__{i + 2}__";
                context.EnvironmentVariables[client + "ClientId"] = partners[i];
                context.EnvironmentVariables[client + "ClientSecret"] = i == 0 ? RateProbeSecret : BenchmarkPartnerSecret;
                context.EnvironmentVariables[client + "Flow"] = "client_credentials";
                context.EnvironmentVariables[client + "Accounts__0"] = Demo.AcmeIndustrial.ToString();
            }
        });
        builder.CreateResourceBuilder<ProjectResource>("erp-simulator").WithEnvironment("Erp__StockFeed__IntervalSeconds", "0")
            .WithEnvironment("Erp__Lifecycle__Scenario", "manual");
        builder.CreateResourceBuilder<ProjectResource>("order").WithEnvironment("Order__Approvals__SweepSeconds", "1");
        builder.CreateResourceBuilder<ProjectResource>("erp-adapter").WithEnvironment("Erp__FeedPollSeconds", "0.5");
        builder.CreateResourceBuilder<ProjectResource>("quote").WithEnvironment("Quote__ExpirySweepSeconds", "1");
        // The local receiver is on loopback; private networks are refused as they are outside Development. Retries come in
        // seconds, and an endpoint failing for 6 s is disabled, so the tests see a day's behaviour in moments.
        var webhooks = builder.CreateResourceBuilder<ProjectResource>("webhooks").WithEnvironment("Webhooks__AllowPrivateNetworks", "false")
            .WithEnvironment("Webhooks__DisableAfterFailingFor", "00:00:06");
        foreach (var (delay, i) in WebhookRetryDelays.Select((d, i) => (d, i)))
        {
            webhooks.WithEnvironment($"Webhooks__RetryDelays__{i}", delay);
        }
        builder.CreateResourceBuilder<ProjectResource>("bff")
            .WithEnvironment("Bff__Tokens__RefreshBeforeExpiry", BffRefreshBeforeExpiry)
            .WithEnvironment("Bff__PartnerRateLimit__PermitLimit", PartnerAllowancePerMinute.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Benchmarks (<c>B2B_AUDIT_TWIN=on</c>): the AppHost adds a second Order service, <see cref="UnauditedOrder"/>, the same in
    /// everything but its audit trail, so the audit benchmark can send every other order to it and compare the two under the same
    /// load at the same moments.
    /// </summary>
    public static bool WithUnauditedOrderTwin => Environment.GetEnvironmentVariable("B2B_AUDIT_TWIN") == "on";

    public const string UnauditedOrder = "order-unaudited";

    private static readonly string[] WebhookRetryDelays = ["00:00:01", "00:00:02", "00:00:02", "00:00:03", "00:00:03"];

    public async Task<string> ConnectionStringAsync(string name) =>
        await App.GetConnectionStringAsync(name) ?? throw new InvalidOperationException($"{name} has no connection string.");

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await ResourceLogs.SaveAsync(app, logsName);
            await app.DisposeAsync();
            app = null;
        }

        TempDirectory.Delete(stateDirectory);
    }
}
