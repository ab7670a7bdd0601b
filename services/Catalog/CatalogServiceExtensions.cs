using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.BuildingBlocks.Data;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Catalog.Data;
using B2BPortal.Catalog.Features.DemoData;
using B2BPortal.Catalog.Features.Products;
using B2BPortal.Catalog.Features.Stock;

namespace B2BPortal.Catalog;

public static class CatalogServiceExtensions
{
    public static IHostApplicationBuilder AddCatalogService(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<CatalogDbContext, DemoCatalogSeeder>("catalogdb", CatalogDbContext.Schema);
        builder.AddMessaging<CatalogDbContext>("catalog", bus => bus.AddConsumer<ErpStockLevelsChangedConsumer>());
        builder.AddPortalApiAuthentication();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ReferenceData>();
        builder.Services.AddScoped<ProductSummaries>();
        return builder;
    }

    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/catalog").WithTags("Catalog").RequireAuthorization().MapCatalogApi();
        return app;
    }
}
