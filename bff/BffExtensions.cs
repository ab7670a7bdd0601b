using B2BPortal.Bff.Audit;
using B2BPortal.Bff.Api;
using B2BPortal.Bff.ApiReference;
using B2BPortal.Bff.Cart;
using B2BPortal.Bff.Catalog;
using B2BPortal.Bff.Session;
using B2BPortal.Bff.Spa;
using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.BuildingBlocks.Http;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Carts;
using B2BPortal.Contracts.Catalog;
using B2BPortal.Contracts.Entitlements;
using B2BPortal.Contracts.Orders;
using B2BPortal.Contracts.Pricing;
using B2BPortal.ServiceDefaults;
using B2BPortal.ServiceDefaults.Input;
using Refit;

namespace B2BPortal.Bff;

public static class BffExtensions
{
    /// <summary>
    /// Sessions (cookie + OIDC, server-side in Redis), partner bearer tokens, the account scope check, and YARP routes
    /// from <c>ReverseProxy</c> config with destinations like <c>http://order</c> resolved by service discovery.
    /// </summary>
    public static IHostApplicationBuilder AddBff(this IHostApplicationBuilder builder)
    {
        builder.AddRedis();
        builder.AddBffAuthentication();
        builder.AddRemoteAccountScope();
        builder.Services.Configure<PartnerRateLimitOptions>(builder.Configuration.GetSection("Bff:PartnerRateLimit"));
        builder.Services.AddSingleton<PartnerRateLimiter>();
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy")).AddServiceDiscoveryDestinationResolver();
        builder.AddPublicApiDocument();
        builder.AddCatalogComposition();
        builder.AddAuditComposition();
        return builder;
    }

    public static WebApplication MapBff(this WebApplication app)
    {
        app.MapBffSessionEndpoints();
        app.MapTwoFactorEnrolment();
        app.MapApiReference();
        app.MapCatalogRoutes();
        app.MapCartRoutes();
        app.MapAuditRoutes();
        app.MapComposedFallbacks();
        app.MapReverseProxy(proxy =>
        {
            proxy.Use(ApiGateway.InvokeAsync);
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        }).AcceptsBulkBody();
        app.MapUnknownApiRoutesToNotFound();
        app.MapSpa();
        return app;
    }

    /// <summary>The composed catalog routes: typed clients for Catalog, Entitlement and Pricing, the Redis cache and its invalidation.</summary>
    private static IHostApplicationBuilder AddCatalogComposition(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<CompositionOptions>(builder.Configuration.GetSection("Bff:Composition"));
        builder.Services.AddSingleton<CompositionCache>();
        builder.Services.AddSingleton<SharedCompositions>();
        builder.Services.AddScoped<AccountCatalog>();
        builder.Services.AddServiceClient<ICatalogApi>("http://catalog");
        builder.Services.AddServiceClient<IEntitlementApi>("http://entitlement");
        builder.Services.AddServiceClient<IPricingApi>("http://pricing");
        builder.Services.AddServiceClient<ICartApi>("http://cart");
        builder.Services.AddServiceClient<IOrderServiceApi>("http://order");
        builder.AddMessageBus("bff", bus =>
        {
            bus.AddConsumer<PricesChangedConsumer>();
            bus.AddConsumer<StockLevelsUpdatedConsumer>();
            bus.AddConsumer<AssortmentChangedConsumer>();
        });
        return builder;
    }
}
