using B2BPortal.AppHost;
using B2BPortal.LocalServers;
using B2BPortal.LocalServers.Postgres;

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

var builder = DistributedApplication.CreateBuilder(LocalRun.Options(commandLine));
LocalRun.ConfigureDashboard(builder, commandLine);
ResourceStatusLine.Print(builder);

PortalServers servers;
try
{
    servers = PortalServers.Add(builder, commandLine, LocalRun.StateDirectory(builder));
}
catch (MissingProgramException missing)
{
    Console.Error.WriteLine(missing.Message);
    return 3;
}

var portal = servers.Postgres.AddDatabase("portal");
var accountDb = portal.AddSchema("accountdb", schema: "account", role: "account_service");
var catalogDb = portal.AddSchema("catalogdb", schema: "catalog", role: "catalog_service");
var entitlementDb = portal.AddSchema("entitlementdb", schema: "entitlement", role: "entitlement_service");
var pricingDb = portal.AddSchema("pricingdb", schema: "pricing", role: "pricing_service");
var quoteDb = portal.AddSchema("quotedb", schema: "quote", role: "quote_service");
var cartDb = portal.AddSchema("cartdb", schema: "cart", role: "cart_service");
var orderDb = portal.AddSchema("orderdb", schema: "ordering", role: "order_service");
var erpAdapterDb = portal.AddSchema("erpadapterdb", schema: "erp_adapter", role: "erp_adapter_service");
var identityDb = portal.AddSchema("identitydb", schema: "identity", role: "identity_service");
var webhooksDb = portal.AddSchema("webhooksdb", schema: "webhooks", role: "webhooks_service");
var erpDb = servers.Postgres.AddDatabase("erpdb", databaseName: "erp", owner: "erp_simulator");

var messaging = servers.Messaging;
var redis = servers.Redis;

// Catalog, Pricing and the ERP simulator each load the same deterministic demo catalog; they must agree on its size.
var catalogSize = (commandLine.CatalogSize ?? 5_000).ToString(System.Globalization.CultureInfo.InvariantCulture);

// The simulated ERP stands for another company's system, and the adapter's work is background work: both run at a lower CPU
// priority than the services that answer buyers, so on a shared machine they take what those leave over.
var erpSimulator = builder.AddService<Projects.B2BPortal_ErpSimulator>("erp-simulator")
    .WithEnvironment("Process__Priority", "Idle")
    .WithEnvironment("DemoData__CatalogSize", catalogSize)
    .WithReference(erpDb).WaitFor(erpDb);

// Identity and the BFF keep the ports people bookmark; tests (DcpPublisher:RandomizePorts) move them, and the issuer and the BFF's
// sign-in callbacks follow wherever they are.
var identity = builder.AddService<Projects.B2BPortal_Identity>("identity", port: 5081)
    .WithReference(identityDb).WithReference(messaging)
    .WaitFor(identityDb).WaitFor(messaging);

// Domain services keep their state in their schema, and their caches are dropped by events every instance hears: any number of
// replicas may run (--replicas), sharing the outbox (SKIP LOCKED), the queues (competing consumers) and the migration (a lock).
// They wait only for what they need to start (their schema and the broker): Identity and Account are asked on requests, and the
// BFF, which takes the requests, waits for everything.
IResourceBuilder<ProjectResource> AddDomainService<TProject>(string name, IResourceBuilder<PortalSchemaResource> schema)
    where TProject : IProjectMetadata, new() =>
    builder.AddService<TProject>(name, replicas: commandLine.Replicas)
        .WithReference(schema).WithReference(messaging).WithReference(identity)
        .WaitFor(schema).WaitFor(messaging);

// Account answers every other host's question "which accounts may this caller act for?".
var account = AddDomainService<Projects.B2BPortal_Account>("account", accountDb);
// Identity's part of the audit trail (sign-ins, second factors, partner tokens) is read per account, so it asks Account too.
identity.WithReference(account);
IResourceBuilder<ProjectResource> AddScopedService<TProject>(string name, IResourceBuilder<PortalSchemaResource> schema)
    where TProject : IProjectMetadata, new() =>
    AddDomainService<TProject>(name, schema).WithReference(account);

