using B2BPortal.Account.Data;
using B2BPortal.Account.Features.Access;
using B2BPortal.Account.Features.Accounts;
using B2BPortal.Account.Features.Approvals;
using B2BPortal.Account.Features.CreditTerms;
using B2BPortal.Account.Features.Members;
using B2BPortal.Account.Features.Ordering;
using B2BPortal.Account.Features.Security;
using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.BuildingBlocks.Data;
using B2BPortal.BuildingBlocks.Messaging;

namespace B2BPortal.Account;

public static class AccountServiceExtensions
{
    /// <summary>The account truth: hierarchy, memberships and roles, credit terms, ordering settings and ship-to addresses, audit. It answers every other host's scope question.</summary>
    public static IHostApplicationBuilder AddAccountService(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AccountDbContext, DemoAccountsSeeder>("accountdb", AccountDbContext.Schema);
        builder.Services.AddScoped<IDbSeeder<AccountDbContext>, DemoMembershipsSeeder>();
        builder.Services.AddScoped<IDbSeeder<AccountDbContext>, DemoShipToAddressesSeeder>();
        builder.Services.AddScoped<IDbSeeder<AccountDbContext>, DemoApprovalPolicySeeder>();
        builder.AddMessaging<AccountDbContext>("account", bus => bus.AddConsumer<ErpCreditChangedConsumer>());
        builder.AddPortalApiAuthentication();
        builder.Services.AddScoped<ICallerScopeSource, LocalCallerScopeSource>();
        builder.AddAuditTrail<AccountDbContext>("account");
        return builder;
    }

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMyAccountsApi();
        app.MapAccountScopedGroup().WithTags("Accounts")
            .MapAccountsApi()
            .MapMembersApi()
            .MapCreditTermsApi()
            .MapOrderingProfileApi()
            .MapApprovalPolicyApi()
            .MapSecurityPolicyApi()
            .MapAuditApi();
        return app;
    }
}
