using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.BuildingBlocks.Data;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Webhooks.Data;
using B2BPortal.Webhooks.Features.Deliveries;
using B2BPortal.Webhooks.Features.Endpoints;
using B2BPortal.Webhooks.Features.Events;

namespace B2BPortal.Webhooks;

public static class WebhooksServiceExtensions
{
    /// <summary>
    /// Partner webhooks (Standard Webhooks): endpoints per account, order events taken in from the broker, and a dispatcher that
    /// delivers them with retries for over a day, from the database and never from a request.
    /// </summary>
    public static IHostApplicationBuilder AddWebhooksService(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<WebhooksDbContext>("webhooksdb", WebhooksDbContext.Schema);
        builder.AddMessaging<WebhooksDbContext>("webhooks", bus =>
        {
            bus.AddConsumer<OrderStatusChangedConsumer>();
            bus.AddConsumer<QuoteStatusChangedConsumer>();
        });
        builder.AddAccountScope();
        builder.AddAuditTrail<WebhooksDbContext>("webhooks");
        var development = builder.Environment.IsDevelopment();
        builder.Services.Configure<WebhookOptions>(options =>
        {
            options.RequireHttps = !development;
            options.AllowLoopback = development;
            options.AllowPrivateNetworks = development;
        });
        builder.Services.Configure<WebhookOptions>(builder.Configuration.GetSection("Webhooks"));
        builder.Services.AddSingleton<EndpointAddressPolicy>();
        builder.Services.AddSingleton<DeliverySender>();
        builder.Services.AddSingleton<DeliverySignal>();
        builder.Services.AddSingleton<WebhookMetrics>();
        builder.Services.AddHostedService<DeliveryDispatcher>();
        return builder;
    }

    public static IEndpointRouteBuilder MapWebhooksEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapAccountScopedGroup("/webhooks").WithTags("Webhooks").RequireWebhookPermission()
            .MapEndpointsApi()
            .MapDeliveriesApi();
        app.MapAccountScopedGroup().MapAuditApi();
        return app;
    }
}
