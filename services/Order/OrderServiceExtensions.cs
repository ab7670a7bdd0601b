using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.BuildingBlocks.Data;
using B2BPortal.BuildingBlocks.Http;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Carts;
using B2BPortal.Contracts.Catalog;
using B2BPortal.Contracts.Entitlements;
using B2BPortal.Contracts.Pricing;
using B2BPortal.Contracts.Quotes;
using B2BPortal.Order.Data;
using B2BPortal.Order.Features.AccountFacts;
using B2BPortal.Order.Features.Approvals;
using B2BPortal.Order.Features.Credit;
using B2BPortal.Order.Features.ErpStatus;
using B2BPortal.Order.Features.Lifecycle;
using B2BPortal.Order.Features.Logistics;
using B2BPortal.Order.Features.Orders;
using B2BPortal.Order.Features.Validation;
using Refit;

namespace B2BPortal.Order;

public static class OrderServiceExtensions
{
    /// <summary>
    /// Orders and their checks. The checks ask Account (ordering profile), Entitlement and Catalog (assortment, products, stock),
    /// Pricing (prices) and Cart (checkout) with the caller's own token, profile and assortment kept until their owners say they
    /// changed; credit is the ERP's, kept here from its events.
    /// </summary>
    public static IHostApplicationBuilder AddOrderService(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, OrderStepEvents>();
        builder.AddServiceDatabase<OrderingDbContext>("orderdb", OrderingDbContext.Schema);
        builder.AddMessaging<OrderingDbContext>("order", bus =>
        {
            bus.AddConsumer<ErpOrderAcknowledgedConsumer>();
            bus.AddConsumer<ErpOrderRejectedConsumer>();
            bus.AddConsumer<ErpSalesOrderChangedConsumer>();
            bus.AddConsumer<ErpCreditChangedConsumer>();
            bus.AddConsumer<AccountFactsChangedConsumer>().Endpoint(endpoint =>
            {
                endpoint.Temporary = true;
                endpoint.InstanceId = Guid.NewGuid().ToString("N")[..12];
            });
        });
        builder.AddAccountScope();
        builder.AddAuditTrail<OrderingDbContext>("order");
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.Configure<LogisticsOptions>(builder.Configuration.GetSection("Logistics"));
        builder.Services.Configure<DownstreamOptions>(builder.Configuration.GetSection("Order:Downstream"));
        builder.Services.Configure<AccountFactsOptions>(builder.Configuration.GetSection("Order:AccountFacts"));
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<AccountFactsCache>();
        builder.Services.AddSingleton<OrderValidator>();
        builder.Services.AddScoped<OrderFactsLoader>();
        builder.Services.AddScoped<OrderPlacement>();
        builder.Services.AddScoped<ErpChangeApplier>();
        builder.Services.AddScoped<ApprovalReviewer>();
        builder.Services.AddHostedService<ApprovalExpiry>();
        builder.Services.AddServiceClient<IOrderingProfileApi>("http://account");
        builder.Services.AddServiceClient<IEntitlementApi>("http://entitlement");
        builder.Services.AddServiceClient<ICatalogApi>("http://catalog");
        builder.Services.AddServiceClient<IPricingApi>("http://pricing");
        builder.Services.AddServiceClient<ICartApi>("http://cart");
        builder.Services.AddServiceClient<IQuoteApi>("http://quote");
        return builder;
    }

    public static IEndpointRouteBuilder MapOrderEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapAccountScopedGroup("/orders")
            .WithTags("Orders")
            .MapOrdersApi()
            .MapApprovalDecisionsApi();
        app.MapAccountScopedGroup().MapCreditApi().MapApprovalInboxApi().MapAuditApi();
        return app;
    }
}