var catalog = AddScopedService<Projects.B2BPortal_Catalog>("catalog", catalogDb).WithEnvironment("DemoData__CatalogSize", catalogSize);
var entitlement = AddScopedService<Projects.B2BPortal_Entitlement>("entitlement", entitlementDb);
var pricing = AddScopedService<Projects.B2BPortal_Pricing>("pricing", pricingDb).WithEnvironment("DemoData__CatalogSize", catalogSize);
var quote = AddScopedService<Projects.B2BPortal_Quote>("quote", quoteDb);
var cart = AddScopedService<Projects.B2BPortal_Cart>("cart", cartDb);
var order = AddScopedService<Projects.B2BPortal_Order>("order", orderDb);
// Webhooks takes order events in and delivers them to partners' endpoints, never from a request; the receiver stands in for a
// partner's system (register http://localhost:5090/hooks/demo as an endpoint in Development).
var webhooks = AddScopedService<Projects.B2BPortal_Webhooks>("webhooks", webhooksDb);
builder.AddService<Projects.B2BPortal_WebhookReceiver>("webhook-receiver", port: 5090);
// Order checks every order with the services that own the facts and reads the quotes it orders; Cart has its imports and Quote its
// lines checked by Order, and Quote reads carts (peers, not a start order).
order.WithReference(catalog).WithReference(entitlement).WithReference(pricing).WithReference(cart).WithReference(quote);
cart.WithReference(order);
quote.WithReference(order).WithReference(cart);
// Benchmarks only (--AppHost:UnauditedOrderTwin true): a second Order service with its audit trail off, the same in everything
// else, so the audit benchmark compares the two order by order under the same load (tests/.../Benchmarks/AuditBenchmark.cs).
if (bool.TryParse(builder.Configuration["AppHost:UnauditedOrderTwin"], out var unauditedTwin) && unauditedTwin)
{
    AddScopedService<Projects.B2BPortal_Order>("order-unaudited", orderDb).WithEnvironment("Audit__Enabled", "false")
        .WithReference(catalog).WithReference(entitlement).WithReference(pricing).WithReference(cart).WithReference(quote);
}
IResourceBuilder<ProjectResource>[] domainServices = [account, catalog, entitlement, pricing, quote, cart, order, webhooks];

// The ERP adapter publishes what the ERP's feeds bring; it starts once the services that consume it have bound their queues, so
// on a fresh broker its first events (the customers' credit, above all) are not published to an exchange nobody listens on yet.
var erpAdapter = builder.AddService<Projects.B2BPortal_ErpAdapter>("erp-adapter")
    .WithEnvironment("Process__Priority", "BelowNormal")
    .WithReference(erpAdapterDb).WithReference(messaging).WithReference(erpSimulator)
    .WaitFor(erpAdapterDb).WaitFor(messaging).WaitFor(erpSimulator)
    .WaitFor(account).WaitFor(catalog).WaitFor(pricing).WaitFor(order);

var web = builder.AddExecutable("web", "npm", Path.Combine(builder.AppHostDirectory, "..", "..", "web"), "run", "build");

var bff = builder.AddService<Projects.B2BPortal_Bff>("bff", port: 5080)
    .WithReference(identity).WithReference(redis).WithReference(messaging)
    .WaitFor(identity).WaitFor(redis).WaitFor(messaging)
    // The ERP adapter brings the customers' credit and stock on a fresh start: the portal is up once it runs too, so a first
    // order is not refused for credit the ERP has not reported yet.
    .WaitFor(erpAdapter)
    .WaitForCompletion(web);
identity.WithSignInClient(bff);
foreach (var service in domainServices)
{
    bff.WithReference(service).WaitFor(service);
}

StartupBanner.PrintWhenReady(builder, bff.Resource);
await builder.Build().RunAsync();
return 0;
