using B2BPortal.BuildingBlocks.Data;
using B2BPortal.Identity.Data;
using B2BPortal.Identity.Features.Users;
using Microsoft.AspNetCore.Identity;

namespace B2BPortal.Identity;

/// <summary>
/// The portal's OIDC provider. This host owns users and (with the identity issue) OpenIddict clients and tokens in
/// its own schema; sign-in pages and the OIDC endpoints arrive with that issue.
/// </summary>
public static class IdentityServiceExtensions
{
    public static IHostApplicationBuilder AddIdentityService(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IdentityDbContext>("identitydb", IdentityDbContext.Schema);
        builder.Services.AddIdentityCore<PortalUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<IdentityDbContext>();
        return builder;
    }
}
