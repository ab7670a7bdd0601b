using B2BPortal.BuildingBlocks.Data;
using B2BPortal.ErpSimulator.Data;
using B2BPortal.ErpSimulator.Features.Credit;
using B2BPortal.ErpSimulator.Features.Faults;
using B2BPortal.ErpSimulator.Features.Feeds;
using B2BPortal.ErpSimulator.Features.Lifecycle;
using B2BPortal.ErpSimulator.Features.SalesOrders;

namespace B2BPortal.ErpSimulator;

/// <summary>The local stand-in for the customer's ERP (Dynamics 365 / SAP): its own database, its own REST API, fault knobs.</summary>
public static class ErpSimulatorExtensions
{
    public static IHostApplicationBuilder AddErpSimulator(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ErpDbContext, DemoCreditSeeder>("erpdb", ErpDbContext.Schema);
        builder.Services.AddSingleton<FaultSettings>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<StockMovementGenerator>();
        builder.Services.AddSingleton<LifecycleSettings>();
        builder.Services.AddScoped<SalesOrderSteps>();
        builder.Services.AddHostedService<LifecycleRunner>();
        return builder;
    }

    public static IEndpointRouteBuilder MapErpSimulatorEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/erp/sales-orders").WithTags("ERP sales orders")
            .AddEndpointFilter<FaultInjectionFilter>()
            .MapSalesOrdersApi();
        app.MapGroup("/erp/customers").WithTags("ERP customers")
            .AddEndpointFilter<FaultInjectionFilter>()
            .MapCustomerCreditApi();
        app.MapGroup("/erp/admin/faults").WithTags("ERP fault knobs").MapFaultsApi();
        app.MapFeedsApi();
        app.MapCreditAdminAndFeed();
        app.MapLifecycleApi();
        return app;
    }
}
