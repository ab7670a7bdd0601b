using B2BPortal.Dashboard;
using B2BPortal.Hosting;

namespace B2BPortal.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}

/// <summary>
/// The one fixture of the test run, declared like AppHost: real PostgreSQL, RabbitMQ and Redis (<see cref="TestServers"/>), the <c>portal</c>
/// database with one schema and login role per service, and the services of the order path (ErpSimulator, Account,
/// Order, ErpAdapter, BFF) as real processes. Everything is stopped when the run ends, whether tests passed or not.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    private static readonly (string Name, string Schema, string Role)[] Schemas =
    [
        ("accountdb", "account", "account_service"),
        ("orderdb", "ordering", "order_service"),
        ("erpadapterdb", "erp_adapter", "erp_adapter_service"),
        ("identitydb", "identity", "identity_service"),
        ("quotedb", "quote", "quote_service"),
        ("cartdb", "cart", "cart_service"),
        ("entitlementdb", "entitlement", "entitlement_service"),
        ("pricingdb", "pricing", "pricing_service"),
        ("catalogdb", "catalog", "catalog_service"),
    ];

    /// <summary>A second partner, bound to Acme, whose allowance the rate-limit test may use up.</summary>
    public const string RateProbePartner = "rate-probe";
    public const string RateProbeSecret = "rate-probe-secret-test-only";

    private DistributedApplication? app;
    private TestServers? servers;
    private DashboardHost? dashboard;

    public DistributedApplication App => app ?? throw new InvalidOperationException("The portal has not started.");

    public Uri BffUrl => App.GetEndpoint("bff");

    /// <summary>The operations dashboard every service of the run exports its telemetry to, as under AppHost.</summary>
    public DashboardHost Dashboard => dashboard ?? throw new InvalidOperationException("No dashboard: the portal has not started, or B2B_TELEMETRY=off.");

    /// <summary>The OIDC provider's issuer: its own port on localhost, as a browser would reach it.</summary>
    public Uri IdentityUrl { get; private set; } = new("http://localhost/");

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
        servers = await TestServers.CreateAsync();
        // B2B_TELEMETRY=off (the benchmarks' default) runs the portal without exporting telemetry and without a dashboard.
        var otlp = Environment.GetEnvironmentVariable("B2B_TELEMETRY") == "off" ? null : new Uri($"http://localhost:{TestServers.FreeTcpPort()}");
        var builder = DistributedApplication.CreateBuilder(TestHosting.Options("portal", otlp?.GetLeftPart(UriPartial.Authority)));
        var postgres = await servers.AddPostgresAsync(builder, "postgres");
        var portal = postgres.AddDatabase("portal");
        var schemas = Schemas.ToDictionary(s => s.Name, s => portal.AddSchema(s.Name, s.Schema, s.Role));
        var erpDb = postgres.AddDatabase("erpdb", databaseName: "erp", owner: "erp_simulator");
        var messaging = await servers.AddRabbitMqAsync(builder, "messaging");
        var redis = await servers.AddRedisAsync(builder, "redis");

        IdentityUrl = new Uri($"http://localhost:{TestServers.FreeTcpPort()}/");
        var bffUrl = new Uri($"http://localhost:{TestServers.FreeTcpPort()}/");
        var identity = builder.AddProject("identity", "services/Identity/B2BPortal.Identity.csproj")
            .WithHttpEndpoint(IdentityUrl.Port).WithEnvironment("Identity__Issuer", IdentityUrl.ToString())
            .WithEnvironment("Identity__Clients__0__RedirectUris__0", new Uri(bffUrl, "signin-oidc").ToString())
            .WithEnvironment("Identity__Clients__0__PostLogoutRedirectUris__0", new Uri(bffUrl, "signout-callback-oidc").ToString())
            .WithEnvironment("Identity__Clients__0__BackchannelLogoutUri", new Uri(bffUrl, "bff/backchannel").ToString())
            .WithEnvironment("Identity__Clients__2__ClientId", RateProbePartner)
            .WithEnvironment("Identity__Clients__2__ClientSecret", RateProbeSecret)
            .WithEnvironment("Identity__Clients__2__Flow", "client_credentials")
            .WithEnvironment("Identity__Clients__2__Accounts__0", Demo.AcmeIndustrial.ToString())
            .WithReference(schemas["identitydb"]).WithReference(messaging).WaitFor(schemas["identitydb"]).WaitFor(messaging);
        var erpSimulator = builder.AddProject("erp-simulator", "services/ErpSimulator/B2BPortal.ErpSimulator.csproj")
            .WithEnvironment("Erp__StockFeed__IntervalSeconds", "0")
            .WithEnvironment("DemoData__CatalogSize", CatalogSize.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithReference(erpDb).WaitFor(erpDb);
        var account = builder.AddProject("account", "services/Account/B2BPortal.Account.csproj")
            .WithReference(schemas["accountdb"]).WithReference(messaging).WithReference(identity)
            .WaitFor(schemas["accountdb"]).WaitFor(messaging).WaitFor(identity);
        var order = builder.AddProject("order", "services/Order/B2BPortal.Order.csproj")
            .WithReference(schemas["orderdb"]).WithReference(messaging).WithReference(identity).WithReference(account)
            .WaitFor(schemas["orderdb"]).WaitFor(messaging).WaitFor(account);
        IResourceBuilder<ProjectResource> ScopedService(string name, string project, string schema) =>
            builder.AddProject(name, project)
                .WithReference(schemas[schema]).WithReference(messaging).WithReference(identity).WithReference(account)
                .WaitFor(schemas[schema]).WaitFor(messaging).WaitFor(account);
        var quote = ScopedService("quote", "services/Quote/B2BPortal.Quote.csproj", "quotedb");
        var cart = ScopedService("cart", "services/Cart/B2BPortal.Cart.csproj", "cartdb");
        var entitlement = ScopedService("entitlement", "services/Entitlement/B2BPortal.Entitlement.csproj", "entitlementdb");
        var catalogSize = CatalogSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var pricing = ScopedService("pricing", "services/Pricing/B2BPortal.Pricing.csproj", "pricingdb").WithEnvironment("DemoData__CatalogSize", catalogSize);
        var catalog = ScopedService("catalog", "services/Catalog/B2BPortal.Catalog.csproj", "catalogdb").WithEnvironment("DemoData__CatalogSize", catalogSize);
        order.WithReference(catalog).WithReference(entitlement).WithReference(pricing).WithReference(cart);
        cart.WithReference(order);
        builder.AddProject("erp-adapter", "services/ErpAdapter/B2BPortal.ErpAdapter.csproj")
            .WithEnvironment("Erp__FeedPollSeconds", "0.5")
            .WithReference(schemas["erpadapterdb"]).WithReference(messaging).WithReference(erpSimulator)
            .WaitFor(schemas["erpadapterdb"]).WaitFor(messaging).WaitFor(erpSimulator)
            .WaitFor(account).WaitFor(catalog).WaitFor(pricing).WaitFor(order);
        builder.AddProject("bff", "bff/B2BPortal.Bff.csproj")
            .WithHttpEndpoint(bffUrl.Port)
            .WithEnvironment("Bff__Tokens__RefreshBeforeExpiry", Environment.GetEnvironmentVariable("B2B_BFF_REFRESH_BEFORE_EXPIRY") ?? RefreshBeforeExpiry)
            .WithEnvironment("Bff__PartnerRateLimit__PermitLimit",
                Environment.GetEnvironmentVariable("B2B_PARTNER_REQUESTS_PER_MINUTE") ?? PartnerRequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithReference(redis).WithReference(identity).WithReference(account).WithReference(order)
            .WithReference(quote).WithReference(cart).WithReference(entitlement).WithReference(pricing).WithReference(catalog)
            .WithReference(messaging)
            .WaitFor(redis).WaitFor(account).WaitFor(order).WaitFor(quote).WaitFor(cart).WaitFor(entitlement).WaitFor(pricing)
            .WaitFor(catalog).WaitFor(messaging);

        app = builder.Build();
        if (otlp is not null)
        {
            var anyFreePort = new Uri("http://127.0.0.1:0");
            dashboard = await DashboardHost.StartAsync(new DashboardOptions
            {
                UiUrl = anyFreePort, OtlpGrpcUrl = otlp, OtlpHttpUrl = anyFreePort,
                BrokerConnectionString = cancellationToken => App.GetConnectionStringAsync("messaging", cancellationToken),
            }, app);
        }

        await app.StartAsync();
        PostgresAdminConnectionString = await app.GetConnectionStringAsync("postgres");
        RabbitMqUri = await app.GetConnectionStringAsync("messaging");
        var connections = new Dictionary<string, string>();
        foreach (var (name, _, _) in Schemas)
        {
            connections[name] = await app.GetConnectionStringAsync(name);
        }

        ServiceDatabases = connections;
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            ResourceLogs.Save(app, "portal");
            await app.DisposeAsync();
            TempDirectory.Delete(app.StateDirectory);
            app = null;
        }

        if (dashboard is not null)
        {
            await dashboard.DisposeAsync();
            dashboard = null;
        }

        if (servers is not null)
        {
            await servers.DisposeAsync();
            servers = null;
        }
    }
}
