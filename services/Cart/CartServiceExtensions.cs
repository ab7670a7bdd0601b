using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.BuildingBlocks.Data;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Cart.Data;
using B2BPortal.Cart.Features.Carts;

namespace B2BPortal.Cart;

public static class CartServiceExtensions
{
    public static IHostApplicationBuilder AddCartService(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<CartDbContext>("cartdb", CartDbContext.Schema);
        builder.AddMessaging<CartDbContext>("cart");
        builder.AddAccountScope();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    public static IEndpointRouteBuilder MapCartEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapAccountScopedGroup("/cart").WithTags("Cart").MapCartApi();
        return app;
    }
}
