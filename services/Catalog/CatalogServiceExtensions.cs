using B2BPortal.BuildingBlocks.Data;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Catalog.Data;
using B2BPortal.Catalog.Features.Products;

namespace B2BPortal.Catalog;

public static class CatalogServiceExtensions
{
    public static IHostApplicationBuilder AddCatalogService(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<CatalogDbContext, DemoProductsSeeder>("catalogdb", CatalogDbContext.Schema);
        builder.AddMessaging<CatalogDbContext>("catalog");
        return builder;
    }

    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/products").WithTags("Products").MapProductsApi();
        return app;
    }
}
