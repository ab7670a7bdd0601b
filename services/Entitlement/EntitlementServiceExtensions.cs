using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.BuildingBlocks.Data;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Entitlement.Data;
using B2BPortal.Entitlement.Features.Assortments;

namespace B2BPortal.Entitlement;

public static class EntitlementServiceExtensions
{
    public static IHostApplicationBuilder AddEntitlementService(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<EntitlementDbContext, DemoAssortmentsSeeder>("entitlementdb", EntitlementDbContext.Schema);
        builder.AddMessaging<EntitlementDbContext>("entitlement");
        builder.AddAccountScope();
        builder.AddAuditTrail<EntitlementDbContext>("entitlement");
        return builder;
    }

    public static IEndpointRouteBuilder MapEntitlementEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapAccountScopedGroup("/assortment").WithTags("Assortment").MapAssortmentApi();
        app.MapAccountScopedGroup().MapAuditApi();
        return app;
    }
}
