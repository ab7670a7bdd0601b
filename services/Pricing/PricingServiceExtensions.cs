using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.BuildingBlocks.Data;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Pricing.Data;
using B2BPortal.Pricing.Features.ContractPrices;
using B2BPortal.Pricing.Features.ListPrices;

namespace B2BPortal.Pricing;

public static class PricingServiceExtensions
{
    public static IHostApplicationBuilder AddPricingService(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<PricingDbContext, DemoListPricesSeeder>("pricingdb", PricingDbContext.Schema);
        builder.Services.AddScoped<IDbSeeder<PricingDbContext>, DemoContractsSeeder>();
        builder.AddMessaging<PricingDbContext>("pricing", bus =>
        {
            bus.AddConsumer<ErpListPriceChangedConsumer>();
            bus.AddConsumer<ErpContractPriceChangedConsumer>();
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddAccountScope();
        return builder;
    }

    public static IEndpointRouteBuilder MapPricingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/prices").WithTags("Prices").MapListPricesApi();
        app.MapAccountScopedGroup("/prices").WithTags("Prices").MapPricesApi();
        return app;
    }
}
