using B2BPortal.AppHost;
using B2BPortal.Dashboard;
using B2BPortal.Dashboard.Telemetry;
using B2BPortal.Hosting;

AppHostCommandLine commandLine;
try
{
    commandLine = AppHostCommandLine.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}

if (commandLine.ShowHelp)
{
    Console.WriteLine(AppHostCommandLine.Usage);
    return 0;
}

var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions
{
    ResetState = commandLine.ResetState,
    Configuration = commandLine.Configuration,
    OtlpEndpoint = "http://localhost:18889",
    OtlpHeaders = commandLine.OtlpApiKey is { } key ? $"x-otlp-api-key={key}" : null,
});

var postgres = builder.AddPostgres("postgres", port: commandLine.PostgresPort);
var portal = postgres.AddDatabase("portal");
var accountDb = portal.AddSchema("accountdb", schema: "account", role: "account_service");
var catalogDb = portal.AddSchema("catalogdb", schema: "catalog", role: "catalog_service");
var entitlementDb = portal.AddSchema("entitlementdb", schema: "entitlement", role: "entitlement_service");
var pricingDb = portal.AddSchema("pricingdb", schema: "pricing", role: "pricing_service");
var quoteDb = portal.AddSchema("quotedb", schema: "quote", role: "quote_service");
var cartDb = portal.AddSchema("cartdb", schema: "cart", role: "cart_service");
var orderDb = portal.AddSchema("orderdb", schema: "ordering", role: "order_service");
var erpAdapterDb = portal.AddSchema("erpadapterdb", schema: "erp_adapter", role: "erp_adapter_service");
var identityDb = portal.AddSchema("identitydb", schema: "identity", role: "identity_service");
var erpDb = postgres.AddDatabase("erpdb", databaseName: "erp", owner: "erp_simulator");

var messaging = builder.AddRabbitMQ("messaging", port: commandLine.RabbitMqPort);
var redis = builder.AddRedis("redis", port: commandLine.RedisPort);

// Catalog, Pricing and the ERP simulator each load the same deterministic demo catalog; they must agree on its size.
var catalogSize = (commandLine.CatalogSize ?? 5_000).ToString(System.Globalization.CultureInfo.InvariantCulture);

var erpSimulator = builder.AddProject("erp-simulator", "services/ErpSimulator/B2BPortal.ErpSimulator.csproj")
    .WithEnvironment("DemoData__CatalogSize", catalogSize)
    .WithReference(erpDb)
    .WaitFor(erpDb);

var identity = builder.AddProject("identity", "services/Identity/B2BPortal.Identity.csproj")
    .WithHttpEndpoint(port: 5081)
    .WithReference(identityDb).WithReference(messaging)
    .WaitFor(identityDb).WaitFor(messaging);

IResourceBuilder<ProjectResource> AddDomainService(string name, string projectPath, IResourceBuilder<PostgresSchemaResource> schema) =>
    builder.AddProject(name, projectPath)
        .WithReference(schema).WithReference(messaging).WithReference(identity)
        .WaitFor(schema).WaitFor(messaging).WaitFor(identity);

// Account answers every other host's question "which accounts may this caller act for?".
var account = AddDomainService("account", "services/Account/B2BPortal.Account.csproj", accountDb);
IResourceBuilder<ProjectResource> AddScopedService(string name, string projectPath, IResourceBuilder<PostgresSchemaResource> schema) =>
    AddDomainService(name, projectPath, schema).WithReference(account).WaitFor(account);

var catalog = AddScopedService("catalog", "services/Catalog/B2BPortal.Catalog.csproj", catalogDb).WithEnvironment("DemoData__CatalogSize", catalogSize);
var entitlement = AddScopedService("entitlement", "services/Entitlement/B2BPortal.Entitlement.csproj", entitlementDb);
var pricing = AddScopedService("pricing", "services/Pricing/B2BPortal.Pricing.csproj", pricingDb).WithEnvironment("DemoData__CatalogSize", catalogSize);
var quote = AddScopedService("quote", "services/Quote/B2BPortal.Quote.csproj", quoteDb);
var cart = AddScopedService("cart", "services/Cart/B2BPortal.Cart.csproj", cartDb);
var order = AddScopedService("order", "services/Order/B2BPortal.Order.csproj", orderDb);
// Order checks every order with the services that own the facts; Cart has its imports checked by Order (peers, not a start order).
order.WithReference(catalog).WithReference(entitlement).WithReference(pricing).WithReference(cart);
cart.WithReference(order);
IResourceBuilder<ProjectResource>[] domainServices = [account, catalog, entitlement, pricing, quote, cart, order];

// The ERP adapter publishes what the ERP's feeds bring; it starts once the services that consume it have bound their queues, so
// on a fresh broker its first events (the customers' credit, above all) are not published to an exchange nobody listens on yet.
builder.AddProject("erp-adapter", "services/ErpAdapter/B2BPortal.ErpAdapter.csproj")
    .WithReference(erpAdapterDb).WithReference(messaging).WithReference(erpSimulator)
    .WaitFor(erpAdapterDb).WaitFor(messaging).WaitFor(erpSimulator)
    .WaitFor(account).WaitFor(catalog).WaitFor(pricing).WaitFor(order);

var web = builder.AddExecutable("web", "npm", workingDirectory: "web", "run", "build");

var bff = builder.AddProject("bff", "bff/B2BPortal.Bff.csproj")
    .WithHttpEndpoint(port: 5080)
    .WithReference(identity).WithReference(redis).WithReference(messaging)
    .WaitFor(identity).WaitFor(redis).WaitFor(messaging)
    .WaitForCompletion(web);
foreach (var service in domainServices)
{
    bff.WithReference(service).WaitFor(service);
}

await using var app = builder.Build();
// Up before the services start, so their first spans and logs are not lost.
DashboardHost dashboard;
try
{
    var limits = new TelemetryLimits();
    dashboard = await DashboardHost.StartAsync(new DashboardOptions
    {
        Limits = limits with
        {
            MaxTraces = commandLine.MaxTraces ?? limits.MaxTraces,
            MaxLogRecords = commandLine.MaxLogRecords ?? limits.MaxLogRecords,
        },
        OtlpApiKey = commandLine.OtlpApiKey,
        BrokerConnectionString = cancellationToken => app.GetConnectionStringAsync("messaging", cancellationToken),
    }, app);
}
catch (IOException exception)
{
    Console.Error.WriteLine($"The dashboard could not listen on ports 18888-18890: {exception.Message} Is another AppHost running?");
    return 1;
}

await using var stopDashboard = dashboard;
app.StartupCompleted += summary => StartupBanner.Print(summary, bff.Resource, dashboard.UiUrl);
try
{
    await app.RunAsync();
    return 0;
}
catch (DistributedApplicationException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 1;
}
