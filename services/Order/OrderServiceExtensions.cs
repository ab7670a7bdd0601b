using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.BuildingBlocks.Data;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Order.Data;
using B2BPortal.Order.Features.ErpStatus;
using B2BPortal.Order.Features.Orders;

namespace B2BPortal.Order;

public static class OrderServiceExtensions
{
    public static IHostApplicationBuilder AddOrderService(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<OrderingDbContext>("orderdb", OrderingDbContext.Schema);
        builder.AddMessaging<OrderingDbContext>("order", bus =>
        {
            bus.AddConsumer<ErpOrderAcknowledgedConsumer>();
        builder.AddAccountScope();
            bus.AddConsumer<ErpOrderRejectedConsumer>();
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapOrderEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapAccountScopedGroup("/orders")
            .WithTags("Orders")
            .MapOrdersApi();
        return app;
    }
}
