using B2BPortal.Account.Data;
using B2BPortal.Account.Features.Accounts;
using B2BPortal.BuildingBlocks.Data;
using B2BPortal.BuildingBlocks.Messaging;

namespace B2BPortal.Account;

public static class AccountServiceExtensions
{
    public static IHostApplicationBuilder AddAccountService(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AccountDbContext, DemoAccountsSeeder>("accountdb", AccountDbContext.Schema);
        builder.AddMessaging<AccountDbContext>("account");
        return builder;
    }

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/accounts").WithTags("Accounts").MapAccountsApi();
        return app;
    }
}
