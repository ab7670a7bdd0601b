using B2BPortal.Identity.Features.Mail;
using B2BPortal.BuildingBlocks.AccountScope;
using Microsoft.AspNetCore.Authorization;
using OpenIddict.Validation.AspNetCore;
using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.Identity.Features.Audit;
using B2BPortal.BuildingBlocks.Data;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Identity.Data;
using B2BPortal.Identity.Features.Clients;
using B2BPortal.Identity.Features.Connect;
using B2BPortal.Identity.Features.Invitations;
using B2BPortal.Identity.Features.Keys;
using B2BPortal.Identity.Features.TwoFactor;
using B2BPortal.Identity.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace B2BPortal.Identity;

/// <summary>
/// The portal's OIDC provider: ASP.NET Core Identity for users and sign-in, OpenIddict for the protocol, clients,
/// authorizations and tokens, all in the <c>identity</c> schema. It hears from the Account service whom it invited and who
/// must use a second factor.
/// </summary>
public static class IdentityServiceExtensions
{
    public static IHostApplicationBuilder AddIdentityService(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IdentityDbContext>("identitydb", IdentityDbContext.Schema);
        builder.Services.AddScoped<IDbSeeder<IdentityDbContext>, ClientRegistrationsSeeder>();
        builder.Services.AddScoped<IDbSeeder<IdentityDbContext>, DemoUsersSeeder>();
        builder.Services.AddScoped<ServerKeyStore>();
        builder.Services.AddScoped<ClientDirectory>();
        builder.Services.AddScoped<ReturnUrls>();
        builder.Services.AddScoped<TwoFactorPolicy>();
        builder.Services.AddScoped<InvitationLinks>();
        builder.AddAuditTrail<IdentityDbContext>("identity");
        builder.Services.AddScoped<SecurityAudit>();
        builder.AddMessaging<IdentityDbContext>("identity", bus =>
        {
            bus.AddConsumer<MemberInvitedConsumer>();
            bus.AddConsumer<UserSecurityRequirementsChangedConsumer>();
            bus.AddConsumer<MembershipChangedConsumer>();
            bus.AddConsumer<WebhookEndpointDisabledConsumer>();
            bus.AddConsumer<QuoteStatusChangedConsumer>();
        });
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, ServerKeysSetup>();

        builder.Services.AddIdentity<PortalUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // User names are e-mail addresses, and the Account service invites any valid one (o'neil@, jörg@).
                options.User.AllowedUserNameCharacters = "";
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.ClaimsIdentity.UserIdClaimType = Claims.Subject;
            })
            .AddEntityFrameworkStores<IdentityDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokenProvider>(InvitationLinks.TokenProvider);
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.Events.OnSigningIn = context =>
            {
                SessionIds.AddTo(context.Principal!);
                return Task.CompletedTask;
            };
        });
        builder.Services.AddScoped<BackchannelLogoutNotifier>();
        builder.Services.AddRazorPages(pages => pages.RootDirectory = "/Features");

        var issuer = builder.Configuration["Identity:Issuer"]
            ?? throw new InvalidOperationException("Identity:Issuer (the provider's public URL) is not configured.");
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(server =>
            {
                server.SetIssuer(new Uri(issuer))
                    .SetAuthorizationEndpointUris(ConnectEndpoints.Authorize.TrimStart('/'))
                    .SetTokenEndpointUris(ConnectEndpoints.Token.TrimStart('/'))
                    .SetEndSessionEndpointUris(ConnectEndpoints.EndSession.TrimStart('/'));
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow()
                    .AllowClientCredentialsFlow();
                server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.OfflineAccess, PortalPrincipals.ApiScope);
                server.DisableAccessTokenEncryption();
                server.SetAccessTokenLifetime(builder.Configuration.GetValue("Identity:AccessTokenLifetime", TimeSpan.FromMinutes(10)));
                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (development)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            // Identity's own account-scoped API (its part of the audit trail) takes the portal's access tokens like every service.
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.AddAudiences(PortalPrincipals.ApiAudience);
                validation.UseAspNetCore();
            });
        builder.AddRemoteAccountScope();
        return builder;
    }

    public static WebApplication MapIdentityEndpoints(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapConnectEndpoints();
        app.MapAccountScopedGroup()
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme })
            .MapAuditApi();
        return app;
    }
}
