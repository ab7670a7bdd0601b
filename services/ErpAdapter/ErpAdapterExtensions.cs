using B2BPortal.BuildingBlocks.Data;
using B2BPortal.BuildingBlocks.Http;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Erp;
using B2BPortal.ErpAdapter.Data;
using B2BPortal.ErpAdapter.Features.Credit;
using B2BPortal.ErpAdapter.Features.ErpCalls;
using B2BPortal.ErpAdapter.Features.ErpCommands;
using B2BPortal.ErpAdapter.Features.Feeds;
using B2BPortal.ErpAdapter.Features.SalesOrders;
using Refit;

namespace B2BPortal.ErpAdapter;

public static class ErpAdapterExtensions
{
    /// <summary>The only component that speaks the ERP's protocol: events in, ERP REST calls out, ERP answers back as events.</summary>
    public static IHostApplicationBuilder AddErpAdapter(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ErpAdapterDbContext>("erpadapterdb", ErpAdapterDbContext.Schema);
        builder.AddMessaging<ErpAdapterDbContext>("erp-adapter", bus =>
        {
            bus.AddConsumer<OrderSubmittedConsumer>();
            bus.AddConsumer<OrderCancellationRequestedConsumer>();
            bus.AddConsumer<CreditTermsChangedConsumer>();
        });

        var erpBaseAddress = new Uri(builder.Configuration["Erp:BaseAddress"] ?? "http://erp-simulator");
        builder.Services.AddTransient<ErpCallMetricsHandler>();
        builder.Services.AddServiceClient<IErpSalesOrderApi>(erpBaseAddress)
            .AddHttpMessageHandler<ErpCallMetricsHandler>();
        builder.Services.AddServiceClient<IErpCustomerApi>(erpBaseAddress)
            .AddHttpMessageHandler<ErpCallMetricsHandler>();
        builder.Services.AddServiceClient<IErpFeedApi>(erpBaseAddress)
            .AddHttpMessageHandler<ErpCallMetricsHandler>();
        builder.Services.AddServiceClient<IErpSalesOrderChangeApi>(erpBaseAddress)
            .AddHttpMessageHandler<ErpCallMetricsHandler>();

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.Configure<ErpCommandOptions>(builder.Configuration.GetSection("Erp:Commands"));
        builder.Services.AddSingleton<ErpCommandSignal>();
        builder.Services.AddScoped<ErpCommandQueue>();
        builder.Services.AddSingleton<IErpCommandHandler, CreateSalesOrderHandler>();
        builder.Services.AddSingleton<IErpCommandHandler, CancelSalesOrderHandler>();
        builder.Services.AddSingleton<IErpCommandHandler, SetCreditTermsHandler>();
        builder.Services.AddHostedService<ErpCommandDispatcher>();
        builder.Services.AddHostedService<StockFeedPoller>();
        builder.Services.AddHostedService<PriceFeedPoller>();
        builder.Services.AddHostedService<ContractPriceFeedPoller>();
        builder.Services.AddHostedService<CreditFeedPoller>();
        builder.Services.AddHostedService<SalesOrderFeedPoller>();
        return builder;
    }
}
