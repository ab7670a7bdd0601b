using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.BuildingBlocks.Data;
using B2BPortal.BuildingBlocks.Http;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Cart.Data;
using B2BPortal.Cart.Features.Carts;
using B2BPortal.Cart.Features.Imports;
using B2BPortal.Contracts.Orders;
using Refit;

namespace B2BPortal.Cart;

public static class CartServiceExtensions
{
    /// <summary>Carts, one per account and caller, and imports into them; imports are checked by the Order service, asked with the caller's token.</summary>
    public static IHostApplicationBuilder AddCartService(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<CartDbContext>("cartdb", CartDbContext.Schema);
        builder.AddMessaging<CartDbContext>("cart", bus => bus.AddConsumer<OrderPlacedConsumer>());
        builder.AddAccountScope();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<ImportClassifier>();
        builder.Services.AddServiceClient<IOrderServiceApi>("http://order");
        return builder;
    }

    public static IEndpointRouteBuilder MapCartEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapAccountScopedGroup("/cart").WithTags("Cart").MapCartApi().MapImportsApi();
        return app;
    }
}
